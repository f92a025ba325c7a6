import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EnforcementEvent } from '../analysis/enforcement';
import type { Span } from '../analysis/analyze-article';
import type { Card } from '../cards/schema';
import type { BadgeModel } from './badge-layer';
import { ContextCard, type ArticleContext, type CardState } from './ContextCard';
import { EnforcementBanner } from './EnforcementBanner';

export type LoadedCard =
  | { status: 'found'; card: Card; stale: boolean; relatedNames: Record<string, string> }
  | { status: 'missing' }
  | { status: 'error'; message: string };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How the badges (drawn outside Preact) reach the card. */
export interface CardControl {
  press: (badge: BadgeModel, trigger: HTMLElement) => void;
  rest: (badge: BadgeModel, trigger: HTMLElement) => void;
}

/** The card as the reader left it: which badge's card is open, and whether focus moved into it. */
export interface CardOnScreen {
  key: string;
  takeFocus: boolean;
}

/**
 * What pressing a badge does. A second press closes a card the reader opened by pressing; a press on a
 * card that a resting pointer opened moves focus into it, because the reader asked for the card and
 * closing it would answer the keypress with nothing.
 */
export function pressOutcome(current: CardOnScreen | null, key: string): 'open' | 'focus' | 'close' {
  if (current?.key !== key) return 'open';
  return current.takeFocus ? 'close' : 'focus';
}

export interface OverlayProps {
  events: readonly EnforcementEvent[];
  /**
   * When only the learned model read enforcement (no event names who acted): the sentence that speaks
   * for it most, shown as the evidence of a hedged banner.
   */
  inferred?: Span | null;
  loadCard: (id: string) => Promise<LoadedCard>;
  /** Page boxes of an evidence sentence, for the highlight. */
  evidenceBoxes: (evidence: Span) => Box[];
  /** Scrolls the page to a text offset of the article (a quote). */
  scrollToOffset: (offset: number) => void;
  onDismissSite: () => void;
  /** Receives the functions the badges call to open and close cards. */
  bindCardControl: (control: CardControl) => void;
  /** The key of the badge whose card is open, or null: badges show it as `aria-expanded`. */
  onCardChange: (key: string | null) => void;
}

interface OpenCard {
  key: string;
  name: string;
  kind: string;
  trigger: HTMLElement | null;
  article: ArticleContext | null;
  /** Opened by click or keyboard (focus moves into the card), not by a resting pointer. */
  takeFocus: boolean;
  state: CardState;
  relatedNames: Record<string, string>;
}

/** The card and the enforcement banner. The badges are drawn by `BadgeLayer`, beside this in the same shadow root. */
export function Overlay({
  events,
  inferred = null,
  loadCard,
  evidenceBoxes,
  scrollToOffset,
  onDismissSite,
  bindCardControl,
  onCardChange,
}: OverlayProps) {
  const [open, setOpenState] = useState<OpenCard | null>(null);
  // The card as of the last change, updated at once: a press that follows a close before Preact has
  // re-rendered must see the card closed, or the press is read as a second press and does nothing.
  const openNow = useRef<OpenCard | null>(null);
  const setOpen = useCallback((next: OpenCard | null | ((current: OpenCard | null) => OpenCard | null)) => {
    const value = typeof next === 'function' ? next(openNow.current) : next;
    openNow.current = value;
    setOpenState(value);
  }, []);
  const [bannerShown, setBannerShown] = useState(true);
  const [evidenceShown, setEvidenceShown] = useState(false);
  const evidence = events.length > 0 ? events.map((e) => e.evidence) : inferred ? [inferred] : [];

  const show = useCallback(
    async (base: Omit<OpenCard, 'state' | 'relatedNames'>, id: string | null) => {
      setOpen({ ...base, state: id ? { status: 'loading' } : { status: 'missing' }, relatedNames: {} });
      if (!id) return;
      const loaded = await loadCard(id);
      setOpen((current) =>
        current && current.key === base.key
          ? { ...current, state: loaded, relatedNames: loaded.status === 'found' ? loaded.relatedNames : {} }
          : current,
      );
    },
    [loadCard, setOpen],
  );

  const close = useCallback(() => {
    const trigger = openNow.current?.trigger;
    setOpen(null);
    trigger?.focus();
  }, [setOpen]);

  // Close on a click anywhere outside the overlay, and when the card's badge scrolls out of view.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.composedPath().some((n) => n instanceof Element && n.classList?.contains('sc-theme'));
      if (!inside) setOpen(null);
    };
    const onScroll = () => {
      const r = open.trigger?.getBoundingClientRect();
      if (r && (r.bottom < 0 || r.top > window.innerHeight)) setOpen(null);
    };
    // Escape from anywhere closes a card that a resting pointer opened (focus never moved into it).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !open.takeFocus) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('scroll', onScroll);
    };
  }, [open, setOpen]);

  useEffect(() => {
    const showBadge = (b: BadgeModel, trigger: HTMLElement, takeFocus: boolean) =>
      void show({ key: b.key, name: b.name, kind: b.kind, trigger, article: b.article, takeFocus }, b.entityId);
    bindCardControl({
      press: (b, trigger) => {
        const current = openNow.current;
        const outcome = pressOutcome(current, b.key);
        if (outcome === 'close') close();
        else if (outcome === 'focus' && current) setOpen({ ...current, trigger, takeFocus: true });
        else showBadge(b, trigger, true);
      },
      rest: (b, trigger) => {
        if (openNow.current?.key !== b.key) showBadge(b, trigger, false);
      },
    });
  }, [bindCardControl, show, close, setOpen]);
  useEffect(() => onCardChange(open?.key ?? null), [open?.key, onCardChange]);

  return (
    <div class="sc-panels">
      {evidenceShown &&
        evidence.flatMap((e, i) =>
          evidenceBoxes(e).map((b, j) => (
            <div
              key={`${i}-${j}`}
              class="sc-evidence"
              style={{ left: `${b.x}px`, top: `${b.y}px`, width: `${b.width}px`, height: `${b.height}px` }}
            />
          )),
        )}
      {bannerShown && evidence.length > 0 && (
        <EnforcementBanner
          events={events}
          inferred={events.length === 0}
          evidenceShown={evidenceShown}
          onOpenPolicy={(policyId, trigger) =>
            void show({ key: `policy:${policyId}`, name: policyId, kind: 'policy', trigger, article: null, takeFocus: true }, policyId)
          }
          onToggleEvidence={() => {
            const next = !evidenceShown;
            setEvidenceShown(next);
            const first = evidence[0];
            if (next && first) scrollToOffset(first.start);
          }}
          onDismiss={() => {
            setBannerShown(false);
            setEvidenceShown(false);
          }}
          onDismissSite={() => {
            setBannerShown(false);
            setEvidenceShown(false);
            onDismissSite();
          }}
        />
      )}
      {open && (
        <ContextCard
          actorName={open.name}
          kind={open.kind}
          state={open.state}
          anchor={open.trigger}
          takeFocus={open.takeFocus}
          article={open.article}
          relatedNames={open.relatedNames}
          onClose={close}
          onScrollTo={scrollToOffset}
          onOpenRelated={(id) =>
            void show(
              { ...open, key: `${open.key}>${id}`, name: open.relatedNames[id] ?? id, kind: 'unknown', article: null, takeFocus: true },
              id,
            )
          }
        />
      )}
    </div>
  );
}

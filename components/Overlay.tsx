import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EnforcementEvent } from '../analysis/enforcement';
import type { Card } from '../cards/schema';
import { ActorBadge } from './ActorBadge';
import { ContextCard, type ArticleContext, type CardState } from './ContextCard';
import { EnforcementBanner } from './EnforcementBanner';

export interface BadgeModel {
  key: string;
  name: string;
  kind: string;
  entityId: string | null;
  quotedTimes: number;
  /** What this article says about the actor, and what it quotes them saying. */
  article: ArticleContext;
  /** Page coordinates. */
  x: number;
  y: number;
}

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

export interface OverlayProps {
  badges: readonly BadgeModel[];
  events: readonly EnforcementEvent[];
  dark: boolean;
  /** Base text size for the overlay, in CSS pixels, from the article's own text. */
  baseSize: number;
  loadCard: (id: string) => Promise<LoadedCard>;
  /** Page boxes of an event's evidence sentence, for the highlight. */
  evidenceBoxes: (event: EnforcementEvent) => Box[];
  /** Scrolls the page to a text offset of the article (a quote). */
  scrollToOffset: (offset: number) => void;
  onDismissSite: () => void;
}

/** A resting pointer opens the card after this long; passing over a badge does nothing. */
const HOVER_DELAY_MS = 600;

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

export function Overlay({ badges, events, dark, baseSize, loadCard, evidenceBoxes, scrollToOffset, onDismissSite }: OverlayProps) {
  const [open, setOpen] = useState<OpenCard | null>(null);
  const [bannerShown, setBannerShown] = useState(true);
  const [evidenceShown, setEvidenceShown] = useState(false);
  const hoverTimer = useRef(0);

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
    [loadCard],
  );

  const close = useCallback(() => {
    setOpen((current) => {
      current?.trigger?.focus();
      return null;
    });
  }, []);

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
  }, [open]);

  const openBadge = (b: BadgeModel, trigger: HTMLElement, takeFocus: boolean) =>
    void show({ key: b.key, name: b.name, kind: b.kind, trigger, article: b.article, takeFocus }, b.entityId);

  return (
    <div class={dark ? 'sc-theme sc-dark' : 'sc-theme'} style={{ '--sc-base-size': `${baseSize}px` }}>
      {evidenceShown &&
        events.flatMap((e, i) =>
          evidenceBoxes(e).map((b, j) => (
            <div
              key={`${i}-${j}`}
              class="sc-evidence"
              style={{ left: `${b.x}px`, top: `${b.y}px`, width: `${b.width}px`, height: `${b.height}px` }}
            />
          )),
        )}
      {badges.map((b) => (
        <ActorBadge
          key={b.key}
          name={b.name}
          kind={b.kind}
          quotedTimes={b.quotedTimes}
          x={b.x}
          y={b.y}
          expanded={open?.key === b.key}
          onOpen={(trigger) => {
            window.clearTimeout(hoverTimer.current);
            if (open?.key === b.key) return close();
            openBadge(b, trigger, true);
          }}
          onHoverStart={(trigger) => {
            window.clearTimeout(hoverTimer.current);
            hoverTimer.current = window.setTimeout(() => {
              if (open?.key !== b.key) openBadge(b, trigger, false);
            }, HOVER_DELAY_MS);
          }}
          onHoverEnd={() => window.clearTimeout(hoverTimer.current)}
        />
      ))}
      {bannerShown && events.length > 0 && (
        <EnforcementBanner
          events={events}
          evidenceShown={evidenceShown}
          onOpenPolicy={(policyId, trigger) =>
            void show({ key: `policy:${policyId}`, name: policyId, kind: 'policy', trigger, article: null, takeFocus: true }, policyId)
          }
          onToggleEvidence={() => {
            const next = !evidenceShown;
            setEvidenceShown(next);
            const first = events[0];
            if (next && first) scrollToOffset(first.evidence.start);
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

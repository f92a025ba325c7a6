import { useCallback, useEffect, useState } from 'preact/hooks';
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

export type LoadedCard = { status: 'found'; card: Card; stale: boolean; relatedNames: Record<string, string> } | { status: 'missing' } | { status: 'error'; message: string };

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
  loadCard: (id: string) => Promise<LoadedCard>;
  /** Page boxes of an event's evidence sentence, for the highlight. */
  evidenceBoxes: (event: EnforcementEvent) => Box[];
  /** Scrolls the page to a text offset of the article (a quote). */
  scrollToOffset: (offset: number) => void;
  onDismissSite: () => void;
}

interface OpenCard {
  key: string;
  name: string;
  kind: string;
  trigger: HTMLElement | null;
  article: ArticleContext | null;
  state: CardState;
  relatedNames: Record<string, string>;
}

export function Overlay({ badges, events, dark, loadCard, evidenceBoxes, scrollToOffset, onDismissSite }: OverlayProps) {
  const [open, setOpen] = useState<OpenCard | null>(null);
  const [bannerShown, setBannerShown] = useState(true);
  const [evidenceShown, setEvidenceShown] = useState(false);

  const show = useCallback(
    async (base: Omit<OpenCard, 'state' | 'relatedNames'>, id: string | null) => {
      setOpen({ ...base, state: id ? { status: 'loading' } : { status: 'missing' }, relatedNames: {} });
      if (!id) return;
      const loaded = await loadCard(id);
      setOpen((current) =>
        current && current.key === base.key ? { ...current, state: loaded, relatedNames: loaded.status === 'found' ? loaded.relatedNames : {} } : current,
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
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('scroll', onScroll);
    };
  }, [open]);

  return (
    <div class={dark ? 'sc-theme sc-dark' : 'sc-theme'}>
      {evidenceShown && events.flatMap((e, i) => evidenceBoxes(e).map((b, j) => <div key={`${i}-${j}`} class="sc-evidence" style={{ left: `${b.x}px`, top: `${b.y}px`, width: `${b.width}px`, height: `${b.height}px` }} />))}
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
            if (open?.key === b.key) return close();
            void show({ key: b.key, name: b.name, kind: b.kind, trigger, article: b.article }, b.entityId);
          }}
        />
      ))}
      {bannerShown && events.length > 0 && (
        <EnforcementBanner
          events={events}
          evidenceShown={evidenceShown}
          onOpenPolicy={(policyId, trigger) => void show({ key: `policy:${policyId}`, name: policyId, kind: 'policy', trigger, article: null }, policyId)}
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
          article={open.article}
          relatedNames={open.relatedNames}
          onClose={close}
          onScrollTo={scrollToOffset}
          onOpenRelated={(id) => void show({ ...open, key: `${open.key}>${id}`, name: open.relatedNames[id] ?? id, kind: 'unknown', article: null }, id)}
        />
      )}
    </div>
  );
}

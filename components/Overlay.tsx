import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Card } from '../cards/schema';
import { ActorBadge } from './ActorBadge';
import { ContextCard, type CardState } from './ContextCard';

export interface BadgeModel {
  key: string;
  name: string;
  kind: string;
  entityId: string | null;
  quotedTimes: number;
  /** Page coordinates. */
  x: number;
  y: number;
}

export type LoadedCard = ({ status: 'found'; card: Card; stale: boolean } & { relatedNames: Record<string, string> }) | { status: 'missing' } | { status: 'error'; message: string };

export interface OverlayProps {
  badges: readonly BadgeModel[];
  dark: boolean;
  loadCard: (id: string) => Promise<LoadedCard>;
}

interface OpenCard {
  badgeKey: string;
  name: string;
  kind: string;
  trigger: HTMLElement | null;
  state: CardState;
  relatedNames: Record<string, string>;
}

export function Overlay({ badges, dark, loadCard }: OverlayProps) {
  const [open, setOpen] = useState<OpenCard | null>(null);

  const show = useCallback(
    async (base: Omit<OpenCard, 'state' | 'relatedNames'>, id: string | null) => {
      setOpen({ ...base, state: id ? { status: 'loading' } : { status: 'missing' }, relatedNames: {} });
      if (!id) return;
      const loaded = await loadCard(id);
      setOpen((current) =>
        current && current.badgeKey === base.badgeKey
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

  // Close on a click anywhere outside the overlay.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.composedPath().some((n) => n instanceof Element && n.classList?.contains('sc-root'));
      if (!inside) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open !== null]);

  return (
    <div class={dark ? 'sc-theme sc-dark' : 'sc-theme'}>
      {badges.map((b) => (
        <ActorBadge
          key={b.key}
          name={b.name}
          kind={b.kind}
          quotedTimes={b.quotedTimes}
          x={b.x}
          y={b.y}
          expanded={open?.badgeKey === b.key}
          onOpen={(trigger) => {
            if (open?.badgeKey === b.key) return close();
            void show({ badgeKey: b.key, name: b.name, kind: b.kind, trigger }, b.entityId);
          }}
        />
      ))}
      {open && (
        <ContextCard
          actorName={open.name}
          kind={open.kind}
          state={open.state}
          anchor={open.trigger}
          relatedNames={open.relatedNames}
          onClose={close}
          onOpenRelated={(id) => void show({ ...open, name: open.relatedNames[id] ?? id, kind: 'unknown' }, id)}
        />
      )}
    </div>
  );
}

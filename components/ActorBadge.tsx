import { kindStyle } from './kinds';

export interface ActorBadgeProps {
  name: string;
  kind: string;
  quotedTimes: number;
  /** Page coordinates of the badge's top-left corner. */
  x: number;
  y: number;
  expanded: boolean;
  onOpen: (trigger: HTMLButtonElement) => void;
  /** Pointer resting on the badge (the overlay opens the card after a delay) and leaving it. */
  onHoverStart?: (trigger: HTMLButtonElement) => void;
  onHoverEnd?: () => void;
}

/** The accessible name says what the badge is and what pressing it does. */
export function badgeLabel(name: string, kind: string, quotedTimes: number): string {
  const quoted = quotedTimes > 0 ? `, quoted ${quotedTimes} ${quotedTimes === 1 ? 'time' : 'times'}` : '';
  return `${name}, ${kindStyle(kind).label}${quoted} — open context card`;
}

export function ActorBadge({ name, kind, quotedTimes, x, y, expanded, onOpen, onHoverStart, onHoverEnd }: ActorBadgeProps) {
  const style = kindStyle(kind);
  return (
    <button
      type="button"
      class="sc-badge"
      data-kind={kind}
      aria-haspopup="dialog"
      aria-expanded={expanded}
      aria-label={badgeLabel(name, kind, quotedTimes)}
      title={`${name} (${style.label})`}
      style={{ left: `${x}px`, top: `${y}px`, '--sc-hue': String(style.hue) }}
      onClick={(event) => onOpen(event.currentTarget)}
      onMouseEnter={(event) => onHoverStart?.(event.currentTarget)}
      onMouseLeave={() => onHoverEnd?.()}
    >
      <span aria-hidden="true">{style.glyph}</span>
      {quotedTimes > 0 && (
        <span class="sc-badge-count" aria-hidden="true">
          {quotedTimes}
        </span>
      )}
    </button>
  );
}

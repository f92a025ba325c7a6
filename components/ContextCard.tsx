import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Card, Fact } from '../cards/schema';
import { kindStyle } from './kinds';

export type CardState =
  { status: 'loading' } | { status: 'found'; card: Card; stale: boolean } | { status: 'missing' } | { status: 'error'; message: string };

/** What the article itself says about an actor: shown on every card, and all an unknown actor gets. */
export interface ArticleContext {
  /** The role and affiliation the article gives, in its words. */
  description: string | null;
  quotes: { text: string; start: number }[];
}

export interface ContextCardProps {
  actorName: string;
  kind: string;
  state: CardState;
  /** The badge the card belongs to: the card is placed next to it and follows it. */
  anchor: HTMLElement | null;
  /** Move keyboard focus into the card when it opens (not when a resting pointer opened it). */
  takeFocus: boolean;
  article: ArticleContext | null;
  onClose: () => void;
  onScrollTo: (offset: number) => void;
  onOpenRelated: (id: string) => void;
  relatedNames: Record<string, string>;
}

const FACT_LABELS: Partial<Record<Fact['type'], string>> = {
  founded: 'Founded',
  headquarters: 'Headquarters',
  ownership: 'Ownership',
  funding: 'Funding',
  leadership: 'Leadership',
  role: 'Role',
  designation: 'Designation',
  characterization: 'How others describe it',
  note: 'Note',
  prohibits: 'Prohibits',
  tier: 'Tier',
  penalty: 'Penalty',
  allows: 'Allows',
  cites: 'Cites',
  change: 'Changed',
};

function period(from?: string, to?: string): string {
  if (from && to) return ` (${from} – ${to})`;
  if (from) return ` (since ${from})`;
  if (to) return ` (until ${to})`;
  return '';
}

function factText(f: Fact): string {
  switch (f.type) {
    case 'founded':
      return f.text ? `${f.value}. ${f.text}` : f.value;
    case 'headquarters':
      return f.value;
    case 'leadership':
      return `${f.name}, ${f.title}${period(f.from, f.to)}`;
    case 'role':
      return `${f.title}${f.organization ? `, ${f.organization}` : ''}${period(f.from, f.to)}`;
    case 'designation':
      return `${f.designator}: ${f.list}${f.date ? `, ${f.date}` : ''}${f.status === 'in-force' ? '' : ` (${f.status})`}${f.text ? `. ${f.text}` : ''}`;
    case 'characterization':
      return `${f.by}: ${f.text}`;
    case 'tier':
      return `${f.name}: ${f.text}`;
    case 'change':
      return `${f.date}: ${f.text}`;
    default:
      return f.text;
  }
}

/** The context card: a labelled, non-modal dialog that takes focus when it opens and gives it back when it closes. */
export function ContextCard({
  actorName,
  kind,
  state,
  anchor,
  takeFocus,
  article,
  onClose,
  onScrollTo,
  onOpenRelated,
  relatedNames,
}: ContextCardProps) {
  const dialog = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const floating = dialog.current;
    if (!anchor || !floating) return;
    return autoUpdate(anchor, floating, () => {
      void computePosition(anchor, floating, {
        strategy: 'absolute',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              floating.style.maxHeight = `${Math.max(160, Math.min(560, availableHeight))}px`;
              // 100vw in the stylesheet counts the scrollbar; the page's client width doesn't.
              floating.style.maxWidth = `${floating.ownerDocument.documentElement.clientWidth - 16}px`;
            },
          }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    });
  }, [anchor]);
  useEffect(() => {
    if (takeFocus) dialog.current?.focus();
  }, [takeFocus, state.status, state.status === 'found' ? state.card.id : null]);
  const style = kindStyle(state.status === 'found' ? state.card.kind : kind);
  const titleId = 'sc-card-title';
  return (
    <div
      ref={dialog}
      class="sc-card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      style={{ '--sc-hue': String(style.hue) }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div class="sc-card-head">
        <span class="sc-kind" aria-hidden="true">
          {style.glyph}
        </span>
        <div>
          <h2 id={titleId}>{state.status === 'found' ? state.card.name : actorName}</h2>
          <p class="sc-kind-label">{style.label}</p>
        </div>
        <button type="button" class="sc-close" aria-label="Close context card" onClick={onClose}>
          ×
        </button>
      </div>
      {state.status === 'loading' && <p class="sc-muted">Loading…</p>}
      {state.status === 'missing' && <p class="sc-muted">Not in our cards: what follows is only what this article says.</p>}
      {article && state.status !== 'found' && <InThisArticle article={article} onScrollTo={onScrollTo} />}
      {state.status === 'error' && <p class="sc-error">Could not load the card: {state.message}</p>}
      {state.status === 'found' && (
        <CardBody card={state.card} stale={state.stale} onOpenRelated={onOpenRelated} relatedNames={relatedNames}>
          {article && <InThisArticle article={article} onScrollTo={onScrollTo} />}
        </CardBody>
      )}
    </div>
  );
}

function CardBody({
  card,
  stale,
  onOpenRelated,
  relatedNames,
  children,
}: {
  card: Card;
  stale: boolean;
  onOpenRelated: (id: string) => void;
  relatedNames: Record<string, string>;
  /** What the article says, shown right after our summary. */
  children?: ComponentChildren;
}) {
  const sourceNumber = new Map(Object.keys(card.sources).map((key, i) => [key, i + 1]));
  // Plain text, not links: an in-page anchor would change the host page's URL.
  const cite = (keys: readonly string[]) => {
    const numbers = keys.map((k) => sourceNumber.get(k));
    return (
      <sup class="sc-cite" aria-label={`sources ${numbers.join(', ')}`}>
        {numbers.map((n) => `[${n}]`).join('')}
      </sup>
    );
  };
  return (
    <div class="sc-card-body">
      <p class="sc-summary">
        {card.summary} {cite(card.summarySources)}
      </p>
      {children}
      {card.facts.length > 0 && (
        <dl class="sc-facts">
          {card.facts.map((f, i) => (
            <div key={i} class="sc-fact">
              <dt>{FACT_LABELS[f.type] ?? f.type}</dt>
              <dd>
                {factText(f)}
                {f.asOf && <span class="sc-asof"> (as of {f.asOf})</span>} {cite(f.sources)}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {card.gaps && card.gaps.length > 0 && (
        <p class="sc-gaps">
          <strong>Not documented: </strong>
          {card.gaps.join(' ')}
        </p>
      )}
      {card.related.length > 0 && (
        <nav aria-label="Related cards" class="sc-related">
          {card.related.map((r) => (
            <button key={r.id} type="button" class="sc-chip" onClick={() => onOpenRelated(r.id)}>
              {relatedNames[r.id] ?? r.id}
            </button>
          ))}
        </nav>
      )}
      <details class="sc-sources">
        <summary>Sources ({Object.keys(card.sources).length})</summary>
        <ol>
          {Object.entries(card.sources).map(([key, s]) => (
            <li key={key}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
              {s.publisher ? ` — ${s.publisher}` : ''}, read {s.accessed}
            </li>
          ))}
        </ol>
      </details>
      <p class={stale ? 'sc-reviewed sc-stale' : 'sc-reviewed'}>
        Reviewed {card.reviewed}
        {stale && ' — more than a year ago; facts may be out of date'}
      </p>
    </div>
  );
}

function InThisArticle({ article, onScrollTo }: { article: ArticleContext; onScrollTo: (offset: number) => void }) {
  if (!article.description && article.quotes.length === 0) return null;
  return (
    <section class="sc-in-article" aria-label="In this article">
      {article.description && (
        <p>
          <strong>As described in this article: </strong>
          {article.description}
        </p>
      )}
      {article.quotes.length > 0 && (
        <>
          <p class="sc-fact-label">Quoted in this article ({article.quotes.length})</p>
          <ul class="sc-quotes">
            {article.quotes.map((q) => (
              <li key={q.start}>
                <button type="button" class="sc-link" onClick={() => onScrollTo(q.start)}>
                  “{q.text.length > 110 ? `${q.text.slice(0, 110).trimEnd()}…` : q.text}”
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

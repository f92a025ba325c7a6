/**
 * The build step's pure half: from validated cards to the two shipped artefacts, the card store the
 * background serves and the matcher table the analysis scans with.
 */
import { compileMatcherTable, type MatcherTable } from '../analysis/actor-matcher';
import type { Card } from './schema';
import { namesOf } from './validate';

export interface CardStore {
  version: 1;
  /** Build date, `YYYY-MM-DD`: staleness is judged against the reader's clock, not this. */
  built: string;
  cards: Record<string, Card>;
}

export function compileCardStore(cards: readonly Card[], built: string): CardStore {
  const sorted = [...cards].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { version: 1, built, cards: Object.fromEntries(sorted.map((c) => [c.id, c])) };
}

/** The entities a card says own it ("owned-by" relations): the detector reads a parent closing its own service. */
function ownersOf(card: Card): string[] | undefined {
  const owners = ('related' in card ? (card.related ?? []) : []).filter((r) => r.relation === 'owned-by').map((r) => r.id);
  return owners.length > 0 ? owners : undefined;
}

export function compileCardMatcher(cards: readonly Card[]): MatcherTable {
  const sorted = [...cards].sort((a, b) => (a.id < b.id ? -1 : 1));
  return compileMatcherTable(
    sorted.map((c) => ({
      id: c.id,
      name: c.name,
      kind: c.kind,
      names: namesOf(c).map(({ text, caseSensitive, ambiguous }) => ({ text, caseSensitive, ambiguous, lowerStart: c.kind === 'policy' })),
      contextTerms: c.contextTerms,
      ownedBy: ownersOf(c),
    })),
  );
}

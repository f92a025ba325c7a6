/** Serving cards from the compiled store: by id, in batches, with an explicit answer for unknown ids. */
import type { CardStore } from '../cards/compile';
import type { CardLookup } from '../messaging/protocol';

/** A card not reviewed for this long is shown with a warning. */
export const STALE_AFTER_DAYS = 365;

export function isStale(reviewed: string, today: Date): boolean {
  const reviewedAt = Date.parse(`${reviewed}T00:00:00Z`);
  return today.getTime() - reviewedAt > STALE_AFTER_DAYS * 86_400_000;
}

export function lookupCards(store: CardStore, ids: readonly string[], today: Date): CardLookup[] {
  return ids.map((id) => {
    const card = Object.hasOwn(store.cards, id) ? store.cards[id] : undefined;
    if (!card) return { id, found: false };
    const relatedNames = Object.fromEntries(card.related.map((r) => [r.id, store.cards[r.id]?.name ?? r.id]));
    return { id, found: true, card, stale: isStale(card.reviewed, today), relatedNames };
  });
}

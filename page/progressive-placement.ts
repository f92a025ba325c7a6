/**
 * Placing more badges than one frame should draw: a batch at a time, those in view first. Every badge
 * costs the page a layout read to find its words and a style and layout pass to draw it. Measured in
 * the benchmark (2026-12-05): the 5,000-word article's 320 badges drawn at once took 8.6 ms on the page
 * and a rendering task of at most 34 ms, every badge placed 30–44 ms after the decision; in frames of 40
 * the last one came 130–160 ms after it. So an article's badges come in one go up to FIRST_BATCH, and
 * only longer ones (a 20,000-word page has over 1,000) continue a batch per frame, so that the page
 * never stops answering.
 */

/** The badges drawn straight away: every badge of a long article, or those from where the reader is. */
export const FIRST_BATCH = 350;
/** The badges drawn in each later frame. */
export const LATER_BATCH = 150;

/**
 * The order to place mentions in (their indices): from the first one at or below `fromY` downwards,
 * then upwards from just above it. `pageY` is a mention's vertical page position, null if it is not
 * rendered; mentions come in text order, which is the page's order closely enough to search.
 */
export function viewportFirstOrder(count: number, pageY: (index: number) => number | null, fromY: number): number[] {
  // The first mention at or below fromY, by bisection: a dozen layout reads, not hundreds.
  const yFrom = (index: number): number => {
    for (let i = index; i < Math.min(count, index + 8); i++) {
      const y = pageY(i);
      if (y !== null) return y;
    }
    return Infinity;
  };
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (yFrom(mid) < fromY) lo = mid + 1;
    else hi = mid;
  }
  const order: number[] = [];
  for (let i = lo; i < count; i++) order.push(i);
  for (let i = lo - 1; i >= 0; i--) order.push(i);
  return order;
}

export interface Placement {
  /** Stops placing: nothing more is put, and `finish` is not called. */
  cancel(): void;
}

/** The first batch, placed at once; the rest to follow, a batch per frame. */
export interface PlacementPlan<P> {
  first: P[];
  rest(put: (placed: P[]) => void, finish: () => void, nextFrame: (callback: () => void) => () => void): Placement;
}

/**
 * Places `items` in the given order: the first batch now (layout reads only, so that the caller can
 * read before it writes), each later batch in a frame of its own. `place` turns an item into what is
 * put on the page, or null if it has no place (its words are not rendered).
 */
export function planPlacement<T, P>(items: readonly T[], order: readonly number[], place: (item: T) => P | null): PlacementPlan<P> {
  let next = 0;
  const batch = (size: number) => {
    const placed: P[] = [];
    for (const end = Math.min(order.length, next + size); next < end; next++) {
      const p = place(items[order[next]!]!);
      if (p !== null) placed.push(p);
    }
    return placed;
  };
  const first = batch(FIRST_BATCH);
  return {
    first,
    rest(put, finish, nextFrame) {
      let cancelled = false;
      let cancelFrame: (() => void) | null = null;
      const step = () => {
        if (next >= order.length) return finish();
        cancelFrame = nextFrame(() => {
          if (cancelled) return;
          const placed = batch(LATER_BATCH);
          if (placed.length > 0) put(placed);
          step();
        });
      };
      step();
      return {
        cancel() {
          cancelled = true;
          cancelFrame?.();
        },
      };
    },
  };
}

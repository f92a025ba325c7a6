import { describe, expect, it } from 'vitest';
import { FIRST_BATCH, LATER_BATCH, planPlacement, viewportFirstOrder } from '../../page/progressive-placement';

describe('the order badges are placed in', () => {
  // Mentions 20 px apart down the page, in text order.
  const ys = Array.from({ length: 100 }, (_, i) => i * 20);

  it('starts at the first mention at or below where the reader is, goes down, then up from above it', () => {
    const order = viewportFirstOrder(ys.length, (i) => ys[i]!, 1000);
    expect(order.slice(0, 3)).toEqual([50, 51, 52]);
    expect(order.slice(50, 53)).toEqual([49, 48, 47]);
    expect([...order].sort((a, b) => a - b)).toEqual(ys.map((_, i) => i));
  });

  it('reads a few positions to find the start, not every one', () => {
    let reads = 0;
    viewportFirstOrder(ys.length, (i) => (reads++, ys[i]!), 1000);
    expect(reads).toBeLessThanOrEqual(8);
  });

  it('steps over mentions that are not rendered, and starts at the top of a page read from the top', () => {
    const hidden = (i: number) => (i % 3 === 1 ? null : ys[i]!);
    expect(viewportFirstOrder(ys.length, hidden, 1000).find((i) => hidden(i) !== null)).toBe(50);
    expect(viewportFirstOrder(ys.length, hidden, -500)[0]).toBe(0);
    expect(viewportFirstOrder(ys.length, () => null, 0)).toHaveLength(100);
    expect(viewportFirstOrder(0, () => 0, 0)).toEqual([]);
  });
});

describe('placing in batches', () => {
  const frames: (() => void)[] = [];
  const nextFrame = (callback: () => void) => {
    frames.push(callback);
    return () => frames.splice(frames.indexOf(callback), 1);
  };
  const items = Array.from({ length: FIRST_BATCH + 2 * LATER_BATCH + 5 }, (_, i) => i);
  const order = [...items].reverse();

  it('places the first batch at once and one batch per frame after, in the order given, skipping what has no place', () => {
    const put: number[][] = [];
    let finished = 0;
    const plan = planPlacement(items, order, (i) => (i === 0 ? null : i * 10));
    expect(plan.first).toEqual(order.slice(0, FIRST_BATCH).map((i) => i * 10));
    plan.rest(
      (placed) => put.push(placed),
      () => finished++,
      nextFrame,
    );
    expect(put).toEqual([]);
    for (let frame = 1; frames.length > 0; frame++) {
      frames.shift()!();
      expect(put).toHaveLength(frame);
    }
    expect(put.map((batch) => batch.length)).toEqual([LATER_BATCH, LATER_BATCH, 4]);
    expect(finished).toBe(1);
  });

  it('finishes at once when everything fitted in the first batch', () => {
    let finished = 0;
    planPlacement([1, 2], [0, 1], (i) => i).rest(
      () => {},
      () => finished++,
      nextFrame,
    );
    expect(finished).toBe(1);
    expect(frames).toEqual([]);
  });

  it('puts and finishes nothing more once cancelled', () => {
    const put: number[][] = [];
    let finished = 0;
    const placement = planPlacement(items, order, (i) => i).rest(
      (placed) => put.push(placed),
      () => finished++,
      nextFrame,
    );
    frames.shift()!();
    placement.cancel();
    expect(frames).toEqual([]);
    expect(put).toHaveLength(1);
    expect(finished).toBe(0);
  });
});

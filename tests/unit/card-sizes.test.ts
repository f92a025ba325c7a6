/**
 * What the card data costs once compiled: the card store the background loads and the matcher table.
 * Sizes are rounded to 100 KB so that the snapshot moves when the data grows by a real step, not with
 * every card; the budgets below are the hard limits (the background must stay small to wake fast).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileCardMatcher, compileCardStore } from '../../cards/compile';
import { readCardFiles } from '../../cards/read-card-files';
import { validateCards } from '../../cards/validate';

const { cards } = validateCards(readCardFiles(), '2026-12-03');
const store = JSON.stringify(compileCardStore(cards, '2026-11-23'));
const matcher = JSON.stringify(compileCardMatcher(cards));
const roundedKB = (bytes: number) => Math.round(bytes / 1024 / 100) * 100;

describe('compiled card data', () => {
  it('stays within its size budgets', () => {
    expect(store.length).toBeLessThan(4 * 1024 * 1024);
    expect(gzipSync(store).length).toBeLessThan(1024 * 1024);
    expect(matcher.length).toBeLessThan(1024 * 1024);
  });

  it('matches the recorded sizes (rounded to 100 KB)', () => {
    expect({
      cardStoreKB: roundedKB(store.length),
      cardStoreGzipKB: roundedKB(gzipSync(store).length),
      matcherTableKB: roundedKB(matcher.length),
    }).toMatchSnapshot();
  });
});

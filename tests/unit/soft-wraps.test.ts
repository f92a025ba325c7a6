import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analysis/analyze-article';
import { joinSoftWraps } from '../../analysis/soft-wraps';
import { entry, smallMatcher } from './small-matcher';

describe('soft line breaks in hard-wrapped text', () => {
  it('joins a break inside a sentence and keeps every length and offset', () => {
    const text = 'The marketplace took down\na listing for a mug on Friday.\nIt said nothing more.';
    const joined = joinSoftWraps(text);
    expect(joined).toBe('The marketplace took down a listing for a mug on Friday.\nIt said nothing more.');
    expect(joined.length).toBe(text.length);
  });

  it('keeps breaks after a sentence end, before a capital, around blank lines, and after headings', () => {
    const text = 'Headline here\n\nfirst paragraph ends.\nsecond starts lower case\nThird Line Capitalised\n\nlast';
    expect(joinSoftWraps(text)).toBe('Headline here\n\nfirst paragraph ends.\nsecond starts lower case\nThird Line Capitalised\n\nlast');
    expect(joinSoftWraps('no breaks at all')).toBe('no breaks at all');
  });

  it('lets the analysis read an enforcement sentence that a wrap cut in two, with offsets into the text as given', () => {
    const matcher = smallMatcher([entry('shopsite', 'Shopsite', 'platform')]);
    const text = 'Shirt pulled\n\nShopsite on Wednesday pulled\na listing for a shirt, citing its policy\nagainst offensive items.\n';
    const result = analyzeArticle(text, matcher);
    expect(result.enforcement.detected).toBe(true);
    const event = result.enforcement.events[0]!;
    expect(event.platformId).toBe('shopsite');
    expect(text.slice(event.evidence.start, event.evidence.end)).toContain('pulled\na listing');
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../analysis/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it.each([
    ['One. Two.', ['One.', 'Two.']],
    ['IDF Spokesman Brig.-Gen. Daniel Hagari has said so. Next.', ['IDF Spokesman Brig.-Gen. Daniel Hagari has said so.', 'Next.']],
    ['Attacks against U.S. forces in the region. Then more.', ['Attacks against U.S. forces in the region.', 'Then more.']],
    ['"We removed them," she said. He agreed.', ['"We removed them," she said.', 'He agreed.']],
    ['“It ended.” Then it began.', ['“It ended.”', 'Then it began.']],
    ['John F. Kennedy spoke. Yes.', ['John F. Kennedy spoke.', 'Yes.']],
    ['First para\n\nSecond para. Still second.', ['First para', 'Second para.', 'Still second.']],
    ['On Oct. 7 it began.', ['On Oct. 7 it began.']],
  ])('%s', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('numbers paragraphs', () => {
    expect(splitSentences('Alpha. Beta.\n\nGamma.').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

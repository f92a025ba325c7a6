/**
 * Plain-text articles (wire copy, e-mail, `.txt` files) are often hard-wrapped at about 70 columns, so a
 * line break can fall inside a sentence or a name. The analysis treats a line break as a paragraph end,
 * which would cut "eBay pulled\na listing" in two. A page never needs this: the DOM adapter already
 * turns whitespace inside a paragraph into spaces.
 */

const SENTENCE_END = /[.!?:;"'”’)\]]/;
const LOWER_START = /\p{Ll}/u;

/**
 * The text with every soft line break (one that continues a sentence) replaced by a space. A break is
 * soft when it is a single line break, the line before does not end a sentence, and the next line starts
 * with a lower-case letter; a heading, a list or a paragraph that ends in a full stop keeps its break.
 * The length never changes, so every offset into the result is an offset into the input.
 */
export function joinSoftWraps(text: string): string {
  if (!text.includes('\n')) return text;
  let out = '';
  let from = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
    if (!isSoftBreak(text, at)) continue;
    out += text.slice(from, at) + ' ';
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

function isSoftBreak(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text[before] === ' ' || text[before] === '\t' || text[before] === '\r')) before--;
  if (before < 0 || text[before] === '\n' || SENTENCE_END.test(text[before]!)) return false;
  const next = text[at + 1];
  return next !== undefined && LOWER_START.test(next);
}

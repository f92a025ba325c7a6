/**
 * Finds the spans of double-quoted passages in plain text.
 *
 * News text mixes straight (") and curly (“ ”) marks, sometimes within one quote (opened with “,
 * closed with "), nests quoted phrases inside quotes, and runs a quote over several paragraphs by
 * re-opening it at each new paragraph without closing the previous one. Marks are therefore paired by
 * their context (what stands before and after them) first and by their glyph second, with a small
 * stack for nesting, one paragraph at a time.
 */

export interface QuoteSpan {
  /** Index of the opening mark. */
  start: number;
  /** Index just past the closing mark (or the end of the last paragraph when the quote never closes). */
  end: number;
  /** Spans of quoted content, one per paragraph, without any marks. */
  parts: { start: number; end: number }[];
  /** False when the quote ran to the end of a paragraph without a closing mark. */
  closed: boolean;
}

const DOUBLE_MARKS = new Set(['"', '“', '”', '„', '‟', '«', '»', '″']);
const OPENING_GLYPHS = new Set(['“', '„', '‟', '«']);
const CLOSING_GLYPHS = new Set(['”', '»', '″']);

/** Characters after which a mark is at the start of a word, so it opens. */
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/]/;
/** Characters before which a mark is at the end of a word, so it closes. */
const CLOSE_AFTER = /[\s.,;:!?)\]}\u2014\u2013\-/…]/;

type Direction = 'open' | 'close' | 'either';

export function isDoubleMark(ch: string | undefined): boolean {
  return ch !== undefined && DOUBLE_MARKS.has(ch);
}

/** Invisible formatting characters (bidi embeddings, zero-width spaces) that pasted text carries. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;

/** The character before index `i`, skipping invisible formatting characters ('\n' at a paragraph start). */
function visibleBefore(text: string, i: number): string {
  let j = i - 1;
  while (j >= 0 && INVISIBLE.test(text[j]!)) j--;
  return j >= 0 ? text[j]! : '\n';
}

/** Which way a mark faces, judged from its neighbours; the glyph breaks ties. */
function markDirection(text: string, i: number): Direction {
  const previous = visibleBefore(text, i);
  const before = previous === '\n' ? ' ' : previous;
  const after = i + 1 < text.length ? text[i + 1]! : ' ';
  const opensWord = OPEN_BEFORE.test(before) && !/\s/.test(after);
  const closesWord = !/\s/.test(before) && CLOSE_AFTER.test(after);
  if (opensWord && !closesWord) return 'open';
  if (closesWord && !opensWord) return 'close';
  const glyph = text[i]!;
  if (OPENING_GLYPHS.has(glyph)) return 'open';
  if (CLOSING_GLYPHS.has(glyph)) return 'close';
  return 'either';
}

/** Index of the first non-blank character at or after `i`, or text.length. */
function skipBlank(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Index just past the last non-blank character before `i`. */
function trimEnd(text: string, start: number, i: number): number {
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * `He says,” there are a lot of people …”`: a mark that faces closing but has no quote to close, sits
 * right after a comma or colon with a word after it, and is answered by a closing mark later in its
 * paragraph (and no other mark between) was typed for an opening one.
 */
function strayOpening(text: string, i: number): boolean {
  if (!/[,:]/.test(text[i - 1] ?? '') || !/\s/.test(text[i + 1] ?? '') || !/\p{L}/u.test(text[skipBlank(text, i + 1)] ?? '')) return false;
  for (let j = i + 1; j < text.length && text[j] !== '\n'; j++) {
    if (DOUBLE_MARKS.has(text[j]!)) return markDirection(text, j) === 'close' && /\s/.test(text[j + 1] ?? ' ');
  }
  return false;
}

/** `he's like 6'2",` / `6’2”`: a double mark right after feet and inches is the inch sign, no quote mark. */
function isInchMark(text: string, i: number): boolean {
  return /\d['’′]\d{1,2}$/.test(text.slice(Math.max(0, i - 5), i));
}

/**
 * All top-level double-quoted passages, in text order. Nested quotes stay inside their parent.
 * Runs in one pass over the text.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: { start: number; partStart: number; parts: { start: number; end: number }[] } | null = null;
  let depth = 0;

  const closeAt = (contentEnd: number, end: number, closed: boolean) => {
    if (!open) return;
    const parts = [...open.parts, { start: open.partStart, end: contentEnd }].filter((p) => p.end > p.start);
    if (parts.length) spans.push({ start: open.start, end, parts, closed });
    open = null;
    depth = 0;
  };

  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast skip: only line breaks and the double marks matter here.
    if (code !== 10 && code !== 34 && code < 0xab) continue;
    const ch = text[i]!;
    if (ch === '\n') {
      if (!open) continue;
      // A quote left open at a paragraph end continues only if the next paragraph re-opens it.
      const next = skipBlank(text, i);
      const contentEnd = trimEnd(text, open.partStart, i);
      if (depth === 1 && isDoubleMark(text[next]) && markDirection(text, next) !== 'close') {
        open.parts.push({ start: open.partStart, end: contentEnd });
        open.partStart = next + 1;
        i = next;
      } else {
        closeAt(contentEnd, contentEnd, false);
      }
      continue;
    }
    if (!DOUBLE_MARKS.has(ch) || isInchMark(text, i)) continue;
    // A mark opening a paragraph opens a quote, whatever its glyph (”… typed for “…).
    const direction = visibleBefore(text, i) === '\n' ? 'open' : markDirection(text, i);
    if (!open) {
      if (direction !== 'close' || strayOpening(text, i)) {
        open = { start: i, partStart: i + 1, parts: [] };
        depth = 1;
      }
      continue;
    }
    if (direction === 'open') depth++;
    else if (depth > 1) depth--;
    else closeAt(i, i + 1, true);
  }
  if (open) {
    const o: { partStart: number } = open;
    const end = trimEnd(text, o.partStart, text.length);
    closeAt(end, end, false);
  }
  return spans;
}

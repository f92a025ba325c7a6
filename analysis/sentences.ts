/**
 * Sentence boundaries with offsets. Rule-based, in the spirit of Punkt (Kiss & Strunk 2006) without
 * its training: a period ends a sentence unless it ends a known abbreviation, an initial, or a number,
 * or is followed by a lower-case word. Paragraph breaks always end a sentence.
 */

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph ("\n"-separated block) the sentence is in. */
  paragraph: number;
}

const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof sen rep gov gen brig col lt maj capt sgt adm cmdr st jr sr inc corp co ltd llc dept univ jan feb mar apr jun jul aug sep sept oct nov dec no vs etc al fig approx est u.s u.k u.n e.u d.c'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpaces(text, 0);
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e, paragraph });
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      while (i + 1 < text.length && /\s/.test(text[i + 1]!)) {
        i++;
      }
      paragraph++;
      start = i + 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end]!) || text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    if (end < text.length && !isSpace(text.charCodeAt(end)) && text[end] !== '\n') continue;
    if (ch === '.' && !endsSentence(text, i, end)) continue;
    push(end);
    start = skipSpaces(text, end);
    i = start - 1;
  }
  push(text.length);
  return out;
}

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function endsSentence(text: string, dot: number, after: number): boolean {
  // The word before the dot.
  let w = dot;
  while (w > 0 && /[\p{L}\p{N}.\-]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  const lower = word.toLowerCase().replace(/^.*-/, '');
  if (ABBREVIATIONS.has(lower)) {
    // "in the U.S. The ..." still ends: an abbreviation followed by a capitalised common sentence start is ambiguous; keep it joined unless a paragraph follows.
    return false;
  }
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  if (/^\d+$/.test(word) && /^\s*\d/.test(text.slice(after, after + 3))) return false;
  // Next word starts lower-case: not a sentence end ("e.g. this").
  const next = text.slice(skipSpaces(text, after), skipSpaces(text, after) + 2);
  if (/^\p{Ll}/u.test(next)) return false;
  return true;
}

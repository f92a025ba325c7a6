/**
 * A light tokenizer for attribution: words, punctuation, paragraph breaks, and whole quotes as
 * single tokens, so that the rules around a quote can look at the words of the reporting clause
 * without stepping into any quoted text.
 */
import type { QuoteSpan } from './quote-spans';
import { ABBREVIATIONS } from './speaker-lexicon';

export type TokenKind = 'word' | 'punct' | 'quote' | 'para';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text; for words without a trailing abbreviation period or possessive. */
  lower: string;
  start: number;
  end: number;
  /** Index into the quote list for "quote" tokens. */
  quote?: number;
  /** Whether a word starts with an upper-case letter. */
  capitalized: boolean;
}

/** Lower-cased bare form of a word: no trailing period, no possessive ending. */
export function bareWord(text: string): string {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--; // "."
  const last = text[end - 1];
  if ((last === 's' || last === 'S') && (text[end - 2] === "'" || text[end - 2] === '’')) end -= 2;
  return text.slice(0, end).toLowerCase();
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && token.capitalized;
}

export function isPossessive(token: Token | undefined): boolean {
  return !!token && token.kind === 'word' && /['’]s$|s['’]$/.test(token.text);
}

function startsUpperCase(word: string): boolean {
  const first = word[0]!;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** A word that keeps its period: abbreviations, initials and initialisms. */
function keepsPeriod(word: string): boolean {
  const base = word.slice(0, -1);
  // "U.S.", "a.m.", "Ph.D." keep it; a web address ends its sentence ("the mail service Mail.ru. Apple had …").
  if (base.includes('.')) return !/\.\p{Ll}{2,}$/u.test(base);
  // A lower-case word ends its sentence ("he fell ill.", "she said no.") unless it is a Latin-style
  // abbreviation; titles, states and months are written capitalized ("Sen.", "Va.", "Oct.").
  if (/^\p{Ll}/u.test(base)) return /^(?:etc|vs|approx|cf|al)$/.test(base);
  if (base.length === 1) return true;
  // "R-Ky.", "D-N.Y.": a party-state label ends in a state abbreviation.
  const lastPart = base.slice(base.lastIndexOf('-') + 1).toLowerCase();
  return ABBREVIATIONS.has(base.toLowerCase()) || ABBREVIATIONS.has(lastPart);
}

/** "China-hosted", "Kremlin-backed", "US-based": a capital that modifies what follows, never a name. */
const NAME_AS_MODIFIER = /-(?:\p{Ll}+(?:ed|ing)|based|born|made|led|run|wide|style|like|free)$/u;

function wordToken(text: string, start: number): Token {
  return {
    kind: 'word',
    text,
    lower: bareWord(text),
    start,
    end: start + text.length,
    capitalized: startsUpperCase(text) && !NAME_AS_MODIFIER.test(text),
  };
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;
const NON_ASCII_DIGIT = /\p{N}/u;

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return i < text.length && NON_ASCII_LETTER.test(text[i]!);
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  return i < text.length && NON_ASCII_DIGIT.test(text[i]!);
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 160 ||
    c === 12 ||
    c === 11 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** End of a word starting at i: letters, digits, apostrophes, hyphens, "&", and inner periods ("Brig.-Gen."). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  for (;;) {
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === 39 || c === 0x2019 || c === 45 || c === 38 || isLetterAt(text, j) || isDigitAt(text, j)) j++;
      else break;
    }
    // An inner period followed by a letter (or "-" and a letter) continues the word: "U.S", "Brig.-Gen".
    if (text.charCodeAt(j) === 46 && (isLetterAt(text, j + 1) || (text.charCodeAt(j + 1) === 45 && isLetterAt(text, j + 2)))) {
      j += text.charCodeAt(j + 1) === 45 ? 2 : 1;
      continue;
    }
    return j;
  }
}

/** End of a number starting at i: "1,200", "3.5", "9:30", "45%", and "43-year-old" as one word. */
function numberEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isDigitAt(text, j) || c === 37) j++;
    else if ((c === 44 || c === 46 || c === 58) && isDigitAt(text, j + 1)) j += 2;
    else if (c === 45 && isLetterAt(text, j + 1)) return wordEnd(text, j + 1);
    else break;
  }
  return j;
}

/**
 * Tokenizes `text`, collapsing each quote span into one token and each run of line breaks outside
 * quotes into one paragraph token. One pass over the text, character by character.
 */
export function tokenize(text: string, quotes: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const quote = quotes[q];
    if (quote && i >= quote.start) {
      tokens.push({ kind: 'quote', text: '', lower: '', start: quote.start, end: quote.end, quote: q, capitalized: false });
      i = Math.max(i, quote.end);
      q++;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 10) j++;
      tokens.push({ kind: 'para', text: '\n', lower: '\n', start: i, end: j, capitalized: false });
      i = j;
      continue;
    }
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    if (isLetterAt(text, i)) {
      let end = wordEnd(text, i);
      const hasPeriod = text.charCodeAt(end) === 46;
      const word = text.slice(i, end);
      if (hasPeriod && keepsPeriod(word + '.')) {
        end++;
        tokens.push(wordToken(word + '.', i));
      } else {
        tokens.push(wordToken(word, i));
      }
      i = end;
      continue;
    }
    if (isDigitAt(text, i)) {
      const end = numberEnd(text, i);
      tokens.push({ kind: 'word', text: text.slice(i, end), lower: text.slice(i, end), start: i, end, capitalized: false });
      i = end;
      continue;
    }
    // One other character; a surrogate pair stays whole.
    const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    if (/\s/.test(text[i]!)) {
      i += width;
      continue;
    }
    const ch = text.slice(i, i + width);
    tokens.push({ kind: 'punct', text: ch, lower: ch, start: i, end: i + width, capitalized: false });
    i += width;
  }
  for (; q < quotes.length; q++) {
    const quote = quotes[q]!;
    tokens.push({ kind: 'quote', text: '', lower: '', start: quote.start, end: quote.end, quote: q, capitalized: false });
  }
  return tokens;
}

/** True when a quote's own content ends a sentence ("… today."”). */
export function quoteEndsSentence(text: string, quote: QuoteSpan): boolean {
  const last = quote.parts[quote.parts.length - 1];
  if (!last) return false;
  let i = last.end - 1;
  while (i > last.start && /[\s'’‘)\]]/.test(text[i]!)) i--;
  return /[.!?…]/.test(text[i] ?? '');
}

/**
 * A light tokenizer for attribution: words, punctuation, paragraph breaks, and whole quotes as
 * single tokens, so that the rules around a quote can look at the words of the reporting clause
 * without stepping into any quoted text.
 */
import type { QuoteSpan } from "./quote-spans";
import { ABBREVIATIONS } from "./speaker-lexicon";

export type TokenKind = "word" | "punct" | "quote" | "para";

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text; for words without a trailing abbreviation period or possessive. */
  lower: string;
  start: number;
  end: number;
  /** Index into the quote list for "quote" tokens. */
  quote?: number;
}

// Initialisms (U.S.), words with inner periods or hyphens (Brig.-Gen.), numbers, or one other character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}'’&-]*(?:\.-?\p{L}[\p{L}\p{M}'’-]*)*\.?|\p{N}[\p{N},.:%]*\p{N}|\p{N}|[^\s\p{L}\p{N}]/gu;

/** Lower-cased bare form of a word: no trailing period, no possessive ending. */
export function bareWord(text: string): string {
  return text.toLowerCase().replace(/\.$/, "").replace(/['’]s$/, "");
}

export function isCapitalized(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && /^\p{Lu}/u.test(token.text);
}

export function isPossessive(token: Token | undefined): boolean {
  return !!token && token.kind === "word" && /['’]s$|s['’]$/.test(token.text);
}

/** A word that keeps its period: abbreviations, initials and initialisms. */
function keepsPeriod(word: string): boolean {
  const base = word.slice(0, -1);
  if (base.includes(".")) return true;
  if (/^\p{L}$/u.test(base)) return true;
  return ABBREVIATIONS.has(base.toLowerCase());
}

/**
 * Tokenizes `text`, collapsing each quote span into one token and each run of line breaks outside
 * quotes into one paragraph token. Linear in the length of the text.
 */
export function tokenize(text: string, quotes: QuoteSpan[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let pos = 0;
  const pushWords = (from: number, to: number) => {
    const segment = text.slice(from, to);
    for (const m of segment.matchAll(TOKEN)) {
      const start = from + m.index!;
      let word = m[0];
      const isWord = /^[\p{L}\p{N}]/u.test(word);
      if (isWord && /\p{L}/u.test(word[0]!) && word.endsWith(".") && !keepsPeriod(word)) {
        word = word.slice(0, -1);
        tokens.push({ kind: "word", text: word, lower: bareWord(word), start, end: start + word.length });
        tokens.push({ kind: "punct", text: ".", lower: ".", start: start + word.length, end: start + word.length + 1 });
        continue;
      }
      tokens.push({ kind: isWord ? "word" : "punct", text: word, lower: isWord ? bareWord(word) : word, start, end: start + word.length });
    }
  };
  const pushText = (from: number, to: number) => {
    let lineStart = from;
    for (let i = from; i < to; i++) {
      if (text[i] !== "\n") continue;
      pushWords(lineStart, i);
      const last = tokens[tokens.length - 1];
      if (!last || last.kind !== "para") tokens.push({ kind: "para", text: "\n", lower: "\n", start: i, end: i + 1 });
      lineStart = i + 1;
    }
    pushWords(lineStart, to);
  };
  while (q < quotes.length) {
    const quote = quotes[q]!;
    pushText(pos, quote.start);
    tokens.push({ kind: "quote", text: text.slice(quote.start, quote.end), lower: "", start: quote.start, end: quote.end, quote: q });
    pos = quote.end;
    q++;
  }
  pushText(pos, text.length);
  return tokens;
}

/** True when a quote's own content ends a sentence ("… today."”). */
export function quoteEndsSentence(text: string, quote: QuoteSpan): boolean {
  const last = quote.parts[quote.parts.length - 1];
  if (!last) return false;
  let i = last.end - 1;
  while (i > last.start && /[\s'’‘)\]]/.test(text[i]!)) i--;
  return /[.!?…]/.test(text[i] ?? "");
}

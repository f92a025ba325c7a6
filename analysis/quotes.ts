/**
 * Quote and speaker attribution: every double-quoted passage in an article, with who said it.
 *
 * Three stages, each in its own module:
 *   1. quote-spans.ts     pairs quotation marks into quotes (straight, curly, mismatched, nested,
 *                         running over paragraphs);
 *   2. speaker-cues.ts    finds, for each quote, the words naming its speaker (the mention) with a
 *                         sieve of cue patterns (Muzny et al. 2017, after Pareti's attribution relations);
 *   3. speaker-resolution.ts  resolves the mention ("he", "Hagari", "the FDD research analyst") to the
 *                         person, organization or document introduced earlier, with role and affiliation.
 *
 * Pure: strings in, plain data out; linear in the length of the text.
 */
import { findQuoteSpans, type QuoteSpan } from './quote-spans';
import { tokenize } from './quote-tokens';
import { findCue, isWorkTitle, joinedToNextQuote, type Cue } from './speaker-cues';
import { createSpeakerResolver } from './speaker-resolution';

/** Half-open [start, end) JavaScript string (UTF-16) indices into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface QuoteSpeaker {
  /** Who the mention resolves to: a full name, or the role phrase when there is none. */
  name: string;
  /**
   * The words naming the speaker at this quote ("he", "Hagari", "the company"); for a quote that
   * continues an earlier speaker without naming them again, the mention that named them there.
   */
  mention: Span;
  /** The role the article gives ("senior fellow", "Spokesperson"). */
  role: string | null;
  /** The organization the article gives ("Iranian Foreign Ministry", "FDD"). */
  affiliation: string | null;
  /** The full descriptive phrase ("a senior fellow with the Foundation for …"). */
  descriptor: string | null;
}

export interface Quote {
  /** Index of the opening quotation mark. */
  start: number;
  /** Index just past the closing quotation mark. */
  end: number;
  /** The quoted words without the marks (paragraphs of a long quote joined by a line break). */
  text: string;
  speaker: QuoteSpeaker | null;
}

/** All quotes in `text`, in order, each with its speaker when a cue in the article names one. */
export function findQuotes(text: string): Quote[] {
  return explainQuotes(text).map(({ quote }) => quote);
}

/** Like findQuotes, with the name of the cue pattern that attributed each quote (for tuning and tests). */
export function explainQuotes(text: string): { quote: Quote; cue: string | null }[] {
  const spans = findQuoteSpans(text);
  if (spans.length === 0) return [];
  const tokens = tokenize(text, spans);
  const quoteToken: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === 'quote') quoteToken[t.quote!] = i;
  });

  const resolver = createSpeakerResolver(text, tokens);
  const speakers: (QuoteSpeaker | null)[] = [];
  const context = {
    tokens,
    text,
    quotes: spans,
    quoteToken,
    hasSpeaker: (q: number) => !!speakers[q],
  };
  const cues: (string | null)[] = [];
  for (let q = 0; q < spans.length; q++) {
    const cue = findCue(context, q);
    speakers[q] = speakerFromCue(cue, speakers, resolver);
    cues[q] = speakers[q] ? cue!.how : null;
  }
  // Right to left, so that a chain `"A," "B" and "C," he said` passes the speaker back.
  for (let q = spans.length - 1; q >= 0; q--) {
    if (speakers[q]) continue;
    const next = joinedToNextQuote(context, q);
    if (next !== null && speakers[next]) {
      speakers[q] = speakerFromCue({ kind: 'same-as', quote: next, how: 'joined' }, speakers, resolver);
      cues[q] = 'joined';
    }
  }
  // A show or book title names no speaker; it is cleared only now, so that a quote after it
  // (`"A," he said on "Meet the Press." "B."`) still continues the speaker it followed.
  for (let q = 0; q < spans.length; q++) {
    if (speakers[q] && isWorkTitle(context, q)) {
      speakers[q] = null;
      cues[q] = null;
    }
  }
  return spans.map((span, q) => ({
    quote: { start: span.start, end: span.end, text: quoteText(text, span), speaker: speakers[q] ?? null },
    cue: cues[q] ?? null,
  }));
}

function speakerFromCue(
  cue: Cue | null,
  speakers: (QuoteSpeaker | null)[],
  resolver: ReturnType<typeof createSpeakerResolver>,
): QuoteSpeaker | null {
  if (!cue) return null;
  if (cue.kind === 'same-as') {
    const earlier = speakers[cue.quote];
    return earlier ? { ...earlier, mention: { ...earlier.mention } } : null;
  }
  return resolver.resolve(cue.mention, cue.antecedent);
}

function quoteText(text: string, span: QuoteSpan): string {
  return span.parts.map((p) => text.slice(p.start, p.end)).join('\n');
}

/**
 * A second reader for enforcement, learned from labelled articles: a logistic regression over the words
 * and word pairs of the headline and the opening. The rules in `enforcement.ts` read who did what to
 * whom, sentence by sentence, and miss wordings nobody wrote a rule for ("Suspension of X enters 4th
 * week", "X network blockade continues"); this model reads how enforcement stories are told as a whole.
 * It is trained by `scripts/train-enforcement-model.ts`, which shares every function here, so that
 * training and reading can never drift apart.
 */

/** How much of the body is read after the headline: the story's opening, where it says what it is about. */
export const MODEL_BODY_CHARS = 1500;

export interface EnforcementModel {
  /** What it was trained on and when: provenance, printed by the tools. */
  about: string;
  /** Every term the model knows, in order; `idf` and `weights` share the index. */
  terms: string[];
  idf: number[];
  weights: number[];
  bias: number;
}

const TOKEN = /[\p{L}\p{N}]{2,}/gu;

/** Lower-case words of two letters or more: "YouTube's ban" → youtube, ban. */
export function modelTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** The words and adjacent word pairs of `tokens`, counted. */
export function termCounts(tokens: readonly string[], into: Map<string, number> = new Map()): Map<string, number> {
  for (let i = 0; i < tokens.length; i++) {
    into.set(tokens[i]!, (into.get(tokens[i]!) ?? 0) + 1);
    if (i + 1 < tokens.length) {
      const pair = `${tokens[i]} ${tokens[i + 1]}`;
      into.set(pair, (into.get(pair) ?? 0) + 1);
    }
  }
  return into;
}

/** What the model reads: the headline twice (it says what the story is about), then the opening. */
export function modelDocument(headline: string, body: string): string {
  return `${headline}\n${headline}\n${body.slice(0, MODEL_BODY_CHARS)}`;
}

/** A term's weight in a document: a log-damped count times how rare the term is, over the document's length. */
export function termVector(counts: ReadonlyMap<string, number>, idfOf: (term: string) => number | undefined): Map<string, number> {
  const vector = new Map<string, number>();
  let norm = 0;
  for (const [term, count] of counts) {
    const idf = idfOf(term);
    if (idf === undefined) continue;
    const value = (1 + Math.log(count)) * idf;
    vector.set(term, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, value] of vector) vector.set(term, value / norm);
  return vector;
}

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** What reads an article for enforcement: one model, or several together. */
export interface ArticleReader {
  /** How likely the article reports enforcement, from 0 to 1. */
  probability(headline: string, body: string): number;
  /** How much the words of `text` speak for enforcement: for choosing evidence. */
  weightOf(text: string): number;
}

/** A model with its terms indexed, ready to read articles. */
export class EnforcementReader implements ArticleReader {
  private readonly index = new Map<string, number>();

  constructor(readonly model: EnforcementModel) {
    if (model.terms.length !== model.idf.length || model.terms.length !== model.weights.length)
      throw new Error(`enforcement model: ${model.terms.length} terms, ${model.idf.length} idf values, ${model.weights.length} weights`);
    model.terms.forEach((t, i) => this.index.set(t, i));
  }

  /** How likely the article reports enforcement, from 0 to 1. */
  probability(headline: string, body: string): number {
    return this.probabilityOf(termCounts(modelTokens(modelDocument(headline, body))));
  }

  /** The same, from a document's term counts (`termCounts`). */
  probabilityOf(counts: ReadonlyMap<string, number>): number {
    const vector = termVector(counts, (t) => this.idfOf(t));
    let z = this.model.bias;
    for (const [term, value] of vector) z += value * this.model.weights[this.index.get(term)!]!;
    return sigmoid(z);
  }

  /** How much the words of `text` speak for enforcement (the sum of their weights): for choosing evidence. */
  weightOf(text: string): number {
    let sum = 0;
    for (const [term] of termCounts(modelTokens(text))) {
      const i = this.index.get(term);
      if (i !== undefined) sum += this.model.weights[i]!;
    }
    return sum;
  }

  private idfOf(term: string): number | undefined {
    const i = this.index.get(term);
    return i === undefined ? undefined : this.model.idf[i];
  }
}

/**
 * Models trained on different articles, read together: the mean of their probabilities (and of their
 * words' weights). Each errs on stories the other never saw; together they err less (leave-one-folder-out
 * on the sets AY–BI, 2026-12-05, the second model trained without the set it read: of the articles only
 * the models flagged, 5 wrong instead of 11).
 */
export class EnsembleReader implements ArticleReader {
  constructor(readonly readers: readonly EnforcementReader[]) {
    if (readers.length === 0) throw new Error('enforcement model: an ensemble needs at least one model');
  }

  probability(headline: string, body: string): number {
    const counts = termCounts(modelTokens(modelDocument(headline, body)));
    return this.readers.reduce((sum, r) => sum + r.probabilityOf(counts), 0) / this.readers.length;
  }

  weightOf(text: string): number {
    return this.readers.reduce((sum, r) => sum + r.weightOf(text), 0) / this.readers.length;
  }
}

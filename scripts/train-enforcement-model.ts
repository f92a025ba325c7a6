/**
 * `npx tsx scripts/train-enforcement-model.ts <folder>... [--out models/enforcement-model.json] [--terms N] [--cv [--cv-out probabilities.json]]`
 *
 * Trains the enforcement model (`analysis/enforcement-model.ts`) on labelled article folders, each
 * holding `.txt` articles (first line the headline) and a `labels.json` array of
 * `{file, label: "enforcement" | "not-enforcement"}`. The folders hold third-party texts and stay outside
 * the repo; only the learned weights are written. With `--cv` it first prints leave-one-folder-out
 * precision and recall, the honest figure for articles from a source the model has not seen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
  EnforcementReader,
  modelDocument,
  modelTokens,
  sigmoid,
  termCounts,
  termVector,
  type EnforcementModel,
} from '../analysis/enforcement-model';

interface Example {
  folder: string;
  file: string;
  counts: Map<string, number>;
  positive: boolean;
}

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const out = option('--out') ?? 'models/enforcement-model.json';
const keptTerms = Number(option('--terms') ?? 6000);
const cvOut = option('--cv-out');
const folders = args.filter((a, i) => !a.startsWith('--') && !['--out', '--terms', '--cv-out'].includes(args[i - 1] ?? ''));
if (folders.length === 0) {
  console.error('usage: train-enforcement-model <folder>... [--out file] [--terms N] [--cv]');
  process.exit(2);
}

/** Terms in fewer documents than this are left out: a word seen once teaches nothing. */
const MIN_DOCUMENTS = 3;
/** Inverse regularisation strength, as scikit-learn's C: chosen by leave-one-folder-out runs. */
const C = 16;
const EPOCHS = 400;

function readExamples(folder: string): Example[] {
  const labels = JSON.parse(readFileSync(join(folder, 'labels.json'), 'utf8')) as { file: string; label: string }[];
  return labels.map(({ file, label }) => {
    const text = readFileSync(join(folder, file), 'utf8');
    const newline = text.indexOf('\n');
    const headline = newline < 0 ? text : text.slice(0, newline);
    const body = newline < 0 ? '' : text.slice(newline + 1).trimStart();
    return {
      folder: basename(folder),
      file,
      counts: termCounts(modelTokens(modelDocument(headline, body))),
      positive: label === 'enforcement',
    };
  });
}

/** Smoothed inverse document frequency of every term in at least MIN_DOCUMENTS documents. */
function documentFrequencies(examples: readonly Example[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const e of examples) for (const term of e.counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, n] of df) if (n >= MIN_DOCUMENTS) idf.set(term, Math.log((1 + examples.length) / (1 + n)) + 1);
  return idf;
}

/**
 * Logistic regression with an L2 penalty, fitted by full-batch Adam: minimises C·Σ log-loss + ½‖w‖².
 * Small data (a few thousand articles), so plain gradient steps over sparse vectors are fast enough.
 */
function fit(examples: readonly Example[], idf: ReadonlyMap<string, number>): EnforcementModel {
  const terms = [...idf.keys()].sort();
  const index = new Map(terms.map((t, i) => [t, i]));
  const rows = examples.map((e) => {
    const v = termVector(e.counts, (t) => idf.get(t));
    return { ids: [...v.keys()].map((t) => index.get(t)!), values: [...v.values()], y: e.positive ? 1 : 0 };
  });
  const n = terms.length + 1; // the last weight is the bias, not penalised
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const s = new Float64Array(n);
  const rate = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const grad = new Float64Array(n);
    for (let j = 0; j < n - 1; j++) grad[j] = w[j]! / C;
    for (const r of rows) {
      let z = w[n - 1]!;
      for (let k = 0; k < r.ids.length; k++) z += w[r.ids[k]!]! * r.values[k]!;
      const error = sigmoid(z) - r.y;
      for (let k = 0; k < r.ids.length; k++) grad[r.ids[k]!]! += error * r.values[k]!;
      grad[n - 1]! += error;
    }
    for (let j = 0; j < n; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * grad[j]!;
      s[j] = 0.999 * s[j]! + 0.001 * grad[j]! * grad[j]!;
      const mHat = m[j]! / (1 - 0.9 ** epoch);
      const sHat = s[j]! / (1 - 0.999 ** epoch);
      w[j]! -= (rate * mHat) / (Math.sqrt(sHat) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    about: '',
    terms,
    idf: terms.map((t) => round(idf.get(t)!)),
    weights: terms.map((_, i) => round(w[i]!)),
    bias: round(w[n - 1]!),
  };
}

/** Fits on every term, keeps the `keep` terms that weigh most, and fits again on those alone. */
function train(examples: readonly Example[], keep: number): EnforcementModel {
  const idf = documentFrequencies(examples);
  const first = fit(examples, idf);
  const strongest = first.terms
    .map((t, i) => [t, Math.abs(first.weights[i]!)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, keep)
    .map(([t]) => t);
  return fit(examples, new Map(strongest.map((t) => [t, idf.get(t)!])));
}

const examples = folders.flatMap(readExamples);
const positives = examples.filter((e) => e.positive).length;
console.log(`${examples.length} articles (${positives} enforcement) in ${folders.length} folders`);

if (args.includes('--cv')) {
  const tally = new Map<number, { tp: number; fp: number; fn: number }>();
  const heldOut: { folder: string; file: string; p: number }[] = [];
  for (const held of new Set(examples.map((e) => e.folder))) {
    const reader = new EnforcementReader(
      train(
        examples.filter((e) => e.folder !== held),
        keptTerms,
      ),
    );
    for (const e of examples.filter((x) => x.folder === held)) {
      const p = reader.probabilityOf(e.counts);
      heldOut.push({ folder: e.folder, file: e.file, p });
      for (const threshold of [0.5, 0.7, 0.8, 0.9]) {
        const t = tally.get(threshold) ?? { tp: 0, fp: 0, fn: 0 };
        if (p >= threshold && e.positive) t.tp++;
        else if (p >= threshold) t.fp++;
        else if (e.positive) t.fn++;
        tally.set(threshold, t);
      }
    }
  }
  if (cvOut) writeFileSync(cvOut, JSON.stringify(heldOut));
  for (const [threshold, { tp, fp, fn }] of tally)
    console.log(
      `leave-one-folder-out, p ≥ ${threshold}: precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / (tp + fn)).toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    );
}

const model = train(examples, keptTerms);
model.about = `Logistic regression over words and word pairs of the headline (twice) and the first 1,500 characters; trained ${new Date().toISOString().slice(0, 10)} on ${examples.length} labelled real articles (${positives} enforcement) from ${folders.length} folders (${folders.map((f) => basename(f)).join(', ')}); ${model.terms.length} terms kept of those in ${MIN_DOCUMENTS}+ articles; C=${C}.`;
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(`wrote ${out}: ${model.terms.length} terms`);

/**
 * `npm run eval:sets -- <root> [SET ...] [--out decisions.json] [--verbose]`
 *
 * Precision and recall on labelled sets kept outside the repo: `<root>/<SET>/labels.json` (an array of
 * `{file, label, url?, why?}`, a `why` starting "EDGE:" marking a judgement call) beside the set's
 * `.txt` articles (first line the headline). Prints each set, the pooled figures, the English pages
 * alone (the detector reads English only), the clear-cut labels alone (EDGE left out), and how many
 * detections came from the model rather than the rules. `--out` writes every decision, for comparing
 * two commits. Each decision is the extension's, prefilter and screening included.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledMatcher } from '../cli/load-matcher';
import { readTextArticle } from '../cli/read-input';
import { extensionDecision } from './extension-decision';

interface Label {
  file: string;
  label: string;
  url?: string;
  why?: string;
}
interface Decision {
  set: string;
  file: string;
  truth: boolean;
  flagged: boolean;
  byModel: boolean;
  edge: boolean;
  english: boolean;
  headline: string;
  droppedBy: string | null;
}

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outPath = outAt >= 0 ? args[outAt + 1] : undefined;
const verbose = args.includes('--verbose');
const positional = args.filter((a, i) => !a.startsWith('--') && i !== outAt + 1);
const [root, ...only] = positional;
if (!root || !existsSync(root)) {
  console.error('usage: eval-enforcement-sets <root> [SET ...] [--out decisions.json] [--verbose]');
  process.exit(2);
}
const sets = (only.length ? only : readdirSync(root).sort()).filter((s) => existsSync(join(root, s, 'labels.json')));
if (sets.length === 0) {
  console.error(`no <set>/labels.json under ${root}`);
  process.exit(2);
}

// Share of the commonest English function words among a text's words: above 0.18 on English news,
// far below on every other language in the sets so far.
const ENGLISH_WORDS = new Set(
  'the of and to a in that is was for on with as by it at from his her he she they be are have has an this said not but which or were its their will'.split(
    ' ',
  ),
);
function looksEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z\u00c0-\u024f]+/g) ?? [];
  if (words.length === 0) return false;
  return words.filter((w) => ENGLISH_WORDS.has(w)).length / words.length > 0.18;
}

const matcher = loadBundledMatcher();
const decisions: Decision[] = [];
for (const set of sets) {
  const labels = JSON.parse(readFileSync(join(root, set, 'labels.json'), 'utf8')) as Label[];
  for (const l of labels) {
    const path = join(root, set, l.file);
    if (!existsSync(path)) {
      console.error(`${set}/${l.file}: labelled but missing`);
      continue;
    }
    const input = readTextArticle(readFileSync(path, 'utf8'));
    const { result, droppedBy } = extensionDecision(input, matcher);
    decisions.push({
      set,
      file: l.file,
      truth: l.label === 'enforcement',
      flagged: result.detected,
      byModel: result.detected && !!result.inferred,
      edge: /^\s*EDGE\b/i.test(l.why ?? ''),
      english: looksEnglish(input.text),
      headline: input.title ?? '',
      droppedBy,
    });
  }
}

function figures(ds: readonly Decision[]): string {
  const tp = ds.filter((d) => d.truth && d.flagged).length;
  const fp = ds.filter((d) => !d.truth && d.flagged).length;
  const fn = ds.filter((d) => d.truth && !d.flagged).length;
  const p = tp / Math.max(tp + fp, 1);
  const r = tp / Math.max(tp + fn, 1);
  return `${String(ds.length).padStart(5)}  precision ${p.toFixed(3)} (${tp}/${tp + fp})  recall ${r.toFixed(3)} (${tp}/${tp + fn})`;
}

for (const set of sets) console.log(`${set.padEnd(10)}${figures(decisions.filter((d) => d.set === set))}`);
const english = decisions.filter((d) => d.english);
console.log(`\n${'pooled'.padEnd(10)}${figures(decisions)}`);
console.log(`${'English'.padEnd(10)}${figures(english)}`);
console.log(`${'En, clear'.padEnd(10)}${figures(english.filter((d) => !d.edge))}  (EDGE labels left out)`);
const modelTp = english.filter((d) => d.byModel && d.truth).length;
const modelFp = english.filter((d) => d.byModel && !d.truth).length;
console.log(`model, not rules, on the English pages: ${modelTp} true and ${modelFp} false detections`);
const falseFlags = english.filter((d) => d.flagged && !d.truth);
console.log(`English false detections that are EDGE labels: ${falseFlags.filter((d) => d.edge).length} of ${falseFlags.length}`);

if (verbose)
  for (const d of english.filter((x) => x.flagged !== x.truth))
    console.log(
      `${d.truth ? 'MISSED' : 'FALSE '} ${d.set}/${d.file}${d.edge ? ' EDGE' : ''}${d.byModel ? ' model' : ''}${d.droppedBy ? ` (${d.droppedBy})` : ''}  ${d.headline.slice(0, 110)}`,
    );
if (outPath) writeFileSync(outPath, JSON.stringify(decisions, null, 1));

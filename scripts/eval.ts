/**
 * `npm run eval [-- --polnear <compartment>] [--enforcement <folder> --labels <labels.json>] [--extraction <zyte folder>]`
 *
 * Prints the accuracy figures anyone can reproduce: speaker attribution on PolNeAR (dev by default),
 * enforcement precision and recall on a labelled folder of articles, and article extraction on the
 * Article Extraction Benchmark pages. Defaults point into ../shared when it is there; every path can be
 * given instead. Data stays outside the repo.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const shared = join(root, '..', 'shared');
const args = process.argv.slice(2);
const option = (name: string, fallback: string | null) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? null) : fallback;
};

const polnear = option('--polnear', join(shared, 'corpus', 'polnear', 'data', 'dev'));
const enforcement = option('--enforcement', null);
const labels = option('--labels', enforcement ? join(enforcement, 'labels.json') : null);
const extraction = option('--extraction', join(shared, 'corpus', 'pages', 'zyte-aeb'));
const corpus = option('--corpus', join(shared, 'corpus', 'pages'));

function run(title: string, script: string, scriptArgs: string[]) {
  console.log(`\n== ${title}`);
  const r = spawnSync('npx', ['tsx', join(root, 'scripts', script), ...scriptArgs], { encoding: 'utf8' });
  const lines = (r.stdout ?? '').trim().split('\n');
  console.log(lines.slice(-4).join('\n'));
  if (r.status !== 0) console.log(`(failed: ${(r.stderr ?? '').trim().split('\n').slice(-2).join(' ')})`);
}

if (polnear && existsSync(polnear)) run(`speaker attribution, PolNeAR ${polnear}`, 'eval-attribution.ts', [polnear]);
else console.log('\n== speaker attribution: no PolNeAR compartment (give --polnear <dir>)');
if (enforcement && labels && existsSync(labels))
  run(`enforcement detection, ${enforcement}`, 'eval-enforcement.ts', [enforcement, '--labels', labels]);
else console.log('\n== enforcement detection: give --enforcement <folder> (with labels.json)');
if (corpus && existsSync(corpus))
  run(`enforcement flags on unlabelled pages, ${corpus} (each must be justified)`, 'eval-enforcement.ts', [corpus]);
if (extraction && existsSync(join(extraction, 'manifest.json')))
  run(`article extraction, ${extraction}`, 'eval-extraction.ts', [extraction]);

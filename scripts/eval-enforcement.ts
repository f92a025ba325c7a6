/**
 * `npm run eval:enforcement -- <folder> [--labels labels.json] [--verbose]`
 *
 * Runs enforcement detection on every .txt/.html file in a folder. With a labels file (an array of
 * `{file, label: "enforcement" | "not-enforcement"}`) it prints precision and recall; without one it
 * lists every flagged file with its evidence, so each flag can be justified by reading it. A file counts
 * as flagged only if the content script's prefilter would have let it through, as in the extension.
 * The folders are data you keep outside the repo; nothing here depends on them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { LEDE_CHARS } from '../page/article-detection';
import { loadBundledMatcher } from '../cli/load-matcher';
import { looksBinary, readHtmlPage, readTextArticle } from '../cli/read-input';
import { extensionDecision } from './extension-decision';

const args = process.argv.slice(2);
const folder = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--labels');
const labelsPath = args.includes('--labels') ? args[args.indexOf('--labels') + 1] : undefined;
const verbose = args.includes('--verbose');
if (!folder) {
  console.error('usage: eval-enforcement <folder> [--labels labels.json] [--verbose]');
  process.exit(2);
}

function* files(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (['.txt', '.html', '.htm'].includes(extname(e.name).toLowerCase())) yield p;
  }
}

const matcher = loadBundledMatcher();
const labels = labelsPath
  ? new Map(
      (JSON.parse(readFileSync(labelsPath, 'utf8')) as { file: string; label: string }[]).map((l) => [l.file, l.label === 'enforcement']),
    )
  : null;
let tp = 0,
  fp = 0,
  fn = 0,
  tn = 0,
  articles = 0,
  total = 0;
const prefilterDropped: string[] = [];
const screeningDropped: string[] = [];
const started = performance.now();
for (const file of files(folder)) {
  const name = basename(file);
  if (labels && !labels.has(name)) continue;
  const bytes = readFileSync(file);
  if (looksBinary(bytes)) continue;
  total++;
  let input;
  try {
    input = extname(file) === '.txt' ? readTextArticle(bytes.toString('utf8')) : readHtmlPage(bytes.toString('utf8'));
  } catch {
    continue;
  }
  if (input.isArticle) articles++;
  const { result, droppedBy } = extensionDecision(input, matcher);
  if (droppedBy === 'prefilter') prefilterDropped.push(name);
  else if (droppedBy === 'screening') screeningDropped.push(name);
  const truth = labels?.get(name);
  if (truth === undefined) {
    if (result.detected) {
      fp++;
      console.log(`FLAGGED ${file} (score ${result.score})`);
      for (const e of result.events)
        console.log(`  ${e.platform} ${e.action} ${e.target ?? ''} :: ${input.text.slice(e.evidence.start, e.evidence.end).slice(0, 220)}`);
    }
    continue;
  }
  if (truth && result.detected) tp++;
  else if (truth) {
    fn++;
    if (verbose) console.log(`MISSED ${name} (score ${result.score}) ${input.title ?? ''}`);
  } else if (result.detected) {
    fp++;
    if (verbose)
      console.log(
        `FALSE ${name} (score ${result.score}) ${input.title ?? ''}\n  ${result.events.map((e) => `${e.platform} ${e.action} ${e.target}: ${input.text.slice(e.evidence.start, e.evidence.end).slice(0, 200)}`).join('\n  ')}`,
      );
  } else tn++;
}
const ms = performance.now() - started;
if (labels) {
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  console.log(`\nenforcement on ${folder}: ${tp + fn} positive, ${fp + tn} negative`);
  console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`);
  const droppedPositives = prefilterDropped.filter((f) => labels.get(f));
  console.log(
    `content-script prefilter (first ${LEDE_CHARS} characters): passed ${total - prefilterDropped.length} of ${total}; positives it turned away: ${droppedPositives.length ? droppedPositives.join(', ') : 'none'}`,
  );
  const screenedOut = screeningDropped.filter((f) => labels.get(f));
  console.log(
    `screening of that opening: positives the whole text would have shown but the opening did not: ${screenedOut.length ? screenedOut.join(', ') : 'none'}`,
  );
} else {
  console.log(`\n${total} files, ${articles} read as articles, ${fp} flagged as enforcement (${ms.toFixed(0)} ms)`);
  console.log(`content-script prefilter (first ${LEDE_CHARS} characters): passed ${total - prefilterDropped.length} of ${total}`);
}

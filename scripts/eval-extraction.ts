/**
 * `npm run eval:extraction -- <zyte-aeb folder>`: how well the DOM adapter finds an article's main
 * text, against the benchmark's hand-made `articleBody` (its manifest.json). Word-bag precision,
 * recall and F1 per page, as the Article Extraction Benchmark itself scores extractors, averaged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHtmlPage } from '../cli/read-input';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: eval-extraction <folder with manifest.json (pages[].file, pages[].ground_truth_articleBody)>');
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
  pages: { file: string; ground_truth_articleBody: string }[];
};

const words = (s: string) => {
  const bag = new Map<string, number>();
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
};
const size = (b: Map<string, number>) => [...b.values()].reduce((a, n) => a + n, 0);

let sumP = 0,
  sumR = 0,
  sumF = 0,
  n = 0;
const worst: [number, string][] = [];
for (const page of manifest.pages) {
  const html = readFileSync(join(folder, page.file), 'utf8');
  let text = '';
  try {
    text = readHtmlPage(html).text;
  } catch {
    text = '';
  }
  const got = words(text);
  const want = words(page.ground_truth_articleBody);
  let overlap = 0;
  for (const [w, c] of got) overlap += Math.min(c, want.get(w) ?? 0);
  const p = size(got) ? overlap / size(got) : 0;
  const r = size(want) ? overlap / size(want) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  sumP += p;
  sumR += r;
  sumF += f;
  n++;
  worst.push([f, `${page.file} P=${p.toFixed(2)} R=${r.toFixed(2)}`]);
}
worst.sort((a, b) => a[0] - b[0]);
console.log(
  `article extraction on ${n} pages: precision ${(sumP / n).toFixed(3)}, recall ${(sumR / n).toFixed(3)}, F1 ${(sumF / n).toFixed(3)}`,
);
if (process.argv.includes('--verbose')) for (const [, line] of worst.slice(0, 15)) console.log(`  ${line}`);

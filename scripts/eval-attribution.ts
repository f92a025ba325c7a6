/**
 * Runs findQuotes over a PolNeAR-style compartment and scores it with the shared scorer.
 *
 *   npx tsx scripts/eval-attribution.ts <compartment-dir> [--out results.json] [--verbose]
 *                                       [--scorer path/to/score-attribution.mjs]
 *
 * <compartment-dir> holds text/<name>.txt (and attributions/ for the scorer). The results JSON is an
 * array of { source, quotes: [{ start, end, speaker: { name, mention } | null }] }. Tune on train,
 * report dev: the test compartment is held out.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findQuotes } from '../analysis/quotes';

// The shared scorer sits beside the project in ../shared (pass --scorer when it is elsewhere).
const DEFAULT_SCORER = join(import.meta.dirname, '..', '..', 'shared', 'tools', 'score-attribution.mjs');

interface Options {
  dir: string;
  out: string;
  verbose: boolean;
  scorer: string;
}

function parseArgs(argv: string[]): Options {
  const positional: string[] = [];
  let out: string | null = null;
  let verbose = false;
  let scorer = DEFAULT_SCORER;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i] ?? null;
    else if (arg === '--verbose') verbose = true;
    else if (arg === '--scorer') scorer = argv[++i] ?? scorer;
    else positional.push(arg);
  }
  const dir = positional[0];
  if (!dir) {
    console.error('usage: npx tsx scripts/eval-attribution.ts <compartment-dir> [--out results.json] [--verbose] [--scorer file]');
    process.exit(2);
  }
  return { dir: resolve(dir), out: out ?? join(mkdtempSync(join(tmpdir(), 'attribution-')), 'results.json'), verbose, scorer };
}

/**
 * Speed after a warm-up pass: each article's best of three runs (so a garbage collection or another
 * process does not count against it), as throughput and as the slowest article, per 5,000 words.
 */
function timing(texts: string[]): string {
  let words = 0;
  let millis = 0;
  let worst = 0;
  for (const text of texts) {
    const count = text.split(/\s+/).filter(Boolean).length;
    let spent = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      findQuotes(text);
      spent = Math.min(spent, performance.now() - started);
    }
    words += count;
    millis += spent;
    if (count >= 1000) worst = Math.max(worst, (spent / count) * 5000);
  }
  return (
    `findQuotes: ${texts.length} articles, ${words} words, ${millis.toFixed(0)} ms (best of 3 runs each, warmed up) = ` +
    `${((millis / words) * 5000).toFixed(2)} ms per 5,000 words (slowest article of 1,000+ words: ${worst.toFixed(2)} ms per 5,000 words)`
  );
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const textDir = join(options.dir, 'text');
  if (!existsSync(textDir)) {
    console.error(`no text/ folder in ${options.dir}`);
    process.exit(2);
  }
  const files = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((file) => readFileSync(join(textDir, file), 'utf8'));
  const results = files.map((file, k) => {
    const source = join(textDir, file);
    const quotes = findQuotes(texts[k]!);
    return {
      source,
      quotes: quotes.map((q) => ({
        start: q.start,
        end: q.end,
        speaker: q.speaker ? { name: q.speaker.name, mention: q.speaker.mention } : null,
      })),
    };
  });
  writeFileSync(options.out, JSON.stringify(results));
  const args = [options.scorer, options.dir, options.out, ...(options.verbose ? ['--verbose'] : [])];
  const report = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(report);
  console.log(`results ${options.out}`);
  console.log(timing(texts));
}

main();

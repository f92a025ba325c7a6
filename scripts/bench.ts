/**
 * `npm run bench [-- <pages-folder>] [--json] [--no-build] [--runs N] [--quick] [--browser-only | --node-only] [--verbose]`
 *
 * Measures the budgets of issue #6 and prints one table with the budget beside each figure:
 *  1. in Node: matcher throughput against plain character loops over the same text, the whole
 *     analysis per article against a pipeline built on `compromise`, the matcher's cold start;
 *  2. in headless Chromium with a benchmark build of the extension: the content script's cost per
 *     page until it decides, time to badges and the longest task on article pages, card latency;
 *  3. the size of every built bundle, raw and gzip.
 * Ratios are taken within one run; figures are medians over repeated runs. Pages are served from
 * 127.0.0.1 and every request to anywhere else is aborted.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Worker } from 'playwright-core';
import { ActorMatcher, type MatcherTable } from '../analysis/actor-matcher';
import { analyzeArticle } from '../analysis/analyze-article';
import { wordKeyTable } from '../analysis/text-classes';
import { CHROMIUM, ROOT, chromiumArgs, freshProfileDir, requireBrowser } from '../harness/browsers';
import { startFixtureServer, FIXTURE_PAGES } from '../harness/fixture-server';
import { LONG_ARTICLE_PATH } from '../harness/long-article';
import { traceMainThread } from '../harness/main-thread-trace';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runs = Number(args[args.indexOf('--runs') + 1]) > 0 && args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
const defaultPages = join(ROOT, '..', 'shared', 'corpus', 'pages');
const pagesFolder =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? (existsSync(defaultPages) ? defaultPages : FIXTURE_PAGES);
const BENCH_BUILD = join(ROOT, '.output', 'chrome-mv3-bench');
const PROD_BUILDS = [join(ROOT, '.output', 'chrome-mv3'), join(ROOT, '.output', 'firefox-mv2')];

interface Figure {
  name: string;
  value: number;
  unit: string;
  budget: string | null;
  holds: boolean | null;
}
const figures: Figure[] = [];
const log = (s: string) => {
  if (!asJson) console.error(s);
};
function record(name: string, value: number, unit: string, budget?: { max?: number; min?: number; text: string }) {
  const holds = budget ? (budget.max === undefined || value <= budget.max) && (budget.min === undefined || value >= budget.min) : null;
  figures.push({ name, value: Math.round(value * 1000) / 1000, unit, budget: budget?.text ?? null, holds });
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? htmlFiles(join(dir, e.name)) : ['.html', '.htm'].includes(extname(e.name)) ? [join(dir, e.name)] : [],
    );
}

/** Visible-ish text of a page without a DOM: enough to feed the matcher realistic prose. */
function roughText(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#?\w+;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n\n');
}

// ---------------------------------------------------------------------------------------------
function build() {
  if (args.includes('--no-build')) return;
  log('building (production and benchmark builds)…');
  for (const [cmd, a] of [
    ['npm', ['run', 'build']],
    ['npx', ['wxt', 'build', '-b', 'chrome', '--mode', 'bench']],
  ] as const) {
    const r = spawnSync(cmd, a, { stdio: asJson ? 'ignore' : ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`${cmd} ${a.join(' ')} failed`);
  }
}

const THROUGHPUT_CHILD = '--throughput-child';

interface Throughput {
  plain: number;
  wordTest: number;
  scan: number;
  found: number;
}

/** One fresh process's measure of the plain loops and the matcher over the text in `file`, in MB/s. */
function measureThroughput(file: string, repeats: number): Throughput {
  const corpus = readFileSync(file, 'utf8');
  const matcher = new ActorMatcher(JSON.parse(readFileSync(join(ROOT, 'generated', 'matcher-table.json'), 'utf8')) as MatcherTable);
  const mb = corpus.length / 1e6;
  // Steady state, for every loop alike: two untimed passes first (the first call of a function this
  // size runs before the optimizing compiler has seen it), then at least five timed ones.
  const throughput = (fn: () => void) => {
    fn();
    fn();
    const times: number[] = [];
    for (let i = 0; i < Math.max(repeats, 5); i++) {
      const t = performance.now();
      fn();
      times.push(performance.now() - t);
    }
    return mb / (median(times) / 1000);
  };
  let sink = 0;
  // Each loop keeps its accumulator local and returns it, so the JIT compiles it as tightly as it can.
  const plainLoop = (text: string) => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
    return sum;
  };
  // The floor of any scan that looks at each character once: one table load and test per character.
  const wordKeys = wordKeyTable();
  const wordLoop = (text: string) => {
    let words = 0;
    for (let i = 0; i < text.length; i++) if (wordKeys[text.charCodeAt(i)] !== 0) words++;
    return words;
  };
  const plain = throughput(() => {
    sink += plainLoop(corpus);
  });
  const wordTest = throughput(() => {
    sink += wordLoop(corpus);
  });
  let found = 0;
  const scan = throughput(() => {
    found = matcher.scan(corpus).length;
  });
  void sink;
  return { plain, wordTest, scan, found };
}

function nodeBenchmarks(files: string[]) {
  log('node: matcher throughput, analysis per article, cold start…');
  const tablePath = join(ROOT, 'generated', 'matcher-table.json');
  const coldStarts: number[] = [];
  let matcher: ActorMatcher | null = null;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    matcher = new ActorMatcher(JSON.parse(readFileSync(tablePath, 'utf8')) as MatcherTable);
    coldStarts.push(performance.now() - t);
  }
  record('matcher table cold start (read + parse + load)', median(coldStarts), 'ms');

  const texts = files.map((f) => roughText(readFileSync(f, 'utf8')));
  let corpus = '';
  while (corpus.length < 2_000_000) corpus += texts.join('\n\n');
  // Each process measures the loops and the matcher over the same text. The plain loop's speed differs
  // from one fresh process to the next by up to 3× (the same code and text measured 250 and 820 MB/s),
  // so the ratio is the median over several processes, with its spread printed beside it.
  const corpusFile = join(mkdtempSync(join(tmpdir(), 'sc-bench-corpus-')), 'corpus.txt');
  writeFileSync(corpusFile, corpus);
  const processes = Math.max(runs, 5);
  const measured: Throughput[] = [];
  for (let i = 0; i < processes; i++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, THROUGHPUT_CHILD, corpusFile, String(runs)], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`throughput process failed: ${child.stderr}`);
    measured.push(JSON.parse(child.stdout) as Throughput);
  }
  const mb = corpus.length / 1e6;
  const ratios = measured.map((m) => m.scan / m.plain);
  record(
    `plain charCodeAt loop over ${mb.toFixed(1)} MB (median of ${processes} fresh processes)`,
    median(measured.map((m) => m.plain)),
    'MB/s',
  );
  record('charCodeAt loop with a word-character test (one table load per character)', median(measured.map((m) => m.wordTest)), 'MB/s');
  record('word-character test / plain loop (the floor of a one-pass scan)', median(measured.map((m) => m.wordTest / m.plain)), 'ratio');
  record(
    `actor matcher (${matcher!.table.entries.length} cards, ${matcher!.table.nameEntry.length} names; ${measured[0]!.found} hits)`,
    median(measured.map((m) => m.scan)),
    'MB/s',
  );
  record(`matcher / plain loop (median over the processes)`, median(ratios), 'ratio', { min: 1 / 3, text: '≥ 0.333' });
  record('  lowest of the processes', Math.min(...ratios), 'ratio');
  record('  highest of the processes', Math.max(...ratios), 'ratio');

  // Whole analysis per article vs a compromise pipeline, on the same article-length texts.
  const articles = texts
    .filter((t) => t.length > 2000)
    .map((t) => t.slice(0, 40_000))
    .slice(0, 60);
  for (const a of articles) analyzeArticle(a, matcher!, null); // warm-up pass, as compromise gets one
  const ours = bestOfPasses(articles, (a) => analyzeArticle(a, matcher!, null));
  const fiveThousand = (() => {
    let s = '';
    while (s.split(/\s+/).length < 5000) s += texts.join('\n\n');
    return s.split(/(\s+)/).slice(0, 10_000).join('');
  })();
  const big: number[] = [];
  analyzeArticle(fiveThousand, matcher!, null); // warm-up, as for the articles above
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    analyzeArticle(fiveThousand, matcher!, null);
    big.push(performance.now() - t);
  }
  record(`source-context analysis per article (median of ${articles.length}, best of ${PASSES} passes each)`, median(ours), 'ms');
  record('source-context analysis, 5,000-word article', median(big), 'ms');
  return { articles, oursMedian: median(ours) };
}

/** Passes over the articles for the per-article times: a shared machine only ever adds time, so each takes its best. */
const PASSES = 3;

/** Each article's best time over PASSES passes (pass by pass, so that no article runs twice in a row). */
function bestOfPasses(articles: readonly string[], analyse: (text: string) => unknown): number[] {
  const best = articles.map(() => Infinity);
  for (let pass = 0; pass < PASSES; pass++)
    articles.forEach((a, i) => {
      const t = performance.now();
      analyse(a);
      best[i] = Math.min(best[i]!, performance.now() - t);
    });
  return best;
}

async function compromiseBaseline(articles: string[], oursMedian: number) {
  log('node: compromise baseline…');
  const cold = performance.now();
  const nlp = (await import('compromise')).default;
  const runOnce = (text: string) => {
    const doc = nlp(text);
    return {
      people: doc.people().out('array') as string[],
      orgs: doc.organizations().out('array') as string[],
      quotes: doc.quotations().out('array') as string[],
    };
  };
  runOnce(articles[0] ?? 'Nothing.');
  record('compromise pipeline, cold (import + first article)', performance.now() - cold, 'ms');
  for (const a of articles) runOnce(a); // warm-up pass, as ours gets one
  const warm = bestOfPasses(articles, runOnce);
  record(`compromise pipeline per article, warm (median of ${articles.length}, best of ${PASSES} passes each)`, median(warm), 'ms');
  record('speed-up over compromise (warm medians)', median(warm) / oursMedian, '×', { min: 20, text: '≥ 20×' });
  return runOnce;
}

/** Actor recall (the actors the brief lists) and precision (every actor of the article) on the seed demo page, for both pipelines. */
function seedAccuracy(runCompromise: (text: string) => { people: string[]; orgs: string[] }, matcher: ActorMatcher) {
  const seedHtml = readFileSync(join(FIXTURE_PAGES, 'seed-article.html'), 'utf8');
  const text = roughText(seedHtml.slice(seedHtml.indexOf('<div class="story-body"'), seedHtml.indexOf('<footer class="story-footer"')));
  const gold = [
    'Meta',
    'Facebook',
    'Instagram',
    'Khamenei',
    'AFP',
    'Hamas',
    'Houthis',
    'Taleblu',
    'Foundation for the Defense of Democracies',
    'Sayeh',
    '𝕏',
    'Hezbollah',
    'Palestinian Islamic Jihad',
    'Kanani',
    'Iranian Foreign Ministry',
    'Wall Street Journal',
    'IDF',
    'Hagari',
    'Microsoft Threat Analysis Center',
    'All Israel News',
  ];
  const oursFound = analyzeArticle(text, matcher, null).actors.flatMap((a) => a.mentions.map((m) => text.slice(m.start, m.end)));
  const theirs = runCompromise(text);
  const theirFound = [...theirs.people, ...theirs.orgs];
  const recall = (found: string[]) =>
    gold.filter((g) =>
      found.some(
        (f) =>
          f.toLowerCase().includes(g.toLowerCase()) ||
          (g.toLowerCase().includes(
            f
              .toLowerCase()
              .replace(/[’'].*$/, '')
              .trim(),
          ) &&
            f.length > 2),
      ),
    ).length / gold.length;
  // Precision needs every actor of the page, not only the brief's minimum list: the names below were
  // annotated by reading the seed demo page once, as written there (a name is right only exactly: "Leader
  // Ali Khamenei" or "Khamenei's Facebook" is a boundary error, as in CoNLL-style scoring).
  const everyActor = [
    ...gold,
    ...['Ali Khamenei', 'Supreme Leader Ali Khamenei', "Iran's Supreme Leader Ali Khamenei", 'Behnam Ben Taleblu', 'FDD'],
    ...['Janatan Sayeh', 'FDD Research Analyst Janatan Sayeh', 'Nasser Kanani', 'Daniel Hagari', 'Brig.-Gen. Daniel Hagari'],
    ...['IDF Spokesman Brig.-Gen. Daniel Hagari', 'MTAC', 'All Israel News Staff', 'a Meta spokesperson', 'Meta spokesperson'],
    ...['the Wall Street Journal', 'Iranian regime', 'Islamic regime of Iran', 'Tehran', 'Iran', 'Khomeini', 'Imam Khomeini'],
    // The demo page's photo caption and related links, which this rough text keeps.
    ...['Ayatollah Ali Khamenei', "Iran's Supreme Leader Ayatollah Ali Khamenei", 'Reuters', 'X'],
    ...['Dangerous Organizations & Individuals policy', 'Dangerous Organizations & Individuals', 'dangerous organizations and individuals'],
  ];
  const normal = (name: string) =>
    name
      .toLowerCase()
      .replace(/[’']s$/, '')
      .replace(/^[\s"“”'‘’(,.]+|[\s"“”'‘’),.:;]+$/g, '');
  const actorNames = new Set(everyActor.map(normal));
  const precision = (found: string[]) => {
    const distinct = [...new Set(found.map(normal))];
    return distinct.length ? distinct.filter((f) => actorNames.has(f)).length / distinct.length : 0;
  };
  record('seed actors: recall, source-context', recall(oursFound), 'fraction');
  record('seed actors: recall, compromise', recall(theirFound), 'fraction');
  record('seed actors: precision (every distinct name found is an actor, exact span), source-context', precision(oursFound), 'fraction');
  record('seed actors: precision (every distinct name found is an actor, exact span), compromise', precision(theirFound), 'fraction');
}

function nodeHeap() {
  const script = `
    const { readFileSync } = require('node:fs');
    global.gc(); const before = process.memoryUsage().heapUsed;
    const store = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'generated', 'card-store.json'))}, 'utf8'));
    const table = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'generated', 'matcher-table.json'))}, 'utf8'));
    global.gc(); console.log(process.memoryUsage().heapUsed - before + (store && table ? 0 : 0));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  const bytes = Number(r.stdout.trim());
  // The matcher's typed arrays are added on first use: 65,536 root slots plus the edge arrays.
  record('background heap after loading the card store (Node measure of the same data)', bytes / 1e6, 'MB', { max: 10, text: '≤ 10 MB' });
}

// ---------------------------------------------------------------------------------------------
/** Opens one page of the corpus folder from the local server; false when it does not load in time. */
async function openCorpusPage(page: Page, server: { url: (path: string) => string }, file: string): Promise<boolean> {
  try {
    await page.goto(server.url('/' + relative(pagesFolder, file).split('/').map(encodeURIComponent).join('/')), {
      waitUntil: 'load',
      timeout: 15_000,
    });
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
/**
 * The floor of the per-page figure in this browser, on this machine, in the same run: a content script
 * that does nothing but read og:type and look for a third paragraph, timed the same way (from its first
 * line). Isolated-world start-up and the first DOM reads cost this much before any of our work.
 */
async function contentScriptFloor(files: string[], server: { url: (path: string) => string }, passes: number) {
  const dir = mkdtempSync(join(tmpdir(), 'sc-bench-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'floor',
      version: '1.0',
      content_scripts: [{ matches: ['http://*/*'], js: ['floor.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(
    join(dir, 'floor.js'),
    `(() => { const t0 = performance.now();
      const og = document.head && document.head.querySelector('meta[property="og:type"]');
      const third = document.getElementsByTagName('p').item(2);
      performance.measure('floor:decision', { start: t0, duration: performance.now() - t0, detail: [!!og, !!third] }); })();`,
  );
  const context = await chromium.launchPersistentContext(freshProfileDir('sc-bench-floor'), {
    executablePath: CHROMIUM,
    headless: false,
    args: chromiumArgs(dir),
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
  const page = context.pages()[0] ?? (await context.newPage());
  const perPage = new Map<string, number[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const file of files) {
      if (!(await openCorpusPage(page, server, file))) continue;
      let ms: number | undefined;
      for (let i = 0; i < 30 && ms === undefined; i++) {
        ms = await page.evaluate(() => performance.getEntriesByName('floor:decision')[0]?.duration).catch(() => undefined);
        if (ms === undefined) await page.waitForTimeout(100);
      }
      if (ms !== undefined) perPage.set(file, [...(perPage.get(file) ?? []), ms]);
    }
  }
  await context.close();
  const medians = [...perPage.values()].map(median);
  if (medians.length === 0) return;
  record(`  floor: a content script that only reads og:type and a third <p>, p50 (${medians.length} pages)`, percentile(medians, 50), 'ms');
  record('  floor: the same, p95', percentile(medians, 95), 'ms');
}

// ---------------------------------------------------------------------------------------------
/** Where the wall clock from decision to badges goes: the annotator's marks, each from the decision. */
const WALL_STEPS = ['text-read', 'annotator-running', 'speakers-received'] as const;

/**
 * The speakers request's way to the service worker and its answer's way back (the badges wait for it;
 * the enforcement reading follows it): the page's and the worker's clocks put on one time line by their
 * time origins (both count from the same epoch).
 */
async function analysisTransit(page: Page, worker: Worker | undefined): Promise<Record<string, number> | null> {
  if (!worker) return null;
  const spans = () =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .map((e) => [e.name, { start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.startTime + e.duration }]),
    );
  const [onPage, inWorker] = await Promise.all([page.evaluate(spans), worker.evaluate(spans)]);
  const sent = onPage['source-context:wall:text-read'];
  const received = onPage['source-context:wall:speakers-received'];
  const analysed =
    inWorker['source-context:background:read-speakers, until the answer is sent'] ?? inWorker['source-context:background:read-speakers'];
  if (!sent || !received || !analysed) return null;
  return {
    'the speakers request on its way to the service worker': analysed.start - sent.end,
    'the speakers on their way back to the page': received.end - analysed.end,
  };
}

async function browserBenchmarks(files: string[]) {
  requireBrowser(CHROMIUM, 'chromium');
  if (!existsSync(join(BENCH_BUILD, 'manifest.json'))) throw new Error(`${BENCH_BUILD} missing: run without --no-build`);
  log(`chromium: ${files.length} pages from ${pagesFolder}…`);
  const server = await startFixtureServer(pagesFolder);
  const fixtureServer = await startFixtureServer();
  const context = await chromium.launchPersistentContext(freshProfileDir('sc-bench'), {
    executablePath: CHROMIUM,
    headless: false,
    args: chromiumArgs(BENCH_BUILD),
    viewport: { width: 1280, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('http://127.0.0.1:') || url.startsWith('chrome-extension:') || url.startsWith('data:')
      ? route.continue()
      : route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const readMeasures = () =>
    page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('source-context:'))
          .map((m) => [m.name.slice('source-context:'.length), m.duration]),
      ),
    );

  const decisions: number[] = [];
  /** Where that time goes on article pages: finding the article, reading its text, the cue prefilter. */
  const stages: Record<string, number[]> = {};
  const perPage: { file: string; ms: Record<string, number> }[] = [];
  let annotated = 0;
  // Each page is loaded several times and its median taken: single loads on a shared machine are noisy.
  const passes = Math.min(runs, 3);
  const samples = new Map<string, Record<string, number>[]>();
  for (let pass = 0; pass < passes; pass++) {
    for (const file of args.includes('--quick') ? [] : files) {
      if (!(await openCorpusPage(page, server, file))) continue;
      let m: Record<string, number> = {};
      for (let i = 0; i < 30; i++) {
        m = await readMeasures().catch(() => ({}));
        if ('decision' in m || 'badges' in m) break;
        await page.waitForTimeout(100);
      }
      if ('badges' in m || 'decision' in m) samples.set(file, [...(samples.get(file) ?? []), m]);
    }
  }
  for (const [file, runsOfPage] of samples) {
    if (runsOfPage.some((m) => 'badges' in m)) {
      annotated++;
      continue;
    }
    const ms: Record<string, number> = {};
    for (const name of new Set(runsOfPage.flatMap((m) => Object.keys(m))))
      ms[name] = median(runsOfPage.map((m) => m[name]).filter((v): v is number => v !== undefined));
    decisions.push(ms.decision!);
    perPage.push({ file: relative(pagesFolder, file), ms });
    for (const [name, value] of Object.entries(ms)) if (name.startsWith('stage:')) (stages[name] ??= []).push(value);
  }
  if (decisions.length > 0)
    record(
      `content script main-thread time until "nothing to do", p50 (${decisions.length} pages, median of ${passes} loads each)`,
      percentile(decisions, 50),
      'ms',
    );
  if (decisions.length > 0)
    record('content script main-thread time until "nothing to do", p95', percentile(decisions, 95), 'ms', { max: 1, text: '≤ 1 ms' });
  if (decisions.length > 0) record('content script main-thread time until "nothing to do", max', Math.max(...decisions), 'ms');
  if (args.includes('--verbose'))
    for (const { file, ms } of perPage.sort((a, b) => b.ms.decision! - a.ms.decision!).slice(0, 20))
      log(`  ${ms.decision!.toFixed(1).padStart(6)} ms  ${file}  ${JSON.stringify(ms)}`);
  // stage:startup (evaluating the script, before main) is paid by every page; the others by article pages.
  for (const [name, times] of Object.entries(stages)) {
    record(`  of which ${name}, p50 (${times.length} pages)`, percentile(times, 50), 'ms');
    record(`  of which ${name}, p95 (${times.length} pages)`, percentile(times, 95), 'ms');
  }
  record('corpus pages annotated as enforcement articles', annotated, 'pages');
  // The last corpus page may keep running its own scripts: leave it, so that the floor's browser is the
  // only one at work while it measures.
  await page.goto('about:blank');
  if (!args.includes('--quick')) await contentScriptFloor(files, server, passes);

  // Enforcement article pages: the seed, and a 5,000-word article made from it (harness/long-article.ts).
  const longUrl = fixtureServer.url(LONG_ARTICLE_PATH);
  for (const [label, url] of [
    ['seed article', fixtureServer.url('/seed-article.html')],
    ['5,000-word article', longUrl],
  ] as const) {
    const toBadges: number[] = [];
    const wallClock: number[] = [];
    const inViewWallClock: number[] = [];
    const toBadgesInView: number[] = [];
    const steps: Record<string, number[]> = {};
    const drawing: number[] = [];
    const placing: number[] = [];
    const longest: number[] = [];
    const inBackground: Record<string, number[]> = {};
    const inTransit: Record<string, number[]> = {};
    for (let r = 0; r < runs; r++) {
      const worker = context.serviceWorkers()[0];
      await worker?.evaluate(() => performance.clearMeasures());
      await page.goto(url, { waitUntil: 'load' });
      let m: Record<string, number> = {};
      for (let i = 0; i < 50 && !('badges' in m); i++) {
        await page.waitForTimeout(100);
        m = await readMeasures();
      }
      if ('badges' in m) toBadges.push(m.badges!);
      if ('decision-to-badges' in m) wallClock.push(m['decision-to-badges']!);
      if ('decision-to-badges-in-view' in m) inViewWallClock.push(m['decision-to-badges-in-view']!);
      if ('badges-in-view' in m) toBadgesInView.push(m['badges-in-view']!);
      for (const step of WALL_STEPS) if (`wall:${step}` in m) (steps[step] ??= []).push(m[`wall:${step}`]!);
      const answered =
        (await worker?.evaluate(() =>
          performance.getEntriesByType('measure').map((e) => [e.name.replace('source-context:background:', ''), e.duration] as const),
        )) ?? [];
      for (const [request, ms] of answered) (inBackground[request] ??= []).push(ms);
      const transit = await analysisTransit(page, worker);
      if (transit) for (const [leg, ms] of Object.entries(transit)) (inTransit[leg] ??= []).push(ms);
      if ('draw' in m) drawing.push(m.draw!);
      if ('place' in m) placing.push(m.place!);
    }
    record(
      `${label}: decision → the badges in view placed (wall clock: annotator injected, text read, analysed, drawn)`,
      median(inViewWallClock),
      'ms',
    );
    record(
      `${label}: decision → all badges placed (those out of view a batch per frame after)`,
      median(wallClock),
      'ms',
      label.startsWith('5,000') ? { max: 25, text: '≤ 25 ms' } : undefined,
    );
    // The loads' spread, beside their median: single loads on a shared machine differ by a third and more.
    if (wallClock.length > 1) {
      record(`${label}:   fastest of the ${wallClock.length} loads`, Math.min(...wallClock), 'ms');
      record(`${label}:   slowest of the ${wallClock.length} loads`, Math.max(...wallClock), 'ms');
    }
    for (const step of WALL_STEPS) if (steps[step]) record(`${label}:   by then (from the decision): ${step}`, median(steps[step]), 'ms');
    for (const [request, ms] of Object.entries(inBackground))
      record(`${label}:   the background answering ${request} (in the service worker)`, median(ms), 'ms');
    for (const [leg, ms] of Object.entries(inTransit)) record(`${label}:   ${leg}`, median(ms), 'ms');
    record(`${label}: on the page after the speakers arrive, to the badges in view`, median(toBadgesInView), 'ms');
    record(`${label}:   of which drawing (synchronous)`, median(drawing), 'ms');
    record(`${label}:   of which reading positions (layout)`, median(placing), 'ms');
    record(`${label}: on the page after the speakers arrive, to all badges`, median(toBadges), 'ms');
    // Long tasks, from Chromium's trace in loads of their own (tracing slows the page down): every task
    // on the page's main thread from the content script's start until the badges are drawn and rendered.
    // The page's own parsing and layout, finished before, is not ours to yield.
    for (let r = 0; r < runs; r++) {
      const tasks = await traceMainThread(context, page, 'source-context:stage:startup', async () => {
        await page.goto(url, { waitUntil: 'load' });
        for (let i = 0; i < 50 && !('badges' in (await readMeasures())); i++) await page.waitForTimeout(100);
        await page.waitForTimeout(300); // the frames that render the badges
      });
      const worst = tasks.filter((t) => t.start + t.duration > 0).sort((a, b) => b.duration - a.duration)[0];
      longest.push(worst?.duration ?? 0);
      if (worst && args.includes('--verbose'))
        log(`  ${label}, longest task: ${worst.duration.toFixed(1)} ms at +${worst.start.toFixed(1)} ms (${worst.steps.join(', ')})`);
    }
    record(`${label}: longest main-thread task from the content script's start (Chromium trace)`, Math.max(...longest), 'ms', {
      max: 50,
      text: '≤ 50 ms',
    });
  }

  // The same 5,000-word page right after the extension restarts: a service worker that MV3 stopped while idle
  // starts again, and its analysis code runs before the JIT has warmed to it.
  const coldWallClock: number[] = [];
  const coldAnalysis: Record<string, number[]> = {};
  for (let r = 0; r < Math.min(runs, 5); r++) {
    // Stopped as Chrome stops an idle worker; it starts again on the page's first message.
    const extensionPage = await context.newPage();
    await extensionPage.goto(new URL('/popup.html', context.serviceWorkers()[0]!.url()).href);
    const cdp = await context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await extensionPage.close();
    await page.waitForTimeout(300);
    await page.goto(longUrl, { waitUntil: 'load' });
    let m: Record<string, number> = {};
    for (let i = 0; i < 50 && !('decision-to-badges' in m); i++) {
      await page.waitForTimeout(100);
      m = await readMeasures();
    }
    if ('decision-to-badges' in m) coldWallClock.push(m['decision-to-badges']!);
    const worker = context.serviceWorkers().at(-1);
    const answered =
      (await worker?.evaluate(() =>
        ['screen-article', 'read-speakers', 'read-enforcement'].map(
          (request) => [request, performance.getEntriesByName(`source-context:background:${request}`)[0]?.duration] as const,
        ),
      )) ?? [];
    for (const [request, ms] of answered) if (ms !== undefined) (coldAnalysis[request] ??= []).push(ms);
  }
  if (coldWallClock.length > 0)
    record('5,000-word article, extension just restarted (cold service worker): decision → all badges placed', median(coldWallClock), 'ms');
  // (The screening comes before the decision; the enforcement reading after the speakers, beside the badges.)
  for (const [request, ms] of Object.entries(coldAnalysis)) record(`  the cold service worker answering ${request}`, median(ms), 'ms');

  // Card latency: click → card text rendered, in the page, repeated.
  await page.goto(fixtureServer.url('/seed-article.html'), { waitUntil: 'load' });
  await page.waitForFunction(
    () => (document.querySelector('source-context-overlay')?.shadowRoot?.querySelectorAll('.sc-badge').length ?? 0) > 3,
  );
  const opens: number[] = [];
  for (let r = 0; r < Math.max(runs, 10); r++) {
    opens.push(
      await page.evaluate(async (index) => {
        const root = document.querySelector('source-context-overlay')!.shadowRoot!;
        const badges = [...root.querySelectorAll<HTMLButtonElement>('.sc-badge')];
        const badge = badges[index % badges.length]!;
        const t = performance.now();
        badge.click();
        for (let frame = 0; frame < 300; frame++) {
          await new Promise((done) => requestAnimationFrame(done));
          if (root.querySelector('.sc-card .sc-summary, .sc-card .sc-in-article')) break;
        }
        const elapsed = performance.now() - t;
        root.querySelector<HTMLButtonElement>('.sc-close')?.click();
        await new Promise((done) => requestAnimationFrame(done));
        return elapsed;
      }, r),
    );
  }
  record('card popover: click → card rendered (median, incl. one frame)', median(opens), 'ms', { max: 16, text: '≤ 16 ms' });

  // Retained heap of the extension on a badged page: same page with and without the extension.
  const heapOf = async (ctx: typeof context) => {
    const p = ctx.pages()[0] ?? (await ctx.newPage());
    await p.goto(fixtureServer.url('/seed-article.html'), { waitUntil: 'load' });
    await p.waitForTimeout(1500);
    const cdp = await ctx.newCDPSession(p);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize;
  };
  const withExtension = await heapOf(context);
  await context.close();
  const plain = await chromium.launchPersistentContext(freshProfileDir('sc-bench-plain'), {
    executablePath: CHROMIUM,
    headless: false,
    args: chromiumArgs(BENCH_BUILD).filter((a) => !a.includes('extension')),
  });
  await plain.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1:') ? route.continue() : route.abort()));
  const without = await heapOf(plain);
  await plain.close();
  record('content script retained heap on the badged seed page', (withExtension - without) / 1e6, 'MB', { max: 2, text: '≤ 2 MB' });
  await Promise.all([server.close(), fixtureServer.close()]);
}

function sizes() {
  for (const dir of PROD_BUILDS) {
    if (!existsSync(dir)) continue;
    const walk = (d: string): string[] =>
      readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
    for (const file of walk(dir).filter((f) => /\.(js|css|html|json)$/.test(f))) {
      const raw = readFileSync(file);
      const name = relative(join(ROOT, '.output'), file);
      const gz = gzipSync(raw, { level: 9 }).length / 1024;
      // The page gate is the only code every page loads; the annotator and the UI load where there is enforcement.
      const isEagerContent = name.endsWith('/article-gate.js');
      record(
        `size ${name} (raw ${(raw.length / 1024).toFixed(1)} KB), gzip`,
        gz,
        'KB',
        isEagerContent ? { max: 35, text: '≤ 35 KB gzip' } : undefined,
      );
    }
  }
}

async function main() {
  build();
  const files = htmlFiles(pagesFolder);
  // --browser-only / --node-only: one half, when working on the other is not the point.
  if (!args.includes('--browser-only')) {
    const { articles, oursMedian } = nodeBenchmarks(files);
    const runCompromise = await compromiseBaseline(articles, oursMedian);
    seedAccuracy(
      runCompromise,
      new ActorMatcher(JSON.parse(readFileSync(join(ROOT, 'generated', 'matcher-table.json'), 'utf8')) as MatcherTable),
    );
    nodeHeap();
  }
  if (!args.includes('--node-only')) await browserBenchmarks(files);
  sizes();
  if (asJson) {
    console.log(
      JSON.stringify(
        Object.fromEntries(figures.map((f) => [f.name, { value: f.value, unit: f.unit, budget: f.budget, holds: f.holds }])),
        null,
        2,
      ),
    );
    return;
  }
  const w = Math.max(...figures.map((f) => f.name.length));
  console.log(`\n${'figure'.padEnd(w)}  ${'value'.padStart(10)}  unit      budget        `);
  for (const f of figures) {
    const mark = f.holds === null ? '' : f.holds ? 'ok' : 'MISS';
    console.log(`${f.name.padEnd(w)}  ${String(f.value).padStart(10)}  ${f.unit.padEnd(8)}  ${(f.budget ?? '').padEnd(12)}  ${mark}`);
  }
  const misses = figures.filter((f) => f.holds === false).length;
  console.log(`\n${misses === 0 ? 'all budgets hold' : `${misses} budget(s) missed`}`);
}

if (args[0] === THROUGHPUT_CHILD) console.log(JSON.stringify(measureThroughput(args[1]!, Number(args[2]) || 3)));
else
  main().catch((error: unknown) => {
    console.error(`bench failed: ${(error as Error).stack ?? error}`);
    process.exit(1);
  });

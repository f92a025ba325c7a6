/**
 * `npm run cards:report [-- --json] [-- <article folder>]`: coverage of the card data set — cards by
 * kind, facts and how many carry sources, the oldest review — and, given a folder of articles, the
 * actors those articles quote or name that have no card, so gaps are visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyzeArticle } from '../analysis/analyze-article';
import { ActorMatcher } from '../analysis/actor-matcher';
import { compileCardMatcher, compileCardStore } from '../cards/compile';
import { readCardFiles } from '../cards/read-card-files';
import { formatProblem, validateCards } from '../cards/validate';
import { readHtmlPage, readTextArticle } from '../cli/read-input';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const folder = args.find((a) => !a.startsWith('--'));
const today = new Date().toISOString().slice(0, 10);
const { cards, problems } = validateCards(readCardFiles(), today);
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}

const byKind: Record<string, number> = {};
for (const c of cards) byKind[c.kind] = (byKind[c.kind] ?? 0) + 1;
const facts = cards.reduce((n, c) => n + c.facts.length, 0);
const factsWithSource = cards.reduce(
  (n, c) => n + c.facts.filter((f) => f.sources.length > 0 && f.sources.every((s) => s in c.sources)).length,
  0,
);
const reviews = cards.map((c) => c.reviewed).sort();
const sources = new Set(cards.flatMap((c) => Object.values(c.sources).map((s) => s.url)));
const withGaps = cards.filter((c) => (c.gaps?.length ?? 0) > 0).length;
const storeBytes = JSON.stringify(compileCardStore(cards, today)).length;
const matcherBytes = JSON.stringify(compileCardMatcher(cards)).length;

const missing = new Map<string, { name: string; count: number; files: Set<string>; description: string | null }>();
if (folder) {
  const matcher = new ActorMatcher(compileCardMatcher(cards));
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : ['.txt', '.html'].includes(extname(e.name)) ? [join(dir, e.name)] : [],
    );
  for (const file of walk(folder)) {
    const content = readFileSync(file, 'utf8');
    const input = file.endsWith('.txt') ? readTextArticle(content) : readHtmlPage(content);
    for (const a of analyzeArticle(input.text, matcher, input.title).actors) {
      if (a.entityId) continue;
      const key = a.name.toLowerCase();
      const entry = missing.get(key) ?? { name: a.name, count: 0, files: new Set<string>(), description: a.description };
      entry.count += a.mentions.length;
      entry.files.add(file);
      missing.set(key, entry);
    }
  }
}

const report = {
  cards: cards.length,
  entities: cards.filter((c) => c.kind !== 'policy').length,
  policies: cards.filter((c) => c.kind === 'policy').length,
  byKind,
  facts,
  factsWithSource,
  distinctSourceUrls: sources.size,
  cardsWithGaps: withGaps,
  oldestReview: reviews[0] ?? null,
  newestReview: reviews[reviews.length - 1] ?? null,
  compiled: { cardStoreBytes: storeBytes, matcherTableBytes: matcherBytes },
  actorsWithoutCard: [...missing.values()]
    .sort((a, b) => b.files.size - a.files.size || b.count - a.count)
    .map((m) => ({ name: m.name, articles: m.files.size, mentions: m.count, description: m.description })),
};

if (asJson) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`${report.entities} entity cards, ${report.policies} policy cards`);
  for (const [kind, n] of Object.entries(byKind).sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(24)} ${n}`);
  console.log(`facts: ${facts}, with sources: ${factsWithSource}; distinct source URLs: ${sources.size}; cards stating gaps: ${withGaps}`);
  console.log(`reviews: oldest ${report.oldestReview}, newest ${report.newestReview}`);
  console.log(`compiled: card store ${storeBytes} B, matcher table ${matcherBytes} B (raw JSON)`);
  if (folder) {
    console.log(`\nactors in ${folder} without a card: ${report.actorsWithoutCard.length}`);
    for (const m of report.actorsWithoutCard.slice(0, 40))
      console.log(`  ${m.name} (${m.articles} article(s), ${m.mentions} mention(s))${m.description ? ` — ${m.description}` : ''}`);
  }
}

/**
 * `npm run cards:compile`: validates every card and writes `generated/card-store.json` and
 * `generated/matcher-table.json`. Any invalid card stops the build, naming file, card and field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCardMatcher, compileCardStore } from '../cards/compile';
import { readCardFiles } from '../cards/read-card-files';
import { formatProblem, validateCards } from '../cards/validate';

const root = join(import.meta.dirname, '..');
const today = new Date().toISOString().slice(0, 10);
const { cards, problems } = validateCards(readCardFiles(join(root, 'cards', 'data'), root), today);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\ncard data is invalid: ${problems.length} problem(s) in ${new Set(problems.map((p) => p.file)).size} file(s)`);
  process.exit(1);
}
const out = join(root, 'generated');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'card-store.json'), JSON.stringify(compileCardStore(cards, today)));
writeFileSync(join(out, 'matcher-table.json'), JSON.stringify(compileCardMatcher(cards)));
console.log(`compiled ${cards.length} cards into generated/`);

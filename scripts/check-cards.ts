/** `npx tsx scripts/check-cards.ts`: validates every card file and names the file, card and field of each problem. */
import { readCardFiles } from '../cards/read-card-files';
import { formatProblem, validateCards } from '../cards/validate';

const today = new Date().toISOString().slice(0, 10);
const { cards, problems } = validateCards(readCardFiles(), today);
for (const p of problems) console.error(formatProblem(p));
console.log(`${cards.length} cards read, ${problems.length} problem(s)`);
process.exit(problems.length ? 1 : 0);

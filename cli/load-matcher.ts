/** The matcher over the bundled cards, compiled in memory from `cards/data` (always current, no build needed). */
import { ActorMatcher } from '../analysis/actor-matcher';
import { compileCardMatcher } from '../cards/compile';
import { readCardFiles } from '../cards/read-card-files';
import { formatProblem, validateCards } from '../cards/validate';

export function loadBundledMatcher(today = new Date().toISOString().slice(0, 10)): ActorMatcher {
  const { cards, problems } = validateCards(readCardFiles(), today);
  if (problems.length > 0) {
    throw new Error(`the card data is invalid (${problems.length} problem(s)); first: ${formatProblem(problems[0]!)}`);
  }
  return new ActorMatcher(compileCardMatcher(cards));
}

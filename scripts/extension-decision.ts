/**
 * Whether the extension, as shipped, would show an article as enforcement: the content script's
 * prefilter on the opening, the background's screening of that same opening, then the reading of the
 * whole article. The evaluation scripts share it so that every figure they print measures the same thing.
 */
import { analyzeArticle } from '../analysis/analyze-article';
import type { ActorMatcher } from '../analysis/actor-matcher';
import type { EnforcementResult } from '../analysis/enforcement';
import { mayReportEnforcement } from '../analysis/enforcement-hint';
import { LEDE_CHARS } from '../page/article-detection';
import type { ArticleInput } from '../cli/read-input';

export interface ExtensionDecision {
  /** The whole article's reading, with `detected` false when an earlier stage turned the page away. */
  result: EnforcementResult;
  /**
   * The stage that turned the page away before the whole reading counted: the prefilter (whatever the
   * whole text holds) or the screening of the opening (only when the whole text was flagged).
   */
  droppedBy: 'prefilter' | 'screening' | null;
}

export function extensionDecision(input: ArticleInput, matcher: ActorMatcher): ExtensionDecision {
  const whole: EnforcementResult = input.isArticle
    ? analyzeArticle(input.text, matcher, input.title).enforcement
    : { detected: false, score: 0, events: [] };
  const opening = input.text.slice(0, LEDE_CHARS);
  const lede = input.title && !input.text.startsWith(input.title) ? `${input.title}\n\n${opening}` : opening;
  if (!mayReportEnforcement(lede)) return { result: { ...whole, detected: false }, droppedBy: 'prefilter' };
  if (input.isArticle && whole.detected && !analyzeArticle(lede, matcher, input.title).enforcement.detected)
    return { result: { ...whole, detected: false }, droppedBy: 'screening' };
  return { result: whole, droppedBy: null };
}

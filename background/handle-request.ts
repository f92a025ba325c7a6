/**
 * The background's answer to every message: validate, dispatch, wrap in a Result. Kept free of
 * `browser.*` so the unit tests call it directly.
 */
import type { ActorMatcher } from '../analysis/actor-matcher';
import { analyzeArticle } from '../analysis/analyze-article';
import type { CardStore } from '../cards/compile';
import type { BackgroundResponses, Result } from '../messaging/protocol';
import { backgroundRequest } from './request-schema';
import { lookupCards } from './card-lookup';

export interface BackgroundDeps {
  store: () => CardStore;
  matcher: () => ActorMatcher;
  now: () => Date;
}

export function handleBackgroundRequest(raw: unknown, deps: BackgroundDeps): Result<BackgroundResponses[keyof BackgroundResponses]> {
  const parsed = backgroundRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `malformed request: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid'}` };
  }
  const request = parsed.data;
  try {
    switch (request.type) {
      case 'screen-article': {
        const { enforcement } = analyzeArticle(request.text, deps.matcher(), request.title);
        return { ok: true, value: { detected: enforcement.detected, score: enforcement.score } };
      }
      case 'analyze-article':
        return { ok: true, value: analyzeArticle(request.text, deps.matcher(), request.title) };
      case 'get-cards':
        return { ok: true, value: lookupCards(deps.store(), request.ids, deps.now()) };
    }
  } catch (error) {
    return { ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

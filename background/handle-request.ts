/**
 * The background's answer to every message: validate, dispatch, wrap in a Result. Kept free of
 * `browser.*` so the unit tests call it directly.
 */
import type { ActorMatcher } from '../analysis/actor-matcher';
import { analyzeArticle } from '../analysis/analyze-article';
import type { CardStore } from '../cards/compile';
import type { BackgroundResponses, PageScript, Result } from '../messaging/protocol';
import { backgroundRequest } from './request-schema';
import { lookupCards } from './card-lookup';

export interface BackgroundDeps {
  store: () => CardStore;
  matcher: () => ActorMatcher;
  now: () => Date;
  /** Runs one of the extension's page scripts in the asking tab's frame. */
  injectScript: (script: PageScript, target: SenderFrame) => Promise<void>;
}

/** Where a message came from: a content script's tab and frame (absent for extension pages). */
export interface SenderFrame {
  tabId?: number;
  frameId?: number;
}

type Answer = Result<BackgroundResponses[keyof BackgroundResponses]>;

/** Answers synchronously, except for `load-script`, which waits for the browser to inject the script. */
export function handleBackgroundRequest(raw: unknown, deps: BackgroundDeps, from: SenderFrame = {}): Answer | Promise<Answer> {
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
      case 'load-script':
        if (from.tabId === undefined) return { ok: false, error: `load-script: only a page can ask for the ${request.script} script` };
        return deps.injectScript(request.script, from).then(
          (): Answer => ({ ok: true, value: null }),
          (error: unknown): Answer => ({ ok: false, error: `load-script ${request.script}: ${(error as Error).message}` }),
        );
    }
  } catch (error) {
    return { ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

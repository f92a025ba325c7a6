/**
 * The background's answer to every message: validate, dispatch, wrap in a Result. Kept free of
 * `browser.*` so the unit tests call it directly.
 */
import type { ActorMatcher } from '../analysis/actor-matcher';
import { readSpeakers, screenArticle } from '../analysis/analyze-article';
import type { CardStore } from '../cards/compile';
import { DEFAULT_SITE_SETTINGS, type BackgroundResponses, type PageScript, type Result, type SiteSettings } from '../messaging/protocol';
import { backgroundRequest } from './request-schema';
import { lookupCards } from './card-lookup';
import { ScriptLoads } from './script-loads';

export interface BackgroundDeps {
  store: () => CardStore;
  matcher: () => ActorMatcher;
  now: () => Date;
  /** Runs one of the extension's page scripts in the asking tab's frame. */
  injectScript: (script: PageScript, target: SenderFrame) => Promise<void>;
  /** Whether the reader turned Source Context off on this site (a hostname). */
  siteDisabled: (hostname: string) => boolean | Promise<boolean>;
  /** How the reader wants this site's article drawn. */
  displaySettings: (hostname: string) => Promise<Pick<SiteSettings, 'bannerHidden' | 'everyMention'>>;
}

/** Where a message came from: a content script's tab, frame and address (absent for extension pages). */
export interface SenderFrame {
  tabId?: number;
  frameId?: number;
  /** The document that asked, where the browser says (Chromium): a reload is a new one. */
  documentId?: string;
  url?: string;
}

/** Each background's script injections (per deps object, so that tests keep theirs apart). */
const scriptLoads = new WeakMap<BackgroundDeps, ScriptLoads>();
function loadsOf(deps: BackgroundDeps): ScriptLoads {
  let loads = scriptLoads.get(deps);
  if (!loads) scriptLoads.set(deps, (loads = new ScriptLoads(deps.injectScript)));
  return loads;
}

type Answer = Result<BackgroundResponses[keyof BackgroundResponses]>;

/** An answer computed after the handler returned: its errors are reported as the handler's are. */
function caught(answer: () => Answer): Answer {
  try {
    return answer();
  } catch (error) {
    return { ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

function hostnameOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function siteSettings(deps: BackgroundDeps, hostname: string): Promise<SiteSettings> {
  return Promise.all([deps.siteDisabled(hostname), deps.displaySettings(hostname)]).then(([disabled, display]) => ({
    disabled,
    ...display,
  }));
}

/**
 * Answers synchronously, except for `load-script`, which waits for the browser to inject the script,
 * and a page's screening and speakers, which wait for the reader's site settings.
 */
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
        const screen = (): Answer => {
          const enforcement = screenArticle(request.text, deps.matcher(), request.title);
          // The script the page will ask for next, injected while the answer is on its way.
          if (enforcement.detected && request.load && from.tabId !== undefined) loadsOf(deps).startEarly(request.load, from);
          return { ok: true, value: { detected: enforcement.detected, score: enforcement.score, disabled: false } };
        };
        // A site the reader turned off is not read: the page is told before it extracts or sends anything more.
        const hostname = hostnameOf(from.url);
        if (hostname === null) return screen();
        const off: Answer = { ok: true, value: { detected: false, score: 0, disabled: true } };
        const disabled = deps.siteDisabled(hostname);
        return disabled instanceof Promise
          ? disabled.then(
              (d) => (d ? off : caught(screen)),
              // Settings that can't be read are the defaults, as the annotator reads them.
              () => caught(screen),
            )
          : disabled
            ? off
            : screen();
      }
      case 'read-speakers': {
        // The reader's settings were read when the page's first question came in, and come back with the
        // speakers: the page then draws at once, with no storage read of its own on the way.
        const hostname = hostnameOf(from.url);
        const settings = hostname === null ? null : siteSettings(deps, hostname);
        const speakers = readSpeakers(request.text, deps.matcher());
        if (!settings) return { ok: true, value: { speakers, settings: DEFAULT_SITE_SETTINGS } };
        return settings.then(
          (s): Answer => ({ ok: true, value: { speakers, settings: s } }),
          // Settings that can't be read are the defaults, as everywhere else.
          (): Answer => ({ ok: true, value: { speakers, settings: DEFAULT_SITE_SETTINGS } }),
        );
      }
      case 'read-enforcement':
        return { ok: true, value: screenArticle(request.text, deps.matcher(), request.title) };
      case 'get-cards':
        return { ok: true, value: lookupCards(deps.store(), request.ids, deps.now()) };
      case 'load-script':
        if (from.tabId === undefined) return { ok: false, error: `load-script: only a page can ask for the ${request.script} script` };
        return loadsOf(deps)
          .load(request.script, from)
          .then(
            (): Answer => ({ ok: true, value: null }),
            (error: unknown): Answer => ({ ok: false, error: `load-script ${request.script}: ${(error as Error).message}` }),
          );
    }
  } catch (error) {
    return { ok: false, error: `internal error: ${(error as Error).message}` };
  }
}

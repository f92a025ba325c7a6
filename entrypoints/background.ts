import { browser } from 'wxt/browser';
import { ActorMatcher, type MatcherTable } from '../analysis/actor-matcher';
import { handleBackgroundRequest, type SenderFrame } from '../background/handle-request';
import type { CardStore } from '../cards/compile';
import type { PageScript } from '../messaging/protocol';
import cardStore from '../generated/card-store.json';
import matcherTable from '../generated/matcher-table.json';
import { markForBenchmark } from '../page/benchmark-marks';
import { disabledSites, isBannerHidden, wantsEveryMention } from '../settings/site-preferences';

/**
 * The page scripts (entrypoints/annotator, entrypoints/overlay-ui.tsx) are injected only into pages that
 * need them: the annotator where the page gate found enforcement, the card UI where badges are drawn.
 */
async function injectScript(script: PageScript, { tabId, frameId = 0 }: SenderFrame): Promise<void> {
  if (tabId === undefined) throw new Error('no tab');
  const file = `/${script}.js` as const;
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  else await browser.tabs.executeScript(tabId, { file, frameId });
}

export default defineBackground(() => {
  // Built on first use: a service worker is restarted often and most wakes never need the matcher.
  let matcher: ActorMatcher | null = null;
  // The sites the reader turned off, read once per wake and kept current as the popup changes them.
  let offSites: Promise<Set<string>> | null = null;
  const readOffSites = () =>
    (offSites ??= disabledSites()
      .getValue()
      .then((sites) => new Set(sites)));
  disabledSites().watch((sites) => {
    offSites = Promise.resolve(new Set(sites ?? []));
  });
  const deps = {
    store: () => cardStore as unknown as CardStore,
    matcher: () => (matcher ??= new ActorMatcher(matcherTable as MatcherTable)),
    now: () => new Date(),
    injectScript,
    siteDisabled: (hostname: string) => readOffSites().then((sites) => sites.has(hostname)),
    displaySettings: async (hostname: string) => {
      const [bannerHidden, everyMention] = await Promise.all([isBannerHidden(hostname), wantsEveryMention()]);
      return { bannerHidden, everyMention };
    },
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return false;
    const started = performance.now();
    const answer = handleBackgroundRequest(message, deps, { tabId: sender.tab?.id, frameId: sender.frameId, url: sender.url });
    markForBenchmark(`background:${(message as { type?: string }).type}`, started);
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return false;
    }
    void answer.then(sendResponse);
    return true; // the answer comes later
  });
});

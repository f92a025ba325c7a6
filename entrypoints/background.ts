import { browser } from 'wxt/browser';
import { ActorMatcher, type MatcherTable } from '../analysis/actor-matcher';
import { handleBackgroundRequest, type SenderFrame } from '../background/handle-request';
import type { CardStore } from '../cards/compile';
import type { PageScript } from '../messaging/protocol';
import cardStore from '../generated/card-store.json';
import matcherTable from '../generated/matcher-table.json';
import { markForBenchmark } from '../page/benchmark-marks';
import { badgeEveryMention, bannerHiddenSites, disabledSites } from '../settings/site-preferences';

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
  // How the reader wants articles drawn, the same way: an analysis then waits on no storage read (they
  // cost an analysed page about 11 ms, queued behind the analysis). Unreadable settings are the defaults.
  let display: Promise<{ bannerHidden: Set<string>; everyMention: boolean }> | null = null;
  const readDisplay = () =>
    (display ??= Promise.all([bannerHiddenSites().getValue(), badgeEveryMention().getValue()]).then(
      ([hidden, every]) => ({ bannerHidden: new Set(hidden), everyMention: every }),
      () => {
        display = null;
        return { bannerHidden: new Set<string>(), everyMention: false };
      },
    ));
  bannerHiddenSites().watch(() => {
    display = null;
  });
  badgeEveryMention().watch(() => {
    display = null;
  });
  const deps = {
    store: () => cardStore as unknown as CardStore,
    matcher: () => (matcher ??= new ActorMatcher(matcherTable as MatcherTable)),
    now: () => new Date(),
    injectScript,
    siteDisabled: (hostname: string) => readOffSites().then((sites) => sites.has(hostname)),
    displaySettings: (hostname: string) =>
      readDisplay().then(({ bannerHidden, everyMention }) => ({ bannerHidden: bannerHidden.has(hostname), everyMention })),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return false;
    const started = performance.now();
    // Settings are read as the first question of a page comes in, so that its analysis finds them read.
    void readOffSites();
    void readDisplay();
    const answer = handleBackgroundRequest(message, deps, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      documentId: (sender as { documentId?: string }).documentId,
      url: sender.url,
    });
    markForBenchmark(`background:${(message as { type?: string }).type}`, started);
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return false;
    }
    void answer.then((value) => {
      // Until the answer can go: the synchronous work above plus what it waited for (storage, injection).
      markForBenchmark(`background:${(message as { type?: string }).type}, until the answer is sent`, started);
      sendResponse(value);
    });
    return true; // the answer comes later
  });
});

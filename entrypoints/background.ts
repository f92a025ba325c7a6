import { browser } from 'wxt/browser';
import { ActorMatcher, type MatcherTable } from '../analysis/actor-matcher';
import { handleBackgroundRequest, type SenderFrame } from '../background/handle-request';
import type { CardStore } from '../cards/compile';
import cardStore from '../generated/card-store.json';
import matcherTable from '../generated/matcher-table.json';

/** The overlay UI bundle (entrypoints/overlay-ui.tsx), injected only into pages that need it. */
const OVERLAY_UI_FILE = '/overlay-ui.js';

async function injectUi({ tabId, frameId = 0 }: SenderFrame): Promise<void> {
  if (tabId === undefined) throw new Error('no tab');
  if (browser.scripting) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_UI_FILE] });
  else await browser.tabs.executeScript(tabId, { file: OVERLAY_UI_FILE, frameId });
}

export default defineBackground(() => {
  // Built on first use: a service worker is restarted often and most wakes never need the matcher.
  let matcher: ActorMatcher | null = null;
  const deps = {
    store: () => cardStore as unknown as CardStore,
    matcher: () => (matcher ??= new ActorMatcher(matcherTable as MatcherTable)),
    now: () => new Date(),
    injectUi,
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return false;
    const answer = handleBackgroundRequest(message, deps, { tabId: sender.tab?.id, frameId: sender.frameId });
    if (!(answer instanceof Promise)) {
      sendResponse(answer);
      return false;
    }
    void answer.then(sendResponse);
    return true; // the answer comes later
  });
});

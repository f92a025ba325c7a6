import { browser } from 'wxt/browser';
import { ActorMatcher, type MatcherTable } from '../analysis/actor-matcher';
import { handleBackgroundRequest } from '../background/handle-request';
import type { CardStore } from '../cards/compile';
import cardStore from '../generated/card-store.json';
import matcherTable from '../generated/matcher-table.json';

export default defineBackground(() => {
  // Built on first use: a service worker is restarted often and most wakes never need the matcher.
  let matcher: ActorMatcher | null = null;
  const deps = {
    store: () => cardStore as unknown as CardStore,
    matcher: () => (matcher ??= new ActorMatcher(matcherTable as MatcherTable)),
    now: () => new Date(),
  };
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (response: unknown) => void) => {
    // Only our own extension's pages and content scripts may ask.
    if (sender.id !== browser.runtime.id) return false;
    sendResponse(handleBackgroundRequest(message, deps));
    return false;
  });
});

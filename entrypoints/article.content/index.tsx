import { scriptStart } from './script-start';
import { browser } from 'wxt/browser';
import { isTabRequest } from '../../messaging/protocol';
import { PageAnnotator, reportFailure } from './page-annotator';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const annotator = new PageAnnotator(document);

    const onTabMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isTabRequest(message)) return false;
      sendResponse({ ok: true, value: annotator.summary });
      return false;
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    // Single-page apps: a new URL is a new article. Watched from the first idle moment, not before the
    // decision: setting up the watch (the Navigation API) costs the page up to a few milliseconds.
    ctx.requestIdleCallback(() => ctx.addEventListener(window, 'wxt:locationchange', () => annotator.restart()), { timeout: 2000 });
    // Extension updated, reloaded or removed: leave nothing behind.
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onTabMessage);
      annotator.dispose();
    });

    void annotator.run(scriptStart).catch(reportFailure(annotator.summary));
  },
});

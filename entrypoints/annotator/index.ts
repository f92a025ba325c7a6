/**
 * The annotator: injected by the background into a page once the page gate has found that it reports
 * platform enforcement. It takes over the page from the gate: analysis, badges, the card UI, and
 * following the page as it changes, until the extension goes away.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { receiveHandoff } from '../../page/gate-handoff';
import { PageAnnotator, reportFailure } from './page-annotator';

export default defineUnlistedScript(() => {
  // Injected twice, or not by the gate: the page already has its annotator, and this one waits for nothing.
  receiveHandoff((handoff) => {
    const ctx = new ContentScriptContext('annotator');
    const annotator = new PageAnnotator(document, handoff.summary);
    // Single-page apps: a new URL is a new article.
    ctx.addEventListener(window, 'wxt:locationchange', () => annotator.restart());
    // Extension updated, reloaded or removed: leave nothing behind.
    ctx.onInvalidated(() => annotator.dispose());
    void annotator.run({ headStart: handoff.headStart, decided: handoff.decided }).catch(reportFailure(annotator.summary));
  });
});

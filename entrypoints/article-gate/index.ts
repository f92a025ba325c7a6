/**
 * The page gate: the one script that runs on every page the reader opens, so it is kept to what the
 * decision "nothing to do here" needs. Is this a news article, does its opening prose hint at platform
 * enforcement, and does the background's detector confirm it? Only then does it have the background
 * inject the annotator (badges, cards, the polyfill, the framework's content-script context), and hand
 * the page over. Pages turned away are looked at again when their content or their URL changes.
 *
 * Registered as a content script in wxt.config.ts; built as an unlisted script so that no framework
 * wrapper runs before it.
 */
import { scriptStart } from './script-start';
import { mayReportEnforcement } from '../../analysis/enforcement-hint';
import { askBackgroundBare, bareRuntime, extensionAlive } from '../../messaging/bare-runtime';
import { isTabRequest, type PageSummary } from '../../messaging/protocol';
import { detectArticle, openingProse } from '../../page/article-detection';
import { extractArticleText, findArticleRoot } from '../../page/article-text';
import { heldBenchmarkMarks, markForBenchmark } from '../../page/benchmark-marks';
import { handOver } from '../../page/gate-handoff';
import { textFingerprint, watchSettledChanges } from '../../page/late-content';

/** Pages that are not (yet) articles are looked at again this many times as content arrives. */
const MAX_LATE_CHECKS = 6;
/** How often a page turned away checks whether a single-page app moved to another URL. */
const LOCATION_POLL_MS = 1000;

export default defineUnlistedScript(() => {
  const summary: PageSummary = { url: location.href, state: 'working', actors: [] };
  let generation = 0;
  let lateChecks = 0;
  let lastFingerprint = '';
  let handedOver = false;
  let stopLateWatch: (() => void) | null = null;
  let locationTimer = 0;
  let lastUrl = location.href;

  const onTabMessage = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    if (!isTabRequest(message)) return false;
    // The reader turned this site back on: a page the gate still holds is read again (once handed over,
    // the annotator follows the setting itself).
    if (message.type === 'look-again' && !handedOver && summary.state === 'disabled') {
      stopLateWatch?.();
      stopLateWatch = null;
      lateChecks = 0;
      void look(performance.now()).catch(reportFailure);
    }
    sendResponse({ ok: true, value: summary });
    return false;
  };

  const reportFailure = (error: unknown) => {
    summary.state = 'error';
    // A warning, not an error: the page itself is fine, only our annotation is missing.
    console.warn('[Source Context] could not annotate this page:', error);
  };

  /** The extension was updated, reloaded or removed: this script is an orphan and leaves nothing behind. */
  const retire = () => {
    generation++;
    stopLateWatch?.();
    stopLateWatch = null;
    window.clearInterval(locationTimer);
    try {
      bareRuntime()?.onMessage.removeListener(onTabMessage);
    } catch {
      // The API of a removed extension may throw: nothing is left to remove then.
    }
  };

  const turnAway = (state: PageSummary['state']) => {
    summary.state = state;
    if (lateChecks >= MAX_LATE_CHECKS || stopLateWatch) return;
    stopLateWatch = watchSettledChanges(document, () => {
      if (!extensionAlive()) return retire();
      const now = detectArticle(document).isArticle ? textFingerprint(openingProse(document)) : '';
      if (now === lastFingerprint) return;
      lateChecks++;
      stopLateWatch?.();
      stopLateWatch = null;
      void look(performance.now()).catch(reportFailure);
    });
  };

  const look = async (started: number): Promise<void> => {
    const current = ++generation;
    const stages = heldBenchmarkMarks();
    // From script start to here: evaluating the script's modules.
    stages.mark('stage:startup', started);
    const detecting = performance.now();
    summary.url = location.href;
    summary.state = 'working';
    if (!detectArticle(document).isArticle) {
      lastFingerprint = '';
      markForBenchmark('decision', started);
      stages.flush();
      return turnAway('not-article');
    }
    let stage = performance.now();
    stages.mark('stage:detect', detecting);
    const prose = openingProse(document);
    lastFingerprint = textFingerprint(prose);
    stages.mark('stage:text', stage);
    stage = performance.now();
    const mayReport = mayReportEnforcement(prose);
    stages.mark('stage:hint', stage);
    if (!mayReport) {
      markForBenchmark('decision', started);
      stages.flush();
      return turnAway('not-enforcement');
    }
    // Does the opening prose already read report enforcement? A story about a ban or a takedown says so
    // in its opening; one that mentions one only further down is not about it.
    const title = document.querySelector('h1')?.textContent?.trim() ?? null;
    stage = performance.now();
    // (With `load`: if the answer is yes, the background starts injecting the annotator before it answers.)
    const question = askBackgroundBare({ type: 'screen-article', text: prose, title, load: 'annotator' });
    stages.mark('stage:ask', stage);
    const mainThreadMs = performance.now() - started; // sending included: the rest is the background's time
    const screening = await question;
    if (current !== generation) return;
    if (!screening.ok) throw new Error(screening.error);
    if (!screening.value.detected) {
      markForBenchmark('decision', performance.now(), mainThreadMs);
      stages.flush();
      return turnAway(screening.value.disabled ? 'disabled' : 'not-enforcement');
    }
    handedOver = true;
    stopLateWatch?.();
    stopLateWatch = null;
    window.clearInterval(locationTimer);
    const decided = performance.now();
    stages.flush();
    // The annotator's injection began in the background with the yes; asking for it first gets its outcome
    // (and, should that injection have been lost, a new one before the analysis queues up behind it).
    const loading = askBackgroundBare({ type: 'load-script', script: 'annotator' });
    const article = extractArticleText(document, findArticleRoot(document));
    markForBenchmark('wall:text-read', decided);
    const speakers = askBackgroundBare({ type: 'read-speakers', text: article.text });
    const enforcement = askBackgroundBare({ type: 'read-enforcement', text: article.text, title: article.title });
    handOver({ summary, started, decided, headStart: { article, speakers, enforcement } });
    const loaded = await loading;
    if (!loaded.ok) throw new Error(loaded.error);
  };

  // From the first idle moment, not before the decision: the popup's question (the first touch of the
  // extension API builds its bindings, and registering a listener messages the browser process), and
  // single-page apps' new URLs (a string compare a second).
  const afterFirstLook = () => {
    if (!extensionAlive()) return;
    bareRuntime()?.onMessage.addListener(onTabMessage);
    if (handedOver) return;
    locationTimer = window.setInterval(() => {
      if (!extensionAlive()) return retire();
      if (location.href === lastUrl) return;
      lastUrl = location.href;
      stopLateWatch?.();
      stopLateWatch = null;
      lateChecks = 0;
      void look(performance.now()).catch(reportFailure);
    }, LOCATION_POLL_MS);
  };
  if ('requestIdleCallback' in window) requestIdleCallback(afterFirstLook, { timeout: 2000 });
  else setTimeout(afterFirstLook, 0);

  void look(scriptStart).catch(reportFailure);
});

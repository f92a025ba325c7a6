import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ArticleAnalysis } from '../../analysis/analyze-article';
import type { EnforcementEvent } from '../../analysis/enforcement';
import overlayCss from '../../components/overlay.css?inline';
import { Overlay, type BadgeModel, type Box, type LoadedCard } from '../../components/Overlay';
import { askBackground } from '../../messaging/ask-background';
import { isTabRequest, type PageSummary } from '../../messaging/protocol';
import { mayReportEnforcement } from '../../analysis/enforcement-hint';
import { detectArticle } from '../../page/article-detection';
import { extractArticleText, findArticleRoot, rangeFor, type ArticleText } from '../../page/article-text';
import { badgePosition, mentionsToBadge } from '../../page/badge-placement';
import { createOverlayHost, pageIsDark, type OverlayHost } from '../../page/overlay-host';
import { hideBannerOn, isBannerHidden } from '../../settings/site-preferences';

interface Lifecycle {
  isInvalid: boolean;
  onInvalidated: (cb: () => void) => void;
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const started = performance.now();
    const summary: PageSummary = { url: location.href, state: 'working', actors: [] };
    const onTabMessage = (message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
      if (!isTabRequest(message)) return false;
      sendResponse({ ok: true, value: summary });
      return false;
    };
    browser.runtime.onMessage.addListener(onTabMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onTabMessage));

    const decision = detectArticle(document);
    if (!decision.isArticle) {
      summary.state = 'not-article';
      markForBenchmark('decision', started);
      return;
    }
    const root = findArticleRoot(document);
    const rawText = root.textContent ?? '';
    if (!mayReportEnforcement(rawText)) {
      summary.state = 'not-enforcement';
      markForBenchmark('decision', started);
      return;
    }
    void annotate(ctx, summary, root, rawText, started).catch((error: unknown) => {
      summary.state = 'error';
      // A warning, not an error: the page itself is fine, only our annotation is missing.
      console.warn('[Source Context] could not annotate this page:', error);
    });
  },
});

/**
 * Benchmark builds (`wxt build --mode bench`) record how long the content script took, as User Timing
 * measures the benchmark reads; production builds compile this away, so pages can't see it.
 */
function markForBenchmark(name: string, since: number, alsoMs = 0) {
  if (import.meta.env.MODE === 'bench') performance.measure(`source-context:${name}`, { start: since, duration: performance.now() - since + alsoMs });
}

/**
 * Two questions to the background. First, on the article's raw text (no DOM walk, nothing kept),
 * whether it reports enforcement at all: most articles stop there, having cost the page next to
 * nothing. Only then is the text extracted with its offset map and analysed for badges.
 */
async function annotate(ctx: Lifecycle, summary: PageSummary, root: Element, rawText: string, started: number) {
  const title = document.querySelector('h1')?.textContent?.trim() ?? null;
  const syncMs = performance.now() - started; // main-thread time before the question leaves the page
  const screening = await askBackground({ type: 'screen-article', text: rawText, title });
  if (ctx.isInvalid) return;
  if (!screening.ok) throw new Error(screening.error);
  if (!screening.value.detected) {
    // Only articles that report platform enforcement are annotated: that is what the reader asked for.
    summary.state = 'not-enforcement';
    markForBenchmark('decision', performance.now(), syncMs);
    return;
  }
  const article = extractArticleText(document, root);
  const bannerHidden = isBannerHidden(location.hostname);
  const answer = await askBackground({ type: 'analyze-article', text: article.text, title: article.title });
  if (ctx.isInvalid) return;
  if (!answer.ok) throw new Error(answer.error);
  const received = performance.now();
  const analysis = answer.value;
  if (!analysis.enforcement.detected) {
    summary.state = 'not-enforcement';
    return;
  }
  summary.actors = analysis.actors.map((a) => ({ id: a.entityId ?? a.name, name: a.name, kind: a.kind, mentions: a.mentions.length, quoted: quotesBy(analysis, a).length }));
  const events = (await bannerHidden) ? [] : analysis.enforcement.events;
  // Read the layout before touching the DOM: positions first, then one insertion of the overlay host.
  const dark = pageIsDark(document);
  let badges = placeBadges(article, analysis);
  const host = createOverlayHost(document, overlayCss);
  const draw = () =>
    render(
      <Overlay
        badges={badges}
        events={events}
        dark={dark}
        loadCard={loadCard}
        evidenceBoxes={(e) => evidenceBoxes(article, e)}
        scrollToOffset={(offset) => scrollToOffset(article, offset)}
        onDismissSite={() => void hideBannerOn(location.hostname)}
      />,
      host.container,
    );
  draw();
  summary.state = 'annotated';
  markForBenchmark('badges', received);

  // Text reflows when the window or the page's fonts change size: put the badges back next to their words.
  let frame = 0;
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      badges = placeBadges(article, analysis);
      draw();
    });
  };
  let firstCallback = true; // a ResizeObserver reports the initial size at once: nothing moved yet
  const resizeObserver = new ResizeObserver(() => {
    if (firstCallback) firstCallback = false;
    else redraw();
  });
  resizeObserver.observe(article.root);
  window.addEventListener('resize', redraw);
  ctx.onInvalidated(() => teardown(host, resizeObserver, redraw));
}

function teardown(host: OverlayHost, observer: ResizeObserver, redraw: () => void) {
  observer.disconnect();
  window.removeEventListener('resize', redraw);
  render(null, host.container);
  host.remove();
}

function quotesBy(analysis: ArticleAnalysis, actor: ArticleAnalysis['actors'][number]) {
  return analysis.quotes.filter((q) => q.speaker && (actor.entityId ? q.speaker.entityId === actor.entityId : !q.speaker.entityId && q.speaker.name === actor.name));
}

function placeBadges(article: ArticleText, analysis: ArticleAnalysis): BadgeModel[] {
  const badges: BadgeModel[] = [];
  for (const m of mentionsToBadge(article.text, analysis.actors)) {
    const at = badgePosition(article, m.start, m.end, window);
    if (!at) continue;
    const quotes = quotesBy(analysis, m.actor);
    badges.push({
      key: `${m.actor.entityId ?? m.actor.name}@${m.start}`,
      name: m.actor.name,
      kind: m.actor.kind,
      entityId: m.actor.entityId,
      quotedTimes: quotes.length,
      article: { description: m.actor.description, quotes: quotes.map((q) => ({ text: q.text, start: q.start })) },
      ...at,
    });
  }
  return badges;
}

function evidenceBoxes(article: ArticleText, event: EnforcementEvent): Box[] {
  const range = rangeFor(article, event.evidence.start, event.evidence.end);
  if (!range) return [];
  return [...range.getClientRects()].map((r) => ({ x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height }));
}

function scrollToOffset(article: ArticleText, offset: number) {
  const rect = rangeFor(article, offset, offset + 1)?.getBoundingClientRect();
  if (!rect) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: rect.top + window.scrollY - window.innerHeight / 3, behavior: reduce ? 'instant' : 'smooth' });
}

async function loadCard(id: string): Promise<LoadedCard> {
  const answer = await askBackground({ type: 'get-cards', ids: [id] });
  if (!answer.ok) return { status: 'error', message: answer.error };
  const lookup = answer.value[0];
  if (!lookup || !lookup.found) return { status: 'missing' };
  return { status: 'found', card: lookup.card, stale: lookup.stale, relatedNames: lookup.relatedNames };
}

import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { Actor } from '../../analysis/analyze-article';
import overlayCss from '../../components/overlay.css?inline';
import { Overlay, type BadgeModel, type LoadedCard } from '../../components/Overlay';
import { askBackground } from '../../messaging/ask-background';
import { isTabRequest, type PageSummary } from '../../messaging/protocol';
import { detectArticle } from '../../page/article-detection';
import { extractArticleText, type ArticleText } from '../../page/article-text';
import { badgePosition, mentionsToBadge } from '../../page/badge-placement';
import { createOverlayHost, pageIsDark, type OverlayHost } from '../../page/overlay-host';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
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
      return;
    }
    void annotate(ctx, summary).catch((error: unknown) => {
      summary.state = 'error';
      // A warning, not an error: the page itself is fine, only our annotation is missing.
      console.warn('[Source Context] could not annotate this page:', error);
    });
  },
});

async function annotate(ctx: { isInvalid: boolean; onInvalidated: (cb: () => void) => void }, summary: PageSummary) {
  const article = extractArticleText(document);
  const analysis = await askBackground({ type: 'analyze-article', text: article.text, title: article.title });
  if (ctx.isInvalid) return;
  if (!analysis.ok) throw new Error(analysis.error);
  const actors = analysis.value.actors;
  summary.actors = actors.map((a) => ({ id: a.entityId ?? a.name, name: a.name, kind: a.kind, mentions: a.mentions.length, quoted: 0 }));
  if (actors.length === 0) {
    summary.state = 'no-actors';
    return;
  }
  const host = createOverlayHost(document, overlayCss);
  const dark = pageIsDark(document);
  const draw = () => render(<Overlay badges={placeBadges(article, actors)} dark={dark} loadCard={loadCard} />, host.container);
  draw();
  summary.state = 'annotated';

  // Text reflows when the window or the page's fonts change size: put the badges back next to their words.
  let frame = 0;
  const redraw = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(draw);
  };
  const resizeObserver = new ResizeObserver(redraw);
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

function placeBadges(article: ArticleText, actors: readonly Actor[]): BadgeModel[] {
  const badges: BadgeModel[] = [];
  for (const m of mentionsToBadge(article.text, actors)) {
    const at = badgePosition(article, m.start, m.end, window);
    if (!at) continue;
    badges.push({ key: `${m.actor.entityId ?? m.actor.name}@${m.start}`, name: m.actor.name, kind: m.actor.kind, entityId: m.actor.entityId, quotedTimes: 0, ...at });
  }
  return badges;
}

async function loadCard(id: string): Promise<LoadedCard> {
  const answer = await askBackground({ type: 'get-cards', ids: [id] });
  if (!answer.ok) return { status: 'error', message: answer.error };
  const lookup = answer.value[0];
  if (!lookup || !lookup.found) return { status: 'missing' };
  return { status: 'found', card: lookup.card, stale: lookup.stale, relatedNames: lookup.relatedNames };
}

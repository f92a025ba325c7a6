/**
 * Everything the content script does to one page, start to stop: decide, ask, draw, keep the badges
 * next to their words while the page changes, and remove every trace on `stop()`.
 */
import { render } from 'preact';
import type { ArticleAnalysis } from '../../analysis/analyze-article';
import type { EnforcementEvent } from '../../analysis/enforcement';
import { mayReportEnforcement } from '../../analysis/enforcement-hint';
import overlayCss from '../../components/overlay.css?inline';
import { Overlay, type BadgeModel, type Box, type LoadedCard } from '../../components/Overlay';
import { askBackground } from '../../messaging/ask-background';
import type { PageSummary } from '../../messaging/protocol';
import { detectArticle } from '../../page/article-detection';
import { extractArticleText, findArticleRoot, rangeFor, type ArticleText } from '../../page/article-text';
import { badgePosition, mentionsToBadge } from '../../page/badge-placement';
import { createOverlayHost, overlayBaseSize, pageIsDark, type OverlayHost } from '../../page/overlay-host';
import { hideBannerOn, isBannerHidden, isDisabledOn, wantsEveryMention } from '../../settings/site-preferences';

/**
 * Benchmark builds (`wxt build --mode bench`) record how long the content script took, as User Timing
 * measures the benchmark reads; production builds compile this away, so pages can't see it.
 */
function markForBenchmark(name: string, since: number, alsoMs = 0) {
  if (import.meta.env.MODE === 'bench')
    performance.measure(`source-context:${name}`, { start: since, duration: performance.now() - since + alsoMs });
}

/** How long the page must be quiet before added content is read again. */
const SETTLE_MS = 600;
/** Pages that are not (yet) articles are looked at again this many times as content arrives. */
const MAX_LATE_CHECKS = 6;

export class PageAnnotator {
  readonly summary: PageSummary = { url: location.href, state: 'working', actors: [] };
  private host: OverlayHost | null = null;
  private cleanups: (() => void)[] = [];
  private generation = 0;
  private lateChecks = 0;
  private settleTimer = 0;
  /** What the article text looked like when last read, to tell real changes from page noise. */
  private lastFingerprint = '';

  constructor(private readonly doc: Document) {}

  /** Reads the page and annotates it if it reports platform enforcement. Safe to call again. */
  async run(started = performance.now()): Promise<void> {
    const generation = ++this.generation;
    this.summary.url = location.href;
    this.summary.state = 'working';
    const decision = detectArticle(this.doc);
    if (!decision.isArticle) {
      this.summary.state = 'not-article';
      markForBenchmark('decision', started);
      this.watchForLateContent();
      return;
    }
    const root = findArticleRoot(this.doc);
    const rawText = root.textContent ?? '';
    this.lastFingerprint = fingerprint(rawText);
    if (!mayReportEnforcement(rawText)) {
      this.summary.state = 'not-enforcement';
      markForBenchmark('decision', started);
      this.watchForLateContent();
      return;
    }
    const syncMs = performance.now() - started; // main-thread time before the question leaves the page
    if (await isDisabledOn(location.hostname)) {
      this.summary.state = 'disabled';
      return;
    }
    // First question, on the raw text (no DOM walk, nothing kept): does it report enforcement at all?
    const title = this.doc.querySelector('h1')?.textContent?.trim() ?? null;
    const screening = await askBackground({ type: 'screen-article', text: rawText, title });
    if (generation !== this.generation) return;
    if (!screening.ok) throw new Error(screening.error);
    if (!screening.value.detected) {
      this.summary.state = 'not-enforcement';
      markForBenchmark('decision', performance.now(), syncMs);
      this.watchForLateContent();
      return;
    }
    // Only then the text with its offset map, and the full analysis for badges.
    const article = extractArticleText(this.doc, root);
    const bannerHidden = isBannerHidden(location.hostname);
    const everyMention = wantsEveryMention();
    const answer = await askBackground({ type: 'analyze-article', text: article.text, title: article.title });
    if (generation !== this.generation) return;
    if (!answer.ok) throw new Error(answer.error);
    const received = performance.now();
    const analysis = answer.value;
    if (!analysis.enforcement.detected) {
      this.summary.state = 'not-enforcement';
      return;
    }
    const events = (await bannerHidden) ? [] : analysis.enforcement.events;
    const every = await everyMention;
    if (generation !== this.generation) return;
    const drawStart = performance.now();
    this.draw(article, analysis, events, every);
    markForBenchmark('draw', drawStart);
    this.summary.actors = analysis.actors.map((a) => ({
      id: a.entityId ?? a.name,
      name: a.name,
      kind: a.kind,
      mentions: a.mentions.length,
      quoted: quotesBy(analysis, a).length,
    }));
    this.summary.state = 'annotated';
    markForBenchmark('badges', received);
    this.watchForLateContent();
  }

  /** Removes the overlay and every listener; the page is as the site made it. */
  stop(): void {
    this.generation++;
    window.clearTimeout(this.settleTimer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (this.host) {
      render(null, this.host.container);
      this.host.remove();
      this.host = null;
    }
    this.summary.actors = [];
  }

  /** Starts over, e.g. after a single-page app navigated to another article. */
  restart(): void {
    this.stop();
    this.lateChecks = 0;
    this.lastFingerprint = '';
    void this.run().catch(reportFailure(this.summary));
  }

  private draw(article: ArticleText, analysis: ArticleAnalysis, events: readonly EnforcementEvent[], everyMention: boolean): void {
    // Read the layout before touching the DOM: positions first, then one insertion of the overlay host.
    const placeStart = performance.now();
    const dark = pageIsDark(this.doc);
    const baseSize = overlayBaseSize(article.root.querySelector('p') ?? article.root);
    let badges = placeBadges(article, analysis, everyMention);
    markForBenchmark('place', placeStart);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.host ??= createOverlayHost(this.doc, overlayCss);
    const host = this.host;
    const paint = () =>
      render(
        <Overlay
          badges={badges}
          events={events}
          dark={dark}
          baseSize={baseSize}
          loadCard={loadCard}
          evidenceBoxes={(e) => evidenceBoxes(article, e)}
          scrollToOffset={(offset) => scrollToOffset(article, offset)}
          onDismissSite={() => void hideBannerOn(location.hostname)}
        />,
        host.container,
      );
    paint();

    // Text reflows when the window or the page's fonts change size: put the badges back next to their words.
    let frame = 0;
    const reposition = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        badges = placeBadges(article, analysis, everyMention);
        paint();
      });
    };
    let firstCallback = true; // a ResizeObserver reports the initial size at once: nothing moved yet
    const resizeObserver = new ResizeObserver(() => {
      if (firstCallback) firstCallback = false;
      else reposition();
    });
    resizeObserver.observe(article.root);
    window.addEventListener('resize', reposition);
    this.cleanups.push(() => {
      cancelAnimationFrame(frame);
      resizeObserver.disconnect();
      window.removeEventListener('resize', reposition);
    });
  }

  /**
   * Content that arrives later (lazy paragraphs, infinite scroll, a framework re-rendering the
   * article) is read again once the page has been quiet for a moment. Pages that were not articles
   * are looked at a few more times only, so a busy app page doesn't keep us working.
   */
  private watchForLateContent(): void {
    if (this.summary.state !== 'annotated' && this.lateChecks >= MAX_LATE_CHECKS) return;
    const observer = new MutationObserver((records) => {
      // Our own overlay changing is not the page changing.
      if (records.every((r) => this.host && (r.target === this.host.host || this.host.host.contains(r.target)))) return;
      window.clearTimeout(this.settleTimer);
      this.settleTimer = window.setTimeout(() => this.contentSettled(), SETTLE_MS);
    });
    observer.observe(this.doc.body ?? this.doc.documentElement, { childList: true, subtree: true, characterData: true });
    this.cleanups.push(() => observer.disconnect());
  }

  private contentSettled(): void {
    const root = detectArticle(this.doc).isArticle ? findArticleRoot(this.doc) : null;
    const detached = this.summary.state === 'annotated' && !this.host?.host.isConnected;
    if (!detached && fingerprint(root?.textContent ?? '') === this.lastFingerprint) return;
    if (this.summary.state !== 'annotated') this.lateChecks++;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (detached) this.host = null;
    void this.run().catch(reportFailure(this.summary));
  }
}

/** Cheap identity of an article text: its length and its two ends (a clock ticking in a sidebar isn't a new article). */
function fingerprint(text: string): string {
  return `${Math.round(text.length / 40)}|${text.slice(0, 120)}|${text.slice(-120)}`;
}

export function reportFailure(summary: PageSummary) {
  return (error: unknown) => {
    summary.state = 'error';
    // A warning, not an error: the page itself is fine, only our annotation is missing.
    console.warn('[Source Context] could not annotate this page:', error);
  };
}

function quotesBy(analysis: ArticleAnalysis, actor: ArticleAnalysis['actors'][number]) {
  return analysis.quotes.filter(
    (q) => q.speaker && (actor.entityId ? q.speaker.entityId === actor.entityId : !q.speaker.entityId && q.speaker.name === actor.name),
  );
}

function placeBadges(article: ArticleText, analysis: ArticleAnalysis, everyMention: boolean): BadgeModel[] {
  const badges: BadgeModel[] = [];
  for (const m of mentionsToBadge(article.text, analysis.actors, article.headingStarts, everyMention)) {
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
  return [...range.getClientRects()].map((r) => ({
    x: r.left + window.scrollX,
    y: r.top + window.scrollY,
    width: r.width,
    height: r.height,
  }));
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

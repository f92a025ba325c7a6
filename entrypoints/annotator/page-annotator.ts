/**
 * Everything the content script does to one page, start to stop: decide, ask, draw, keep the badges
 * next to their words while the page changes, and remove every trace on `stop()`.
 */
import type { ArticleSpeakers, Span } from '../../analysis/analyze-article';
import { mayReportEnforcement } from '../../analysis/enforcement-hint';
import { BadgeLayer, type BadgeModel } from '../../components/badge-layer';
import { kindRules } from '../../components/kinds';
import overlayCss from '../../components/overlay.css?inline';
import type { Box, CardControl, LoadedCard, OverlayProps } from '../../components/Overlay';
import { registeredOverlayUi, type MountedOverlay } from '../../components/overlay-ui';
import { askBackground } from '../../messaging/ask-background';
import type { PageSummary } from '../../messaging/protocol';
import { detectArticle, openingProse } from '../../page/article-detection';
import { extractArticleText, findArticleRoot, rangeFor, type ArticleText } from '../../page/article-text';
import { badgePosition, mentionsToBadge, type PlacedMention } from '../../page/badge-placement';
import { createOverlayHost, overlayBaseSize, pageIsDark, type OverlayHost } from '../../page/overlay-host';
import { markForBenchmark } from '../../page/benchmark-marks';
import { planPlacement, viewportFirstOrder, type Placement, type PlacementPlan } from '../../page/progressive-placement';
import type { GateHandoff } from '../../page/gate-handoff';
import { textFingerprint, watchSettledChanges } from '../../page/late-content';
import { disabledSites, hideBannerOn } from '../../settings/site-preferences';

/** Pages that are not (yet) articles are looked at again this many times as content arrives. */
const MAX_LATE_CHECKS = 6;

/**
 * Asks the background to inject the card and banner UI into this frame, once per page: it's loaded only
 * where a page reports enforcement, and while the badges are being drawn.
 */
let overlayUiLoading: Promise<void> | null = null;
function loadOverlayUi(): Promise<void> {
  if (registeredOverlayUi()) return Promise.resolve();
  overlayUiLoading ??= askBackground({ type: 'load-script', script: 'overlay-ui' }).then((answer) => {
    overlayUiLoading = null;
    if (!answer.ok) throw new Error(answer.error);
    if (!registeredOverlayUi()) throw new Error('the overlay UI script ran but did not register');
  });
  return overlayUiLoading;
}

/** The drawn overlay of one analysis: badges, and the card/banner UI once it has loaded. */
interface Drawing {
  badges: BadgeLayer;
  panels: HTMLElement;
  mounted: MountedOverlay | null;
  props: OverlayProps | null;
  control: CardControl | null;
  /** A badge pressed (or rested on) before the UI arrived: replayed as soon as it does. */
  pending: ((control: CardControl) => void) | null;
  /** The badges still being placed, a batch per frame. */
  placement: Placement | null;
}

export class PageAnnotator {
  private host: OverlayHost | null = null;
  private drawing: Drawing | null = null;
  private unwatchSite: (() => void) | null = null;
  private cleanups: (() => void)[] = [];
  private generation = 0;
  private lateChecks = 0;
  /** What the article text looked like when last read, to tell real changes from page noise. */
  private lastFingerprint = '';
  /** The element the badges were drawn for, while the page is annotated. */
  private annotatedRoot: Element | null = null;

  /** `summary` is the page gate's: the gate answers the popup from it. */
  constructor(
    private readonly doc: Document,
    readonly summary: PageSummary,
  ) {}

  /**
   * Reads the page and annotates it if it reports platform enforcement. Safe to call again. The first
   * run comes with the gate's `headStart`: the gate has already found that it does, read its text and
   * asked for the analysis.
   */
  async run({ headStart, decided }: { headStart?: GateHandoff['headStart']; decided?: number } = {}): Promise<void> {
    const generation = ++this.generation;
    this.summary.url = location.href;
    this.summary.state = 'working';
    this.annotatedRoot = null;
    if (!headStart && !(await this.reportsEnforcement(generation))) return;
    if (generation !== this.generation) return;
    this.watchSiteSwitch();
    if (decided !== undefined) markForBenchmark('wall:annotator-running', decided);
    // The text with its offset map, for the readings and the badges. The reader's settings for this site
    // come back with the speakers (the background reads them while it reads the article): nothing else is
    // waited for before drawing. The readings stay inside the extension, and are simply dropped if the
    // reader turned this site off.
    const article = headStart?.article ?? extractArticleText(this.doc, findArticleRoot(this.doc));
    const speakersAsked = headStart?.speakers ?? askBackground({ type: 'read-speakers', text: article.text });
    const enforcementAsked =
      headStart?.enforcement ?? askBackground({ type: 'read-enforcement', text: article.text, title: article.title });
    const answer = await speakersAsked;
    if (generation !== this.generation) return;
    if (!answer.ok) throw new Error(answer.error);
    const received = performance.now();
    if (decided !== undefined) markForBenchmark('wall:speakers-received', decided);
    const { speakers, settings } = answer.value;
    if (settings.disabled) {
      this.summary.state = 'disabled';
      return;
    }
    const drawStart = performance.now();
    // Wall clock from the gate's decision: the annotator injected and started, the text extracted, the
    // background's reading of the speakers, the drawing; to the badges in view, and to every badge.
    // The badges go up while the background is still reading the whole article for enforcement: the
    // gate's screening of its opening already found it.
    this.draw(article, speakers, settings.everyMention, () => {
      markForBenchmark('badges', received);
      if (decided !== undefined) markForBenchmark('decision-to-badges', decided);
    });
    markForBenchmark('draw', drawStart);
    markForBenchmark('badges-in-view', received);
    if (decided !== undefined) markForBenchmark('decision-to-badges-in-view', decided);
    const reading = await enforcementAsked;
    if (generation !== this.generation) return;
    if (!reading.ok) throw new Error(reading.error);
    const enforcement = reading.value;
    // The whole article can overrule its opening (the model, reading more of it, is sure it is about
    // something else): then the page is left as the site made it.
    if (!enforcement.detected) {
      this.stop();
      this.summary.state = 'not-enforcement';
      return;
    }
    if (!settings.bannerHidden && this.drawing?.props) {
      this.drawing.props = { ...this.drawing.props, events: enforcement.events, inferred: enforcement.inferred?.evidence ?? null };
    }
    this.summary.actors = speakers.actors.map((a) => ({
      id: a.entityId ?? a.name,
      name: a.name,
      kind: a.kind,
      mentions: a.mentions.length,
      quoted: quotesBy(speakers, a).length,
    }));
    this.summary.state = 'annotated';
    // From now on only a change of the article itself is news (not comments or teasers loading below).
    this.annotatedRoot = article.root;
    this.lastFingerprint = textFingerprint(article.root.textContent ?? '');
    this.watchForLateContent();
    // The card and banner UI comes after the badges, so that injecting it doesn't hold them up; a badge
    // pressed before it is here is answered as soon as it is.
    await loadOverlayUi();
    if (generation !== this.generation) return;
    this.mountPanels();
  }

  /** The page gate's decision, taken again after the page changed under the annotator. */
  private async reportsEnforcement(generation: number): Promise<boolean> {
    const turnAway = (state: PageSummary['state']) => {
      this.summary.state = state;
      this.watchForLateContent();
      return false;
    };
    if (!detectArticle(this.doc).isArticle) return turnAway('not-article');
    const prose = openingProse(this.doc);
    this.lastFingerprint = textFingerprint(prose);
    if (!mayReportEnforcement(prose)) return turnAway('not-enforcement');
    const title = this.doc.querySelector('h1')?.textContent?.trim() ?? null;
    const screening = await askBackground({ type: 'screen-article', text: prose, title });
    if (generation !== this.generation) return false;
    if (!screening.ok) throw new Error(screening.error);
    return screening.value.detected || turnAway(screening.value.disabled ? 'disabled' : 'not-enforcement');
  }

  /** For good (the extension was updated or removed): stop, and stop listening to the reader's settings. */
  dispose(): void {
    this.stop();
    this.unwatchSite?.();
    this.unwatchSite = null;
  }

  /**
   * The reader turns us off or on for this site from the popup. Watched only from the first page
   * that might be annotated: a page turned away never touches extension storage, whose first use
   * costs the page milliseconds.
   */
  private watchSiteSwitch(): void {
    this.unwatchSite ??= disabledSites().watch((sites) => {
      if ((sites ?? []).includes(location.hostname)) {
        this.stop();
        this.summary.state = 'disabled';
      } else if (this.summary.state === 'disabled') this.restart();
    });
  }

  /** Removes the overlay and every listener; the page is as the site made it. */
  stop(): void {
    this.generation++;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.eraseDrawing();
    if (this.host) {
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

  /**
   * Draws the badges and the panels. The badges in view are drawn before this returns, the rest a few
   * dozen per frame (see progressive-placement.ts); `placed` is called once every badge is.
   */
  private draw(article: ArticleText, speakers: ArticleSpeakers, everyMention: boolean, placed: () => void): void {
    // Read the layout before touching the DOM: positions first, then the writes.
    const placeStart = performance.now();
    const dark = pageIsDark(this.doc);
    const baseSize = overlayBaseSize(bodyParagraph(article.root));
    const plan = planBadges(article, speakers, everyMention);
    markForBenchmark('place', placeStart);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.eraseDrawing();
    this.host ??= createOverlayHost(this.doc, `${overlayCss}\n${kindRules()}`);

    const theme = this.doc.createElement('div');
    theme.className = dark ? 'sc-theme sc-dark' : 'sc-theme';
    theme.style.setProperty('--sc-base-size', `${baseSize}px`);
    const reach = (act: (control: CardControl) => void) => {
      if (drawing.control) act(drawing.control);
      else drawing.pending = act;
    };
    const drawing: Drawing = {
      badges: new BadgeLayer(this.doc, {
        press: (badge, trigger) => reach((control) => control.press(badge, trigger)),
        rest: (badge, trigger) => reach((control) => control.rest(badge, trigger)),
      }),
      panels: this.doc.createElement('div'),
      mounted: null,
      props: null,
      control: null,
      pending: null,
      placement: null,
    };
    // The events come with the enforcement reading, after the badges (see `run`).
    drawing.props = {
      events: [],
      inferred: null,
      loadCard,
      evidenceBoxes: (e) => evidenceBoxes(article, e),
      scrollToOffset: (offset) => scrollToOffset(article, offset),
      onDismissSite: () => void hideBannerOn(location.hostname),
      bindCardControl: (control) => {
        drawing.control = control;
        const pending = drawing.pending;
        drawing.pending = null;
        pending?.(control);
      },
      onCardChange: (key) => drawing.badges.setExpanded(key),
    };
    theme.append(drawing.badges.element, drawing.panels);
    this.drawing = drawing;
    // The badges in view now, the rest a batch per frame; after a reflow all of them again, each moved
    // or drawn, and those whose words are gone removed. A placement cut short by a reflow hands on what
    // waits for it to the one that replaces it.
    const whenPlaced: (() => void)[] = [];
    const place = (plan: PlacementPlan<BadgeModel>, then?: () => void) => {
      drawing.placement?.cancel();
      if (then) whenPlaced.push(then);
      const keep = new Set<string>();
      const put = (models: BadgeModel[]) => {
        for (const b of models) keep.add(b.key);
        drawing.badges.put(models);
      };
      drawing.badges.setBusy(true);
      put(plan.first);
      drawing.placement = plan.rest(
        put,
        () => {
          drawing.placement = null;
          drawing.badges.prune(keep);
          drawing.badges.setBusy(false);
          for (const callback of whenPlaced.splice(0)) callback();
        },
        nextFrame,
      );
    };
    place(plan, placed);
    // The first batch is built while the layer is not yet in the page: hundreds of insertions into a
    // detached tree, then one into the document (in Chromium the badges' insertions took 3.6 ms of the
    // 5,000-word article's drawing when made one by one into the page).
    this.host.container.append(theme);

    // Text reflows when the window or the page's fonts change size: put the badges back next to their words.
    let frame = 0;
    const reposition = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        place(planBadges(article, speakers, everyMention));
        if (drawing.props) drawing.mounted?.update(drawing.props); // evidence boxes move with the text
      });
    };
    let firstCallback = true; // a ResizeObserver reports the initial size at once: nothing moved yet
    const resizeObserver = new ResizeObserver(() => {
      if (firstCallback) firstCallback = false;
      else reposition();
    });
    resizeObserver.observe(article.root);
    window.addEventListener('resize', reposition);

    // The page changes theme after load (the system switches to dark, or the reader presses the site's
    // own dark-mode button): follow it once the page's styles have applied.
    let themeFrame = 0;
    const retheme = () => {
      cancelAnimationFrame(themeFrame);
      themeFrame = requestAnimationFrame(() => theme.classList.toggle('sc-dark', pageIsDark(this.doc)));
    };
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', retheme);
    const themeObserver = new MutationObserver(retheme);
    for (const el of [this.doc.documentElement, this.doc.body])
      if (el) themeObserver.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] });
    this.cleanups.push(() => {
      cancelAnimationFrame(frame);
      cancelAnimationFrame(themeFrame);
      resizeObserver.disconnect();
      window.removeEventListener('resize', reposition);
      scheme.removeEventListener('change', retheme);
      themeObserver.disconnect();
    });
  }

  /** The card and banner UI, once its script is in the page. */
  private mountPanels(): void {
    const drawing = this.drawing;
    const ui = registeredOverlayUi();
    if (!drawing || !drawing.props || drawing.mounted || !ui) return;
    drawing.mounted = ui.mount(drawing.panels, drawing.props);
  }

  private eraseDrawing(): void {
    const drawing = this.drawing;
    if (!drawing) return;
    drawing.placement?.cancel();
    drawing.mounted?.unmount();
    drawing.badges.destroy();
    drawing.panels.parentElement?.remove();
    this.drawing = null;
  }

  /**
   * Content that arrives later (lazy paragraphs, infinite scroll, a framework re-rendering the
   * article) is read again once the page has been quiet for a moment. Pages that were not articles
   * are looked at a few more times only, so a busy app page doesn't keep us working.
   */
  private watchForLateContent(): void {
    if (this.summary.state !== 'annotated' && this.lateChecks >= MAX_LATE_CHECKS) return;
    // Our own overlay changing is not the page changing.
    const ours = (target: Node) => !!this.host && (target === this.host.host || this.host.host.contains(target));
    this.cleanups.push(watchSettledChanges(this.doc, () => this.contentSettled(), ours));
  }

  private currentFingerprint(): string {
    if (this.annotatedRoot?.isConnected) return textFingerprint(this.annotatedRoot.textContent ?? '');
    return detectArticle(this.doc).isArticle ? textFingerprint(openingProse(this.doc)) : '';
  }

  private contentSettled(): void {
    const detached = this.summary.state === 'annotated' && !this.host?.host.isConnected;
    if (!detached && this.currentFingerprint() === this.lastFingerprint) return;
    if (this.summary.state !== 'annotated') this.lateChecks++;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (detached) this.host = null;
    void this.run().catch(reportFailure(this.summary));
  }
}

/**
 * The paragraph whose type stands for the article's body text: the longest of the first few, since the
 * first is often a rubric, a dateline or an "updated" line set smaller.
 */
function bodyParagraph(root: Element): Element {
  let best: Element = root;
  let bestLength = 0;
  const paragraphs = root.getElementsByTagName('p');
  for (let i = 0; i < Math.min(paragraphs.length, 8); i++) {
    const length = paragraphs[i]!.textContent?.length ?? 0;
    if (length > bestLength) [best, bestLength] = [paragraphs[i]!, length];
  }
  return best;
}

export function reportFailure(summary: PageSummary) {
  return (error: unknown) => {
    summary.state = 'error';
    // A warning, not an error: the page itself is fine, only our annotation is missing.
    console.warn('[Source Context] could not annotate this page:', error);
  };
}

function quotesBy(speakers: ArticleSpeakers, actor: ArticleSpeakers['actors'][number]) {
  return speakers.quotes.filter(
    (q) => q.speaker && (actor.entityId ? q.speaker.entityId === actor.entityId : !q.speaker.entityId && q.speaker.name === actor.name),
  );
}

/**
 * The badges of an analysis, in the order they are placed: from where the reader is, downwards, then
 * upwards. Reads the layout only.
 */
function planBadges(article: ArticleText, speakers: ArticleSpeakers, everyMention: boolean): PlacementPlan<BadgeModel> {
  const range = document.createRange();
  const quotesOf = new Map<ArticleSpeakers['actors'][number], ArticleSpeakers['quotes']>();
  const mentions = mentionsToBadge(article.text, speakers.actors, article.headingStarts, everyMention);
  const positionOf = (m: PlacedMention) => badgePosition(article, m.start, m.end, window, range);
  // From a quarter of a screen above the top: the line the reader is on may have started above it.
  const order = viewportFirstOrder(mentions.length, (i) => positionOf(mentions[i]!)?.y ?? null, window.scrollY - window.innerHeight / 4);
  return planPlacement(mentions, order, (m): BadgeModel | null => {
    const at = positionOf(m);
    if (!at) return null;
    let quotes = quotesOf.get(m.actor);
    if (!quotes) quotesOf.set(m.actor, (quotes = quotesBy(speakers, m.actor)));
    return {
      key: `${m.actor.entityId ?? m.actor.name}@${m.start}`,
      at: m.start,
      name: m.actor.name,
      kind: m.actor.kind,
      entityId: m.actor.entityId,
      quotedTimes: quotes.length,
      article: { description: m.actor.description, quotes: quotes.map((q) => ({ text: q.text, start: q.start })) },
      ...at,
    };
  });
}

/**
 * Just after the next frame is rendered: the batch before has been styled and laid out by then, so
 * reading positions costs nothing more, and each frame renders one batch.
 */
function nextFrame(callback: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

function evidenceBoxes(article: ArticleText, evidence: Span): Box[] {
  const range = rangeFor(article, evidence.start, evidence.end);
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

/**
 * Turns the article part of a page into plain text plus a map from text offsets back to DOM text nodes.
 * The analysis only ever sees the text; everything it returns is offsets, which `rangeFor` turns back
 * into DOM Ranges. Offsets map one to one onto text-node characters (whitespace inside a paragraph is
 * replaced by a space, never removed), so no per-character table is needed: a sorted list of node
 * segments and a binary search suffice.
 */

export interface TextSegment {
  node: Text;
  /** Offset in the article text where this node's data begins. */
  start: number;
}

export interface ArticleText {
  text: string;
  title: string | null;
  segments: TextSegment[];
  /** The element the text was taken from. */
  root: Element;
  /** Offsets where a subheading (h2–h4) begins: the article's own sections. */
  headingStarts: number[];
}

/** Parts of a page that are never the article's own prose. */
const BOILERPLATE =
  'nav, aside, footer, header, form, figure, figcaption, menu, dialog, button, select, textarea, noscript, script, style, template, svg, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden], [contenteditable=""], [contenteditable="true"], .related, .comments, .ad, .advertisement, .paywall, [aria-label="Advertisement"]';
const SKIP_TEXT_IN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG']);

/** The element that holds most of the page's paragraph text. */
export function findArticleRoot(doc: Document): Element {
  const declared = doc.querySelector('[itemprop="articleBody"]') ?? null;
  if (declared) return declared;
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length > 0) {
    // A live blog is a run of <article> entries under one parent: the story is all of them together.
    // Only where the page says it is one: lists of related-story teasers look the same.
    const siblings = new Map<Element, number>();
    if (isLiveBlog(doc))
      for (const a of articles) if (a.parentElement) siblings.set(a.parentElement, (siblings.get(a.parentElement) ?? 0) + 1);
    const candidates = [...articles, ...[...siblings].filter(([, n]) => n >= 3).map(([parent]) => parent)];
    return candidates.reduce((best, a) => (paragraphChars(a) > paragraphChars(best) ? a : best));
  }
  const main = doc.querySelector('main, [role="main"]');
  if (main && paragraphChars(main) > 0) return main;
  // Otherwise the parent that gathers the most paragraph characters.
  const weight = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (parent) weight.set(parent, (weight.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element = doc.body ?? doc.documentElement;
  let bestWeight = 0;
  for (const [el, w] of weight) if (w > bestWeight) [best, bestWeight] = [el, w];
  return best;
}

function isLiveBlog(doc: Document): boolean {
  if (doc.querySelector('[itemtype*="LiveBlogPosting"]')) return true;
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].some((s) => (s.textContent ?? '').includes('LiveBlogPosting'));
}

function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += p.textContent?.length ?? 0;
  return n;
}

const BLOCK_TAGS = new Set(['P', 'H2', 'H3', 'H4', 'BLOCKQUOTE', 'LI', 'PRE']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * One walk over the article root: boilerplate subtrees are skipped whole (one `matches` per element,
 * never a `closest` per text node), and the text of each outermost block is appended as a paragraph.
 */
export function extractArticleText(doc: Document, root: Element = findArticleRoot(doc)): ArticleText {
  const segments: TextSegment[] = [];
  const headingStarts: number[] = [];
  let text = '';
  let blockOpen = false;

  const visit = (el: Element, inBlock: boolean): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        if (!inBlock) continue;
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (!blockOpen) {
          // Blocks are separated by a blank line, as paragraphs are in a .txt article.
          if (text.length > 0) text += '\n\n';
          blockOpen = true;
        }
        segments.push({ node: child as Text, start: text.length });
        text += data.replace(/\s/g, ' ');
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        const tag = element.tagName.toUpperCase();
        if (SKIP_TEXT_IN.has(tag) || element.matches(BOILERPLATE)) continue;
        if (!inBlock && BLOCK_TAGS.has(tag)) {
          blockOpen = false;
          if (tag.startsWith('H')) headingStarts.push(text.length === 0 ? 0 : text.length + 2);
          visit(element, true);
          blockOpen = false;
        } else visit(element, inBlock);
      }
    }
  };
  visit(root, false);
  const title =
    doc.querySelector('h1')?.textContent?.trim() ||
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    doc.title.trim() ||
    null;
  return { text, title, segments, root, headingStarts };
}

/**
 * The DOM Range covering `[start, end)` of the article text, or null if the text changed under us.
 * Pass `reuse` to set an existing range instead of allocating one (hundreds of reads in a row).
 */
export function rangeFor(article: ArticleText, start: number, end: number, reuse?: Range): Range | null {
  const from = locate(article.segments, start, false);
  const to = locate(article.segments, end, true);
  if (!from || !to) return null;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = reuse ?? from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The node holding a text offset. A start offset belongs to the segment it falls inside; an end offset
 * to the segment it closes, so that a mention ending exactly at a node boundary stays in that node.
 */
function locate(segments: readonly TextSegment[], offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  // Last segment whose start is before the offset (strictly, for ends).
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const begins = segments[mid]!.start;
    if (isEnd ? begins < offset : begins <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const s = segments[found]!;
  const inside = offset - s.start;
  if (inside > s.node.data.length || (!isEnd && inside === s.node.data.length)) return null;
  return { node: s.node, offset: inside };
}

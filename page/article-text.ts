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
}

const BLOCKS = 'p, h2, h3, h4, blockquote, li, pre';
/** Parts of a page that are never the article's own prose. */
const BOILERPLATE =
  'nav, aside, footer, header, form, figure, figcaption, menu, dialog, button, select, textarea, noscript, script, style, template, svg, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"], [aria-hidden="true"], [hidden], [contenteditable=""], [contenteditable="true"], .related, .comments, .ad, .advertisement';
// NodeFilter's values, spelled out: the adapter also runs on DOMs (happy-dom in the CLI) without that global.
const SHOW_TEXT = 4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;
const SKIP_TEXT_IN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG']);

/** The element that holds most of the page's paragraph text. */
export function findArticleRoot(doc: Document): Element {
  const declared = doc.querySelector('[itemprop="articleBody"]') ?? null;
  if (declared) return declared;
  const articles = [...doc.querySelectorAll('article')];
  if (articles.length > 0) return articles.reduce((best, a) => (paragraphChars(a) > paragraphChars(best) ? a : best));
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

function paragraphChars(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) n += p.textContent?.length ?? 0;
  return n;
}

function isBoilerplate(el: Element, root: Element): boolean {
  const hit = el.closest(BOILERPLATE);
  return hit !== null && (hit === root || root.contains(hit));
}

export function extractArticleText(doc: Document, root: Element = findArticleRoot(doc)): ArticleText {
  const segments: TextSegment[] = [];
  let text = '';
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    // Outermost blocks only (a <p> inside a <blockquote> is read once, as part of the quote) …
    (b) => !b.parentElement?.closest(BLOCKS) || !root.contains(b.parentElement.closest(BLOCKS)),
  );
  for (const block of blocks) {
    if (isBoilerplate(block, root)) continue;
    const walker = doc.createTreeWalker(block, SHOW_TEXT, {
      acceptNode(node) {
        const parent = node.parentElement;
        if (!parent || SKIP_TEXT_IN.has(parent.tagName.toUpperCase())) return FILTER_REJECT;
        if (parent !== block && parent.closest(BOILERPLATE) && block.contains(parent.closest(BOILERPLATE))) return FILTER_REJECT;
        return FILTER_ACCEPT;
      },
    });
    // Blocks are separated by a blank line, as paragraphs are in a .txt article.
    let separated = text.length === 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.data.length === 0) continue;
      if (!separated) {
        text += '\n\n';
        separated = true;
      }
      segments.push({ node, start: text.length });
      text += node.data.replace(/\s/g, ' ');
    }
  }
  const title = doc.querySelector('h1')?.textContent?.trim() || doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || doc.title.trim() || null;
  return { text, title, segments, root };
}

/** The DOM Range covering `[start, end)` of the article text, or null if the text changed under us. */
export function rangeFor(article: ArticleText, start: number, end: number): Range | null {
  const from = locate(article.segments, start, false);
  const to = locate(article.segments, end, true);
  if (!from || !to) return null;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = from.node.ownerDocument.createRange();
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

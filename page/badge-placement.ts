/**
 * Which mentions get a badge, and where on the page each badge goes. Badges are drawn in the overlay,
 * not inserted into the text: the article's DOM, text and layout stay exactly as the site made them.
 */
import type { Actor } from '../analysis/analyze-article';
import { rangeFor, type ArticleText } from './article-text';

export interface PlacedMention {
  actor: Actor;
  start: number;
  end: number;
}

/** The first mention of each actor in each paragraph: enough to find them, few enough to read past. */
export function mentionsToBadge(text: string, actors: readonly Actor[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  const breaks: number[] = [];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) breaks.push(at);
  for (const actor of actors) {
    let lastParagraph = -1;
    for (const m of actor.mentions) {
      const paragraph = paragraphIndex(breaks, m.start);
      if (paragraph === lastParagraph) continue;
      lastParagraph = paragraph;
      out.push({ actor, start: m.start, end: m.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Paragraphs are separated by "\n\n"; a paragraph's index is the number of separators before it. */
function paragraphIndex(breaks: readonly number[], offset: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface BadgePosition {
  x: number;
  y: number;
}

/**
 * Page coordinates for a badge at the end of the mention, raised like a superscript so that it sits in
 * the gap above the line rather than on the next word; null if the mention is not rendered.
 */
export function badgePosition(article: ArticleText, start: number, end: number, view: Window): BadgePosition | null {
  const range = rangeFor(article, start, end);
  if (!range) return null;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1];
  if (!last || (last.width === 0 && last.height === 0)) return null;
  const raise = Math.min(10, last.height * 0.45);
  return { x: last.right + view.scrollX - 2, y: last.top + view.scrollY - raise };
}

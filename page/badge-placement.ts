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

/** A long run of paragraphs without a subheading counts as a new section every this many paragraphs. */
export const PARAGRAPHS_PER_SECTION = 4;

/**
 * The first mention of each actor in each section of the article (between subheadings, and at most
 * a few paragraphs long): enough to find every actor where the reader is, few enough to read past.
 * With `everyMention`, every mention gets its badge.
 */
export function mentionsToBadge(
  text: string,
  actors: readonly Actor[],
  headingStarts: readonly number[] = [],
  everyMention = false,
): PlacedMention[] {
  const out: PlacedMention[] = [];
  const breaks: number[] = [];
  for (let at = text.indexOf('\n\n'); at >= 0; at = text.indexOf('\n\n', at + 2)) breaks.push(at);
  const sectionOf = (offset: number) => {
    const paragraph = countBefore(breaks, offset);
    const heading = countBefore(headingStarts, offset + 1);
    const sinceHeading = heading === 0 ? paragraph : paragraph - countBefore(breaks, headingStarts[heading - 1]!);
    return `${heading}:${Math.floor(sinceHeading / PARAGRAPHS_PER_SECTION)}`;
  };
  for (const actor of actors) {
    let lastSection = '';
    for (const m of actor.mentions) {
      const section = sectionOf(m.start);
      if (!everyMention && section === lastSection) continue;
      lastSection = section;
      out.push({ actor, start: m.start, end: m.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** How many of the sorted offsets lie before `offset`. */
function countBefore(breaks: readonly number[], offset: number): number {
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
export function badgePosition(article: ArticleText, start: number, end: number, view: Window, reuse?: Range): BadgePosition | null {
  // The mention's last character: where a wrapped name ends, and one box to measure instead of several.
  const range = rangeFor(article, Math.max(start, end - 1), end, reuse);
  if (!range) return null;
  const last = range.getBoundingClientRect();
  if (last.width === 0 && last.height === 0) return null;
  const raise = Math.min(10, last.height * 0.45);
  return { x: last.right + view.scrollX - 2, y: last.top + view.scrollY - raise };
}

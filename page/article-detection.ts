/**
 * Is this page a news article? Cheap signals first, so that the vast majority of pages (search results,
 * shops, mail, apps) are turned away after a handful of DOM reads and before any text is touched.
 */

export type ArticleSignal = 'json-ld' | 'og-article' | 'article-element' | 'paragraph-density';

export interface ArticleDecision {
  isArticle: boolean;
  signal: ArticleSignal | null;
  /** Why the page was turned away, for the CLI report and for debugging. */
  reason: string;
}

const NEWS_TYPES =
  /"@type"\s*:\s*(\[[^\]]*)?"(News|Reportage|Analysis|Opinion|Report|Background|Review)?Article"|"@type"\s*:\s*"(BlogPosting|LiveBlogPosting)"/;
const MIN_PARAGRAPHS = 3;
/** Without article markup, this many paragraphs make a page prose enough to read. */
const DENSE_PARAGRAPHS = 8;

export function detectArticle(doc: Document): ArticleDecision {
  // og:type sits in <head> on nearly every news site: found after a few elements, no walk of the body.
  const head = doc.head;
  const ogType = head?.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return { isArticle: true, signal: 'og-article', reason: 'og:type is article' };
  // Live collections walk the tree only as far as they are read: `item(2)` stops at the third paragraph,
  // where `.length` would walk the whole page.
  const paragraphs = doc.getElementsByTagName('p');
  if (!paragraphs.item(MIN_PARAGRAPHS - 1)) return { isArticle: false, signal: null, reason: `fewer than ${MIN_PARAGRAPHS} paragraphs` };
  if (head && declaresArticle(head)) return { isArticle: true, signal: 'json-ld', reason: 'JSON-LD declares an article' };
  // An <article> usually comes early in the body; JSON-LD there means a walk of the whole body.
  const article = doc.getElementsByTagName('article').item(0);
  if (article?.getElementsByTagName('p').item(MIN_PARAGRAPHS - 1)) {
    return { isArticle: true, signal: 'article-element', reason: '<article> with paragraphs' };
  }
  const body = doc.body;
  if (body && declaresArticle(body)) return { isArticle: true, signal: 'json-ld', reason: 'JSON-LD declares an article' };
  if (paragraphs.item(DENSE_PARAGRAPHS - 1))
    return { isArticle: true, signal: 'paragraph-density', reason: `${DENSE_PARAGRAPHS}+ paragraphs` };
  return { isArticle: false, signal: null, reason: 'no article markup and few paragraphs' };
}

/** Whether a JSON-LD block under `scope` declares a news article or blog post. */
function declaresArticle(scope: Element): boolean {
  for (const script of scope.querySelectorAll('script[type="application/ld+json"]')) {
    // Some sites put hundreds of kilobytes of JSON-LD in a page: a plain substring search rules most out.
    const json = script.textContent ?? '';
    if ((json.includes('Article') || json.includes('BlogPosting')) && NEWS_TYPES.test(json)) return true;
  }
  return false;
}

/** Paragraphs shorter than this are captions, bylines, share buttons and teasers, not prose. */
const MIN_PROSE_CHARS = 25;

/**
 * How much of the story the first look reads. A story about a ban or a takedown says so in its headline,
 * standfirst or first paragraphs; an article that only mentions one further down is not about it. The
 * cost of the look then stays the same however long the page is. (The detector itself wants an act in the
 * first 8 sentences, and the model reads 1,500 characters. Measured 2026-12-05 on the 34 labelled sets:
 * 2,500 characters turn away no positive that 4,000 kept, 1,500 turn away 4; on the 292 corpus pages 8
 * openings pass the prefilter instead of 17, and a cold prefilter costs 13% less at p95.)
 */
export const LEDE_CHARS = 2500;

/**
 * The opening prose of the page, for the first cheap look at what it reports: the headline and
 * description from <head>, then the text of the first paragraphs (`<p>` only: no scripts, no
 * navigation lists) of the main element or the body, up to `LEDE_CHARS`.
 * Working out which element really holds the article costs more and waits until this text
 * suggests enforcement.
 */
export function ledeText(doc: Document, maxChars: number = LEDE_CHARS): string {
  const head = doc.head;
  const description = head?.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '';
  const parts = [doc.title, description];
  let length = 0;
  // Live collections walk the tree only as far as they are read: to the first <main>, and through the
  // paragraphs until enough text is in (never `.length`, which would walk them all).
  const scope = doc.getElementsByTagName('main').item(0) ?? doc.body ?? doc.documentElement;
  const paragraphs = scope.getElementsByTagName('p');
  for (let i = 0, p = paragraphs.item(0); p && length < maxChars; p = paragraphs.item(++i)) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PROSE_CHARS) continue;
    // One paragraph can hold megabytes: the opening never grows past its length.
    const kept = text.length > maxChars - length ? text.slice(0, maxChars - length) : text;
    parts.push(kept);
    length += kept.length;
  }
  return parts.join('\n\n');
}

/** Less opening prose than this on an article page means the story is not set in <p> elements. */
const MIN_PROSE_FOR_HINT = 600;

/** The opening prose of the page; for a site that sets its story in <div>s, its <article> element's text too. */
export function openingProse(doc: Document): string {
  const prose = ledeText(doc, LEDE_CHARS);
  if (prose.length >= MIN_PROSE_FOR_HINT) return prose;
  // Not the body's text: on such pages it can hold megabytes of inline script.
  const article = doc.getElementsByTagName('article').item(0);
  return article ? `${prose}\n\n${(article.textContent ?? '').slice(0, LEDE_CHARS)}` : prose;
}

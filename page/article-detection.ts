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

export function detectArticle(doc: Document): ArticleDecision {
  // A live collection: its length costs one walk of the tree, and `pageParagraphText` reuses it.
  const paragraphs = doc.getElementsByTagName('p').length;
  if (paragraphs < MIN_PARAGRAPHS) return { isArticle: false, signal: null, reason: `only ${paragraphs} paragraph(s)` };
  // og:type sits in <head> on nearly every news site: found after a few elements, no walk of the body.
  const ogType = (doc.head ?? doc).querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return { isArticle: true, signal: 'og-article', reason: 'og:type is article' };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (NEWS_TYPES.test(script.textContent ?? '')) return { isArticle: true, signal: 'json-ld', reason: 'JSON-LD declares an article' };
  }
  const article = doc.querySelector('article');
  if (article && article.getElementsByTagName('p').length >= MIN_PARAGRAPHS) {
    return { isArticle: true, signal: 'article-element', reason: '<article> with paragraphs' };
  }
  if (paragraphs >= 8) return { isArticle: true, signal: 'paragraph-density', reason: `${paragraphs} paragraphs` };
  return { isArticle: false, signal: null, reason: 'no article markup and few paragraphs' };
}

/** Paragraphs shorter than this are captions, bylines, share buttons and teasers, not prose. */
const MIN_PROSE_CHARS = 25;

/**
 * How much of the story the first look reads. A story about a ban or a takedown says so in its headline,
 * standfirst or first paragraphs; an article that only mentions one further down is not about it. The
 * cost of the look then stays the same however long the page is.
 */
export const LEDE_CHARS = 4000;

/**
 * The opening prose of the page, for the first cheap look at what it reports: the headline and
 * description from <head>, then the text of the first paragraphs (`<p>` only: no scripts, no
 * navigation lists) of the declared article body, the main element or the body, up to `LEDE_CHARS`.
 * Working out which element really holds the article costs more and waits until this text
 * suggests enforcement.
 */
export function ledeText(doc: Document, maxChars: number = LEDE_CHARS): string {
  const head = doc.head;
  const description = head?.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? '';
  const parts = [doc.title, description];
  let length = 0;
  const scope = doc.querySelector('[itemprop="articleBody"]') ?? doc.querySelector('main') ?? doc.body ?? doc.documentElement;
  for (const p of scope.getElementsByTagName('p')) {
    const text = p.textContent ?? '';
    if (text.length < MIN_PROSE_CHARS) continue;
    parts.push(text);
    length += text.length;
    if (length >= maxChars) break;
  }
  return parts.join('\n\n');
}

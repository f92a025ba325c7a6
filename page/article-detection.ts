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
  // A live collection: its length is cheap and reading it does not walk the text.
  const paragraphs = doc.getElementsByTagName('p').length;
  if (paragraphs < MIN_PARAGRAPHS) return { isArticle: false, signal: null, reason: `only ${paragraphs} paragraph(s)` };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (NEWS_TYPES.test(script.textContent ?? '')) return { isArticle: true, signal: 'json-ld', reason: 'JSON-LD declares an article' };
  }
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return { isArticle: true, signal: 'og-article', reason: 'og:type is article' };
  const article = doc.querySelector('article');
  if (article && article.getElementsByTagName('p').length >= MIN_PARAGRAPHS) {
    return { isArticle: true, signal: 'article-element', reason: '<article> with paragraphs' };
  }
  if (paragraphs >= 8) return { isArticle: true, signal: 'paragraph-density', reason: `${paragraphs} paragraphs` };
  return { isArticle: false, signal: null, reason: 'no article markup and few paragraphs' };
}

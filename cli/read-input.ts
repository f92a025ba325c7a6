/**
 * Turning one input file into analysable text: a `.txt` article as it is (first line the headline),
 * an `.html` page through the same DOM adapter the extension uses, on happy-dom.
 */
import { Window } from 'happy-dom';
import { detectArticle } from '../page/article-detection';
import { extractArticleText } from '../page/article-text';

export interface ArticleInput {
  title: string | null;
  isArticle: boolean;
  text: string;
}

export class InputError extends Error {}

export function readTextArticle(content: string): ArticleInput {
  if (content.trim().length === 0) throw new InputError('the file is empty');
  const firstLine = content.split('\n', 1)[0]!.trim();
  return { title: firstLine || null, isArticle: true, text: content };
}

export function readHtmlPage(html: string, url = 'http://localhost/'): ArticleInput {
  if (html.trim().length === 0) throw new InputError('the file is empty');
  if (!/<(html|body|head|p|div|article)\b/i.test(html)) throw new InputError('no HTML markup found');
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const decision = detectArticle(doc);
    const article = extractArticleText(doc);
    return { title: article.title, isArticle: decision.isArticle, text: article.text };
  } finally {
    void window.happyDOM.close();
  }
}

/** Binary files have NUL bytes early on; text never does. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

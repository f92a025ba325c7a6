// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectArticle, ledeText } from '../../page/article-detection';
import { extractArticleText, rangeFor } from '../../page/article-text';
import { mentionsToBadge } from '../../page/badge-placement';

const ARTICLE = `
  <header><nav><p>World</p><p>Tech</p></nav></header>
  <main>
    <article>
      <header><h1>Platform removes accounts</h1><p class="byline">By A Reporter</p></header>
      <div class="body">
        <p>The company said on <b>Tuesday</b> it removed the network.</p>
        <figure><img alt=""><figcaption>Caption text about Meta.</figcaption></figure>
        <p>"We acted quickly," a spokesperson   said.
        </p>
        <aside><p>Read also: another story</p></aside>
        <blockquote><p>A quoted passage.</p></blockquote>
        <p>Third paragraph with <a href="#">a link</a>.</p>
      </div>
      <footer><p>Share this</p></footer>
    </article>
  </main>`;

describe('article text extraction', () => {
  beforeEach(() => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = ARTICLE;
  });

  it('takes the article paragraphs and leaves navigation, captions, asides and footers out', () => {
    const article = extractArticleText(document);
    expect(article.text).toBe(
      'The company said on Tuesday it removed the network.\n\n"We acted quickly," a spokesperson   said.         \n\nA quoted passage.\n\nThird paragraph with a link.',
    );
    expect(article.title).toBe('Platform removes accounts');
  });

  it('maps every offset back to the DOM text it came from', () => {
    const article = extractArticleText(document);
    for (const word of ['Tuesday', 'company', 'spokesperson', 'quoted passage', 'a link', 'network.']) {
      const start = article.text.indexOf(word);
      const range = rangeFor(article, start, start + word.length);
      expect(range?.toString(), word).toBe(word);
    }
  });

  it('returns no range once the page removed the text', () => {
    const article = extractArticleText(document);
    document.querySelector('.body')!.remove();
    expect(rangeFor(article, 0, 5)).toBeNull();
  });

  it('recognizes the article from its og:type', () => {
    expect(detectArticle(document)).toMatchObject({ isArticle: true, signal: 'og-article' });
  });

  it('turns away a page with hardly any paragraphs before reading anything else', () => {
    document.head.innerHTML = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
    document.body.innerHTML = '<div>Search results</div><p>One</p>';
    expect(detectArticle(document)).toMatchObject({ isArticle: false, reason: 'fewer than 3 paragraphs' });
  });

  it('recognizes JSON-LD news articles', () => {
    document.head.innerHTML =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x"}</script>';
    expect(detectArticle(document)).toMatchObject({ isArticle: true, signal: 'json-ld' });
  });
});

describe('which mentions get a badge', () => {
  const meta = (text: string) => ({
    name: 'Meta',
    entityId: 'meta',
    kind: 'company',
    quoted: false,
    description: null,
    mentions: [...text.matchAll(/Meta/g)].map((m) => ({ start: m.index, end: m.index + 4 })),
  });

  it('badges the first mention of an actor in each section of a few paragraphs', () => {
    const text = ['Meta said. Meta added.', 'Then Meta again.', 'p3', 'p4', 'Meta in the fifth paragraph.'].join('\n\n');
    const starts = mentionsToBadge(text, [meta(text)]).map((m) => m.start);
    expect(starts).toEqual([0, text.indexOf('Meta in the fifth')]);
  });

  it('starts a new section at every subheading', () => {
    const text = ['Meta said.', 'A subheading', 'Meta again.'].join('\n\n');
    const heading = text.indexOf('A subheading');
    expect(mentionsToBadge(text, [meta(text)], [heading]).map((m) => m.start)).toEqual([0, text.indexOf('Meta again')]);
  });

  it('badges every mention when asked to', () => {
    const text = 'Meta said. Meta added.';
    expect(mentionsToBadge(text, [meta(text)], [], true)).toHaveLength(2);
  });
});

describe('the first, cheap look at a page', () => {
  it('reads the headline, the description and the opening paragraphs, and leaves out short ones and non-paragraph text', () => {
    document.head.innerHTML = '<title>Channel suspended</title><meta name="description" content="The platform acted on Monday.">';
    document.body.innerHTML = `
      <script>var removed = "banned by Facebook";</script>
      <ul><li>Menu: Facebook bans</li></ul>
      <p>Share</p>
      <p>The platform suspended the channel on Monday, a spokesperson said.</p>
      <div><p>Officials said the order would be appealed in court this week.</p></div>`;
    expect(ledeText(document)).toBe(
      'Channel suspended\n\nThe platform acted on Monday.\n\nThe platform suspended the channel on Monday, a spokesperson said.\n\nOfficials said the order would be appealed in court this week.',
    );
  });

  it('stops reading once it has the opening, however long the page', () => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<main>' + '<p>Forty characters of ordinary article text.</p>'.repeat(500) + '</main>';
    const lede = ledeText(document, 400);
    expect(lede.length).toBeLessThan(600);
    expect(lede.length).toBeGreaterThanOrEqual(400);
  });

  it("cuts a single enormous paragraph at the opening's length", () => {
    document.head.innerHTML = '';
    document.body.innerHTML = `<main><p>${'A hostile page can put megabytes in one paragraph. '.repeat(20_000)}</p></main>`;
    expect(ledeText(document, 400).length).toBeLessThanOrEqual(400 + 4);
  });

  it('takes og:type from the head before walking the body', () => {
    document.head.innerHTML = '<meta property="og:type" content="article">';
    document.body.innerHTML = '<p>one</p><p>two</p><p>three</p>';
    expect(detectArticle(document)).toMatchObject({ isArticle: true, signal: 'og-article' });
  });
});

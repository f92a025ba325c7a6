/**
 * A 5,000-word enforcement article for the benchmark and the end-to-end tests: the seed article's body
 * repeated, served at LONG_ARTICLE_PATH by the fixture server. The paragraph halfway down has the id
 * "middle", so that `#middle` opens the page scrolled to it, as a reader arriving from a link would.
 */
export const LONG_ARTICLE_PATH = '/generated/long-article.html';

/**
 * With `?watch`, the page keeps what it saw when the overlay first appeared: where it was scrolled and
 * where the first badges were drawn (window.__firstBadges), for the test that the badges in view come
 * first. The bench loads the page without it: reading positions costs the page time.
 */
const WATCH_FIRST_BADGES = `<script>
new MutationObserver((_, observer) => {
  const badges = document.querySelector('source-context-overlay')?.shadowRoot?.querySelectorAll('.sc-badge');
  if (!badges?.length) return;
  observer.disconnect();
  window.__firstBadges = { scrollY, innerHeight, ys: [...badges].map((b) => b.getBoundingClientRect().top + scrollY) };
}).observe(document.documentElement, { childList: true });
</script>`;

/** A page of tests/fixtures/pages with its story body repeated to at least `minWords` words. */
export function longArticleHtml(seedHtml: string, { minWords = 5000, watch = false } = {}): string {
  const open = seedHtml.indexOf('<div class="story-body"');
  if (open < 0) throw new Error('the seed page has no <div class="story-body">');
  const body = seedHtml.slice(open, seedHtml.indexOf('</div>', open));
  const paragraphs = [...body.matchAll(/<p>[\s\S]*?<\/p>/g)].map((m) => m[0]);
  const words = paragraphs.join(' ').split(/\s+/).length;
  const repeated = Array.from({ length: Math.ceil(minWords / words) }, () => paragraphs).flat();
  const middle = Math.floor(repeated.length / 2);
  repeated[middle] = repeated[middle]!.replace('<p>', '<p id="middle">');
  const page = seedHtml.replace(body, `<div class="story-body" itemprop="articleBody">\n${repeated.join('\n')}`);
  return watch ? page.replace('</head>', `${WATCH_FIRST_BADGES}\n</head>`) : page;
}

// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleSpeakers } from '../../analysis/analyze-article';
import type { EnforcementResult } from '../../analysis/enforcement';
import type { OverlayProps } from '../../components/Overlay';
import { registerOverlayUi } from '../../components/overlay-ui';
import { DEFAULT_SITE_SETTINGS, type PageSpeakers, type PageSummary, type Result } from '../../messaging/protocol';
import { extractArticleText, findArticleRoot } from '../../page/article-text';
import { HOST_TAG } from '../../page/overlay-host';

// The browser's side is not here: the overlay UI script counts as injected, and the reader's settings never change.
vi.mock('../../messaging/ask-background', () => ({ askBackground: vi.fn(async () => ({ ok: true, value: null })) }));
vi.mock('../../settings/site-preferences', () => ({
  disabledSites: () => ({ watch: () => () => {} }),
  hideBannerOn: async () => {},
}));

const { PageAnnotator } = await import('../../entrypoints/annotator/page-annotator');

const STORY = 'Gamma Chat removed the channels of the Harbor Front on Monday, citing its rules on incitement.';

/** The speakers of STORY: one actor, the platform, mentioned once. */
function speakersOf(text: string): ArticleSpeakers {
  const start = text.indexOf('Gamma Chat');
  return {
    quotes: [],
    actors: [
      {
        name: 'Gamma Chat',
        entityId: 'gamma-chat',
        kind: 'platform',
        quoted: false,
        description: null,
        mentions: [{ start, end: start + 10 }],
      },
    ],
  };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const reading = (detected: boolean): Result<EnforcementResult> => ({
  ok: true,
  value: {
    detected,
    score: detected ? 3 : 0,
    events: detected
      ? [
          {
            platform: 'Gamma Chat',
            platformId: 'gamma-chat',
            action: 'removed',
            target: 'the channels of the Harbor Front',
            policy: null,
            policyId: null,
            orderedBy: null,
            evidence: { start: 0, end: STORY.length },
          },
        ]
      : [],
  },
});

describe('the annotator with the background’s two readings', () => {
  let mounted: OverlayProps[];

  beforeEach(() => {
    document.body.innerHTML = `<article><h1>Channels removed</h1><p>${STORY}</p><p>Officials said nothing more on Monday.</p></article>`;
    mounted = [];
    registerOverlayUi({
      mount: (_container, props) => {
        mounted.push(props);
        return { update: (p) => mounted.push(p), unmount: () => {} };
      },
    });
  });
  afterEach(() => vi.restoreAllMocks());

  async function start() {
    const summary: PageSummary = { url: location.href, state: 'working', actors: [] };
    const annotator = new PageAnnotator(document, summary);
    const article = extractArticleText(document, findArticleRoot(document));
    const speakers = Promise.resolve<Result<PageSpeakers>>({
      ok: true,
      value: { speakers: speakersOf(article.text), settings: DEFAULT_SITE_SETTINGS },
    });
    const enforcement = deferred<Result<EnforcementResult>>();
    const running = annotator.run({ headStart: { article, speakers, enforcement: enforcement.promise } });
    // The speakers are in; the enforcement reading is not yet.
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { summary, annotator, enforcement, running };
  }

  it('puts the overlay up from the speakers alone, and fills the banner when the enforcement reading comes', async () => {
    const { summary, enforcement, running, annotator } = await start();
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    expect(summary.state).toBe('working');
    expect(mounted).toEqual([]);
    enforcement.resolve(reading(true));
    await running;
    expect(summary.state).toBe('annotated');
    expect(summary.actors).toEqual([{ id: 'gamma-chat', name: 'Gamma Chat', kind: 'platform', mentions: 1, quoted: 0 }]);
    expect(mounted.at(-1)?.events).toEqual([expect.objectContaining({ platform: 'Gamma Chat', action: 'removed' })]);
    annotator.dispose();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('takes the overlay down again if the whole article overrules its opening', async () => {
    const { summary, enforcement, running } = await start();
    expect(document.querySelector(HOST_TAG)).not.toBeNull();
    enforcement.resolve(reading(false));
    await running;
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(summary.state).toBe('not-enforcement');
    expect(mounted).toEqual([]);
    // The page's own text is as the site wrote it.
    expect(document.querySelector('article p')?.textContent).toBe(STORY);
  });
});

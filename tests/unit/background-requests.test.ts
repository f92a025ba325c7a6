import { describe, expect, it } from 'vitest';
import { ActorMatcher } from '../../analysis/actor-matcher';
import { isStale } from '../../background/card-lookup';
import { handleBackgroundRequest as handleMaybeLater, type BackgroundDeps, type SenderFrame } from '../../background/handle-request';
import { compileCardMatcher, compileCardStore } from '../../cards/compile';
import type { Card } from '../../cards/schema';
import type { EnforcementResult } from '../../analysis/enforcement';
import type { PageSpeakers } from '../../messaging/protocol';

const card = (id: string, name: string, reviewed = '2026-10-01', related: Card['related'] = []): Card => ({
  id,
  kind: 'ngo',
  name,
  aliases: [],
  summary: `${name} is a test organization for the request handler.`,
  summarySources: ['s'],
  facts: [],
  related,
  sources: { s: { url: 'https://example.org/', title: 'Example', accessed: '2026-10-01' } },
  reviewed,
});
const cards = [
  card('alpha-org', 'Alpha Org', '2026-10-01', [{ id: 'beta-org', relation: 'see-also' }]),
  card('beta-org', 'Beta Org', '2024-01-01'),
];
const injected: { script: string; target: SenderFrame }[] = [];
const deps: BackgroundDeps = {
  store: () => compileCardStore(cards, '2026-11-23'),
  matcher: () => new ActorMatcher(compileCardMatcher(cards)),
  now: () => new Date('2026-11-23T12:00:00Z'),
  injectScript: async (script, target) => {
    injected.push({ script, target });
  },
  siteDisabled: async (hostname) => hostname === 'off.example',
  displaySettings: async (hostname) => ({ bannerHidden: hostname === 'quiet.example', everyMention: false }),
};

/** Every request but `load-script` is answered at once. */
function handleBackgroundRequest(message: unknown, d: BackgroundDeps) {
  const answer = handleMaybeLater(message, d);
  if (answer instanceof Promise) throw new Error('expected an immediate answer');
  return answer;
}

describe('background request handling', () => {
  it('serves cards by batch, marks stale ones, and answers unknown ids with "no card"', () => {
    const result = handleBackgroundRequest({ type: 'get-cards', ids: ['alpha-org', 'beta-org', 'nobody'] }, deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      expect.objectContaining({ id: 'alpha-org', found: true, stale: false, relatedNames: { 'beta-org': 'Beta Org' } }),
      expect.objectContaining({ id: 'beta-org', found: true, stale: true }),
      { id: 'nobody', found: false },
    ]);
  });

  it('does not serve inherited object properties as cards', () => {
    const result = handleBackgroundRequest({ type: 'get-cards', ids: ['constructor', 'to-string'] }, deps);
    expect(result).toEqual({
      ok: true,
      value: [
        { id: 'constructor', found: false },
        { id: 'to-string', found: false },
      ],
    });
  });

  it('reads the actors of an article with their offsets', () => {
    const text = 'Researchers at Alpha Org said so.';
    const result = handleBackgroundRequest({ type: 'read-speakers', text }, deps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { speakers, settings } = result.value as PageSpeakers;
    // An extension page has no site: the defaults.
    expect(settings).toEqual({ disabled: false, bannerHidden: false, everyMention: false });
    const [actor] = speakers.actors;
    expect(actor?.entityId).toBe('alpha-org');
    expect(text.slice(actor!.mentions[0]!.start, actor!.mentions[0]!.end)).toBe('Alpha Org');
  });

  it('reads the enforcement of the whole article, with its events, apart from its speakers', () => {
    const withPlatform = [...cards, { ...card('gamma-chat', 'Gamma Chat'), kind: 'platform' as const }];
    const platformDeps = { ...deps, matcher: () => new ActorMatcher(compileCardMatcher(withPlatform)) };
    const text = 'Gamma Chat removed the channels of Alpha Org on Monday for violating its rules on incitement.';
    const result = handleBackgroundRequest({ type: 'read-enforcement', text, title: null }, platformDeps);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reading = result.value as EnforcementResult;
    expect(reading.detected).toBe(true);
    expect(reading.events[0]).toMatchObject({ platform: 'Gamma Chat', action: 'removed' });
    expect(reading).not.toHaveProperty('actors');
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'get-cards'],
    ['an unknown type', { type: 'drop-tables' }],
    ['ids that are not ids', { type: 'get-cards', ids: ['../etc/passwd'] }],
    ['an empty batch', { type: 'get-cards', ids: [] }],
    ['a batch too large', { type: 'get-cards', ids: Array.from({ length: 201 }, (_, i) => `id-${i}`) }],
    ['extra fields', { type: 'get-cards', ids: ['alpha-org'], admin: true }],
    ['text that is not a string', { type: 'read-speakers', text: 42 }],
    ['text over the limit', { type: 'read-speakers', text: 'a'.repeat(400_001) }],
    ['a title where the speakers take none', { type: 'read-speakers', text: 'a', title: null }],
    ['a title that is not a string', { type: 'read-enforcement', text: 'a', title: 7 }],
  ])('refuses %s with a clear error', (_what, message) => {
    const result = handleBackgroundRequest(message, deps);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^malformed request: /);
  });
});

describe('screening a page', () => {
  const report = 'Gone\n\nAlpha Org said the service removed the accounts of the group.';

  it('tells a page on a site the reader turned off to stop, without reading its text', async () => {
    let analyzed = false;
    const watching = { ...deps, matcher: () => ((analyzed = true), deps.matcher()) };
    const off = handleMaybeLater({ type: 'screen-article', text: report, title: null }, watching, {
      tabId: 2,
      url: 'https://off.example/news/1',
    });
    await expect(off).resolves.toEqual({ ok: true, value: { detected: false, score: 0, disabled: true } });
    expect(analyzed).toBe(false);
  });

  it('screens a page on any other site, and a question from an extension page at once', async () => {
    const on = await handleMaybeLater({ type: 'screen-article', text: report, title: null }, deps, {
      tabId: 2,
      url: 'https://on.example/a',
    });
    expect(on).toMatchObject({ ok: true, value: { disabled: false } });
    expect(handleBackgroundRequest({ type: 'screen-article', text: report, title: null }, deps)).toMatchObject({
      ok: true,
      value: { disabled: false },
    });
  });

  it("screens as usual when the reader's settings can't be read", async () => {
    const unreadable = { ...deps, siteDisabled: () => Promise.reject(new Error('storage unavailable')) };
    const answer = await handleMaybeLater({ type: 'screen-article', text: report, title: null }, unreadable, {
      url: 'https://off.example/',
    });
    expect(answer).toMatchObject({ ok: true, value: { disabled: false } });
  });
});

describe("reading a page's speakers", () => {
  const text = 'Researchers at Alpha Org said so.';

  it("returns the reader's settings for the page's site with the speakers", async () => {
    const quiet = await handleMaybeLater({ type: 'read-speakers', text }, deps, {
      tabId: 2,
      url: 'https://quiet.example/a',
    });
    expect(quiet).toMatchObject({ ok: true, value: { settings: { disabled: false, bannerHidden: true, everyMention: false } } });
    const off = await handleMaybeLater({ type: 'read-speakers', text }, deps, { tabId: 2, url: 'https://off.example/a' });
    expect(off).toMatchObject({ ok: true, value: { settings: { disabled: true } } });
  });

  it("answers with the default settings when they can't be read", async () => {
    const unreadable = { ...deps, displaySettings: () => Promise.reject(new Error('storage unavailable')) };
    const answer = await handleMaybeLater({ type: 'read-speakers', text }, unreadable, { url: 'https://quiet.example/' });
    expect(answer).toMatchObject({ ok: true, value: { settings: { disabled: false, bannerHidden: false, everyMention: false } } });
  });
});

describe('loading a page script', () => {
  it('injects the script asked for into the frame that asked', async () => {
    injected.length = 0;
    const ui = { type: 'load-script', script: 'overlay-ui' };
    await expect(handleMaybeLater(ui, deps, { tabId: 7, frameId: 3 })).resolves.toEqual({ ok: true, value: null });
    await expect(handleMaybeLater({ type: 'load-script', script: 'annotator' }, deps, { tabId: 7 })).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(injected).toEqual([
      { script: 'overlay-ui', target: { tabId: 7, frameId: 3 } },
      { script: 'annotator', target: { tabId: 7 } },
    ]);
  });

  describe('started early by a screening that says yes', () => {
    const platformCards = [{ ...card('twitter', 'Twitter'), kind: 'platform' as const }];
    const early = (inject: BackgroundDeps['injectScript']): BackgroundDeps => ({
      ...deps,
      matcher: () => new ActorMatcher(compileCardMatcher(platformCards)),
      injectScript: inject,
    });
    const screening = (load?: 'annotator') => ({
      type: 'screen-article',
      text: 'Twitter suspends the account of a Harbor senator\n\nTwitter suspended the account on Monday, saying it broke the rules on threats.',
      title: null,
      ...(load ? { load } : {}),
    });
    const page = { tabId: 4, frameId: 0, documentId: 'doc-1', url: 'https://news.example/story' };

    it('injects the annotator once, while the answer travels, and gives the page that injection when it asks', async () => {
      const calls: SenderFrame[] = [];
      const d = early(async (_script, target) => void calls.push(target));
      await expect(handleMaybeLater(screening('annotator'), d, page)).resolves.toMatchObject({ ok: true, value: { detected: true } });
      expect(calls).toEqual([page]);
      await expect(handleMaybeLater({ type: 'load-script', script: 'annotator' }, d, page)).resolves.toEqual({ ok: true, value: null });
      expect(calls).toHaveLength(1);
      // (A reload is a new document, which gets an injection of its own.)
      await handleMaybeLater({ type: 'load-script', script: 'annotator' }, d, { ...page, documentId: 'doc-2' });
      expect(calls).toHaveLength(2);
    });

    it('injects nothing early when the answer is no, when not asked to, or for a site turned off', async () => {
      const calls: SenderFrame[] = [];
      const d = early(async (_script, target) => void calls.push(target));
      await handleMaybeLater({ ...screening('annotator'), text: 'Twitter opens an office\n\nThe company hired forty people.' }, d, page);
      await handleMaybeLater(screening(), d, page);
      await handleMaybeLater(screening('annotator'), d, { ...page, url: 'https://off.example/story' });
      expect(calls).toEqual([]);
    });

    it('reports an early injection that failed when the page asks for the script', async () => {
      const d = early(() => Promise.reject(new Error('Cannot access contents of the page')));
      await handleMaybeLater(screening('annotator'), d, page);
      await expect(handleMaybeLater({ type: 'load-script', script: 'annotator' }, d, page)).resolves.toEqual({
        ok: false,
        error: 'load-script annotator: Cannot access contents of the page',
      });
    });
  });

  it('refuses a request that comes from no tab (an extension page)', () => {
    expect(handleMaybeLater({ type: 'load-script', script: 'overlay-ui' }, deps, {})).toEqual({
      ok: false,
      error: expect.stringMatching(/only a page/),
    });
  });

  it('reports a failed injection as an error answer, not a rejection', async () => {
    const failing = { ...deps, injectScript: () => Promise.reject(new Error('Cannot access contents of the page')) };
    await expect(handleMaybeLater({ type: 'load-script', script: 'annotator' }, failing, { tabId: 1 })).resolves.toEqual({
      ok: false,
      error: 'load-script annotator: Cannot access contents of the page',
    });
  });

  it('injects only its own scripts: no file name or path from the page, no extra fields', () => {
    for (const request of [
      { type: 'load-script', script: '../evil' },
      { type: 'load-script', script: 'https://example.com/x.js' },
      { type: 'load-script', script: 'background' },
      { type: 'load-script' },
      { type: 'load-script', script: 'overlay-ui', file: 'evil.js' },
      { type: 'load-ui' },
    ])
      expect(handleBackgroundRequest(request, deps).ok, JSON.stringify(request)).toBe(false);
  });
});

describe('staleness', () => {
  it('flags cards reviewed more than twelve months ago', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    expect(isStale('2025-11-24', now)).toBe(false);
    expect(isStale('2025-11-22', now)).toBe(true);
  });
});

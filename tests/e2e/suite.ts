/**
 * The end-to-end checks, once, for every browser: the built extension on pages served from
 * 127.0.0.1, driven as a reader would (mouse and keyboard), with every request and console error
 * recorded along the way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INFERRED_TEXT } from '../../components/EnforcementBanner';
import { cardName, cardSummary } from '../../harness/browsers';
import { FIXTURE_PAGES, startFixtureServer, type FixtureServer } from '../../harness/fixture-server';
import { LONG_ARTICLE_PATH } from '../../harness/long-article';
import { FIRST_BATCH } from '../../page/progressive-placement';
import type { BrowserDriver, ColorScheme, TestPage } from './drivers';
import {
  articleTextNowAndOriginal,
  badgeInView,
  composite,
  contrastRatio,
  evidenceBoxCount,
  focusBadge,
  focusedBadgeLabel,
  foreignRequests,
  isDarkColour,
  pressBannerButton,
  readBadges,
  readBanner,
  readDialog,
  readTheme,
  runAxe,
  saveScreenshot,
  waitFor,
  waitForBadges,
  waitForDialogText,
} from './page-checks';
import { SEED_ACTORS } from './seed-expectations';

interface SitePageExpectation {
  /** The overlay's theme when the reader's system is light, and when it is dark (the page's own scheme decides). */
  overlayTheme: Record<ColorScheme, ColorScheme>;
  enforcement: { platformId: string; action: string };
  badges: string[];
  unknownSpeakers: string[];
}
/** The article pages written in different site styles, and what each must show (tests/fixtures/pages/expectations.json). */
const SITE_PAGES = JSON.parse(readFileSync(join(FIXTURE_PAGES, 'expectations.json'), 'utf8')) as Record<string, SitePageExpectation>;

const SCHEMES: ColorScheme[] = ['light', 'dark'];

/**
 * The overlay follows the page as the reader sees it: the browser reports the asked-for colour
 * scheme, the page is rendered light or dark, and the overlay's theme, badges, panel and card are on
 * the same side, with their text readable on their own backgrounds and the badges on the page's.
 */
async function expectOverlayTheme(page: TestPage, scheme: ColorScheme, theme: ColorScheme) {
  const dark = theme === 'dark';
  const t = await waitFor('the overlay', () => readTheme(page));
  expect(t.prefersDark, 'prefers-color-scheme: dark in the page').toBe(scheme === 'dark');
  expect(isDarkColour(t.pageBackground), `page background ${t.pageBackground} is ${theme}`).toBe(dark);
  expect(t.overlayDark, 'the overlay chose its dark theme').toBe(dark);
  for (const b of t.badges) {
    // A badge is drawn at its opacity over the page: judge the colours the reader actually sees.
    const text = composite(b.color, t.pageBackground, b.opacity);
    const background = composite(b.background, t.pageBackground, b.opacity);
    const what = `${b.title} badge (${text} on ${background}, page ${t.pageBackground})`;
    // Its small text reads on its own fill (WCAG 1.4.3: 4.5:1); the badge as a control stands out from the page (1.4.11: 3:1).
    expect(isDarkColour(background), `${what}: background is ${theme}`).toBe(dark);
    expect(contrastRatio(text, background), `${what}: text on its background`).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(text, t.pageBackground), `${what}: text on the page`).toBeGreaterThanOrEqual(3);
  }
  for (const [what, surface] of [
    ['panel', t.banner],
    ['card', t.card],
  ] as const) {
    if (!surface) continue;
    expect(isDarkColour(surface.background), `${what} background ${surface.background} is ${theme}`).toBe(dark);
    expect(contrastRatio(surface.color, surface.background), `${what} text`).toBeGreaterThanOrEqual(7);
    // Scrollbars (the card scrolls) and form controls are drawn in the theme's scheme, not the browser's light default.
    expect(surface.colorScheme, `${what} color-scheme`).toBe(theme);
    // …and with explicit colours: the thumb visible on a track of the surface's own colour (Firefox ignores color-scheme here).
    const [thumb, track] = surface.scrollbarColor.match(/rgba?\([^)]*\)/g) ?? [];
    expect(track, `${what} scrollbar-color ${surface.scrollbarColor}`).toBe(surface.background);
    expect(contrastRatio(thumb!, track!), `${what} scrollbar thumb`).toBeGreaterThanOrEqual(3);
  }
  return t;
}

export function defineExtensionSuite(
  driver: BrowserDriver,
  extra?: (context: { server: () => FixtureServer; page: () => TestPage }) => void,
) {
  describe(`${driver.name}: the built extension`, () => {
    let server: FixtureServer;
    let page: TestPage;

    beforeAll(async () => {
      server = await startFixtureServer();
      await driver.launch();
      page = await driver.newPage();
      await page.goto(server.url('/seed-article.html'));
    }, 90_000);

    afterAll(async () => {
      await driver.close();
      await server?.close();
    });

    it('badges every actor of the seed article the brief names', async () => {
      const labels = (await waitForBadges(page, SEED_ACTORS.length)).map((b) => b.label);
      for (const id of SEED_ACTORS)
        expect(
          labels.some((l) => l.startsWith(cardName(id))),
          `badge for ${id}`,
        ).toBe(true);
      expect(labels.some((l) => l.startsWith(`${cardName('behnam-ben-taleblu')}, person, quoted 1 time`))).toBe(true);
      await saveScreenshot(page, `${driver.name}-seed-badges`);
    });

    it('opens the FDD card from the background by click, and closes it with Escape', async () => {
      const fdd = await badgeInView(page, cardName('fdd'));
      await page.mouse.click(fdd.x + fdd.width / 2, fdd.y + fdd.height / 2);
      const dialog = await waitForDialogText(page, cardSummary('fdd'));
      expect(dialog.title).toBe(cardName('fdd'));
      expect(dialog.focused).toBe(true);
      await saveScreenshot(page, `${driver.name}-seed-fdd-card`);
      await page.keyboard.press('Escape');
      await waitFor('the card to close', async () => (await readDialog(page)) === null);
      expect(await focusedBadgeLabel(page)).toMatch(new RegExp(`^${cardName('fdd')}`));
    });

    it('opens the FDD card from the keyboard, and passes an accessibility check with it open', async () => {
      expect(await focusBadge(page, cardName('fdd'))).toBe(true);
      await page.keyboard.press('Enter');
      await waitForDialogText(page, cardSummary('fdd'));
      expect(await runAxe(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await waitFor('the card to close', async () => (await readDialog(page)) === null);
    });

    it('opens a card when the pointer rests on a badge, without taking keyboard focus until the badge is pressed', async () => {
      const fdd = await badgeInView(page, cardName('fdd'));
      await page.mouse.move(1, 1); // from elsewhere, so that the pointer enters the badge
      await page.mouse.move(fdd.x + fdd.width / 2, fdd.y + fdd.height / 2);
      const dialog = await waitForDialogText(page, cardSummary('fdd'));
      expect(dialog.focused).toBe(false);
      // Enter on the badge of a card the pointer opened moves focus into the card rather than closing it.
      expect(await focusBadge(page, cardName('fdd'))).toBe(true);
      await page.keyboard.press('Enter');
      await waitFor('focus in the card', async () => (await readDialog(page))?.focused === true);
      await page.keyboard.press('Escape');
      await waitFor('the card to close', async () => (await readDialog(page)) === null);
      await page.mouse.move(2, 2);
    });

    it('shows what the article says about a quoted speaker, next to the card', async () => {
      expect(await focusBadge(page, cardName('behnam-ben-taleblu'))).toBe(true);
      await page.keyboard.press('Enter');
      const dialog = await waitForDialogText(page, 'As described in this article');
      expect(dialog.text).toContain('a senior fellow with the Foundation for the Defense of Democracies (FDD)');
      expect(dialog.text).toContain('It is one of those rare moves');
      await page.keyboard.press('Escape');
    });

    it('shows the enforcement panel, with the cited policy one click away and the evidence on request', async () => {
      const banner = await waitFor('the enforcement panel', () => readBanner(page));
      expect(banner).toContain(`${cardName('meta')} removed`);
      expect(banner).toMatch(/Khamenei/);
      await pressBannerButton(page, 'Dangerous Organizations');
      await waitForDialogText(page, cardSummary('meta-dangerous-organizations-and-individuals'));
      await page.keyboard.press('Escape');
      await waitFor('the card to close', async () => (await readDialog(page)) === null);
      await pressBannerButton(page, 'Show evidence');
      expect(await waitFor('evidence highlight', () => evidenceBoxCount(page))).toBeGreaterThan(0);
      await saveScreenshot(page, `${driver.name}-seed-evidence`);
      await pressBannerButton(page, 'Hide evidence');
      expect(await evidenceBoxCount(page)).toBe(0);
    });

    it('says so when only the learned reader finds enforcement, and shows the sentence that speaks for it', async () => {
      const p = await driver.newPage();
      await p.goto(server.url('/inferred-story.html'));
      const labels = (await waitForBadges(p, 2)).map((b) => b.label);
      expect(labels.some((l) => l.startsWith(cardName('telegram')))).toBe(true);
      expect(labels.some((l) => l.startsWith('Petra Valk, person, quoted'))).toBe(true);
      const banner = await waitFor('the enforcement panel', () => readBanner(p));
      expect(banner).toContain(INFERRED_TEXT);
      await pressBannerButton(p, 'Show evidence');
      expect(await waitFor('evidence highlight', () => evidenceBoxCount(p))).toBeGreaterThan(0);
      expect(await runAxe(p)).toEqual([]);
      await p.close();
    });

    it('leaves the article text exactly as the site sent it', async () => {
      const { now, original } = await articleTextNowAndOriginal(page, 'body');
      expect(now).toBe(original);
    });

    it('keeps selection, copy and find-in-page working on the article text', async () => {
      const result = await page.evaluate(() => {
        const paragraph = [...document.querySelectorAll('.story-body p')].find((p) =>
          p.textContent?.includes('Foundation for the Defense of Democracies'),
        )!;
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        const selected = selection.toString();
        selection.removeAllRanges();
        // window.find is what find-in-page uses under the hood in both engines.
        const found = (window as unknown as { find: (s: string) => boolean }).find(
          'senior fellow with the Foundation for the Defense of Democracies',
        );
        window.getSelection()?.removeAllRanges();
        return { selected, expected: paragraph.textContent, found };
      }, null);
      expect(result.selected).toBe(result.expected);
      expect(result.found).toBe(true);
    });

    it('fits the card and the panel on a 320 px wide screen', async () => {
      const narrow = await driver.newPage(320);
      await narrow.goto(server.url('/seed-article.html'));
      await waitForBadges(narrow, 3);
      expect(await focusBadge(narrow, cardName('fdd'))).toBe(true);
      await narrow.keyboard.press('Enter');
      await waitForDialogText(narrow, cardSummary('fdd'));
      const boxes = await narrow.evaluate(() => {
        const root = document.querySelector('source-context-overlay')!.shadowRoot!;
        const box = (el: Element | null) => (el ? (({ left, right }) => ({ left, right }))(el.getBoundingClientRect()) : null);
        return {
          card: box(root.querySelector('.sc-card')),
          banner: box(root.querySelector('.sc-banner')),
          width: document.documentElement.clientWidth,
        };
      }, null);
      for (const b of [boxes.card, boxes.banner]) {
        expect(b).not.toBeNull();
        expect(b!.left).toBeGreaterThanOrEqual(0);
        expect(b!.right).toBeLessThanOrEqual(boxes.width);
      }
      await saveScreenshot(narrow, `${driver.name}-seed-320px`);
      await narrow.close();
    });

    it.each(SCHEMES)("follows a %s colour scheme on the seed article: overlay, panel and card in the page's theme", async (scheme) => {
      const p = await driver.newPage(1280, scheme);
      await p.goto(server.url('/seed-article.html'));
      await waitForBadges(p, SEED_ACTORS.length);
      await waitFor('the enforcement panel', () => readBanner(p));
      expect((await expectOverlayTheme(p, scheme, scheme)).banner).not.toBeNull();
      await saveScreenshot(p, `${driver.name}-seed-article-${scheme}`);
      expect(await focusBadge(p, cardName('fdd'))).toBe(true);
      await p.keyboard.press('Enter');
      await waitForDialogText(p, cardSummary('fdd'));
      expect((await expectOverlayTheme(p, scheme, scheme)).card).not.toBeNull();
      expect(await runAxe(p)).toEqual([]);
      await saveScreenshot(p, `${driver.name}-seed-fdd-card-${scheme}`);
      await p.close();
    });

    it("follows the page when it switches to a dark theme after load (the site's own dark-mode button)", async () => {
      const p = await driver.newPage(1280, 'light');
      await p.goto(server.url('/seed-article.html'));
      await waitForBadges(p, 3);
      const overlayIsDark = () =>
        p.evaluate(
          () =>
            document.querySelector('source-context-overlay')?.shadowRoot?.querySelector('.sc-theme')?.classList.contains('sc-dark') ?? null,
          null,
        );
      expect(await overlayIsDark()).toBe(false);
      await p.evaluate(() => {
        document.documentElement.setAttribute('style', 'background: #121212');
        document.body.setAttribute('style', 'background: #121212; color: #eee');
      }, null);
      await waitFor('the overlay to turn dark', async () => (await overlayIsDark()) === true);
      await p.close();
    });

    it('annotates content that arrives after the page loaded', async () => {
      const late = await driver.newPage();
      await late.goto(server.url('/late-content.html'));
      const labels = (await waitForBadges(late, 3)).map((b) => b.label);
      expect(labels.some((l) => l.startsWith(cardName('youtube')))).toBe(true);
      expect(labels.some((l) => l.startsWith(cardName('institute-for-strategic-dialogue')))).toBe(true);
      expect(labels.some((l) => l.startsWith('Dana Whitfield, person, quoted 1 time'))).toBe(true);
      await late.close();
    });

    it('follows single-page-app navigation without duplicate badges', async () => {
      const spa = await driver.newPage();
      await spa.goto(server.url('/spa.html'));
      await new Promise((r) => setTimeout(r, 1500));
      expect(await readBadges(spa)).toEqual([]); // a local-news story: nothing to annotate
      await spa.evaluate(() => (document.getElementById('to-tech') as HTMLElement).click(), null);
      const first = await waitForBadges(spa, 3);
      await new Promise((r) => setTimeout(r, 1500));
      const settled = await readBadges(spa);
      expect(settled.length).toBe(first.length);
      expect(new Set(settled.map((b) => `${b.label}@${Math.round(b.x)},${Math.round(b.y)}`)).size).toBe(settled.length);
      expect(await spa.evaluate(() => document.querySelectorAll('source-context-overlay').length, null)).toBe(1);
      await spa.evaluate(() => history.back(), null);
      await waitFor('badges to go after navigating back', async () => (await readBadges(spa)).length === 0);
      await spa.close();
    });

    it('on a 20,000-word article opened halfway down, draws the badges in view first, then the rest, in reading order', async () => {
      const p = await driver.newPage();
      // Long enough for more badges than one frame draws (a 5,000-word article's come in one go).
      await p.goto(server.url(`${LONG_ARTICLE_PATH}?watch&words=20000#middle`));
      const all = await waitForBadges(p, FIRST_BATCH + 1);
      // What the page saw when the overlay appeared: the reader halfway down, and the first badges around them.
      const first = (await p.evaluate(() => (window as unknown as { __firstBadges?: unknown }).__firstBadges, null)) as {
        scrollY: number;
        innerHeight: number;
        ys: number[];
      };
      expect(first.scrollY).toBeGreaterThan(first.innerHeight);
      expect(first.ys.length).toBeLessThanOrEqual(FIRST_BATCH);
      expect(first.ys.some((y) => y >= first.scrollY && y < first.scrollY + first.innerHeight)).toBe(true);
      expect(Math.min(...first.ys)).toBeGreaterThanOrEqual(first.scrollY - first.innerHeight);
      // …then every badge, above and below, each after the one before it in the text (Tab follows the reading order).
      const scrollY = (await p.evaluate(() => window.scrollY, null)) as number;
      const pageYs = all.map((b) => b.y + scrollY);
      expect(Math.min(...pageYs)).toBeLessThan(first.scrollY - first.innerHeight);
      expect(Math.max(...pageYs)).toBeGreaterThan(first.scrollY + 2 * first.innerHeight);
      for (let i = 1; i < pageYs.length; i++)
        expect(pageYs[i]!, `badge ${i} of ${pageYs.length}`).toBeGreaterThanOrEqual(pageYs[i - 1]! - 4);
      await p.close();
    });

    // Firefox: the switch is the same code, but its automation protocol can't write extension storage.
    it.runIf(driver.setExtensionStorage !== null)('turns off for a site and back on, leaving nothing behind while off', async () => {
      const setStorage = driver.setExtensionStorage!;
      const p = await driver.newPage();
      await p.goto(server.url('/seed-article.html'));
      await waitForBadges(p, 3);
      await setStorage({ disabledSites: ['127.0.0.1'] });
      await waitFor(
        'the overlay to go',
        async () => (await p.evaluate(() => document.querySelector('source-context-overlay'), null)) === null,
      );
      await setStorage({ disabledSites: [] });
      await waitForBadges(p, 3);
      await p.close();
    });

    describe.each(Object.entries(SITE_PAGES))('on %s', (file, expected) => {
      it.each(SCHEMES)(
        "in a %s colour scheme: badges the expected actors, shows the enforcement panel in the page's theme, stays accessible, and leaves the text alone",
        async (scheme) => {
          const p = await driver.newPage(1280, scheme);
          await p.goto(server.url(`/${file}`));
          const labels = (await waitForBadges(p, Math.min(3, expected.badges.length))).map((b) => b.label);
          for (const id of expected.badges)
            expect(
              labels.some((l) => l.startsWith(cardName(id))),
              `badge for ${id}`,
            ).toBe(true);
          for (const name of expected.unknownSpeakers)
            expect(
              labels.some((l) => l.startsWith(`${name}, person, quoted`)),
              `badge for ${name}`,
            ).toBe(true);
          const banner = await waitFor('the enforcement panel', () => readBanner(p));
          expect(banner).toContain(`${cardName(expected.enforcement.platformId)} `);
          expect(await runAxe(p)).toEqual([]);
          expect((await expectOverlayTheme(p, scheme, expected.overlayTheme[scheme])).banner).not.toBeNull();
          const { now, original } = await articleTextNowAndOriginal(p, 'body');
          expect(now).toBe(original);
          await saveScreenshot(p, `${driver.name}-${file.replace(/\.html$/, '')}-${scheme}`);
          await p.close();
        },
      );
    });

    extra?.({ server: () => server, page: () => page });

    it('sends no request beyond the fixture server and the extension, and logs no errors', () => {
      expect(driver.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(driver.requests, server.origin)).toEqual([]);
      expect(driver.consoleErrors).toEqual([]);
    });
  });
}

/**
 * The end-to-end checks, once, for every browser: the built extension on pages served from
 * 127.0.0.1, driven as a reader would (mouse and keyboard), with every request and console error
 * recorded along the way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardName, cardSummary } from '../../harness/browsers';
import { FIXTURE_PAGES, startFixtureServer, type FixtureServer } from '../../harness/fixture-server';
import type { BrowserDriver, TestPage } from './drivers';
import {
  articleTextNowAndOriginal,
  badgeInView,
  evidenceBoxCount,
  focusBadge,
  focusedBadgeLabel,
  foreignRequests,
  pressBannerButton,
  readBadges,
  readBanner,
  readDialog,
  runAxe,
  saveScreenshot,
  waitFor,
  waitForBadges,
  waitForDialogText,
} from './page-checks';
import { SEED_ACTORS } from './seed-expectations';

interface SitePageExpectation {
  dark: boolean;
  enforcement: { platformId: string; action: string };
  badges: string[];
  unknownSpeakers: string[];
}
/** The article pages written in different site styles, and what each must show (tests/fixtures/pages/expectations.json). */
const SITE_PAGES = JSON.parse(readFileSync(join(FIXTURE_PAGES, 'expectations.json'), 'utf8')) as Record<string, SitePageExpectation>;

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

    it('opens a card when the pointer rests on a badge, without taking keyboard focus', async () => {
      const fdd = await badgeInView(page, cardName('fdd'));
      await page.mouse.move(1, 1); // from elsewhere, so that the pointer enters the badge
      await page.mouse.move(fdd.x + fdd.width / 2, fdd.y + fdd.height / 2);
      const dialog = await waitForDialogText(page, cardSummary('fdd'));
      expect(dialog.focused).toBe(false);
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
      it('badges the expected actors, shows the enforcement panel, stays accessible, and leaves the text alone', async () => {
        const p = await driver.newPage();
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
        const dark = await p.evaluate(
          () =>
            document.querySelector('source-context-overlay')?.shadowRoot?.querySelector('.sc-theme')?.classList.contains('sc-dark') ?? null,
          null,
        );
        expect(dark).toBe(expected.dark);
        const { now, original } = await articleTextNowAndOriginal(p, 'body');
        expect(now).toBe(original);
        await saveScreenshot(p, `${driver.name}-${file.replace(/\.html$/, '')}`);
        await p.close();
      });
    });

    extra?.({ server: () => server, page: () => page });

    it('sends no request beyond the fixture server and the extension, and logs no errors', () => {
      expect(driver.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(driver.requests, server.origin)).toEqual([]);
      expect(driver.consoleErrors).toEqual([]);
    });
  });
}

import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION, CHROMIUM, activeTabId, cardName, cardSummary, chromiumArgs, freshProfileDir, requireBrowser, requireBuilt } from '../../harness/browsers';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server';
import { articleTextNowAndOriginal, badgeInView, evidenceBoxCount, pressBannerButton, readBanner, focusBadge, focusedBadgeLabel, foreignRequests, readDialog, saveScreenshot, waitFor, waitForBadges, waitForDialogText } from './page-checks';
import { SEED_ACTORS } from './seed-expectations';

describe('Chromium: the built extension on the seed article', () => {
  let server: FixtureServer;
  let context: BrowserContext;
  let worker: Worker;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    requireBuilt(CHROME_EXTENSION);
    requireBrowser(CHROMIUM, 'chromium');
    server = await startFixtureServer();
    context = await chromium.launchPersistentContext(freshProfileDir('sc-chromium'), {
      executablePath: CHROMIUM,
      headless: false, // --headless=new is passed explicitly: extensions need the new headless mode
      args: chromiumArgs(CHROME_EXTENSION),
      viewport: { width: 1280, height: 900 },
    });
    context.on('request', (r) => requests.push(r.url()));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    await page.goto(server.url('/seed-article.html'));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('runs the background as an MV3 service worker', () => {
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('badges every actor of the seed article the brief names', async () => {
    const badges = await waitForBadges(page, SEED_ACTORS.length);
    const labels = badges.map((b) => b.label);
    for (const id of SEED_ACTORS) {
      expect(labels.some((l) => l.startsWith(cardName(id))), `badge for ${id}`).toBe(true);
    }
    await saveScreenshot(page, 'chromium-seed-badges');
  });

  it('opens the FDD card from the background by click, and closes it with Escape', async () => {
    const fdd = await badgeInView(page, cardName('fdd'));
    await page.mouse.click(fdd.x + fdd.width / 2, fdd.y + fdd.height / 2);
    const dialog = await waitForDialogText(page, cardSummary('fdd'));
    expect(dialog.title).toBe(cardName('fdd'));
    expect(dialog.focused).toBe(true);
    await saveScreenshot(page, 'chromium-seed-fdd-card');
    await page.keyboard.press('Escape');
    await waitFor('the card to close', async () => (await readDialog(page)) === null);
    expect(await focusedBadgeLabel(page)).toMatch(new RegExp(`^${cardName('fdd')}`));
  });

  it('opens the FDD card from the keyboard', async () => {
    expect(await focusBadge(page, cardName('fdd'))).toBe(true);
    await page.keyboard.press('Enter');
    await waitForDialogText(page, cardSummary('fdd'));
    await page.keyboard.press('Escape');
    await waitFor('the card to close', async () => (await readDialog(page)) === null);
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
    await saveScreenshot(page, 'chromium-seed-evidence');
    await pressBannerButton(page, 'Hide evidence');
    expect(await evidenceBoxCount(page)).toBe(0);
  });

  it('leaves the article text exactly as the site sent it', async () => {
    const { now, original } = await articleTextNowAndOriginal(page, 'body');
    expect(now).toBe(original);
  });

  it('lists the badged actors in the popup', async () => {
    const tabId = await activeTabId(worker);
    const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
    const popup = await context.newPage();
    await popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`);
    const text = await waitFor('popup summary', async () => {
      const t = await popup.textContent('body');
      return t && /actors? badged/.test(t) ? t : null;
    });
    expect(text).toContain(cardName('fdd'));
    expect(Number(/(\d+) actors? badged/.exec(text)?.[1])).toBeGreaterThanOrEqual(SEED_ACTORS.length);
    await popup.close();
  });

  it('sends no request beyond the fixture server and the extension, and logs no errors', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

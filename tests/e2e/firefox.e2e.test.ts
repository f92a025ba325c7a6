import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX, FIREFOX_EXTENSION, cardName, cardSummary, requireBrowser, requireBuilt } from '../../harness/browsers';
import { startFixtureServer, type FixtureServer } from '../../harness/fixture-server';
import { articleTextNowAndOriginal, badgeInView, evidenceBoxCount, pressBannerButton, readBanner, focusBadge, focusedBadgeLabel, foreignRequests, readDialog, saveScreenshot, waitFor, waitForBadges, waitForDialogText } from './page-checks';
import { SEED_ACTORS } from './seed-expectations';

describe('Firefox: the built extension on the seed article', () => {
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    requireBuilt(FIREFOX_EXTENSION);
    requireBrowser(FIREFOX, 'firefox-esr');
    server = await startFixtureServer();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Keep Firefox off the network: no update, telemetry, safe-browsing or captive-portal checks.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'browser.search.update': false,
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
      },
    });
    await browser.installExtension(FIREFOX_EXTENSION);
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(server.url('/seed-article.html'));
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('badges every actor of the seed article the brief names', async () => {
    const badges = await waitForBadges(page, SEED_ACTORS.length);
    const labels = badges.map((b) => b.label);
    for (const id of SEED_ACTORS) {
      expect(labels.some((l) => l.startsWith(cardName(id))), `badge for ${id}`).toBe(true);
    }
    await saveScreenshot(page, 'firefox-seed-badges');
  });

  it('opens the FDD card from the background by click, and closes it with Escape', async () => {
    const fdd = await badgeInView(page, cardName('fdd'));
    await page.mouse.click(fdd.x + fdd.width / 2, fdd.y + fdd.height / 2);
    const dialog = await waitForDialogText(page, cardSummary('fdd'));
    expect(dialog.title).toBe(cardName('fdd'));
    expect(dialog.focused).toBe(true);
    await saveScreenshot(page, 'firefox-seed-fdd-card');
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
    await saveScreenshot(page, 'firefox-seed-evidence');
    await pressBannerButton(page, 'Hide evidence');
    expect(await evidenceBoxCount(page)).toBe(0);
  });

  it('leaves the article text exactly as the site sent it', async () => {
    const { now, original } = await articleTextNowAndOriginal(page, 'body');
    expect(now).toBe(original);
  });

  it('sends no request beyond the fixture server and the extension, and logs no errors', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(foreignRequests(requests, server.origin)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

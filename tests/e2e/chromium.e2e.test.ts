import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { cardName } from '../../harness/browsers';
import { ChromiumDriver } from './drivers';
import { waitFor } from './page-checks';
import { SEED_ACTORS } from './seed-expectations';
import { defineExtensionSuite } from './suite';

const driver = new ChromiumDriver();

defineExtensionSuite(driver, ({ server }) => {
  it('runs the background as an MV3 service worker', () => {
    expect(driver.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
  });

  it('injects the card UI only into pages that report enforcement', async () => {
    // The content script decides; Preact and the card components arrive only after a "yes".
    const extensionScriptsOn = async (file: string, settled: (page: Page) => Promise<unknown>) => {
      const page = await driver.context.newPage();
      const cdp = await driver.context.newCDPSession(page);
      const scripts: string[] = [];
      cdp.on('Debugger.scriptParsed', (e) => scripts.push(e.url));
      await cdp.send('Debugger.enable');
      await page.goto(server().url(`/${file}`));
      await settled(page);
      await page.close();
      return scripts.filter((u) => u.startsWith(driver.extensionOrigin)).map((u) => u.slice(driver.extensionOrigin.length));
    };
    const onEnforcementPage = await extensionScriptsOn('seed-article.html', async (page) => {
      await page.locator('source-context-overlay').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
    });
    expect(onEnforcementPage).toEqual(expect.arrayContaining(['/article-gate.js', '/annotator.js', '/overlay-ui.js']));
    const onOtherArticle = await extensionScriptsOn('earnings-story.html', (page) => page.waitForTimeout(1500));
    expect(onOtherArticle).toContain('/article-gate.js');
    expect(onOtherArticle).not.toContain('/annotator.js');
    expect(onOtherArticle).not.toContain('/overlay-ui.js');
  });

  it('reads no further than the screening on a site the reader turned off, and annotates once it is turned back on', async () => {
    await driver.setExtensionStorage({ disabledSites: ['127.0.0.1'] });
    try {
      const page = await driver.context.newPage();
      const cdp = await driver.context.newCDPSession(page);
      const scripts: string[] = [];
      cdp.on('Debugger.scriptParsed', (e) => scripts.push(e.url));
      await cdp.send('Debugger.enable');
      const ours = () => scripts.filter((u) => u.startsWith(driver.extensionOrigin)).map((u) => u.slice(driver.extensionOrigin.length));
      await page.goto(server().url('/seed-article.html'));
      const tabId = await driver.activeTabId();
      const popup = await driver.context.newPage();
      await popup.goto(`${driver.extensionOrigin}/popup.html?tab=${tabId}`);
      await waitFor('the popup to say the site is off', async () =>
        ((await popup.textContent('body')) ?? '').includes('turned off on this site'),
      );
      // The gate stopped at the background's answer: the annotator was never injected.
      expect(ours()).toContain('/article-gate.js');
      expect(ours()).not.toContain('/annotator.js');
      expect(await page.locator('source-context-overlay').count()).toBe(0);
      await popup.getByRole('button', { name: /^Turn on for / }).click();
      await page.locator('source-context-overlay').waitFor({ state: 'attached' });
      expect(ours()).toContain('/annotator.js');
      await waitFor('the popup to list the badged actors', async () => /actors? badged/.test((await popup.textContent('body')) ?? ''));
      await popup.close();
      await page.close();
    } finally {
      await driver.setExtensionStorage({ disabledSites: [] });
    }
  });

  it('lists the badged actors in the popup', async () => {
    const page = await driver.newPage();
    await page.goto(server().url('/seed-article.html'));
    await new Promise((r) => setTimeout(r, 1500));
    const tabId = await driver.activeTabId();
    const popup = await driver.context.newPage();
    await popup.goto(`${driver.extensionOrigin}/popup.html?tab=${tabId}`);
    const text = await waitFor('popup summary', async () => {
      const t = await popup.textContent('body');
      return t && /actors? badged/.test(t) ? t : null;
    });
    expect(text).toContain(cardName('fdd'));
    expect(Number(/(\d+) actors? badged/.exec(text)?.[1])).toBeGreaterThanOrEqual(SEED_ACTORS.length);
    await popup.close();
    await page.close();
  });
});

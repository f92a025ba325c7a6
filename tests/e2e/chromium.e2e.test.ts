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

/**
 * The two real browsers behind one small interface, so one suite of end-to-end checks runs in both:
 * Debian's Chromium through Playwright, Debian's Firefox ESR through Puppeteer (WebDriver BiDi).
 */
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { chromium, type BrowserContext, type Page as PlaywrightPage, type Worker } from 'playwright-core';
import {
  CHROME_EXTENSION,
  CHROMIUM,
  FIREFOX,
  FIREFOX_EXTENSION,
  activeTabId,
  chromiumArgs,
  freshProfileDir,
  requireBrowser,
  requireBuilt,
} from '../../harness/browsers';
import type { PageLike } from './page-checks';

export interface TestPage extends PageLike {
  goto(url: string): Promise<unknown>;
  close(): Promise<void>;
}

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  /** Every URL any page asked for, and every console error, since launch. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  launch(): Promise<void>;
  /** A new tab; `width` narrows the viewport (phones' Firefox is 320 px wide). */
  newPage(width?: number): Promise<TestPage>;
  /**
   * Writes to the extension's own storage, as the popup would; null where the automation protocol
   * can't reach an extension page (Firefox's WebDriver BiDi refuses to open moz-extension: URLs).
   */
  readonly setExtensionStorage: ((values: Record<string, unknown>) => Promise<void>) | null;
  close(): Promise<void>;
}

function watch(page: { on(event: string, handler: (arg: never) => void): unknown }, requests: string[], errors: string[]) {
  page.on('request', (r: { url(): string }) => requests.push(r.url()));
  page.on('console', (m: { type(): string; text(): string }) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e: Error) => errors.push(String(e)));
}

export class ChromiumDriver implements BrowserDriver {
  readonly name = 'chromium';
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  context!: BrowserContext;
  worker!: Worker;

  async launch() {
    requireBuilt(CHROME_EXTENSION);
    requireBrowser(CHROMIUM, 'chromium');
    this.context = await chromium.launchPersistentContext(freshProfileDir('sc-chromium'), {
      executablePath: CHROMIUM,
      headless: false, // --headless=new is passed explicitly: extensions need the new headless mode
      args: chromiumArgs(CHROME_EXTENSION),
      viewport: { width: 1280, height: 900 },
    });
    this.context.on('request', (r) => this.requests.push(r.url()));
    this.worker = this.context.serviceWorkers()[0] ?? (await this.context.waitForEvent('serviceworker'));
  }

  async newPage(width = 1280): Promise<TestPage> {
    const page: PlaywrightPage = await this.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    watch(page as never, [], this.consoleErrors);
    return page as unknown as TestPage;
  }

  get extensionOrigin() {
    return this.worker.url().split('/').slice(0, 3).join('/');
  }

  activeTabId() {
    return activeTabId(this.worker);
  }

  readonly setExtensionStorage = async (values: Record<string, unknown>) => {
    await this.worker.evaluate(`chrome.storage.local.set(${JSON.stringify(values)})`);
  };

  async close() {
    await this.context?.close();
  }
}

export class FirefoxDriver implements BrowserDriver {
  readonly name = 'firefox';
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  browser!: PuppeteerBrowser;

  async launch() {
    requireBuilt(FIREFOX_EXTENSION);
    requireBrowser(FIREFOX, 'firefox-esr');
    this.browser = await puppeteer.launch({
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
    await this.browser.installExtension(FIREFOX_EXTENSION);
  }

  async newPage(width = 1280): Promise<TestPage> {
    const page: PuppeteerPage = await this.browser.newPage();
    await page.setViewport({ width, height: 900 });
    watch(page as never, this.requests, this.consoleErrors);
    return page as unknown as TestPage;
  }

  readonly setExtensionStorage = null;

  async close() {
    await this.browser?.close();
  }
}

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

/** The reader's system colour scheme, as `prefers-color-scheme` reports it to the page. */
export type ColorScheme = 'light' | 'dark';

export interface BrowserDriver {
  readonly name: 'chromium' | 'firefox';
  /** Every URL any page asked for, and every console error, since launch. */
  readonly requests: string[];
  readonly consoleErrors: string[];
  launch(): Promise<void>;
  /**
   * A new tab; `width` narrows the viewport (phones' Firefox is 320 px wide); `colorScheme` is what
   * `prefers-color-scheme` matches in it (light unless asked).
   */
  newPage(width?: number, colorScheme?: ColorScheme): Promise<TestPage>;
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

  async newPage(width = 1280, colorScheme: ColorScheme = 'light'): Promise<TestPage> {
    const page: PlaywrightPage = await this.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme });
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

/** Prefs that keep Firefox off the network: no update, telemetry, safe-browsing or captive-portal checks. */
const FIREFOX_OFFLINE_PREFS = {
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
};

/**
 * Firefox's WebDriver BiDi has no media-feature emulation (Puppeteer's emulateMediaFeatures needs
 * CDP; `emulation.setMediaFeaturesOverride` is an unknown command in Firefox ESR 153), so the colour
 * scheme is Firefox's own content pref, fixed at launch: one browser per scheme, started together.
 */
const FIREFOX_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override'; // 0 dark, 1 light
const FIREFOX_SCHEME_VALUE: Record<ColorScheme, number> = { dark: 0, light: 1 };

export class FirefoxDriver implements BrowserDriver {
  readonly name = 'firefox';
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];
  /** The light-scheme browser: every page unless a dark one is asked for. */
  browser!: PuppeteerBrowser;
  darkBrowser!: PuppeteerBrowser;

  async launch() {
    requireBuilt(FIREFOX_EXTENSION);
    requireBrowser(FIREFOX, 'firefox-esr');
    [this.browser, this.darkBrowser] = await Promise.all([FirefoxDriver.start('light'), FirefoxDriver.start('dark')]);
  }

  private static async start(colorScheme: ColorScheme): Promise<PuppeteerBrowser> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: { ...FIREFOX_OFFLINE_PREFS, [FIREFOX_SCHEME_PREF]: FIREFOX_SCHEME_VALUE[colorScheme] },
    });
    await browser.installExtension(FIREFOX_EXTENSION);
    return browser;
  }

  async newPage(width = 1280, colorScheme: ColorScheme = 'light'): Promise<TestPage> {
    const page: PuppeteerPage = await (colorScheme === 'dark' ? this.darkBrowser : this.browser).newPage();
    await page.setViewport({ width, height: 900 });
    watch(page as never, this.requests, this.consoleErrors);
    return page as unknown as TestPage;
  }

  readonly setExtensionStorage = null;

  async close() {
    await Promise.all([this.browser?.close(), this.darkBrowser?.close()]);
  }
}

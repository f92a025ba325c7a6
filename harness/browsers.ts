/**
 * Launching the real browsers with the built extension. Debian's own Chromium and Firefox ESR only:
 * no test ever downloads a browser, and every flag here keeps the browser off the network.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const CHROME_EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const FIREFOX_EXTENSION = join(ROOT, '.output', 'firefox-mv2');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBuilt(dir: string): void {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run "npm run build" first`);
}

export function requireBrowser(path: string, debianPackage: string): void {
  if (!existsSync(path)) throw new Error(`${path} not found: install Debian's ${debianPackage} (apt-get install -y ${debianPackage})`);
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--metrics-recording-only',
  ];
}

export function freshProfileDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

export function cardSummary(id: string): string {
  const dir = existsSync(join(ROOT, 'cards', 'data', 'entities', `${id}.json`)) ? 'entities' : 'policies';
  return (JSON.parse(readFileSync(join(ROOT, 'cards', 'data', dir, `${id}.json`), 'utf8')) as { summary: string }).summary;
}

export function cardName(id: string): string {
  const dir = existsSync(join(ROOT, 'cards', 'data', 'entities', `${id}.json`)) ? 'entities' : 'policies';
  return (JSON.parse(readFileSync(join(ROOT, 'cards', 'data', dir, `${id}.json`), 'utf8')) as { name: string }).name;
}

/** The id of the active tab, asked of the extension's service worker (code as a string: it runs there, not here). */
export async function activeTabId(worker: { evaluate(expression: string): Promise<unknown> }): Promise<number | undefined> {
  return (await worker.evaluate('chrome.tabs.query({ active: true }).then((tabs) => tabs[0]?.id)')) as number | undefined;
}

/** What the content script of the active tab reports (the popup's own question), asked through the service worker. */
export async function activeTabSummary(worker: { evaluate(expression: string): Promise<unknown> }): Promise<unknown> {
  return worker.evaluate(
    "chrome.tabs.query({ active: true }).then((tabs) => tabs[0]?.id === undefined ? undefined : chrome.tabs.sendMessage(tabs[0].id, { type: 'page-summary' }))",
  );
}

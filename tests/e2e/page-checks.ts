/**
 * What the end-to-end tests check on a page, written once against the small part of the Playwright
 * and Puppeteer page APIs they share, so Chromium and Firefox are held to the same assertions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface PageLike {
  // Loosely typed on purpose: Playwright and Puppeteer type `evaluate` differently; the helpers
  // below give every call its precise type.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  evaluate(fn: (arg: any) => unknown, arg: unknown): Promise<any>;
  keyboard: { press(key: string): Promise<void> };
  mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
  screenshot(options: { path: `${string}.png`; fullPage?: boolean }): Promise<unknown>;
}

export const ARTIFACTS = resolve(import.meta.dirname, '..', '..', 'test-artifacts');

export interface BadgeInfo {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every badge in the overlay, with its accessible name and its box in viewport coordinates. */
export function readBadges(page: PageLike): Promise<BadgeInfo[]> {
  return page.evaluate(() => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('button.sc-badge')].map((b) => {
      const r = b.getBoundingClientRect();
      return { label: b.getAttribute('aria-label') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }, null);
}

/** The badges once they are all drawn (those out of view are drawn a batch per frame after those in view). */
export function waitForBadges(page: PageLike, min = 1): Promise<BadgeInfo[]> {
  return waitFor('badges', async () => {
    const busy = await page.evaluate(
      () => !!document.querySelector('source-context-overlay')?.shadowRoot?.querySelector('.sc-badges[aria-busy]'),
      null,
    );
    const badges = busy ? [] : await readBadges(page);
    return badges.length >= min ? badges : null;
  });
}

/** The open card dialog's accessible name and text, or null when none is open. */
export function readDialog(page: PageLike): Promise<{ title: string; text: string; focused: boolean } | null> {
  return page.evaluate(() => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!root || !dialog) return null;
    const titleId = dialog.getAttribute('aria-labelledby');
    const title = titleId ? (root.getElementById(titleId)?.textContent ?? '') : '';
    return { title, text: dialog.textContent ?? '', focused: root.activeElement === dialog || dialog.contains(root.activeElement) };
  }, null);
}

export function waitForDialogText(page: PageLike, needle: string): Promise<{ title: string; text: string; focused: boolean }> {
  return waitFor(`a card containing "${needle.slice(0, 40)}…"`, async () => {
    const d = await readDialog(page);
    return d && d.text.includes(needle) ? d : null;
  });
}

/** Scrolls the badge whose label starts with `name` into view and returns its box, for a real mouse click. */
export async function badgeInView(page: PageLike, name: string): Promise<BadgeInfo> {
  const found = await page.evaluate((n) => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const badge = [...(root?.querySelectorAll('button.sc-badge') ?? [])].find((b) => b.getAttribute('aria-label')?.startsWith(n));
    if (!badge) return null;
    badge.scrollIntoView({ block: 'center', behavior: 'instant' });
    const r = badge.getBoundingClientRect();
    return { label: badge.getAttribute('aria-label') ?? '', x: r.x, y: r.y, width: r.width, height: r.height };
  }, name);
  if (!found) throw new Error(`no badge for ${name}`);
  return found;
}

/** Moves keyboard focus to the badge whose label starts with `name`, as Tab would. */
export function focusBadge(page: PageLike, name: string): Promise<boolean> {
  return page.evaluate((n) => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const badge = [...(root?.querySelectorAll<HTMLButtonElement>('button.sc-badge') ?? [])].find((b) =>
      b.getAttribute('aria-label')?.startsWith(n),
    );
    if (!badge) return false;
    badge.focus();
    return root!.activeElement === badge;
  }, name);
}

export function focusedBadgeLabel(page: PageLike): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const el = root?.activeElement;
    return el?.classList.contains('sc-badge') ? el.getAttribute('aria-label') : null;
  }, null);
}

/**
 * The article's text as the page shows it now, next to the same text parsed from the HTML the server
 * sent: equal when the extension changed nothing in the page's own content.
 */
export function articleTextNowAndOriginal(page: PageLike, selector: string): Promise<{ now: string; original: string }> {
  return page.evaluate(async (sel) => {
    const html = await (await fetch(location.href, { cache: 'no-store' })).text();
    const original = new DOMParser().parseFromString(html, 'text/html');
    return { now: document.querySelector(sel)?.textContent ?? '', original: original.querySelector(sel)?.textContent ?? '<missing>' };
  }, selector);
}

export async function saveScreenshot(page: PageLike, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`) as `${string}.png`;
  await new Promise((r) => setTimeout(r, 250)); // let the card's fade-in finish
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Requests that left the browser for anything but the fixture server or the extension itself. */
export function foreignRequests(urls: readonly string[], fixtureOrigin: string): string[] {
  return urls.filter((u) => !u.startsWith(`${fixtureOrigin}/`) && !/^(chrome-extension|moz-extension|data|blob|about):/.test(u));
}

/** The enforcement panel's text, or null when it is not shown. */
export function readBanner(page: PageLike): Promise<string | null> {
  return page.evaluate(
    () => document.querySelector('source-context-overlay')?.shadowRoot?.querySelector('.sc-banner')?.textContent ?? null,
    null,
  );
}

/** Presses the banner button whose text starts with `label` (keyboard-focus and Enter, as a reader would). */
export async function pressBannerButton(page: PageLike, label: string): Promise<void> {
  const focused = await page.evaluate((l) => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const button = [...(root?.querySelectorAll<HTMLButtonElement>('.sc-banner button') ?? [])].find((b) => b.textContent?.startsWith(l));
    button?.focus();
    return root?.activeElement === button && button !== undefined;
  }, label);
  if (!focused) throw new Error(`no banner button "${label}"`);
  await page.keyboard.press('Enter');
}

/** How many evidence highlight boxes are drawn. */
export function evidenceBoxCount(page: PageLike): Promise<number> {
  return page.evaluate(
    () => document.querySelector('source-context-overlay')?.shadowRoot?.querySelectorAll('.sc-evidence').length ?? 0,
    null,
  );
}

/**
 * axe-core over the overlay's shadow root, in the page: the rule violations, as "rule: target" lines.
 * The page's own markup is not ours to judge, so only our host element is checked.
 */
export async function runAxe(page: PageLike): Promise<string[]> {
  const source = readFileSync(AXE_SOURCE, 'utf8');
  return page.evaluate(async (code: string) => {
    // eslint-disable-next-line no-new-func -- test-only: axe is injected into the page under test
    if (!(window as unknown as { axe?: unknown }).axe) new Function(code)();
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ include: [['source-context-overlay']] }, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, source);
}

/** What the reader sees of the page's and the overlay's colours, as the browser computed them (rgb(a) strings). */
export interface ThemeReading {
  /** Whether `prefers-color-scheme: dark` matches in the page. */
  prefersDark: boolean;
  /** Whether the overlay chose its dark theme (`.sc-theme.sc-dark`). */
  overlayDark: boolean;
  /** The page's background, where the overlay host's pageIsDark() reads it: the body's, else the root's. */
  pageBackground: string;
  /** Every badge's tooltip ("name (kind)"), colours and opacity. */
  badges: { title: string; color: string; background: string; opacity: number }[];
  /** The panel's and the open card's colours, and the colour scheme the browser draws their scrollbars and controls in. */
  banner: { color: string; background: string; colorScheme: string; scrollbarColor: string } | null;
  card: { color: string; background: string; colorScheme: string; scrollbarColor: string } | null;
}

export function readTheme(page: PageLike): Promise<ThemeReading | null> {
  return page.evaluate(() => {
    const root = document.querySelector('source-context-overlay')?.shadowRoot;
    const theme = root?.querySelector('.sc-theme');
    const badges = [...(root?.querySelectorAll('button.sc-badge') ?? [])];
    if (!root || !theme || badges.length === 0) return null;
    const colours = (el: Element | null | undefined) => {
      if (!el) return null;
      const style = getComputedStyle(el);
      return {
        color: style.color,
        background: style.backgroundColor,
        colorScheme: style.colorScheme,
        scrollbarColor: style.getPropertyValue('scrollbar-color'),
      };
    };
    const opaque = (c: string) => !/^transparent$|rgba\(.*,\s*0\)$/.test(c);
    const body = getComputedStyle(document.body).backgroundColor;
    return {
      prefersDark: matchMedia('(prefers-color-scheme: dark)').matches,
      overlayDark: theme.classList.contains('sc-dark'),
      pageBackground: opaque(body) ? body : getComputedStyle(document.documentElement).backgroundColor,
      badges: badges.map((b) => ({
        title: b.getAttribute('title') ?? '',
        ...colours(b)!,
        opacity: Number(getComputedStyle(b).opacity),
      })),
      banner: colours(root.querySelector('.sc-banner')),
      card: colours(root.querySelector('.sc-card')),
    };
  }, null);
}

function rgbChannels(color: string): [number, number, number] {
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(color);
  if (!m) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** `color` drawn at `alpha` over `under` (both opaque rgb()), as the reader sees it. */
export function composite(color: string, under: string, alpha: number): string {
  const top = rgbChannels(color);
  const bottom = rgbChannels(under);
  return `rgb(${top.map((v, i) => Math.round(alpha * v + (1 - alpha) * bottom[i]!)).join(', ')})`;
}

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour (alpha ignored). */
export function relativeLuminance(color: string): number {
  const [r, g, b] = rgbChannels(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio between two computed colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Dark is nearer black than white in contrast terms: relative luminance under ~0.18 (mid grey). */
export function isDarkColour(color: string): boolean {
  return relativeLuminance(color) < 0.179;
}

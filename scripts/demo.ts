/**
 * `npm start`: opens the demo article in Debian's Chromium with the built extension loaded.
 * With a display it leaves the browser open for you; without one (or with --headless) it runs
 * headless, saves a screenshot and prints what the extension annotated, then exits.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import {
  CHROME_EXTENSION,
  CHROMIUM,
  ROOT,
  activeTabSummary,
  chromiumArgs,
  freshProfileDir,
  requireBrowser,
  requireBuilt,
} from '../harness/browsers';
import { startFixtureServer } from '../harness/fixture-server';
import type { PageSummary, Result } from '../messaging/protocol';

const DEMO_PAGE = '/seed-article.html';
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;

async function main(): Promise<void> {
  requireBuilt(CHROME_EXTENSION);
  requireBrowser(CHROMIUM, 'chromium');
  const server = await startFixtureServer(undefined, headless ? 0 : 5178);
  const args = chromiumArgs(CHROME_EXTENSION).filter((a) => headless || a !== '--headless=new');
  const context = await chromium.launchPersistentContext(freshProfileDir('sc-demo'), {
    executablePath: CHROMIUM,
    headless: false,
    args,
    viewport: { width: 1280, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = context.pages()[0] ?? (await context.newPage());
  const url = server.url(DEMO_PAGE);
  await page.goto(url);
  console.log(`Demo article: ${url}`);

  const summary = await waitForSummary(async () => {
    return (await activeTabSummary(worker)) as Result<PageSummary> | undefined;
  });
  printSummary(summary);

  if (headless) {
    const dir = join(ROOT, 'test-artifacts');
    mkdirSync(dir, { recursive: true });
    const shot = join(dir, 'demo.png');
    await page.screenshot({ path: shot });
    console.log(`\nScreenshot: ${shot}`);
    await context.close();
    await server.close();
    return;
  }
  console.log('\nThe browser stays open; close it or press Ctrl-C to stop.');
  await new Promise<void>((done) => context.on('close', () => done()));
  await server.close();
}

async function waitForSummary(read: () => Promise<Result<PageSummary> | undefined>): Promise<PageSummary> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const answer = await read().catch(() => undefined);
    if (answer?.ok && answer.value.state !== 'working') return answer.value;
    if (Date.now() > deadline) throw new Error('the extension did not annotate the demo page within 15 s');
    await new Promise((r) => setTimeout(r, 200));
  }
}

function printSummary(summary: PageSummary): void {
  if (summary.state !== 'annotated') {
    console.log(`Nothing annotated: ${summary.state}`);
    return;
  }
  console.log(`\n${summary.actors.length} actors badged:`);
  const width = Math.max(...summary.actors.map((a) => a.name.length));
  for (const a of summary.actors) console.log(`  ${a.name.padEnd(width)}  ${a.kind.padEnd(24)} ${a.mentions} mention(s)`);
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${(error as Error).message}`);
  process.exit(1);
});

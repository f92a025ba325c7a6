/**
 * What ran on a page's main thread, from Chromium's own trace. The Long Tasks API reports nothing in
 * headless Chromium (it missed 60–130 ms tasks we could see here), so the benchmark reads the trace:
 * every top-level task of the renderer's main thread, with its heaviest steps (script, style, layout).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface MainThreadTask {
  /** ms from the start of the anchor measure. */
  start: number;
  duration: number;
  /** The task's heaviest steps, e.g. "UpdateLayoutTree 27.5" or "EvaluateScript …/annotator.js 14.4". */
  steps: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string; functionName?: string } };
}

// The fewest categories that name a task's steps: the detailed ones slow the page down by half again.
const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline'];
const TASK_NAMES = new Set(['ThreadControllerImpl::RunTask', 'RunTask']);

/**
 * Traces `load` (a navigation and whatever waits for the page), and returns the main-thread tasks of
 * the page that recorded the User Timing measure `anchor`, timed from that measure's start.
 */
export async function traceMainThread(
  context: BrowserContext,
  page: Page,
  anchor: string,
  load: () => Promise<void>,
): Promise<MainThreadTask[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const mark = events.find((e) => e.name === anchor && (e.ph === 'b' || e.ph === 'R' || e.ph === 'I'));
  if (!mark) return [];
  const onThread = events
    .filter((e) => e.ph === 'X' && e.pid === mark.pid && e.tid === mark.tid && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: MainThreadTask[] = [];
  let openUntil = -Infinity;
  for (const e of onThread) {
    if (!TASK_NAMES.has(e.name) || e.ts < openUntil) continue; // nested in the task before
    openUntil = e.ts + e.dur!;
    const steps = onThread
      .filter((s) => s !== e && !TASK_NAMES.has(s.name) && s.ts >= e.ts && s.ts + s.dur! <= openUntil && s.dur! >= 1000)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4)
      .map((s) => `${s.name}${s.args?.data?.url ? ` ${s.args.data.url.replace(/^.*\//, '')}` : ''} ${(s.dur! / 1000).toFixed(1)}`);
    tasks.push({ start: (e.ts - mark.ts) / 1000, duration: e.dur! / 1000, steps });
  }
  return tasks;
}

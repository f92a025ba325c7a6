// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_MS, textFingerprint, watchSettledChanges } from '../../page/late-content';

/** MutationObserver callbacks run as microtasks; let them, then move the clock. */
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve));

describe('waiting for late content to settle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = '<main><p>First paragraph.</p></main><div id="ours"></div>';
  });
  afterEach(() => vi.useRealTimers());

  it('calls back once the page has been quiet for a while, not once per change', async () => {
    const settled = vi.fn();
    const stop = watchSettledChanges(document, settled);
    for (let i = 0; i < 5; i++) {
      document.querySelector('main')!.append(Object.assign(document.createElement('p'), { textContent: `Late ${i}` }));
      await flush();
      vi.advanceTimersByTime(SETTLE_MS / 2);
    }
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(settled).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does not count changes it is told to ignore (our own overlay)', async () => {
    const settled = vi.fn();
    const ours = document.getElementById('ours')!;
    const stop = watchSettledChanges(document, settled, (target) => ours.contains(target));
    ours.append(document.createElement('span'));
    await flush();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(settled).not.toHaveBeenCalled();
    stop();
  });

  it('stops watching, pending call included, when told to', async () => {
    const settled = vi.fn();
    const stop = watchSettledChanges(document, settled);
    document.body.append(document.createElement('p'));
    await flush();
    stop();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    document.body.append(document.createElement('p'));
    await flush();
    vi.advanceTimersByTime(SETTLE_MS * 2);
    expect(settled).not.toHaveBeenCalled();
  });
});

describe('the fingerprint of an article text', () => {
  it('changes when text arrives at either end, and not for the same text read again', () => {
    const text = 'Opening line of the story. '.repeat(20);
    expect(textFingerprint(text)).toBe(textFingerprint(`${text}`));
    expect(textFingerprint(`${text}A new closing paragraph.`)).not.toBe(textFingerprint(text));
    expect(textFingerprint(`Breaking: ${text}`)).not.toBe(textFingerprint(text));
  });
});

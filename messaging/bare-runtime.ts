/**
 * The two calls the page gate makes, on the browser's own extension API rather than through
 * webextension-polyfill: the gate runs on every page the reader opens, and the polyfill's code and
 * setup would be most of its cost. Both calls return promises natively (Chrome MV3, Firefox).
 */
import type { BackgroundRequest, BackgroundResponses, Result } from './protocol';
import { sendRequest } from './send-request';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | undefined;

interface BareRuntime {
  /** Gone once the extension is updated, reloaded or removed: the page's script is then an orphan. */
  readonly id?: string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export function bareRuntime(): BareRuntime | undefined {
  const scope = globalThis as { browser?: { runtime?: BareRuntime }; chrome?: { runtime?: BareRuntime } };
  return scope.browser?.runtime ?? scope.chrome?.runtime;
}

/** Whether this script still belongs to a running extension. */
export function extensionAlive(): boolean {
  try {
    return !!bareRuntime()?.id;
  } catch {
    return false;
  }
}

/** `askBackground` without the polyfill. */
export function askBackgroundBare<T extends BackgroundRequest>(request: T): Promise<Result<BackgroundResponses[T['type']]>> {
  const runtime = bareRuntime();
  if (!runtime?.id) return Promise.resolve({ ok: false, error: 'the extension is no longer running' });
  return sendRequest((message) => runtime.sendMessage(message), request);
}

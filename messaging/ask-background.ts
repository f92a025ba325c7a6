/** The sending side of the protocol, for content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, Result } from './protocol';

export async function askBackground<T extends BackgroundRequest>(request: T): Promise<Result<BackgroundResponses[T['type']]>> {
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    if (typeof response !== 'object' || response === null || !('ok' in response)) {
      return { ok: false, error: 'no answer from the extension background' };
    }
    return response as Result<BackgroundResponses[T['type']]>;
  } catch (error) {
    // Typically "Extension context invalidated" after an update: the caller cleans up.
    return { ok: false, error: (error as Error).message };
  }
}

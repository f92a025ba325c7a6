import type { BackgroundRequest, BackgroundResponses, Result } from './protocol';

/**
 * Sends one request to the background and returns its answer as a `Result`: never throws, since a
 * failed send (typically "Extension context invalidated" after an update) is for the caller to clean up.
 */
export async function sendRequest<T extends BackgroundRequest>(
  send: (message: unknown) => Promise<unknown>,
  request: T,
): Promise<Result<BackgroundResponses[T['type']]>> {
  try {
    const response: unknown = await send(request);
    if (typeof response !== 'object' || response === null || !('ok' in response)) {
      return { ok: false, error: 'no answer from the extension background' };
    }
    return response as Result<BackgroundResponses[T['type']]>;
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

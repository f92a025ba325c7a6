/** The sending side of the protocol, for content scripts and extension pages. */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses, Result } from './protocol';
import { sendRequest } from './send-request';

export function askBackground<T extends BackgroundRequest>(request: T): Promise<Result<BackgroundResponses[T['type']]>> {
  return sendRequest((message) => browser.runtime.sendMessage(message), request);
}

/**
 * The meeting point of the page gate (the content script that runs on every page) and the annotator it
 * has the background inject once a page reports enforcement. They are separate bundles run in the same
 * content-script world, so they meet on a global symbol; the page can't see it. The gate keeps
 * answering the popup from the summary, which the annotator updates from then on.
 */
import type { EnforcementResult } from '../analysis/enforcement';
import type { PageSpeakers, PageSummary, Result } from '../messaging/protocol';
import type { ArticleText } from './article-text';

export interface GateHandoff {
  summary: PageSummary;
  /** When the gate's script started, for the benchmark's figures. */
  started: number;
  /** When the gate knew the page reports enforcement: the benchmark's "decision → badges" starts here. */
  decided: number;
  /**
   * The article's text, read by the gate, and the background's readings of it (its speakers, then its
   * enforcement), asked for while the annotator is being injected: the waits overlap instead of adding up.
   */
  headStart: {
    article: ArticleText;
    speakers: Promise<Result<PageSpeakers>>;
    enforcement: Promise<Result<EnforcementResult>>;
  };
}

const HANDOFF_KEY = Symbol.for('source-context.page-gate');
const WAITING_KEY = Symbol.for('source-context.annotator-waiting');

type Receiver = (handoff: GateHandoff) => void;
type WithHandoff = typeof globalThis & { [HANDOFF_KEY]?: GateHandoff | null; [WAITING_KEY]?: Receiver | null };

/** The gate's side: to the annotator already waiting for it, or kept until the annotator comes. */
export function handOver(handoff: GateHandoff): void {
  const scope = globalThis as WithHandoff;
  const waiting = scope[WAITING_KEY];
  scope[WAITING_KEY] = null;
  if (waiting) waiting(handoff);
  else scope[HANDOFF_KEY] = handoff;
}

/**
 * The annotator's side: the handoff now if the gate has made it, or as soon as it does. The background
 * starts injecting the annotator as soon as the gate's screening says yes, so the annotator may run
 * before the gate has the answer. Only the first annotator to wait is answered: a second injection
 * waits for nothing.
 */
export function receiveHandoff(receive: Receiver): void {
  const handoff = takeHandoff();
  if (handoff) return receive(handoff);
  const scope = globalThis as WithHandoff;
  scope[WAITING_KEY] ??= receive;
}

/** The gate's handoff, once: a second injection of the annotator finds nothing and does nothing. */
export function takeHandoff(): GateHandoff | null {
  const scope = globalThis as WithHandoff;
  const handoff = scope[HANDOFF_KEY] ?? null;
  scope[HANDOFF_KEY] = null;
  return handoff;
}

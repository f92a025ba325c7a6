/**
 * The page scripts the background injects, started early where it can. When the gate's screening finds
 * enforcement, the background starts injecting the annotator before it answers: the page asks for the
 * script next anyway, and the injection then runs while the answer travels back and the page reads its
 * article, instead of after. The page's own request gets that injection (and its outcome) rather than a
 * second one.
 */
import type { PageScript } from '../messaging/protocol';
import type { SenderFrame } from './handle-request';

/** An injection started early waits this long for the page's request; a later request injects anew. */
const EARLY_FOR_MS = 5000;

export class ScriptLoads {
  private readonly early = new Map<string, { injection: Promise<void>; at: number }>();

  constructor(
    private readonly inject: (script: PageScript, frame: SenderFrame) => Promise<void>,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Starts injecting `script` into the frame, ahead of the frame's request for it. */
  startEarly(script: PageScript, frame: SenderFrame): void {
    for (const [key, { at }] of this.early) if (this.now() - at >= EARLY_FOR_MS) this.early.delete(key);
    const injection = this.inject(script, frame);
    // A failure is told to the page when it asks for the script.
    injection.catch(() => undefined);
    this.early.set(keyOf(script, frame), { injection, at: this.now() });
  }

  /** The frame's request for `script`: the injection started early for it, or a new one. */
  load(script: PageScript, frame: SenderFrame): Promise<void> {
    const key = keyOf(script, frame);
    const early = this.early.get(key);
    this.early.delete(key);
    return early && this.now() - early.at < EARLY_FOR_MS ? early.injection : this.inject(script, frame);
  }
}

/** One document's frame: the document's id where the browser gives one, else its address. */
function keyOf(script: PageScript, { tabId, frameId = 0, documentId, url }: SenderFrame): string {
  return `${script} ${tabId} ${frameId} ${documentId ?? url ?? ''}`;
}

/**
 * Content that arrives after the first look (lazy paragraphs, infinite scroll, a framework rendering the
 * article late): noticed once the page has been quiet for a moment, so a busy page costs one look per
 * lull, not one per mutation.
 */

/** How long the page must be quiet before added content is read again. */
export const SETTLE_MS = 600;

/** Cheap identity of an article text: its length and its two ends. */
export function textFingerprint(text: string): string {
  return `${Math.round(text.length / 40)}|${text.slice(0, 120)}|${text.slice(-120)}`;
}

/**
 * Calls `onSettled` when the document has changed and then stayed quiet for `SETTLE_MS`. Changes for
 * which `ignore` holds (our own overlay) don't count. Returns the function that stops watching.
 */
export function watchSettledChanges(doc: Document, onSettled: () => void, ignore: (target: Node) => boolean = () => false): () => void {
  let timer = 0;
  const observer = new MutationObserver((records) => {
    if (records.every((r) => ignore(r.target))) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(onSettled, SETTLE_MS);
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
}

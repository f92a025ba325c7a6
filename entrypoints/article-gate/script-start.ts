/**
 * When this content script began to run, before any of its modules was evaluated: imported first, so
 * the benchmark's "cost per page" includes building the prefilter's word lists, not only `main()`.
 */
export const scriptStart = performance.now();

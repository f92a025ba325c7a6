/** Actors the walking skeleton must badge on the seed article (cards by id). */
export const SEED_ACTORS = ['meta', 'fdd', 'behnam-ben-taleblu', 'israel-defense-forces', 'microsoft-threat-analysis-center'] as const;

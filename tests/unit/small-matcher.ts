/** A matcher over a few hand-made entries, for tests that must not depend on the real card data. */
import { ActorMatcher, compileMatcherTable, type MatcherEntry } from '../../analysis/actor-matcher';
import { isCaseSensitive } from '../../cards/alias-rules';

/** An entry whose names follow the cards' default case rule ("YouTube" exact, "Example Institute" any case). */
export function entry(id: string, name: string, kind: string, ...aliases: string[]): MatcherEntry {
  return {
    id,
    name,
    kind,
    names: [name, ...aliases].map((text) => ({ text, caseSensitive: isCaseSensitive(text, undefined), ambiguous: false })),
  };
}

export function smallMatcher(entries: readonly MatcherEntry[]): ActorMatcher {
  return new ActorMatcher(compileMatcherTable(entries));
}

/** YouTube and a think tank: enough for a story in which a platform acts and a researcher comments. */
export const youtubeAndInstitute = () =>
  smallMatcher([entry('youtube', 'YouTube', 'platform'), entry('example-institute', 'Example Institute', 'think-tank')]);

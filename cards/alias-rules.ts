/**
 * How a card's names are normalised for matching. Shared by the validator (collision checks), the
 * compiler (the matcher table) and the matcher itself, so all three agree on what "the same name" is.
 */
import { matchKey } from '../analysis/text-classes';

/** The folded form two names are compared by: see `matchKey`. */
export function foldAlias(text: string): string {
  return String.fromCharCode(...matchKey(text));
}

/**
 * Names with an upper-case letter after the first character of a word ("FDD", "YouTube", "McDonald")
 * are matched case-sensitively unless the card says otherwise; ordinary capitalised names are not, so
 * that "the foundation for defense of democracies" still matches.
 */
export function isCaseSensitive(text: string, declared: boolean | undefined): boolean {
  if (declared !== undefined) return declared;
  return text.split(/\s+/).some((word) => /\p{Lu}/u.test([...word].slice(1).join('')));
}

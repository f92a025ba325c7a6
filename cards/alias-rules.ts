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
 * Acronyms and short names with an upper-case letter after their first character ("FDD", "MTAC", "AfD")
 * are matched case-sensitively unless the card says otherwise, since written otherwise they are other
 * words or other bodies. Longer brand names written in camel case ("YouTube", "TikTok", "LinkedIn") are
 * not: the press writes "Tiktok", "Youtube" and "TIKTOK" as often. Ordinary capitalised names are not
 * either, so that "the foundation for defense of democracies" still matches.
 */
export function isCaseSensitive(text: string, declared: boolean | undefined): boolean {
  if (declared !== undefined) return declared;
  return text.split(/\s+/).some((word) => {
    const letters = [...word];
    if (!/\p{Lu}/u.test(letters.slice(1).join(''))) return false;
    return letters.length <= 4 || !/\p{Ll}/u.test(word);
  });
}

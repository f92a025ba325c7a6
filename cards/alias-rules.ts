/**
 * How a card's names are normalised for matching. Shared by the validator (collision checks), the
 * compiler (the matcher table) and the matcher itself, so all three agree on what "the same name" is.
 */

/** Case-folds and collapses every run of non-word characters to one space; keeps letters from any script. */
export function foldAlias(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/**
 * Names written with an upper-case letter after the first character ("FDD", "YouTube", "McDonald")
 * are matched case-sensitively unless the card says otherwise; ordinary capitalised names are not, so
 * that "the foundation for defense of democracies" still matches.
 */
export function isCaseSensitive(text: string, declared: boolean | undefined): boolean {
  if (declared !== undefined) return declared;
  return text.split(/\s+/).some((word) => /\p{Lu}/u.test([...word].slice(1).join('')));
}

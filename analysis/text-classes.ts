/**
 * Character classes and case folding on UTF-16 code units, cached in typed arrays so the matcher's
 * inner loop never allocates or runs a RegExp. Surrogate halves count as word characters: astral
 * letters such as "𝕏" (U+1D54F) are two code units and must stay inside one word.
 */

const UNKNOWN = 0;
export const SEPARATOR = 1;
export const WORD = 2;
export const APOSTROPHE = 3;

const classCache = new Uint8Array(65536);
const foldCache = new Uint16Array(65536);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}\p{M}]/gu;

for (let c = 0; c < 128; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  classCache[c] = isWord ? WORD : c === 39 ? APOSTROPHE : SEPARATOR;
  foldCache[c] = c >= 65 && c <= 90 ? c + 32 : c;
}

export function charClass(code: number): number {
  const cached = classCache[code]!;
  if (cached !== UNKNOWN) return cached;
  let cls: number;
  if (code >= 0xd800 && code <= 0xdfff) cls = WORD;
  else if (code === 0x2019 || code === 0x2018 || code === 0x02bc) cls = APOSTROPHE;
  else cls = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
  classCache[code] = cls;
  return cls;
}

/** Lower-cases one code unit; apostrophe look-alikes fold to "'". Code units whose lower case is longer stay as they are. */
export function foldChar(code: number): number {
  if (code < 128) return foldCache[code]!;
  const cached = foldCache[code]!;
  if (cached !== 0) return cached;
  let folded = code;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc) folded = 39;
  else if (code < 0xd800 || code > 0xdfff) {
    const lower = String.fromCharCode(code).toLowerCase();
    if (lower.length === 1) folded = lower.charCodeAt(0);
  }
  foldCache[code] = folded;
  return folded;
}

export function isWordChar(code: number): boolean {
  return charClass(code) === WORD;
}

/**
 * The key sequence a name is matched by: word characters case-folded, apostrophes unified, and every
 * run of other characters (spaces, hyphens, dots) collapsed to one space; no leading or trailing space.
 * "Brig.-Gen." and "Brig Gen" therefore have the same key.
 */
export function matchKey(text: string): number[] {
  const key: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (charClass(code) === SEPARATOR) {
      pendingSpace = key.length > 0;
      continue;
    }
    if (pendingSpace) key.push(32);
    pendingSpace = false;
    key.push(foldChar(code));
  }
  return key;
}

let fullClassTable: Uint8Array | null = null;
let fullFoldTable: Uint16Array | null = null;

/**
 * The class and the case fold of every UTF-16 code unit, as two flat tables, for loops that can't
 * afford a branch per character, the same answers as charClass and foldChar. Built once, on first
 * use (a few milliseconds); only the matcher needs them, so the content script never pays for them.
 */
export function classAndFoldTables(): { classes: Uint8Array; folds: Uint16Array } {
  if (!fullClassTable || !fullFoldTable) {
    const classes = new Uint8Array(65536);
    const folds = new Uint16Array(65536);
    // A block of code units at a time, through one native regex replace and one toLowerCase each: a
    // look-up per code unit took 35 ms, paid by every cold start of the background.
    const BLOCK = 2048;
    const codes = new Array<number>(BLOCK);
    for (let start = 0; start < 65536; start += BLOCK) {
      if (start >= 0xd800 && start < 0xe000) {
        // Surrogate halves: word characters that fold to themselves (see charClass).
        for (let code = start; code < start + BLOCK; code++) {
          classes[code] = WORD;
          folds[code] = code;
        }
        continue;
      }
      for (let i = 0; i < BLOCK; i++) codes[i] = start + i;
      const block = String.fromCharCode(...codes);
      const words = block.replace(NOT_LETTER_OR_DIGIT, '\0');
      // İ is the one code unit whose lower case is longer; it stays as it is (see foldChar).
      const lower = block.replace('\u0130', '\0').toLowerCase();
      const positional = lower.length === BLOCK;
      for (let i = 0; i < BLOCK; i++) {
        const code = start + i;
        classes[code] = words.charCodeAt(i) === 0 ? SEPARATOR : WORD;
        folds[code] = !positional ? foldChar(code) : code === 0x130 ? code : lower.charCodeAt(i);
      }
    }
    for (let code = 0; code < 128; code++) {
      classes[code] = classCache[code]!;
      folds[code] = foldCache[code]!;
    }
    for (const apostrophe of [0x2019, 0x2018, 0x02bc]) {
      classes[apostrophe] = APOSTROPHE;
      folds[apostrophe] = 39;
    }
    fullClassTable = classes;
    fullFoldTable = folds;
  }
  return { classes: fullClassTable, folds: fullFoldTable };
}

let fullWordKeyTable: Uint16Array | null = null;

/**
 * One table for the matcher's hot loop: the folded key of a word character, 0 for anything else. A
 * single load per character answers both "is this a word character?" and "what does it match as?".
 */
export function wordKeyTable(): Uint16Array {
  if (!fullWordKeyTable) {
    const { classes, folds } = classAndFoldTables();
    const keys = new Uint16Array(65536);
    for (let code = 0; code < 65536; code++) if (classes[code] === WORD) keys[code] = folds[code]!;
    fullWordKeyTable = keys;
  }
  return fullWordKeyTable;
}

import { describe, expect, it } from 'vitest';
import { APOSTROPHE, SEPARATOR, WORD, charClass, classAndFoldTables, foldChar, matchKey } from '../../analysis/text-classes';

describe('character classes and case folding', () => {
  it('gives, in the bulk-built tables, the same class and fold as one code unit at a time, for all 65,536', () => {
    const { classes, folds } = classAndFoldTables();
    const differ: string[] = [];
    for (let code = 0; code < 65536; code++)
      if (classes[code] !== charClass(code) || folds[code] !== foldChar(code))
        differ.push(`U+${code.toString(16)}: ${classes[code]}/${folds[code]} vs ${charClass(code)}/${foldChar(code)}`);
    expect(differ).toEqual([]);
  });

  it('knows letters, digits and marks of any script, apostrophes, separators and surrogate halves', () => {
    expect(['a', 'Z', '7', 'é', 'Ж', 'ع', '中', '\u0301'].map((c) => charClass(c.charCodeAt(0)))).toEqual(Array(8).fill(WORD));
    expect(["'", '’', 'ʼ'].map((c) => charClass(c.charCodeAt(0)))).toEqual(Array(3).fill(APOSTROPHE));
    expect([' ', '-', '.', '—', '\u00a0', '“'].map((c) => charClass(c.charCodeAt(0)))).toEqual(Array(6).fill(SEPARATOR));
    expect(charClass('𝕏'.charCodeAt(0))).toBe(WORD);
    // İ lower-cases to two code units: it stays as it is rather than lose a character.
    expect(foldChar('İ'.charCodeAt(0))).toBe('İ'.charCodeAt(0));
    expect(String.fromCharCode(...matchKey('Brig.-Gen. Ḥasan’s 𝕏'))).toBe("brig gen ḥasan's 𝕏");
  });
});

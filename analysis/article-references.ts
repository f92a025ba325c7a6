/**
 * Names an article coins for itself: an abbreviation it defines ("Foundation for the Defense of
 * Democracies (FDD)") and later short references to a person it introduced in full ("Behnam Ben
 * Taleblu" … "said Taleblu"). Both are found after the dictionary matcher has run, and only ever
 * point back at an entity already named in full earlier in the same article.
 */
import { charClass, WORD } from './text-classes';

export interface ReferenceMention {
  id: string;
  kind: string;
  start: number;
  end: number;
}

const DEFINED_ABBREVIATION = /^\s*\(([\p{Lu}][\p{Lu}\p{N}&.-]{1,9})\)/u;
/** Name particles that never stand alone as a short reference. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ben', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'la', 'le', 'jr', 'sr', 'ii', 'iii']);

/**
 * "The Armed Forces of the Philippines … AFP says": an abbreviation whose letters the article spells out
 * as some other name stands for that name, not for the card that shares it (Agence France-Presse). Kept
 * where the article also names the card's entity in full.
 */
function withoutAbbreviationsSpelledOut(text: string, mentions: readonly ReferenceMention[]): readonly ReferenceMention[] {
  let dropped: Set<string> | null = null;
  const checked = new Map<string, boolean>();
  for (const m of mentions) {
    const surface = text.slice(m.start, m.end);
    if (!/^[A-Z]{2,6}$/.test(surface)) continue;
    const key = `${m.id}|${surface}`;
    if (!checked.has(key)) checked.set(key, spelledOutOtherwise(text, surface, m.id, mentions));
    if (checked.get(key)) (dropped ??= new Set()).add(key);
  }
  return dropped ? mentions.filter((m) => !dropped!.has(`${m.id}|${text.slice(m.start, m.end)}`)) : mentions;
}

/** Whether the article spells `abbreviation` out as words that no mention of entity `id` covers. */
function spelledOutOtherwise(text: string, abbreviation: string, id: string, mentions: readonly ReferenceMention[]): boolean {
  const between = String.raw`[\s-]+(?:(?:of|the|and|for|on|in|de)\s+)*`;
  const spelled = new RegExp(
    String.raw`(?<![\p{L}\p{N}])` + [...abbreviation].map((c) => `${c}\\p{Ll}+`).join(between) + String.raw`(?![\p{L}\p{N}])`,
    'gu',
  );
  for (const found of text.matchAll(spelled)) {
    const start = found.index;
    const end = start + found[0].length;
    if (!mentions.some((m) => m.id === id && m.start < end && start < m.end)) return true;
  }
  return false;
}

export function addArticleReferences(text: string, found: readonly ReferenceMention[]): ReferenceMention[] {
  const mentions = withoutAbbreviationsSpelledOut(text, found);
  const added: ReferenceMention[] = [];
  // Which characters a mention already covers: a long article has hundreds of mentions and as many
  // later references, so overlap is looked up here rather than by comparing every pair.
  const covered = new Uint8Array(text.length);
  const cover = (start: number, end: number) => covered.fill(1, start, end);
  const taken = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (covered[i] === 1) return true;
    return false;
  };
  const add = (m: ReferenceMention, at: number, length: number) => {
    if (taken(at, at + length)) return;
    added.push({ id: m.id, kind: m.kind, start: at, end: at + length });
    cover(at, at + length);
  };
  for (const m of mentions) cover(m.start, m.end);
  // A name and its short form are looked for once, after their first mention: later ones find a subset.
  const seen = new Set<string>();
  for (const m of mentions) {
    const abbreviation = DEFINED_ABBREVIATION.exec(text.slice(m.end, m.end + 16))?.[1];
    if (abbreviation && !seen.has(`${m.id}|(${abbreviation})`)) {
      seen.add(`${m.id}|(${abbreviation})`);
      for (const at of wholeWordOccurrences(text, abbreviation, m.end)) add(m, at, abbreviation.length);
    }
    if (m.kind === 'person') {
      const surname = lastNameOf(text.slice(m.start, m.end));
      const key = `${m.id}|${surname}`;
      if (!surname || seen.has(key)) continue;
      seen.add(key);
      for (const at of wholeWordOccurrences(text, surname, m.end)) add(m, at, surname.length);
    }
  }
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

function lastNameOf(fullName: string): string | null {
  const words = fullName.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length < 2) return null;
  const last = words[words.length - 1]!.replace(/[’'].*$/, '');
  if (last.length < 3 || PARTICLES.has(last.toLowerCase())) return null;
  return last;
}

/** Case-sensitive occurrences of `word` at word boundaries, from `from` on. */
function wholeWordOccurrences(text: string, word: string, from: number): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + word.length)) {
    const before = at > 0 ? charClass(text.charCodeAt(at - 1)) : 0;
    const after = at + word.length < text.length ? charClass(text.charCodeAt(at + word.length)) : 0;
    if (before !== WORD && after !== WORD) out.push(at);
  }
  return out;
}

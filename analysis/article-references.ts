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

export function addArticleReferences(text: string, mentions: readonly ReferenceMention[]): ReferenceMention[] {
  const added: ReferenceMention[] = [];
  const taken = (start: number, end: number) =>
    mentions.some((m) => m.start < end && start < m.end) || added.some((m) => m.start < end && start < m.end);
  const seenShort = new Set<string>();
  for (const m of mentions) {
    const abbreviation = DEFINED_ABBREVIATION.exec(text.slice(m.end, m.end + 16))?.[1];
    if (abbreviation) {
      for (const at of wholeWordOccurrences(text, abbreviation, m.end)) {
        if (!taken(at, at + abbreviation.length)) added.push({ id: m.id, kind: m.kind, start: at, end: at + abbreviation.length });
      }
    }
    if (m.kind === 'person') {
      const surname = lastNameOf(text.slice(m.start, m.end));
      const key = `${m.id}|${surname}`;
      if (!surname || seenShort.has(key)) continue;
      seenShort.add(key);
      for (const at of wholeWordOccurrences(text, surname, m.end)) {
        if (!taken(at, at + surname.length)) added.push({ id: m.id, kind: m.kind, start: at, end: at + surname.length });
      }
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

/**
 * Finds mentions of known entities in plain text, in one pass whose cost grows with the text length and
 * not with the number of names.
 *
 * The names are compiled (at build time, by `compileMatcherTable`) into a character trie over
 * `matchKey` sequences and shipped as flat arrays. Matching starts a trie walk at every word start and
 * keeps the longest name that ends on a word boundary; most walks stop after one or two characters, so
 * the inner loop is a typed-array lookup per character. This is the dictionary-lookup half of the
 * Aho–Corasick idea without failure links: names may only begin at word starts, so no walk ever needs to
 * resume mid-word.
 */
import { APOSTROPHE, SEPARATOR, WORD, charClass, classAndFoldTables, matchKey, wordKeyTable } from './text-classes';

export interface MatcherName {
  text: string;
  caseSensitive: boolean;
  ambiguous: boolean;
  /**
   * May be found starting in lower case even though written with a capital: the names of rules and
   * policies ("rules against coordinated inauthentic behavior"), which prose writes either way. By
   * default only a name written with a lower-case initial may start at a lower-case word.
   */
  lowerStart?: boolean | undefined;
}

export interface MatcherEntry {
  id: string;
  name: string;
  kind: string;
  names: MatcherName[];
  contextTerms?: readonly string[] | undefined;
  /** Ids of the entities that own this one ("owned-by" in the card data). */
  ownedBy?: readonly string[] | undefined;
}

/** The serialisable form, written to `generated/matcher-table.json`. */
export interface MatcherTable {
  version: 1;
  entries: {
    id: string;
    name: string;
    kind: string;
    contextTerms?: readonly string[] | undefined;
    ownedBy?: readonly string[] | undefined;
  }[];
  /**
   * Per name: owning entry index, flags (1 = case-sensitive, 2 = ambiguous, 4 = written with a lower-case
   * initial), and the exact letters for case checks.
   */
  nameEntry: number[];
  nameFlags: number[];
  nameExact: string[];
  edgeStart: number[];
  edgeKey: number[];
  edgeTarget: number[];
  termStart: number[];
  termName: number[];
  /**
   * Folded first words of names written with a lower-case initial ("esafety", "al", "hate"): only these
   * may start a match at a lower-case word. Every other name needs a capital (or digit) where it begins.
   */
  lowerFirstWords: string[];
}

export interface RawMatch {
  entry: number;
  name: number;
  start: number;
  end: number;
}

export interface Mention {
  id: string;
  start: number;
  end: number;
  /** The text as written in the article. */
  surface: string;
}

const CASE_SENSITIVE = 1;
const AMBIGUOUS = 2;
/** The name is written with a lower-case initial, so it may be found starting in lower case. */
const LOWER_INITIAL = 4;
const NEWLINE = 10;
const CAPITAL_START = 1;
const LOWER_START = 2;

const LOWER = /\p{Ll}/u;
function isLowerCaseLetter(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  return code < 0xd800 || code > 0xdfff ? LOWER.test(String.fromCharCode(code)) : false;
}

const FIRST_WORD_SLOTS = 1 << 16;
/** How many leading characters of a word its hash covers. */
const FIRST_WORD_PREFIX = 4;

function firstWordSlot(prefixHash: number, length: number): number {
  return (prefixHash ^ Math.imul(length, 0x9e3779b1)) & (FIRST_WORD_SLOTS - 1);
}

function wordHash(hash: number, key: number): number {
  return (Math.imul(hash, 31) + key) | 0;
}

function hashSlot(node: number, key: number, mask: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(key, 0x85ebca6b)) & mask;
}

/** Letters and digits only, apostrophes unified: what a case-sensitive name must equal exactly. */
function exactLetters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === SEPARATOR) continue;
    out += cls === APOSTROPHE ? "'" : text[i];
  }
  return out;
}

/** A key's first word: up to the first space or apostrophe, as the scan delimits words. */
function firstWordOf(key: string): string {
  const end = key.search(/[ ']/);
  return end < 0 ? key : key.slice(0, end);
}

export function compileMatcherTable(entries: readonly MatcherEntry[]): MatcherTable {
  interface BuildNode {
    children: Map<number, number>;
    names: number[];
  }
  const nodes: BuildNode[] = [{ children: new Map(), names: [] }];
  const table: MatcherTable = {
    version: 1,
    entries: entries.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      ...(e.contextTerms ? { contextTerms: e.contextTerms } : {}),
      ...(e.ownedBy ? { ownedBy: e.ownedBy } : {}),
    })),
    nameEntry: [],
    nameFlags: [],
    nameExact: [],
    edgeStart: [],
    edgeKey: [],
    edgeTarget: [],
    termStart: [],
    termName: [],
    lowerFirstWords: [],
  };
  const lowerFirstWords = new Set<string>();
  entries.forEach((entry, entryIndex) => {
    const seen = new Set<string>();
    for (const n of entry.names) {
      const key = matchKey(n.text);
      const keyString = String.fromCharCode(...key);
      if (key.length === 0 || seen.has(keyString)) continue;
      seen.add(keyString);
      const nameIndex = table.nameEntry.length;
      table.nameEntry.push(entryIndex);
      const lowerInitial = (n.lowerStart && !n.caseSensitive) || /^\p{Ll}/u.test(n.text.trim());
      table.nameFlags.push((n.caseSensitive ? CASE_SENSITIVE : 0) | (n.ambiguous ? AMBIGUOUS : 0) | (lowerInitial ? LOWER_INITIAL : 0));
      table.nameExact.push(n.caseSensitive ? exactLetters(n.text) : '');
      let node = 0;
      for (const k of key) {
        let next = nodes[node]!.children.get(k);
        if (next === undefined) {
          next = nodes.length;
          nodes.push({ children: new Map(), names: [] });
          nodes[node]!.children.set(k, next);
        }
        node = next;
      }
      nodes[node]!.names.push(nameIndex);
      if (lowerInitial) lowerFirstWords.add(firstWordOf(keyString));
    }
  });
  for (const node of nodes) {
    table.edgeStart.push(table.edgeKey.length);
    for (const [k, target] of [...node.children].sort((a, b) => a[0] - b[0])) {
      table.edgeKey.push(k);
      table.edgeTarget.push(target);
    }
    table.termStart.push(table.termName.length);
    table.termName.push(...node.names);
  }
  table.edgeStart.push(table.edgeKey.length);
  table.termStart.push(table.termName.length);
  table.lowerFirstWords = [...lowerFirstWords].sort();
  return table;
}

/** A compiled table loaded into typed arrays, ready to scan text. */
export class ActorMatcher {
  readonly table: MatcherTable;
  private readonly edgeStart: Int32Array;
  private readonly edgeKey: Uint16Array;
  private readonly edgeTarget: Int32Array;
  private readonly termStart: Int32Array;
  private readonly termName: Int32Array;
  /** Dense first step: the root child for every code unit as written, -1 when none. */
  private readonly rootNext: Int32Array;
  /**
   * Per code unit that can start a name: LOWER_START for a lower-case letter, CAPITAL_START for anything
   * else; 0 when no name starts with it. Proper names are written with a capital, so a lower-case word
   * starts a walk only where some name is written that way ("eSafety", "hate speech policy").
   */
  private readonly initialCase: Uint8Array;
  private readonly idToEntry: Map<string, number>;
  private readonly nameNode: Int32Array;
  private readonly classes: Uint8Array;
  private readonly folds: Uint16Array;
  /** Open-addressing hash of every (node, key) → child edge below the root. */
  private readonly hashNode: Int32Array;
  private readonly hashKey: Uint16Array;
  private readonly hashTarget: Int32Array;
  private readonly hashMask: number;
  /**
   * Hashes of every word a name can begin with, flagged CAPITAL_START, and LOWER_START too where a name
   * begins with it written in lower case: any other word is skipped without a walk.
   */
  private readonly firstWords: Uint8Array;
  private readonly wordKeys: Uint16Array;

  constructor(table: MatcherTable) {
    this.table = table;
    this.edgeStart = Int32Array.from(table.edgeStart);
    this.edgeKey = Uint16Array.from(table.edgeKey);
    this.edgeTarget = Int32Array.from(table.edgeTarget);
    this.termStart = Int32Array.from(table.termStart);
    this.termName = Int32Array.from(table.termName);
    ({ classes: this.classes, folds: this.folds } = classAndFoldTables());
    this.wordKeys = wordKeyTable();
    const rootChild = new Map<number, number>();
    for (let e = this.edgeStart[0]!; e < this.edgeStart[1]!; e++) rootChild.set(this.edgeKey[e]!, this.edgeTarget[e]!);
    const lowerInitials = new Set(table.lowerFirstWords.map((w) => w.charCodeAt(0)));
    this.rootNext = new Int32Array(65536).fill(-1);
    this.initialCase = new Uint8Array(65536);
    for (let code = 0; code < 65536; code++) {
      const folded = this.folds[code]!;
      const child = rootChild.get(folded);
      if (child === undefined) continue;
      const lower = isLowerCaseLetter(code);
      if (lower && !lowerInitials.has(folded)) continue;
      this.rootNext[code] = child;
      this.initialCase[code] = lower ? LOWER_START : CAPITAL_START;
    }
    this.idToEntry = new Map(table.entries.map((e, i) => [e.id, i]));
    let size = 1;
    while (size < this.edgeKey.length * 2) size <<= 1;
    this.hashMask = size - 1;
    this.hashNode = new Int32Array(size).fill(-1);
    this.hashKey = new Uint16Array(size);
    this.hashTarget = new Int32Array(size);
    for (let node = 1; node + 1 < this.edgeStart.length; node++) {
      for (let e = this.edgeStart[node]!; e < this.edgeStart[node + 1]!; e++) {
        let slot = hashSlot(node, this.edgeKey[e]!, this.hashMask);
        while (this.hashNode[slot] !== -1) slot = (slot + 1) & this.hashMask;
        this.hashNode[slot] = node;
        this.hashKey[slot] = this.edgeKey[e]!;
        this.hashTarget[slot] = this.edgeTarget[e]!;
      }
    }
    this.firstWords = new Uint8Array(FIRST_WORD_SLOTS);
    this.markFirstWords(0, 0);
    for (const word of table.lowerFirstWords) {
      let hash = 0;
      for (let k = 0; k < Math.min(word.length, FIRST_WORD_PREFIX); k++) hash = wordHash(hash, word.charCodeAt(k));
      this.firstWords[firstWordSlot(hash, word.length)]! |= LOWER_START;
    }
    this.nameNode = new Int32Array(table.nameEntry.length);
    for (let node = 0; node + 1 < this.termStart.length; node++) {
      for (let t = this.termStart[node]!; t < this.termStart[node + 1]!; t++) this.nameNode[this.termName[t]!] = node;
    }
  }

  entryIndex(id: string): number | undefined {
    return this.idToEntry.get(id);
  }

  /** Depth-first over the first word of every name: the word ends where a space or apostrophe follows, or a name ends. */
  private markFirstWords(node: number, prefixHash: number, length = 0): void {
    for (let e = this.edgeStart[node]!; e < this.edgeStart[node + 1]!; e++) {
      const key = this.edgeKey[e]!;
      const target = this.edgeTarget[e]!;
      if (key === 32 || key === 39) {
        if (node !== 0) this.firstWords[firstWordSlot(prefixHash, length)]! |= CAPITAL_START;
        continue;
      }
      const next = length < FIRST_WORD_PREFIX ? wordHash(prefixHash, key) : prefixHash;
      if (this.termStart[target]! < this.termStart[target + 1]!) this.firstWords[firstWordSlot(next, length + 1)]! |= CAPITAL_START;
      this.markFirstWords(target, next, length + 1);
    }
  }

  private child(node: number, key: number): number {
    const mask = this.hashMask;
    for (let slot = hashSlot(node, key, mask); ; slot = (slot + 1) & mask) {
      const owner = this.hashNode[slot]!;
      if (owner === -1) return -1;
      if (owner === node && this.hashKey[slot] === key) return this.hashTarget[slot]!;
    }
  }

  /** Every longest name occurrence that starts and ends on a word boundary, left to right, non-overlapping. */
  scan(text: string): RawMatch[] {
    const out: RawMatch[] = [];
    const wordKeys = this.wordKeys;
    const initialCase = this.initialCase;
    const firstWords = this.firstWords;
    const length = text.length;
    let i = 0;
    while (i < length) {
      // The hot loop: one table load per character says whether it is a word character and how it folds.
      let key = wordKeys[text.charCodeAt(i)]!;
      if (key === 0) {
        i++;
        continue;
      }
      const start = i++;
      // Most words start with a letter no name starts with, written that way (lower case, mostly): only
      // their end is looked for.
      if (initialCase[text.charCodeAt(start)] === 0) {
        while (i < length && wordKeys[text.charCodeAt(i)] !== 0) i++;
        continue;
      }
      // A word: hash its first few characters and its length; the rest is only scanned for its end.
      let hash = key;
      let hashed = 1;
      while (i < length) {
        key = wordKeys[text.charCodeAt(i)]!;
        if (key === 0) break;
        if (hashed < FIRST_WORD_PREFIX) {
          hash = wordHash(hash, key);
          hashed++;
        }
        i++;
      }
      // Walk only from words some name begins with, written with an initial it allows.
      if ((firstWords[firstWordSlot(hash, i - start)]! & initialCase[text.charCodeAt(start)]!) !== 0) {
        const found = this.walk(text, start);
        if (found) {
          out.push(found);
          i = found.end;
        }
      }
    }
    return out;
  }

  private walk(text: string, start: number): RawMatch | null {
    const classes = this.classes;
    const folds = this.folds;
    const length = text.length;
    let node = this.rootNext[text.charCodeAt(start)]!;
    let j = start + 1;
    let best: RawMatch | null = null;
    while (node >= 0) {
      const nextClass = j < length ? classes[text.charCodeAt(j)]! : SEPARATOR;
      if (nextClass !== WORD && this.termStart[node]! < this.termStart[node + 1]!) {
        const name = this.acceptName(node, text, start, j);
        if (name >= 0) best = { entry: this.table.nameEntry[name]!, name, start, end: j };
      }
      if (j >= length) break;
      if (nextClass === SEPARATOR) {
        // A run of separators is one space in the key, but a line break ends a name.
        let k = j;
        while (k < length && classes[text.charCodeAt(k)] === SEPARATOR) {
          if (text.charCodeAt(k) === NEWLINE) return best;
          k++;
        }
        node = this.child(node, 32);
        j = k;
      } else {
        node = this.child(node, folds[text.charCodeAt(j)]!);
        j++;
      }
    }
    return best;
  }

  /** The first name ending at this node whose case rule the text satisfies, or -1. */
  private acceptName(node: number, text: string, start: number, end: number): number {
    const lowerStart = this.initialCase[text.charCodeAt(start)] === LOWER_START;
    for (let t = this.termStart[node]!; t < this.termStart[node + 1]!; t++) {
      const name = this.termName[t]!;
      const flags = this.table.nameFlags[name]!;
      if (lowerStart && (flags & LOWER_INITIAL) === 0) continue;
      if ((flags & CASE_SENSITIVE) === 0 || this.hasExactLetters(text, start, end, this.table.nameExact[name]!)) return name;
    }
    return -1;
  }

  /** Whether `text[start, end)`, separators dropped and apostrophes unified, is `exact`: `exactLetters` without building a string. */
  private hasExactLetters(text: string, start: number, end: number, exact: string): boolean {
    let k = 0;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      const cls = this.classes[code]!;
      if (cls === SEPARATOR) continue;
      if (k >= exact.length || exact.charCodeAt(k) !== (cls === APOSTROPHE ? 39 : code)) return false;
      k++;
    }
    return k === exact.length;
  }

  /** Every entry owning a name with the same key as `name` (declared collisions share a trie node). */
  entriesSharingName(name: number): number[] {
    const node = this.nameNode[name]!;
    const entries: number[] = [];
    for (let t = this.termStart[node]!; t < this.termStart[node + 1]!; t++) {
      const entry = this.table.nameEntry[this.termName[t]!]!;
      if (!entries.includes(entry)) entries.push(entry);
    }
    return entries;
  }

  entryId(entry: number): string {
    return this.table.entries[entry]!.id;
  }

  isAmbiguous(name: number): boolean {
    return (this.table.nameFlags[name]! & AMBIGUOUS) !== 0;
  }
}

/**
 * Turns raw matches into mentions, applying declared ambiguity: an ambiguous name counts only when the
 * same text also names the entity unambiguously or contains one of its context terms.
 */
export function resolveMentions(matcher: ActorMatcher, text: string, raw: readonly RawMatch[]): Mention[] {
  const confirmed = new Set<number>();
  for (const m of raw) if (!matcher.isAmbiguous(m.name)) confirmed.add(m.entry);
  const contextCache = new Map<number, boolean>();
  const hasContext = (entry: number): boolean => {
    let hit = contextCache.get(entry);
    if (hit === undefined) {
      hit = (matcher.table.entries[entry]!.contextTerms ?? []).some((term) => containsWord(text, term));
      contextCache.set(entry, hit);
    }
    return hit;
  };
  const out: Mention[] = [];
  for (const m of raw) {
    let entry = m.entry;
    if (matcher.isAmbiguous(m.name)) {
      const candidates = matcher.entriesSharingName(m.name);
      const pick = candidates.find((e) => confirmed.has(e)) ?? candidates.find(hasContext);
      if (pick === undefined) continue;
      entry = pick;
    }
    out.push({ id: matcher.table.entries[entry]!.id, start: m.start, end: m.end, surface: text.slice(m.start, m.end) });
  }
  return out;
}

/** Case-sensitive whole-word containment, for context terms. */
export function containsWord(text: string, term: string): boolean {
  let from = 0;
  for (;;) {
    const at = text.indexOf(term, from);
    if (at < 0) return false;
    const before = at === 0 ? SEPARATOR : charClass(text.charCodeAt(at - 1));
    const after = at + term.length >= text.length ? SEPARATOR : charClass(text.charCodeAt(at + term.length));
    if (before !== 2 && after !== 2) return true;
    from = at + 1;
  }
}

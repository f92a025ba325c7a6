/**
 * Stage two of attribution: from a mention ("he", "Hagari", "the FDD research analyst") to the
 * speaker it refers to, with the role and affiliation the article gave when it introduced them.
 *
 * One pass over the tokens collects every introduction of a named person or organization, reading
 * pre-modifiers ("IDF Spokesman Brig.-Gen. Daniel Hagari": affiliation, role, rank, name) and
 * appositions ("Behnam Ben Taleblu, a senior fellow with the Foundation for …"). Mentions are then
 * resolved like the mention-to-speaker sieve of Muzny et al. (2017): exact and partial names first,
 * role descriptions against introduced roles, pronouns to the most recent compatible person.
 */
import { bareWord, isCapitalized, isPossessive, type Token } from './quote-tokens';
import type { MentionTokens } from './speaker-cues';
import {
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  NON_NAME_CAPITALS,
  ORGANIZATION_MARKERS,
  ORGANIZATION_NOUNS,
  STATE_BODIES,
  PERSON_PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
} from './speaker-lexicon';
import { givenNameGender } from './given-names';
import { isDemonymName, isPlaceName } from './place-names';
import type { QuoteSpeaker } from './quotes';
import { UNCARDED_PLATFORM_NAMES } from './uncarded-platforms';

type EntityKind = 'person' | 'organization' | 'document' | 'place' | 'unknown';

interface Entity {
  name: string;
  kind: EntityKind;
  role: string | null;
  affiliation: string | null;
  descriptor: string | null;
  gender: 'm' | 'f' | null;
  /** Lower-case words of the name, for surname and partial matches. */
  nameWords: string[];
  /** Short names the article defines for it in parentheses: "Meta Platforms Inc. (Meta)". */
  aliases: Set<string>;
}

interface Occurrence {
  entity: Entity;
  token: number;
}

/** A phrase split into its parts: "IDF | Spokesman | Brig.-Gen. | Daniel Hagari". */
interface PhraseParts {
  determiner: string | null;
  affiliation: string | null;
  role: string | null;
  honorific: string | null;
  name: string | null;
  nameWords: string[];
  /** The phrase minus the name: the descriptive words around it. */
  descriptor: string | null;
  kind: EntityKind;
  gender: 'm' | 'f' | null;
}

const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  '&',
  'on',
  'without',
  'de',
  'du',
  'van',
  'von',
  'la',
  'le',
  'bin',
  'al',
  'da',
  'di',
]);
/** Connectors inside an organization's name ("Friends of the Earth", "Internet Without Borders") that no person's name holds. */
const ORGANIZATION_CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'without']);
const PREPOSITIONS = new Set(['with', 'at', 'for', 'of', 'from', 'in']);
const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three']);
const MALE_WORDS = new Set([
  'mr',
  'spokesman',
  'congressman',
  'chairman',
  'businessman',
  'man',
  'father',
  'brother',
  'king',
  'prince',
  'sir',
  'lord',
]);
const FEMALE_WORDS = new Set([
  'mrs',
  'ms',
  'miss',
  'spokeswoman',
  'congresswoman',
  'chairwoman',
  'businesswoman',
  'woman',
  'mother',
  'sister',
  'queen',
  'princess',
  'dame',
  'lady',
]);

/** Prepositions whose object is not the subject of its sentence. */
const OBJECT_PREPOSITIONS = new Set([
  'of',
  'in',
  'to',
  'at',
  'with',
  'from',
  'by',
  'for',
  'on',
  'about',
  'after',
  'before',
  'against',
  'than',
  'like',
]);

/** Possessive pronouns and the subject pronouns they stand for. */
const POSSESSIVE_PRONOUNS: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it', my: 'i', our: 'we' };

/** How many named mentions back a pronoun or description may reach for its antecedent. */
const MAX_ANTECEDENT_DISTANCE = 40;

/** A Map, not an object: every word of the article is looked up, and "constructor" is a word too. */
const GENDERED_PRONOUNS = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['his', 'm'],
  ['him', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(w.replace(/['’]s$/, '')) && w.replace(/[^\p{Lu}]/gu, '').length >= 2;
const isHonorific = (t: Token) =>
  (t.text.endsWith('.') && HONORIFICS.has(t.text.toLowerCase().split(/[.-]/)[0]!)) || /^(?:mr|mrs|ms|dr)$/i.test(t.text);
const isRoleWord = (t: Token) => ROLE_NOUNS.has(t.lower) || ROLE_MODIFIERS.has(t.lower);

/** Text of tokens [from, to) as written in the article. */
function slice(text: string, tokens: Token[], from: number, to: number): string {
  return from < to ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : '';
}

function stripPossessive(s: string): string {
  return s.replace(/['’]s?$/, '');
}

/**
 * Splits a phrase [from, to) into determiner, affiliation, role, honorific and name, reading right to
 * left: the name is the trailing run of capitalized words that are not role or rank words.
 */
function splitPhrase(text: string, tokens: Token[], from: number, to: number): PhraseParts {
  let start = from;
  let determiner: string | null = null;
  const first = tokens[start];
  if (isWord(first) && DETERMINERS.has(first.text.toLowerCase())) {
    determiner = first.text;
    start++;
  }
  // A trailing parenthetical ("(R-Texas)", "(FDD)") stays with the phrase but is not the name.
  let end = to;
  if (tokens[end - 1]?.text === ')') {
    const open = tokens
      .slice(start, end)
      .map((t) => t.text)
      .lastIndexOf('(');
    if (open > 0) end = start + open;
  }
  // "a spokesman for the Clinton campaign": role, then the organization after the preposition.
  for (let i = start + 1; i < end - 1; i++) {
    if (isWord(tokens[i]) && PREPOSITIONS.has(tokens[i]!.lower) && ROLE_NOUNS.has(tokens[i - 1]!.lower)) {
      const head = splitPhrase(text, tokens, start, i);
      let orgFrom = i + 1;
      if (isWord(tokens[orgFrom]) && tokens[orgFrom]!.lower === 'the') orgFrom++;
      return {
        ...head,
        determiner,
        affiliation: slice(text, tokens, orgFrom, to) || head.affiliation,
        descriptor: slice(text, tokens, from, to),
      };
    }
  }
  // "Jeffrey Lewis of the James Martin Center …": a person's name, then "of the" and the place they
  // work; the name is the run before the preposition, however long the institution's name.
  const personThenPlace = personBeforeInstitution(tokens, start, end);
  if (personThenPlace > 0) {
    const head = splitPhrase(text, tokens, start, personThenPlace);
    return { ...head, determiner, affiliation: slice(text, tokens, personThenPlace + 2, end), descriptor: slice(text, tokens, from, to) };
  }
  let nameFrom = end;
  while (nameFrom > start && nameFrom > end - 4) {
    const t = tokens[nameFrom - 1]!;
    const fits =
      isWord(t) &&
      isCapitalized(t) &&
      !isRoleWord(t) &&
      !isHonorific(t) &&
      !(isPossessive(t) && nameFrom < end) &&
      !NON_NAME_CAPITALS.has(t.lower);
    const connector = isWord(t) && CONNECTORS.has(t.lower) && nameFrom < end && t.lower !== 'the' && t.lower !== 'and';
    if (!fits && !connector) break;
    nameFrom--;
  }
  while (nameFrom < end && isWord(tokens[nameFrom]) && CONNECTORS.has(tokens[nameFrom]!.lower) && !isCapitalized(tokens[nameFrom]))
    nameFrom++;
  let honorFrom = nameFrom;
  while (honorFrom > start && isHonorific(tokens[honorFrom - 1]!)) honorFrom--;
  let roleFrom = honorFrom;
  while (roleFrom > start && isWord(tokens[roleFrom - 1]) && isRoleWord(tokens[roleFrom - 1]!) && !isPossessive(tokens[roleFrom - 1]))
    roleFrom--;
  // ("Lady Justice Jackie Kamau", "Lord Justice Leveson": the title's first word belongs to the role.)
  if (roleFrom < honorFrom && roleFrom > start && /^(?:lady|lord)$/.test(tokens[roleFrom - 1]!.lower)) roleFrom--;
  // The role's head is the last role word; leading modifiers without a head are not a role.
  while (roleFrom < honorFrom && !tokens.slice(roleFrom, honorFrom).some((t) => ROLE_NOUNS.has(t.lower))) roleFrom = honorFrom;
  // "the Foreign Ministry", "the Premier League": capitalized words before an organization's own noun
  // are its name, not a person's title.
  if (end - nameFrom === 1 && ORGANIZATION_MARKERS.has(tokens[nameFrom]!.lower) && honorFrom === nameFrom) {
    let k = nameFrom;
    while (k > start && isWord(tokens[k - 1]) && isCapitalized(tokens[k - 1]) && !isPossessive(tokens[k - 1])) k--;
    nameFrom = roleFrom = honorFrom = k;
  }
  const nameWords = tokens
    .slice(nameFrom, end)
    .filter(isWord)
    .map((t) => t.lower);
  const name = nameFrom < end ? stripPossessive(slice(text, tokens, nameFrom, end)) : null;
  // Leading time modifiers ("former", "then-") qualify the role, not the organization.
  let affiliationFrom = start;
  while (affiliationFrom < roleFrom && /^(?:former|then|ex|onetime|late|acting|outgoing|incoming)$/.test(tokens[affiliationFrom]!.lower))
    affiliationFrom++;
  // ("the gamer": with neither a role nor a name, the words left are the description, not an organization.)
  // ("leading Minaj to …", "the band owner": lower-case words alone name no organization either.)
  const affiliationWords = roleFrom > affiliationFrom ? stripPossessive(slice(text, tokens, affiliationFrom, roleFrom)) : '';
  // "The Irish Independent journalist's former Twitter profile picture": an owner and a lower-case
  // modifier before a name, with no role, describe the thing the name modifies, not the name.
  const ownersModifier = roleFrom >= honorFrom && /['’]s\s+(?:\p{Ll}[\p{L}-]*\s*)+$/u.test(slice(text, tokens, from, nameFrom));
  const affiliation =
    affiliationWords &&
    !ownersModifier &&
    (nameFrom < end || roleFrom < honorFrom || honorFrom < nameFrom) &&
    /[\p{Lu}\p{N}]/u.test(affiliationWords)
      ? affiliationWords
      : null;
  const honorific = honorFrom < nameFrom ? slice(text, tokens, honorFrom, nameFrom) : null;
  const modifiers = affiliationFrom > start ? slice(text, tokens, start, affiliationFrom) + ' ' : '';
  // Without a role noun, a rank or office title ("Gov.", "Sen.") is the role the article gives.
  const role =
    roleFrom < honorFrom
      ? modifiers + slice(text, tokens, roleFrom, honorFrom)
      : honorific && !/^(?:mr|mrs|ms|miss|dr)\.?$/i.test(honorific)
        ? modifiers + honorific
        : null;
  const words = tokens
    .slice(from, to)
    .filter(isWord)
    .map((t) => t.lower);
  // A role word says it outright; else a first name the resolver knows ("Hillary Clinton"), never a
  // lone word, which may be a surname ("Kelly", "Paul").
  const gender = words.some((w) => MALE_WORDS.has(w))
    ? 'm'
    : words.some((w) => FEMALE_WORDS.has(w))
      ? 'f'
      : (nameWords
          .slice(0, -1)
          .map(givenNameGender)
          .find((g) => g !== null) ?? null);
  return {
    determiner,
    affiliation,
    role,
    honorific,
    name,
    nameWords,
    gender,
    // ("Google’s Threat Analysis Group": an owner alone describes nothing the affiliation does not say;
    // nor does an article alone, "the VietnamNet report".)
    descriptor:
      nameFrom > from &&
      !ownersModifier &&
      !(role === null && /^(?:.*['’]s|the|a|an)$/i.test(slice(text, tokens, from, nameFrom))) &&
      // ("Mr Bibby", "Mrs Loach": a courtesy title describes no one.)
      !(role === null && /^(?:mr|mrs|ms|miss|mx)\.?$/i.test(slice(text, tokens, from, nameFrom))) &&
      // ("leading Minaj to …": lower-case words with no role in them describe nothing.)
      (role !== null || /\p{Lu}/u.test(slice(text, tokens, from, nameFrom)))
        ? slice(text, tokens, from, nameFrom)
        : null,
    kind: phraseKind(tokens, nameFrom, end, role, honorific, name),
  };
}

/** Index of "of"/"at"/"with" in `Name Name of the Institution …` starting at `start`, or -1. */
function personBeforeInstitution(tokens: Token[], start: number, end: number): number {
  let i = start;
  while (
    i < end &&
    isWord(tokens[i]) &&
    isCapitalized(tokens[i]!) &&
    !isRoleWord(tokens[i]!) &&
    !isHonorific(tokens[i]!) &&
    !NON_NAME_CAPITALS.has(tokens[i]!.lower)
  )
    i++;
  if (i - start < 2 || i - start > 4 || end - i < 3) return -1;
  return /^(?:of|at|with)$/.test(tokens[i]!.text) && tokens[i + 1]?.lower === 'the' && isCapitalized(tokens[i + 2]) ? i : -1;
}

/** ", Ohio", ", Calif.", ", Mexico" right after token j - 1: the name before is a town in that place. */
function followedByPlace(tokens: Token[], j: number): boolean {
  if (tokens[j]?.text !== ',') return false;
  const words: string[] = [];
  for (let k = j + 1; k < tokens.length && k <= j + 3 && isWord(tokens[k]) && isCapitalized(tokens[k]); k++) {
    words.push(tokens[k]!.lower);
    if (isPlaceName(words) || (words.length === 1 && STATE_ABBREVIATION.test(tokens[k]!.text))) return true;
  }
  return false;
}

/**
 * "a rally in San Diego", "died in Terre Haute.": a name first met as the object of "in" is where
 * something happens, not who (people are "in" a place, a party, a race, not "in Mary Smith").
 */
function introducedAsLocation(tokens: Token[], from: number, j: number): boolean {
  return tokens[from - 1]?.lower === 'in' && !isPossessive(tokens[j - 1]) && !(isWord(tokens[j]) && isCapitalized(tokens[j]));
}

/** Newspaper abbreviations of US states ("Calif.", "Fla.", "N.J."). */
const STATE_ABBREVIATION =
  /^(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|N\.[HJMYCD]|S\.[CD]|R\.I|W\.Va)\.$/;

const SERVICE_NAMES: ReadonlySet<string> = new Set(UNCARDED_PLATFORM_NAMES.map((n) => n.toLowerCase()));

function phraseKind(
  tokens: Token[],
  nameFrom: number,
  end: number,
  role: string | null,
  honorific: string | null,
  name: string | null,
): EntityKind {
  const nameTokens = tokens.slice(nameFrom, end).filter(isWord);
  if (nameTokens.some((t) => ORGANIZATION_MARKERS.has(t.lower)) || (nameTokens.length === 1 && isAcronym(nameTokens[0]!.text)))
    return 'organization';
  // "Cash App", "Tinder": a service known by name, never a person "she" could stand for.
  if (name && SERVICE_NAMES.has(name.toLowerCase())) return 'organization';
  // ("Turkish authorities", "the Kenyan government": a body named by its kind is no person.)
  const roleHead = role?.toLowerCase().split(/\s+/).pop();
  if (roleHead && !honorific && nameTokens.length === 0 && (ORGANIZATION_NOUNS.has(roleHead) || STATE_BODIES.has(roleHead)))
    return 'organization';
  if (honorific || role) return 'person';
  // "New Hampshire", "Wall Street", "Muslim Americans": two capitalized words that are no first and last name.
  const words = nameTokens.map((t) => t.lower);
  if (isPlaceName(words) || isDemonymName(words)) return 'place';
  if (name && nameTokens.length >= 2) return 'person';
  return 'unknown';
}

/**
 * Apposition after a name: ", a senior fellow with the Foundation for the Defense of Democracies
 * (FDD)" or ", the Foreign Ministry's spokesman". Returns the role, affiliation and whole phrase.
 */
function readApposition(
  text: string,
  tokens: Token[],
  comma: number,
): { role: string; affiliation: string | null; descriptor: string } | null {
  if (tokens[comma]?.text !== ',') return null;
  let i = comma + 1;
  // ", who is chairman of Our Principles PAC": a relative clause that only gives the role.
  if (isWord(tokens[i]) && tokens[i]!.lower === 'who' && /^(?:is|was)$/.test(tokens[i + 1]?.lower ?? '')) i += 2;
  const from = i;
  if (isWord(tokens[i]) && DETERMINERS.has(tokens[i]!.lower)) i++;
  const affiliationFrom = i;
  // Organization pre-modifiers ("the Foreign Ministry's", "a Meta") before the role.
  while (isWord(tokens[i]) && isCapitalized(tokens[i]) && !isRoleWord(tokens[i]!) && i - from < 8) i++;
  const affiliationBefore = i > affiliationFrom ? stripPossessive(slice(text, tokens, affiliationFrom, i)) : null;
  const roleFrom = i;
  while (isWord(tokens[i]) && (isRoleWord(tokens[i]!) || /^(?:vice|co)$/.test(tokens[i]!.lower)) && i - roleFrom < 5) i++;
  if (i === roleFrom || !tokens.slice(roleFrom, i).some((t) => ROLE_NOUNS.has(t.lower))) return null;
  const role = slice(text, tokens, roleFrom, i);
  let end = i;
  let affiliation = affiliationBefore;
  if (isWord(tokens[i]) && PREPOSITIONS.has(tokens[i]!.lower)) {
    const orgEnd = organizationEnd(tokens, i + 1);
    if (orgEnd > i + 1) {
      const orgFrom = tokens[i + 1]!.lower === 'the' ? i + 2 : i + 1;
      affiliation = slice(text, tokens, orgFrom, orgEnd);
      end = orgEnd;
    }
  }
  return { role, affiliation, descriptor: slice(text, tokens, from, end) };
}

/** End of an organization name starting at i: capitalized words, inner "of the", "(ACRONYM)". */
function organizationEnd(tokens: Token[], i: number): number {
  let j = i;
  if (isWord(tokens[j]) && tokens[j]!.lower === 'the') j++;
  let end = i;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (isWord(t) && isCapitalized(t)) {
      j++;
      end = j;
      continue;
    }
    if (
      (isWord(t) && CONNECTORS.has(t.lower) && isCapitalized(tokens[j + 1])) ||
      (isWord(t) && t.lower === 'the' && isCapitalized(tokens[j + 1]))
    ) {
      j++;
      continue;
    }
    if (isWord(t) && CONNECTORS.has(t.lower) && tokens[j + 1]?.lower === 'the' && isCapitalized(tokens[j + 2])) {
      j += 2;
      continue;
    }
    if (t.text === '(' && end > i && tokens[j + 2]?.text === ')' && isWord(tokens[j + 1])) {
      j += 3;
      end = j;
      continue;
    }
    break;
  }
  return end;
}

/**
 * The one-word short name a parenthesis right after a name defines for it: "Meta Platforms Inc.
 * (Meta)", '… ("Meta")'. `j` is the end of the name's run, which takes in such a parenthesis.
 */
function definedShortName(text: string, tokens: Token[], j: number): string | null {
  const inner = tokens[j - 2];
  if (tokens[j - 1]?.text !== ')' || tokens[j - 3]?.text !== '(' || !inner) return null;
  if (inner.kind === 'word') return inner.lower;
  const quoted = inner.kind === 'quote' ? text.slice(inner.start + 1, inner.end - 1).trim() : '';
  return /^\p{Lu}[\p{L}\p{N}&.-]*$/u.test(quoted) ? bareWord(quoted) : null;
}

/**
 * "Conceding that …", "Asked about …", "Speaking to …": a participle or adverb opening the sentence
 * is capitalized but names nobody. A name there ("Manning said") is followed by a verb or a comma,
 * not by an object or a preposition.
 */
function openingVerbForm(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    /^\p{Lu}\p{Ll}+(?:ing|ed|ly)$/u.test(tokens[i]!.text) &&
    isWord(next) &&
    /^(?:that|the|a|an|to|his|her|their|its|on|in|at|with|for|from|about|over|after|before|by|into|up|out)$/.test(next.text)
  );
}

/** A run ending in a possessive ("Trump's") may still be followed by an apposition-free role. */
function isPossessiveRunEnd(tokens: Token[], j: number): boolean {
  return isPossessive(tokens[j - 1]) || tokens[j]?.text === ',';
}

/** Whether token t may sit inside an introduction run ("Republican presidential candidate Donald Trump"). */
function continuesRun(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (!isWord(t)) return false;
  if (isCapitalized(t)) return true;
  if (isRoleWord(t)) return isCapitalized(tokens[j + 1]) || (isWord(tokens[j + 1]) && isRoleWord(tokens[j + 1]!));
  return CONNECTORS.has(t.lower) && t.lower !== 'and' && isCapitalized(tokens[j + 1]) && j > 0 && isCapitalized(tokens[j - 1]);
}

export interface SpeakerResolver {
  /** Resolves a mention; a relative pronoun passes the phrase it refers to as `antecedent`. */
  resolve(mention: MentionTokens, antecedent?: MentionTokens): QuoteSpeaker;
}

/** Small words a Title Case headline leaves in lower case. */
const TITLE_SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'as',
  'vs',
]);

/**
 * The token after a first line written in Title Case (four words or more, every word but the small ones
 * capitalized, no sentence end), or 0 when the text does not open on one.
 */
function titleCaseHeadlineEnd(tokens: readonly Token[]): number {
  let end = 0;
  while (end < tokens.length && tokens[end]!.kind !== 'para') end++;
  const words = tokens.slice(0, end).filter((t) => t.kind === 'word' && !TITLE_SMALL_WORDS.has(t.lower));
  if (end === tokens.length || words.length < 4 || tokens.slice(0, end).some((t) => t.kind === 'punct' && t.text === '.')) return 0;
  return words.every((t) => isCapitalized(t) || /^\p{N}/u.test(t.text)) ? end : 0;
}

const CONTRACTED_PRONOUN = /^(?:we|i|he|she|they|it|you)['’](?:s|re|m|ll|d|ve)$/i;

export function createSpeakerResolver(text: string, tokens: Token[]): SpeakerResolver {
  const entities: Entity[] = [];
  const occurrences: Occurrence[] = [];
  const byWord = new Map<string, Entity[]>();

  const register = (parts: PhraseParts): Entity => {
    const entity: Entity = {
      name: parts.name ?? '',
      kind: parts.kind,
      role: parts.role,
      affiliation: parts.affiliation,
      descriptor: parts.descriptor,
      gender: parts.gender,
      nameWords: parts.nameWords,
      aliases: new Set(),
    };
    entities.push(entity);
    for (const w of parts.nameWords) {
      const list = byWord.get(w) ?? [];
      list.push(entity);
      byWord.set(w, list);
    }
    return entity;
  };

  /**
   * Whether a bare "W" may stand for an entity whose name only begins with W. A person named
   * surname-first or by first name ("Xi" for Xi Jinping, "Hillary") may; an organization or a place
   * named after someone ("Trump University", "the Clinton Foundation", "Trump Tower"), or a longer name joined by
   * "of" or "for" ("Sperry of Counter Jihad"), may not, unless W itself names an organization ("Meta"
   * for Meta Platforms) or the article defines W as its short name ("Meta Platforms Inc. (Meta)").
   */
  const startsFor = (entity: Entity, word: string): boolean =>
    (entity.kind !== 'organization' && entity.kind !== 'place' && !entity.nameWords.some((w) => ORGANIZATION_CONNECTORS.has(w))) ||
    ORGANIZATION_MARKERS.has(word) ||
    entity.aliases.has(word);

  /**
   * The entity a one-word name refers to, as news writing re-mentions people by surname: the most
   * recently seen one whose name ends in (or is) the word; only when there is none, the most recent
   * one whose name begins with it and that the word may stand for (startsFor).
   */
  const bestByWord = (word: string, before: number): Entity | null => {
    let best: Entity | null = null;
    let bestAt = -1;
    let bestEnds = false;
    for (const entity of byWord.get(word) ?? []) {
      const words = entity.nameWords;
      const ends = words[words.length - 1] === word;
      if (!ends && (words[0] !== word || !startsFor(entity, word))) continue;
      if (bestEnds && !ends) continue;
      const at = lastOccurrence(entity, before);
      if ((ends && !bestEnds) || at > bestAt || (at === bestAt && best && words.length > best.nameWords.length)) {
        best = entity;
        bestAt = at;
        bestEnds = ends;
      }
    }
    return best;
  };

  /** An earlier entity this name refers to: same full name, or a surname of a longer name. */
  const findNamed = (parts: PhraseParts, before: number): Entity | null => {
    const words = parts.nameWords;
    if (!words.length) return null;
    if (words.length === 1) return bestByWord(words[0]!, before);
    const lastWord = words[words.length - 1]!;
    let best: Entity | null = null;
    let bestAt = -1;
    for (const entity of byWord.get(lastWord) ?? []) {
      if (!words.every((w) => entity.nameWords.includes(w))) continue;
      const at = lastOccurrence(entity, before);
      if (at > bestAt || (at === bestAt && best && entity.nameWords.length > best.nameWords.length)) {
        best = entity;
        bestAt = at;
      }
    }
    return best;
  };

  // Occurrences stay sorted by token: the pre-scan appends in text order, and mentions resolved
  // later are inserted in place by binary search.
  const lastSeen = new Map<Entity, number[]>();
  const insertSorted = <T>(list: T[], item: T, key: (x: T) => number) => {
    const at = key(item);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]!) <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo === list.length) list.push(item);
    else list.splice(lo, 0, item);
  };
  const noteOccurrence = (entity: Entity, token: number) => {
    insertSorted(occurrences, { entity, token }, (o) => o.token);
    const list = lastSeen.get(entity) ?? [];
    insertSorted(list, token, (t) => t);
    lastSeen.set(entity, list);
  };
  /** Token of the entity's last occurrence before `before`; -0.5 if it only occurs later. */
  const lastOccurrence = (entity: Entity, before: number): number => {
    const list = lastSeen.get(entity) ?? [];
    for (let k = list.length - 1; k >= 0; k--) if (list[k]! < before) return list[k]!;
    return list.length ? -0.5 : -1;
  };

  const merge = (entity: Entity, parts: PhraseParts) => {
    entity.role ??= parts.role;
    entity.affiliation ??= parts.affiliation;
    entity.descriptor ??= parts.descriptor;
    entity.gender ??= parts.gender;
    if (parts.nameWords.length > entity.nameWords.length && parts.name) {
      entity.name = parts.name;
      entity.nameWords = parts.nameWords;
      for (const w of parts.nameWords) if (!(byWord.get(w) ?? []).includes(entity)) byWord.set(w, [...(byWord.get(w) ?? []), entity]);
    }
    if (entity.kind === 'unknown') entity.kind = parts.kind;
  };

  let lowerWords: Set<string> | null = null;
  const writtenInLowerCase = (word: string): boolean => {
    if (!lowerWords) {
      lowerWords = new Set();
      for (const t of tokens) {
        if (t.kind === 'word' && startsLowerCase(t.text)) lowerWords.add(t.lower);
      }
    }
    return lowerWords.has(word);
  };

  // Pass over the article: every run of capitalized words (with role words before them) introduces
  // or re-mentions a named entity; he/she pronouns vote on the gender of the person they most
  // plausibly follow (the only person named so far in the sentence, or else in the previous one).
  const votes = new Map<Entity, { m: number; f: number }>();
  let sentencePeople: Entity[] = [];
  let previousPeople: Entity[] = [];
  // First token of the sentence holding each token, for the subject preference of pronouns.
  const sentenceFrom: number[] = new Array(tokens.length);
  const vote = (gender: 'm' | 'f') => {
    const people = sentencePeople.length ? sentencePeople : previousPeople;
    if (new Set(people).size !== 1) return;
    const tally = votes.get(people[0]!) ?? { m: 0, f: 0 };
    tally[gender]++;
    votes.set(people[0]!, tally);
  };
  const headlineEnd = titleCaseHeadlineEnd(tokens);
  for (let i = 0, opened = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    sentenceFrom[i] = opened;
    // A Title Case headline capitalizes verbs and nouns alike ("DOJ/FBI Seize Domain Names"): its runs
    // of capitals are no names.
    if (i < headlineEnd) continue;
    if (token.kind === 'para' || (token.kind === 'punct' && /^[.!?]$/.test(token.text))) {
      opened = i + 1;
      if (sentencePeople.length) previousPeople = sentencePeople;
      sentencePeople = [];
      continue;
    }
    const pronounGender = GENDERED_PRONOUNS.get(token.lower);
    if (pronounGender && token.kind === 'word') {
      vote(pronounGender);
      continue;
    }
    if (!continuesRun(tokens, i)) continue;
    // "We’ve had …", "It’s": a pronoun opening a sentence, contracted, is no name.
    if (CONTRACTED_PRONOUN.test(token.text)) continue;
    let j = i;
    while (j < tokens.length && (continuesRun(tokens, j) || (tokens[j]!.text === '(' && tokens[j + 2]?.text === ')')))
      j += tokens[j]!.text === '(' ? 3 : 1;
    let from = i;
    while (from < j && isWord(tokens[from]) && NON_NAME_CAPITALS.has(tokens[from]!.lower) && !isHonorific(tokens[from]!)) from++;
    if (from === j - 1 && from === opened && openingVerbForm(tokens, from)) {
      i = j - 1;
      continue;
    }
    // "Social media platforms in Gabon …": one capitalized word opening a sentence, which the article
    // also writes in lower case, is a common word there, unless it is already someone's name.
    if (from === j - 1 && from === opened && writtenInLowerCase(tokens[from]!.lower) && !bestByWord(tokens[from]!.lower, from)) {
      i = j - 1;
      continue;
    }
    if (from === j - 1 && tokens[from]!.kind === 'word' && !isPossessiveRunEnd(tokens, j)) {
      // Fast path: a one-word re-mention of a known name ("Trump", "Hagari").
      const known = bestByWord(tokens[from]!.lower, from);
      if (known) {
        noteOccurrence(known, from);
        if (known.kind !== 'organization' && known.kind !== 'place') sentencePeople.push(known);
        i = j - 1;
        continue;
      }
    }
    if (from < j) {
      const parts = splitPhrase(text, tokens, from, j);
      if (parts.name) {
        const known = findNamed(parts, from);
        const apposition = readApposition(text, tokens, j);
        if (apposition && !parts.role)
          Object.assign(parts, {
            role: apposition.role,
            affiliation: apposition.affiliation,
            descriptor: apposition.descriptor,
            kind: parts.kind === 'organization' ? 'organization' : 'person',
          });
        // "the Vermont senator", "a Texas congressman": a new name that only modifies a role noun after
        // it is a place or an organization, never the person the pronouns that follow refer to.
        const after = tokens[j];
        if (!known && parts.kind === 'unknown' && isWord(after) && !isCapitalized(after) && ROLE_NOUNS.has(after.lower))
          parts.kind = 'organization';
        // "on the Trump Train,", "the Clinton Foundation.": a person's name takes no article, so a new
        // name of two or more words right after "the" names a thing (unless it modifies a noun after it:
        // "the Hillary Clinton campaign").
        if (
          !known &&
          (parts.kind === 'unknown' || parts.kind === 'person') &&
          !parts.role &&
          !parts.honorific &&
          parts.nameWords.length >= 2 &&
          tokens[from - 1]?.lower === 'the' &&
          !(isWord(after) && !isCapitalized(after))
        )
          parts.kind = 'organization';
        // "Terre Haute, Indiana", "Corona, Calif.": a new name followed by a state or country is a place.
        if (
          !known &&
          (parts.kind === 'unknown' || parts.kind === 'person') &&
          !parts.role &&
          !parts.honorific &&
          (followedByPlace(tokens, j) || introducedAsLocation(tokens, from, j))
        )
          parts.kind = 'place';
        const entity =
          known && (parts.nameWords.length === 1 || known.nameWords.length === parts.nameWords.length) ? known : register(parts);
        if (entity === known) merge(known, parts);
        const shortName = definedShortName(text, tokens, j);
        if (shortName) entity.aliases.add(shortName);
        noteOccurrence(entity, from);
        if (entity.kind !== 'organization' && entity.kind !== 'place') sentencePeople.push(entity);
      }
    }
    i = j - 1;
  }
  for (const [entity, tally] of votes) {
    if (!entity.gender && tally.m !== tally.f) entity.gender = tally.m > tally.f ? 'm' : 'f';
  }

  /** The index of the first occurrence at or after `token` (occurrences are in text order). */
  const firstOccurrenceFrom = (token: number): number => {
    let lo = 0;
    let hi = occurrences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (occurrences[mid]!.token < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const mostRecent = (before: number, accepts: (e: Entity) => boolean): Entity | null => {
    const lo = firstOccurrenceFrom(before);
    // Antecedents sit within a few paragraphs; the bound keeps resolution linear in the article.
    for (let k = lo - 1; k >= 0 && lo - k <= MAX_ANTECEDENT_DISTANCE; k--)
      if (accepts(occurrences[k]!.entity)) return occurrences[k]!.entity;
    return null;
  };

  /**
   * "Rubio said that after the debate he had begun …", "Cross said he has two options: X, whom he
   * called …": a pronoun in a sentence that opened with a fitting person refers to that subject, not to
   * a person named later in the sentence (Hobbs's subject preference).
   */
  const firstInSentence = (at: number, accepts: (e: Entity) => boolean): Entity | null => {
    const lo = firstOccurrenceFrom(sentenceFrom[at] ?? 0);
    for (let k = lo; k < occurrences.length && occurrences[k]!.token < at; k++) {
      const { entity, token } = occurrences[k]!;
      // "After the murder of X, Trump said he …": a name inside a prepositional phrase is no subject.
      const before = tokens[token - 1];
      if (before?.kind === 'word' && OBJECT_PREPOSITIONS.has(before.lower)) continue;
      if (accepts(entity)) return entity;
    }
    return null;
  };

  const toSpeaker = (entity: Entity | null, mention: MentionTokens, fallback: PhraseParts | null): QuoteSpeaker => {
    const span = { start: tokens[mention.from]!.start, end: tokens[mention.to - 1]!.end };
    if (entity)
      return { name: entity.name, mention: span, role: entity.role, affiliation: entity.affiliation, descriptor: entity.descriptor };
    return {
      // ("We’ve had …": the pronoun, not its contracted auxiliary.)
      name: text
        .slice(span.start, span.end)
        .replace(/^(\p{L}+)['’](?:s|re|m|ll|d|ve)$/iu, (word, pronoun: string) =>
          /^(?:he|she|they|it|i|we|you)$/i.test(pronoun) ? pronoun : word,
        ),
      mention: span,
      role: fallback?.role ?? null,
      affiliation: fallback?.affiliation ?? null,
      descriptor: fallback && (fallback.role || fallback.affiliation) ? text.slice(span.start, span.end) : null,
    };
  };

  // "Purple Heart", "Minimum Wage", "Dirty Dancing": capitalized common words, which the article also
  // writes in lower case, and no first name: a title or a thing, never who "he" or "she" is.
  const namedLikeAThing = (e: Entity): boolean =>
    e.nameWords.some((w) => writtenInLowerCase(w)) && !e.nameWords.some((w) => givenNameGender(w) !== null);

  const resolvePronoun = (word: string, at: number): Entity | null => {
    const gender = Object.hasOwn(PERSON_PRONOUNS, word) ? PERSON_PRONOUNS[word] : undefined;
    if (word === 'it' || word === 'they' || word === 'we' || word === 'which') {
      return mostRecent(at, (e) => e.kind === 'organization' || e.kind === 'document');
    }
    if (word === 'i' || word === 'you') return null;
    const wanted = gender === 'm' || gender === 'f' ? gender : null;
    // "he", "she" and "who" stand for a person, of either gender for "who".
    const person = wanted !== null || word === 'who';
    // A one-word name nobody ever called "he" or "she" is more likely a place ("Britain") than a person.
    const fits = (e: Entity) =>
      e.name !== '' &&
      (e.kind === 'person' || (e.kind === 'unknown' && (e.gender !== null || !person))) &&
      (!wanted || !e.gender || e.gender === wanted) &&
      !(person && !e.gender && !e.role && namedLikeAThing(e));
    const entity = firstInSentence(at, fits) ?? mostRecent(at, fits);
    if (entity && wanted && !entity.gender) entity.gender = wanted;
    return entity;
  };

  /** "the FDD research analyst" → the entity introduced with that role and affiliation. */
  const resolveDescription = (words: string[], at: number): Entity | null => {
    const content = words.filter((w) => !DETERMINERS.has(w));
    const head = content[content.length - 1];
    if (!head) return null;
    if (ROLE_NOUNS.has(head)) {
      return mostRecent(at, (e) => {
        if (e.kind !== 'person' || (!e.role && !e.descriptor)) return false;
        const known = new Set(`${e.role ?? ''} ${e.affiliation ?? ''} ${e.descriptor ?? ''}`.toLowerCase().match(/[\p{L}\p{N}-]+/gu) ?? []);
        return content.every((w) => known.has(w));
      });
    }
    if (ORGANIZATION_NOUNS.has(head) && content.length === 1) {
      return mostRecent(at, (e) => e.kind === 'organization');
    }
    return null;
  };

  return {
    resolve(mention: MentionTokens, antecedent?: MentionTokens): QuoteSpeaker {
      if (antecedent) {
        const speaker = this.resolve(antecedent);
        return { ...speaker, mention: { start: tokens[mention.from]!.start, end: tokens[mention.to - 1]!.end } };
      }
      const first = tokens[mention.from]!;
      const at = mention.from;
      // "He's", "they're": a pronoun with a contracted auxiliary is still the pronoun.
      const bare = first.text.replace(/['’](?:s|re|m|ll|d|ve)$/i, '').toLowerCase();
      // "his call for …", "her assertion that …": a possessive owner of a noun of saying is resolved
      // like the subject pronoun it stands for.
      const pronoun = POSSESSIVE_PRONOUNS[bare] ?? bare;
      if (mention.to - mention.from === 1 && /^(?:he|she|they|it|i|we|you|who|which)$/.test(pronoun)) {
        const entity = resolvePronoun(pronoun, at);
        if (entity) noteOccurrence(entity, at);
        return toSpeaker(entity, mention, null);
      }
      const parts = splitPhrase(text, tokens, mention.from, mention.to);
      if (parts.name && !(parts.determiner && INDEFINITE.has(parts.determiner.toLowerCase()))) {
        const entity = findNamed(parts, at + 1);
        if (entity) {
          merge(entity, parts);
          return toSpeaker(entity, mention, parts);
        }
        const created = register(parts);
        noteOccurrence(created, at);
        return toSpeaker(created, mention, parts);
      }
      const words = tokens
        .slice(mention.from, mention.to)
        .filter(isWord)
        .map((t) => t.lower);
      const definite = parts.determiner !== null && !INDEFINITE.has(parts.determiner.toLowerCase());
      if (definite) {
        const entity = resolveDescription(words, at);
        if (entity) {
          noteOccurrence(entity, at);
          return toSpeaker(entity, mention, parts);
        }
      }
      const head = words[words.length - 1] ?? '';
      if (DOCUMENT_NOUNS.has(head)) {
        const affiliation = tokens
          .slice(mention.from, mention.to)
          .filter((t) => isCapitalized(t) && !DETERMINERS.has(t.lower))
          .map((t) => stripPossessive(t.text))
          .join(' ');
        return { ...toSpeaker(null, mention, null), affiliation: affiliation || null };
      }
      if (ROLE_NOUNS.has(head) && !parts.role) {
        // "a Meta spokesperson": the role noun closes the phrase; capitalized words before it are the organization.
        return toSpeaker(null, mention, { ...parts, role: words[words.length - 1]!, affiliation: parts.name ?? parts.affiliation });
      }
      return toSpeaker(null, mention, parts);
    },
  };
}

/** A first character that upper-casing changes is a lower-case letter (no per-token expression). */
function startsLowerCase(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

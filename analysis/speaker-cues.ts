/**
 * Stage one of attribution: from a quote to the words naming its speaker (the mention).
 *
 * Follows the sieve idea of Muzny, Fang, Chang and Jurafsky, "A Two-stage Sieve Approach for Quote
 * Attribution" (EACL 2017): precise patterns first, looser ones after, each quote taking the first
 * that fires (see findCue):
 *   1. a tag after the quote: `"…," X said`, `"…," said X`, `"…," according to X`, `"…" — X`;
 *   2. a reporting clause before it in the sentence: `X said: "…"`, `X said the plan is "rigged"`,
 *      `X called it "a disaster"`, `…, adding that it will "…"` (participles share the clause subject);
 *   3. sentence-internal shapes: `labeled "…" by X`, `"…" in 2008, said X.`, `X went further: "…"`;
 *   4. beyond the sentence: a signature line under a pull quote, a run of quotes by one speaker
 *      (`"A," he said. "B."` and the next quoted paragraph), `X said:` ending the paragraph before.
 * The cue vocabulary follows Pareti's work on attribution relations (source, cue, content), which is
 * also how PolNeAR is annotated; like PolNeAR, nested reporting (`X said Y told her "…"`) goes to the
 * outer reporter. Quoted words used as labels (scare quotes, titles, "so-called", ", referring to … as")
 * get no cue. Stage two (mention → speaker) is in speaker-resolution.ts.
 */
import { quoteEndsSentence, isCapitalized, isPossessive, type Token } from './quote-tokens';
import type { QuoteSpan } from './quote-spans';
import {
  CLAUSE_WORDS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  NAMING_VERBS,
  NON_NAME_CAPITALS,
  ORGANIZATION_MARKERS,
  ORGANIZATION_NOUNS,
  reportingVerb,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SUBJECT_PRONOUNS,
  VERB_MODIFIERS,
  type ReportingVerb,
} from './speaker-lexicon';

/** A run of tokens [from, to) naming a speaker. */
export interface MentionTokens {
  from: number;
  to: number;
}

export type Cue =
  /** `antecedent` is set when the mention is a relative pronoun ("Graham, who has vowed …"). */
  | { kind: 'mention'; mention: MentionTokens; how: string; antecedent?: MentionTokens }
  /** The quote shares the speaker of an earlier quote (a participle clause, a run of quotes). */
  | { kind: 'same-as'; quote: number; how: string };

/** Heads of a counted share of people: "21 percent said", "a majority said". */
const QUANTITY_HEADS = new Set(['percent', '%', 'majority', 'minority', 'plurality', 'half', 'third', 'quarter']);

const PREPOSITIONS_AFTER_ROLE = new Set(['for', 'of', 'at', 'with', 'from', 'to', 'in']);
/** How many tokens a weak cue ("chided", "praised") may stand before the quote it governs. */
const WEAK_VERB_REACH = 14;
/** How far a naming verb ("called the plan … "a disaster"") may stand before its label. */
const NAMING_VERB_REACH = 16;

const MONTH = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|[a-z]*)$/;

/** Past forms without "-ed" that follow a subject (see withoutPastVerb for the regular ones). */
const IRREGULAR_PAST = new Set(
  'sent made took gave got had went came put held led ran won lost left kept brought bought began found spent built set sat stood paid met sold fought felt saw became'.split(
    ' ',
  ),
);

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/;

function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

function isRoleWord(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || ROLE_MODIFIERS.has(lower) || ORGANIZATION_NOUNS.has(lower) || DOCUMENT_NOUNS.has(lower);
}

/** A capitalized word that can be part of a name (not "The", "In", "Monday"). */
function isNameWord(t: Token | undefined): boolean {
  return isCapitalized(t) && !NON_NAME_CAPITALS.has(t!.lower);
}

// ---------------------------------------------------------------- sentence windows

/** True when token j ends a sentence. */
function endsSentence(tokens: Token[], j: number, text: string, quotes: QuoteSpan[]): boolean {
  const t = tokens[j]!;
  if (t.kind === 'para') return true;
  if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…';
  if (t.kind === 'quote') {
    const next = tokens[j + 1];
    return quoteEndsSentence(text, quotes[t.quote!]!) && (!next || next.kind !== 'word' || isCapitalized(next));
  }
  return false;
}

/** Index of the first token of the sentence holding token i. */
export function sentenceStart(tokens: Token[], i: number, text: string, quotes: QuoteSpan[]): number {
  let j = i - 1;
  while (j >= 0 && !endsSentence(tokens, j, text, quotes)) j--;
  return j + 1;
}

/** Index just past the words that follow token i up to the end of its sentence or the next quote. */
function clauseEndAfter(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === 'para' || t.kind === 'quote') break;
    if (t.kind === 'punct' && /^[.!?…]$/.test(t.text)) break;
    j++;
  }
  return j;
}

// ---------------------------------------------------------------- noun phrases

/**
 * The noun phrase that ends just before token `end` (exclusive), scanning left: a pronoun, a name
 * with its titles and pre-modifiers ("FDD Research Analyst Janatan Sayeh"), or a determiner phrase
 * ("a Meta spokesperson", "the FDD research analyst", "a spokesman for the campaign").
 */
export function nounPhraseBefore(tokens: Token[], end: number, floor: number): MentionTokens | null {
  // "Gov. Mary Fallin (R-OK) said": a closing parenthetical belongs to the phrase before it.
  if (tokens[end - 1]?.text === ')') {
    const open = findBack(tokens, end - 1, '(', floor);
    const inner = open > floor ? nounPhraseBefore(tokens, open, floor) : null;
    return inner ? { from: inner.from, to: end } : null;
  }
  const share = shareOfPeople(tokens, end, floor);
  if (share) return share;
  const last = tokens[end - 1];
  if (!isWord(last) || end - 1 < floor) return null;
  // "he", and contracted "He's said": a pronoun subject.
  if (SUBJECT_PRONOUNS.has(last.lower) && (last.lower === last.text.toLowerCase() || /^(?:he|she|it|they|we|i)$/.test(last.lower)))
    return { from: end - 1, to: end };
  if (SUBJECT_PRONOUNS.has(last.lower) && end - 1 === floor) return { from: end - 1, to: end };
  let from = end;
  let lowerRun = 0;
  for (let i = end - 1; i >= floor && end - i <= 12; i--) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && (t.text === '(' || t.text === ')')) {
      // A parenthetical inside a name: "Sen. Ted Cruz (R-Texas)", "the Center (MTAC)".
      const open = t.text === ')' ? findBack(tokens, i, '(', floor) : -1;
      if (open < 0) break;
      i = open;
      from = open;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '&') && from < end && isWord(tokens[i - 1]) && attached(tokens, i)) {
      from = i;
      continue;
    }
    if (!isWord(t)) break;
    const lower = t.text.toLowerCase();
    // "said that Americans will say": before a name, "that" is a conjunction, not a determiner; so it
    // is before a plural ("expects that voters will say"), which "that" and "this" cannot determine.
    if ((lower === 'that' || lower === 'this') && from < end && (isCapitalized(tokens[from]) || isPluralNoun(tokens[from]!))) break;
    if (DETERMINERS.has(lower) || (isPossessive(t) && !isCapitalized(t))) {
      from = i;
      // "a spokesman for the campaign": the determiner may belong to a prepositional complement.
      const prep = tokens[i - 1];
      if (isWord(prep) && PREPOSITIONS_AFTER_ROLE.has(prep.lower) && isWord(tokens[i - 2]) && ROLE_NOUNS.has(tokens[i - 2]!.lower)) {
        i -= 1;
        from = i;
        continue;
      }
      break;
    }
    if (isCapitalized(t)) {
      if (NON_NAME_CAPITALS.has(t.lower) && !t.text.endsWith('.') && !modalNamed(tokens, i)) break;
      from = i;
      lowerRun = 0;
      continue;
    }
    if (PREPOSITIONS_AFTER_ROLE.has(lower) && from < end && isWord(tokens[i - 1]) && ROLE_NOUNS.has(tokens[i - 1]!.lower)) {
      from = i;
      continue;
    }
    const asVerb = reportingVerb(lower);
    // "21 percent said": a number counts people when it quantifies a share.
    if (/^\d/.test(t.text) && QUANTITY_HEADS.has(tokens[from]?.lower ?? '')) {
      from = i;
      continue;
    }
    // "the 2016 election", "the Nov. 8 election": a year or a date inside the phrase, not a count.
    if (
      from < end &&
      isWord(tokens[i - 1]) &&
      ((/^(?:1[89]|20)\d\d$/.test(t.text) && (DETERMINERS.has(tokens[i - 1]!.lower) || isPossessive(tokens[i - 1]!))) ||
        (/^\d{1,2}$/.test(t.text) && MONTH.test(tokens[i - 1]!.text)))
    ) {
      from = i;
      continue;
    }
    if ((/^\d/.test(t.text) && !/^\d+-\p{L}/u.test(t.text)) || CLAUSE_WORDS.has(lower) || VERB_MODIFIERS.has(lower)) break;
    const head = i === end - 1;
    if (
      asVerb &&
      !(asVerb.nounLike && (head || (isWord(tokens[i - 1]) && (DETERMINERS.has(tokens[i - 1]!.lower) || isPossessive(tokens[i - 1])))))
    )
      break;
    if (lowerRun >= 4) break;
    // Lower-case words before a name must be role words ("former senator", "presidential candidate").
    const beforeName = from < end && isCapitalized(tokens[from]);
    if (beforeName && !isRoleWord(lower) && !/(?:an|ic|al|ish|ese|i)$/.test(lower)) break;
    from = i;
    lowerRun++;
  }
  if (from >= end) return null;
  // "Ortiz declined (to say)": a past-tense word right after a name is its verb, not a head noun.
  const head = tokens[end - 1]!;
  if (end - from >= 2 && /^[a-z]+ed$/.test(head.text) && isNameWord(tokens[end - 2])) return null;
  return validNounPhrase(tokens, from, end) ? { from, to: end } : null;
}

const COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/i;

/** "About four in 10 said", "three out of five said": a share of people counted by a poll. */
function shareOfPeople(tokens: Token[], end: number, floor: number): MentionTokens | null {
  let k = end - 1;
  if (!COUNT.test(tokens[k]?.text ?? '') || !/^(?:in|of)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  k -= tokens[k - 2]?.lower === 'out' ? 3 : 2;
  if (k < floor || !COUNT.test(tokens[k]!.text)) return null;
  while (k - 1 >= floor && /^(?:about|nearly|almost|roughly|some|over|under|fewer|more|than|just)$/i.test(tokens[k - 1]!.text)) k--;
  return { from: k, to: end };
}

/** A lower-case plural noun: "voters", "officials" (not "business", "news", "its"). */
function isPluralNoun(t: Token): boolean {
  return t.kind === 'word' && /^[a-z]{3,}[^su]s$/.test(t.text) && !/^(?:news|series|species|this|thus|always|perhaps)$/.test(t.lower);
}

/** "Q&A", "co-Anchor": a joining character written without spaces around it. */
function attached(tokens: Token[], i: number): boolean {
  return tokens[i - 1]!.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;
}

function findBack(tokens: Token[], i: number, text: string, floor: number): number {
  for (let j = i - 1; j >= floor && i - j < 8; j--) if (tokens[j]!.text === text) return j;
  return -1;
}

/** A speaker phrase needs a name, a determiner, or a head noun that can speak ("officials"). */
function validNounPhrase(tokens: Token[], from: number, to: number): boolean {
  let hasName = false;
  let hasDeterminer = false;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!isWord(t)) continue;
    if (isNameWord(t)) hasName = true;
    if (DETERMINERS.has(t.text.toLowerCase()) || isPossessive(t)) hasDeterminer = true;
  }
  const head = tokens[to - 1]!;
  if (hasName) return true;
  if (QUANTITY_HEADS.has(head.lower) && /^\d/.test(tokens[from]!.text)) return true;
  if (hasDeterminer) return to - from >= 2;
  return ROLE_NOUNS.has(head.lower) || ORGANIZATION_NOUNS.has(head.lower) || DOCUMENT_NOUNS.has(head.lower);
}

/**
 * The noun phrase starting at token `start`, scanning right (for inverted cues: "said Taleblu",
 * "says a new report from the group").
 */
export function nounPhraseAfter(tokens: Token[], start: number, limit: number): MentionTokens | null {
  const first = tokens[start];
  if (!isWord(first) || start >= limit) return null;
  if (SUBJECT_PRONOUNS.has(first.lower) && first.lower !== 'one') return { from: start, to: start + 1 };
  // "read one.", "was another": a lone determiner standing for a person or thing.
  if (/^(?:one|another|others)$/.test(first.lower) && (start + 1 >= limit || tokens[start + 1]!.text === ','))
    return { from: start, to: start + 1 };
  // "one of two witnesses who …": a partitive, then the phrase after "of".
  if (/^(?:one|some|many|most|each|several|two|three|none)$/.test(first.lower) && tokens[start + 1]?.lower === 'of') {
    const rest = nounPhraseAfter(tokens, start + 2, limit);
    return rest ? { from: start, to: rest.to } : null;
  }
  let to = start;
  let sawName = false;
  for (let i = start; i < limit && i - start < 14; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === '(') {
      const close = tokens.slice(i, Math.min(limit, i + 8)).findIndex((x) => x.text === ')');
      if (close < 0 || to === start) break;
      i += close;
      to = i + 1;
      continue;
    }
    if (t.kind === 'punct' && (t.text === '-' || t.text === '&') && to > start && isWord(tokens[i + 1])) continue;
    if (!isWord(t)) break;
    const lower = t.text.toLowerCase();
    if (isCapitalized(t)) {
      // "USA Today": after a name, a capitalized "Today" is part of it, not a time; "Internet Without
      // Borders": a capitalized "Without" between names joins them.
      const inName = sawName && (lower === 'today' || (lower === 'without' && isCapitalized(tokens[i + 1]) && i + 1 < limit));
      if (!inName && (WEEKDAYS.test(lower) || (NON_NAME_CAPITALS.has(t.lower) && !DETERMINERS.has(lower) && !t.text.endsWith('.')))) break;
      to = i + 1;
      sawName = true;
      continue;
    }
    if (DETERMINERS.has(lower) && i === start) {
      to = i + 1;
      continue;
    }
    if (PREPOSITIONS_AFTER_ROLE.has(lower) && lower !== 'in' && lower !== 'to' && ROLE_NOUNS.has(tokens[i - 1]?.lower ?? '')) continue;
    if (DETERMINERS.has(lower) && PREPOSITIONS_AFTER_ROLE.has(tokens[i - 1]?.lower ?? '')) continue;
    // "the Illinois Board of Elections", "Secretary of State": a connector between capitalized words.
    if (sawName && /^(?:of|for|on|and|&)$/.test(lower) && isCapitalized(tokens[i + 1]) && i + 1 < limit) continue;
    if (sawName && !isRoleWord(lower) && !roleNounWithin(tokens, i, limit)) break;
    if (CLAUSE_WORDS.has(lower) || reportingVerb(lower) || WEEKDAYS.test(lower)) break;
    if (!isRoleWord(lower) && !/(?:an|ic|al|ish|ese|i|ed)$/.test(lower) && i > start && !DETERMINERS.has(tokens[start]!.text.toLowerCase()))
      break;
    to = i + 1;
  }
  if (to <= start) return null;
  return validNounPhrase(tokens, start, to) ? { from: start, to } : null;
}

/**
 * "U.S. law enforcement official": the lower-case word at `at` modifies a role noun one or two words
 * on. A word shaped like a verb ("rallied", "urges", "warning") starts a predicate instead.
 */
function roleNounWithin(tokens: Token[], at: number, limit: number): boolean {
  for (let k = at; k < Math.min(limit, at + 3); k++) {
    const t = tokens[k];
    if (!isWord(t) || isCapitalized(t) || CLAUSE_WORDS.has(t.lower) || reportingVerb(t.lower)) return false;
    if (k > at && ROLE_NOUNS.has(t.lower)) return true;
    if (/(?:ed|ing|[^s]s)$/.test(t.lower)) return false;
  }
  return false;
}

// ---------------------------------------------------------------- verbs and subjects

interface VerbAt {
  index: number;
  verb: ReportingVerb;
  end: number;
}

/** The reporting verb at token i, if the word is used as one here (not "the claims", "a note"). */
function verbAt(tokens: Token[], i: number): VerbAt | null {
  const t = tokens[i];
  if (!isWord(t) || (isCapitalized(t) && i > 0 && tokens[i - 1]!.kind === 'word')) return null;
  if (t.lower === 'according' && tokens[i + 1]?.lower === 'to')
    return { index: i, verb: { lemma: 'according to', nounLike: false, participle: false, weak: false, particle: null }, end: i + 2 };
  const verb = reportingVerb(t.lower);
  if (!verb) return null;
  if (t.lower === 'thanks' && tokens[i + 1]?.lower === 'to') return null;
  if (usedAsNoun(tokens, i, verb)) return null;
  let end = i + 1;
  if (verb.particle) {
    // "made clear", "made it clear", "pointed out".
    // "put it" takes "it" as its particle; other verbs may put "it" before theirs.
    const gap = tokens[i + 1]?.lower === 'it' && !verb.particle.includes('it') ? 1 : 0;
    if (!verb.particle.includes(tokens[i + 1 + gap]?.lower ?? '')) return null;
    end = i + 2 + gap;
  }
  return { index: i, verb, end };
}

/**
 * Whether a reporting-verb form is used as a noun here: after a determiner ("the claims", "a note"),
 * or, for words that are often nouns, without a subject-like word before them ("recent remarks",
 * "Republican claims", "22 Clinton emails").
 */
function usedAsNoun(tokens: Token[], i: number, verb: ReportingVerb): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!isWord(prev)) return false;
  // "Another tweeted": a past form after a determiner-like word is still a verb.
  if (t.lower.endsWith('ed') && !isPossessive(prev) && !/^(?:the|a|an|his|her|their|its|this|these|those)$/.test(prev.lower)) return false;
  // "Most said", "Another wrote": a quantifier standing alone before an unambiguous verb is its subject.
  if (!verb.nounLike && /^(?:most|many|some|several|both|few|another|one|others|all|none)$/.test(prev.lower)) return false;
  // "He's predicting", "she's claimed": a pronoun with a contracted "is"/"has" is a subject, not a possessive.
  if (isPossessive(prev) && SUBJECT_PRONOUNS.has(prev.lower)) return false;
  if (DETERMINERS.has(prev.lower) || isPossessive(prev)) return true;
  if (!verb.nounLike || /(?:ed|ing)$/.test(t.lower)) return false;
  if (/^(?:to|of|for|in|on|with|by|about)$/.test(prev.lower)) return true;
  // "further details", "new claims": an adjective of amount or novelty before a plural makes it a noun.
  // ("He further claims" keeps its subject before the adverb.)
  const beforePrev = tokens[i - 2];
  if (
    t.lower.endsWith('s') &&
    /^(?:further|new|more|fresh|additional|few|scant|key|exact|full)$/.test(prev.lower) &&
    !(isWord(beforePrev) && (SUBJECT_PRONOUNS.has(beforePrev.lower) || isCapitalized(beforePrev)))
  )
    return true;
  if (SUBJECT_PRONOUNS.has(prev.lower) || VERB_MODIFIERS.has(prev.lower)) return false;
  if (!isCapitalized(prev) && compoundNounAt(tokens, i)) return true;
  // "the Meta policy states": a speaking noun before the word makes it the verb.
  if (!isCapitalized(prev)) return !(DOCUMENT_NOUNS.has(prev.lower) || ROLE_NOUNS.has(prev.lower) || ORGANIZATION_NOUNS.has(prev.lower));
  if (/(?:an|ic|ish|ese)$/.test(prev.lower)) return true;
  // "the Saudis state": a plural name before a base form is its subject (a name that only ends in
  // "s", "the Associated Press", "the Times", is no plural).
  if (!t.lower.endsWith('s') && /[^su]s$/.test(prev.lower) && !ORGANIZATION_MARKERS.has(prev.lower)) return false;
  // "the Associated Press report", "a White House statement": a base form after a name opened by
  // "the"/"a" is a noun (as a verb, it would need a plural subject).
  if (!t.lower.endsWith('s') && nameAfterArticle(tokens, i - 1)) return true;
  if (!t.lower.endsWith('s') && prev.lower.endsWith('s')) return false;
  const before = tokens[i - 2];
  return isWord(before) && (DETERMINERS.has(before.lower) || /^\d/.test(before.text));
}

/** Whether the run of capitalized words ending at token `last` is opened by "the", "a" or "an". */
function nameAfterArticle(tokens: Token[], last: number): boolean {
  let j = last;
  while (j > 0 && last - j < 5 && isCapitalized(tokens[j]) && !/^(?:the|a|an)$/.test(tokens[j]!.lower)) j--;
  const article = tokens[j];
  return isWord(article) && /^(?:the|a|an)$/.test(article.lower) && j < last && !/^(?:[^s]+s)$/.test(tokens[last]!.lower);
}

/**
 * A noun-like verb form after a lower-case word that cannot be its subject: "by executive order",
 * "the use of executive orders" (a bare noun after a preposition is that preposition's object), and
 * "an executive order", "a fundraising email" (a singular noun before a base form breaks agreement:
 * a subject would take "orders", "emails").
 */
function compoundNounAt(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const before = tokens[i - 2];
  if (isWord(before) && /^(?:of|by|for|with|from|in|on|under|without|via|to)$/.test(before.lower)) return true;
  // "read" and "put" are also past forms, which agree with any subject ("One sign read").
  const baseForm = !/s$/.test(tokens[i]!.lower) && !/^(?:read|put)$/.test(tokens[i]!.lower);
  return baseForm && !/s$/.test(prev.lower) && isWord(before) && DETERMINERS.has(before.lower);
}

/** Lower-case words ending in "-ly" that are nouns or verbs, not adverbs ("the rally said"). */
const LY_NON_ADVERBS = new Set(['family', 'rally', 'ally', 'supply', 'assembly', 'monopoly', 'anomaly', 'bully', 'belly', 'jelly']);

/** A manner or degree adverb ("increasingly", "angrily") that may stand between a subject and its verb. */
function isLyAdverb(t: Token): boolean {
  return /^[a-z]{2,}ly$/.test(t.text) && !LY_NON_ADVERBS.has(t.lower);
}

/** Skips adverbs and auxiliaries to the left of token `i` ("he has also said", "she has increasingly decried"). */
function skipModifiersLeft(tokens: Token[], i: number, floor: number): number {
  let j = i;
  while (
    j - 1 >= floor &&
    isWord(tokens[j - 1]) &&
    ((VERB_MODIFIERS.has(tokens[j - 1]!.lower) &&
      tokens[j - 1]!.lower === tokens[j - 1]!.text.toLowerCase() &&
      !modalNamed(tokens, j - 1)) ||
      isLyAdverb(tokens[j - 1]!))
  )
    j--;
  return j;
}

/**
 * `"…," Will wrote`, `May said on Monday`: a capitalized modal before an inflected verb ("wrote",
 * "says") cannot be a modal, which takes a bare verb; it is a name.
 */
function modalNamed(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!isCapitalized(t) || !/^(?:will|may|can|must|should|would|could|might)$/.test(t.lower) || !isWord(next)) return false;
  const verb = reportingVerb(next.lower);
  return !!verb && !verb.participle && next.lower !== verb.lemma;
}

const TIME_NOUNS = /^(?:week|weekend|month|year|night|morning|afternoon|evening|spring|summer|fall|autumn|winter|time)$/;

/**
 * Skips a time adverbial between a subject and its verb: "Trump last week said", "the agency two
 * weeks ago said", "Reyes this morning told". The words belong to neither the subject nor the verb.
 */
function skipTimeLeft(tokens: Token[], i: number, floor: number): number {
  const last = tokens[i - 1];
  if (!isWord(last) || i - 1 <= floor) return i;
  if (TIME_NOUNS.test(last.lower) && /^(?:last|this|next|that|earlier|later)$/.test(tokens[i - 2]?.lower ?? '') && i - 2 > floor)
    return skipModifiersLeft(tokens, i - 2, floor);
  // "(less than) two weeks ago", "a few days ago": an amount of time, then "ago".
  if (last.lower !== 'ago' || !/^(?:second|minute|hour|day|week|month|year)s?$/.test(tokens[i - 2]?.lower ?? '')) return i;
  let j = i - 2;
  while (
    j - 1 > floor &&
    /^(?:\d+|a|an|few|several|many|one|two|three|four|five|six|seven|eight|nine|ten|couple|of)$/.test(tokens[j - 1]!.lower)
  )
    j--;
  if (j === i - 2) return i;
  while (j - 1 > floor && /^(?:less|more|than|just|only|about|nearly|almost|some)$/.test(tokens[j - 1]!.lower)) j--;
  return j > floor ? j : i;
}

/**
 * The subject of the verb at token `verbIndex`: the phrase just before it, past adverbs and past an
 * apposition between commas ("Taleblu, a senior fellow with FDD, said").
 */
function subjectBefore(tokens: Token[], verbIndex: number, floor: number): MentionTokens | null {
  const end = skipTimeLeft(tokens, skipModifiersLeft(tokens, verbIndex, floor), floor);
  const before = tokens[end - 1];
  if (before?.text === ',') return headBeforeApposition(tokens, end - 1, floor);
  // "Gingrich — mentioned by Newsmax as the leading choice — told …": an apposition between dashes.
  if (before && /^[\u2014\u2013]$/.test(before.text)) {
    for (let j = end - 2; j >= floor && end - j < 40; j--) {
      if (tokens[j]!.text === before.text) return nounPhraseBefore(tokens, j, floor);
    }
    return null;
  }
  if (before?.text === ')') return nounPhraseBefore(tokens, end, floor);
  // "Washington, star of the show "Scandal," thanked …": an apposition may end in a quoted title,
  // its comma inside the closing mark; the head before the apposition's opening comma is the subject.
  if (before?.kind === 'quote') return headOpeningClause(tokens, end - 1, floor);
  if (!isWord(before) || end - 1 < floor) return null;
  // "T-shirts that said", "a group which wrote": a relative pronoun stands for the phrase before it.
  if (before.lower === 'that' && nounPhraseBefore(tokens, end - 1, floor)) return { from: end - 1, to: end };
  // "He looked at the camera and said": a second verb of the same subject.
  if (/^(?:and|but|then)$/.test(before.lower)) return clauseSubjectBefore(tokens, end - 1, floor);
  // "Another said", "One wrote": a lone determiner standing for a person.
  if (
    /^(?:another|one|others|some|many|several|both|most|few)$/.test(before.lower) &&
    (end - 1 === floor || startsClause(tokens, end - 1, floor))
  ) {
    return { from: end - 1, to: end };
  }
  const relative = subjectBeforeRelativeClause(tokens, end, floor);
  if (relative) return relative;
  let phrase = nounPhraseBefore(tokens, end, floor) ?? subjectBeforeAdjunct(tokens, end, floor);
  // "Trump at the time said", "Smith of Cheyenne said", "who has in the past described": the phrase
  // is the object of a preposition standing between the subject and its verb.
  for (let hops = 0; phrase && hops < 2; hops++) {
    const prep = tokens[phrase.from - 1];
    if (!isWord(prep) || !/^(?:at|in|on|of|from|during|earlier|last|this|with|to)$/.test(prep.lower) || phrase.from - 1 <= floor) break;
    let outer = nounPhraseBefore(tokens, skipModifiersLeft(tokens, phrase.from - 1, floor), floor);
    // "a website linked to a group called …": a participle before the preposition ends no subject.
    if (outer && /ed$/.test(tokens[outer.to - 1]!.text)) outer = null;
    if (!outer) {
      // "and in a statement credited him": the object of a preposition is no subject; the verb shares
      // the subject of the clause before the conjunction.
      const before = tokens[phrase.from - 2];
      if (
        /^(?:in|at|on|during|with)$/.test(prep.lower) &&
        isWord(before) &&
        /^(?:and|but)$/.test(before.lower) &&
        !isNameWord(tokens[phrase.to - 1])
      )
        return clauseSubjectBefore(tokens, phrase.from - 2, floor);
      break;
    }
    phrase = outer;
  }
  return phrase;
}

/** Words that open a clause of their own inside a relative clause ("who … when he yelled"). */
const CLAUSE_OPENERS = /^(?:when|because|if|that|after|before|while|since|although|though|where|whether|unless|until|as|and|but|or)$/;

/**
 * "A resident who lives near the plant said", "an aide whose name was withheld told": a restrictive
 * relative clause (no commas) between the subject and its verb; the subject is the phrase before the
 * relative pronoun, not the last noun of the clause.
 */
function subjectBeforeRelativeClause(tokens: Token[], end: number, floor: number): MentionTokens | null {
  for (let j = end - 1; j > floor && end - j <= 24; j--) {
    const t = tokens[j]!;
    if (!isWord(t)) return null;
    const relative = t.lower === 'who' || t.lower === 'whose';
    // "who worshiped here and who did not want to be named said": a second relative clause joined to a first.
    if (relative && /^(?:and|or)$/.test(tokens[j - 1]?.lower ?? '')) {
      j--;
      continue;
    }
    // "who gained attention when he yelled": the verb has a subject of its own inside the clause.
    if (!relative && (SUBJECT_PRONOUNS.has(t.lower) || CLAUSE_OPENERS.test(t.lower))) return null;
    // "who said": the pronoun itself is the subject.
    if (!relative || j === end - 1) continue;
    const np = nounPhraseBefore(tokens, j, floor);
    return np && np.to === j ? np : null;
  }
  return null;
}

/**
 * "Ortiz during a rally on Sunday called", "Ortiz in a Monday interview called": a short adjunct of
 * time or occasion between a named subject and its verb, whose object the noun-phrase scan cannot
 * read ("a Sunday"). Returns the subject before the adjunct's preposition, if it names a person.
 */
function subjectBeforeAdjunct(tokens: Token[], end: number, floor: number): MentionTokens | null {
  for (let j = end - 2; j > floor && end - j <= 6; j--) {
    const t = tokens[j]!;
    if (!isWord(t)) return null;
    if (!/^(?:during|on|at|in|over|after)$/.test(t.text)) continue;
    // "during a rally on Sunday": the first preposition of the adjunct is further left.
    const np = nounPhraseBefore(tokens, j, floor);
    if (np && namesAPerson(tokens, np) && isNameWord(tokens[np.to - 1])) return np;
  }
  return null;
}

/** The head phrase before an apposition that closes with the comma at `comma`. */
function headBeforeApposition(tokens: Token[], comma: number, floor: number): MentionTokens | null {
  // Several commas may open the stretch ("Clinton, during a meeting in Columbus, Ohio, said"): the
  // head is the phrase that starts its clause; failing that, the nearest phrase before a comma.
  // "…, after winning the primary, Gov. John Kasich (R-Ohio), said": a titled name, or one with its
  // party in parentheses, set off between commas right before the verb is the subject itself.
  const own = nounPhraseBefore(tokens, comma, floor);
  if (
    own &&
    tokens[own.from - 1]?.text === ',' &&
    (HONORIFICS.has(tokens[own.from]!.lower) || tokens[own.to - 1]!.text === ')') &&
    isNameWord(tokens[own.from + 1])
  )
    return own;
  let nearest: MentionTokens | null = null;
  for (let j = comma - 1; j >= floor && comma - j < 40; j--) {
    const t = tokens[j]!;
    if (t.kind === 'para') break;
    if (t.text !== ',') continue;
    const head = nounPhraseBefore(tokens, j, floor);
    if (!head) continue;
    if (startsClause(tokens, head.from, floor)) return head;
    nearest ??= head;
  }
  // "Berg has mocked Ortiz, referred to her as …": a phrase right after a finite verb of saying is its
  // object, and the verb after the comma is the next in a series sharing that verb's subject.
  // No opening comma: the comma closes a parenthetical ("Sen. Jack Reed (D-R.I.), said").
  const head = nearest ?? nounPhraseBefore(tokens, comma, floor);
  const objectOf = head ? verbAt(tokens, head.from - 1) : null;
  if (objectOf && !objectOf.verb.participle && objectOf.end === head!.from) return subjectBefore(tokens, objectOf.index, floor);
  return head;
}

/** The phrase before the nearest comma left of token `end` (within a short stretch), if it opens its clause. */
function headOpeningClause(tokens: Token[], end: number, floor: number): MentionTokens | null {
  for (let j = end - 1; j >= floor && end - j <= 12; j--) {
    const t = tokens[j]!;
    if (t.kind === 'para' || t.kind === 'quote') return null;
    if (t.text !== ',') continue;
    const head = nounPhraseBefore(tokens, j, floor);
    return head && startsClause(tokens, head.from, floor) ? head : null;
  }
  return null;
}

/** Whether token p opens a clause: the sentence start, or after a comma or a conjunction. */
function startsClause(tokens: Token[], p: number, floor: number): boolean {
  const prev = tokens[p - 1];
  return (
    p === floor ||
    prev?.text === ',' ||
    prev?.text === ';' ||
    (isWord(prev) && /^(?:and|but|although|though|while|when|as|because|that|yet|so)$/.test(prev.lower))
  );
}

// ---------------------------------------------------------------- cues

/** `"…," X said` / `"…," said X` / `"…," according to X`, in the words right after the quote. */
function trailingCue(tokens: Token[], qi: number, endsSentence: boolean, endsAsking: boolean): Cue | null {
  const limit = clauseEndAfter(tokens, qi);
  let i = qi + 1;
  while (i < limit && tokens[i]!.kind === 'punct' && /^[,—–―\-:;]$/.test(tokens[i]!.text)) i++;
  if (i >= limit) return null;
  const start = i;
  const dashed = /^[—–―-]$/.test(tokens[start - 1]?.text ?? '') && start - 1 > qi;
  if (dashed) {
    // Pull-quote style: `"…" — Maria Lopez, 34, of San Antonio`.
    const name = nounPhraseAfter(tokens, start, limit);
    if (name && isNameWord(tokens[name.to - 1]) && (name.to >= limit || tokens[name.to]!.text === ',' || tokens[name.to]!.text === '(')) {
      return { kind: 'mention', mention: name, how: 'dash-attribution' };
    }
  }
  // `"Too forced?" He tweeted`: after a question or exclamation a capitalized pronoun and a
  // reporting verb still tag the quote.
  const pronounTag = /^(?:he|she|they|i|we)$/.test(tokens[start]!.lower) && !!verbAt(tokens, skipModifiersRight(tokens, start + 1, limit));
  const lowerStart = /^[a-z]/.test(tokens[start]!.text) || (pronounTag && endsAsking);
  const j = skipModifiersRight(tokens, start, limit);
  const inverted = verbAt(tokens, j);
  if (inverted && !inverted.verb.participle && (!endsSentence || lowerStart)) {
    const np = invertedSubject(tokens, inverted, limit) ?? documentClosing(tokens, inverted.end, limit);
    // `"…," said the base chief known as Bob`: the phrase names its speaker after "known as".
    const knownAs =
      np && tokens[np.to - 1]?.lower === 'known' && tokens[np.to]?.lower === 'as' ? nounPhraseAfter(tokens, np.to + 1, limit) : null;
    if (np && knownAs) return { kind: 'mention', mention: { from: np.from, to: knownAs.to }, how: 'trailing-inverted' };
    // `"…," described the impact as "…"`: a naming verb's object, not an inverted subject.
    if (np && tokens[np.to]?.lower !== 'as') return { kind: 'mention', mention: np, how: 'trailing-inverted' };
  }
  // After a quote that ends its sentence, a new sentence belongs to it only if it is the tag itself:
  // `"Perpetual motion!" Rep. Glenn Thompson said of the convention.` (not `Smith said the plan …`).
  if (endsSentence && !lowerStart) return taggingSentence(tokens, start, limit);
  for (let v = start; v < limit && v - start <= 40; v++) {
    const verb = verbAt(tokens, v);
    // `"…", the actor held an audition and asked …`: the clause after the quote has a main verb of
    // its own, not of saying, so it is no tag (a verb inside an apposition, after a comma, may be).
    if (!verb && v > start && IRREGULAR_PAST.has(tokens[v]!.text) && !tokens.slice(start, v).some((t) => t.text === ',')) break;
    if (!verb || verb.verb.participle || verb.verb.lemma === 'according to') continue;
    // `"…," an employee who asked not to be named said`: the verb of a relative clause is not the tag's.
    if (v - 1 > start && tokens[v - 1]!.lower === 'who' && laterVerb(tokens, v + 1, limit)) continue;
    const mention = subjectOfTrailingVerb(tokens, start, v, verb, limit);
    if (mention) return { kind: 'mention', mention, how: 'trailing' };
    if (v - start > 3 && tokens.slice(start, v).every((t) => t.text !== ',')) break;
  }
  return endsSentence ? null : finalReportingClause(tokens, start, limit);
}

/** Whether a finite verb of saying stands between token `from` and `limit`. */
function laterVerb(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < limit; k++) {
    const verb = verbAt(tokens, k);
    if (verb && !verb.verb.participle) return true;
  }
  return false;
}

/** Words that may follow the verb of a tag sentence: an adjunct of time, place or manner. */
const TAG_ADJUNCTS =
  /^(?:in|on|at|as|of|about|during|after|before|while|when|with|to|from|via|matter-of-factly|then|later|sunday|monday|tuesday|wednesday|thursday|friday|saturday|today|yesterday|last|this|earlier|recently)$/;

/** Verbs whose tag names a listener before any adjunct: `Smith told reporters on Monday.` */
const LISTENER_VERBS = new Set(['tell', 'ask', 'assure', 'inform', 'remind']);

/** Whether token k ends a tag sentence: its end, a comma, an adjunct, or a manner adverb ("asked rhetorically"). */
function tagEndsAt(tokens: Token[], k: number, limit: number): boolean {
  const next = tokens[k];
  return k >= limit || next?.text === ',' || (isWord(next) && (TAG_ADJUNCTS.test(next.lower) || /^[a-z]+ly$/.test(next.text)));
}

/**
 * A sentence after a quote that only tags it: subject, reporting verb, then at most a listener and
 * an adjunct (`"Who knows?" Smith told a local radio station in an interview.`). A "that" clause or
 * any other verb after it makes it a sentence of its own.
 */
function taggingSentence(tokens: Token[], start: number, limit: number): Cue | null {
  for (let v = start + 1; v < limit && v - start <= 16; v++) {
    const verb = verbAt(tokens, v);
    if (!verb || verb.verb.participle || verb.verb.lemma === 'according to') continue;
    let after = verb.end;
    if (LISTENER_VERBS.has(verb.verb.lemma)) {
      // The listener: a few words with no clause structure of their own.
      while (
        after < limit &&
        after - verb.end < 6 &&
        !tagEndsAt(tokens, after, limit) &&
        isWord(tokens[after]) &&
        !CLAUSE_WORDS.has(tokens[after]!.lower) &&
        !reportingVerb(tokens[after]!.lower)
      )
        after++;
    }
    if (!tagEndsAt(tokens, after, limit)) return null;
    const mention = subjectOfTrailingVerb(tokens, start, v, verb, limit);
    return mention ? { kind: 'mention', mention, how: 'trailing-tag-sentence' } : null;
  }
  return null;
}

/**
 * `"…," read the email.`: a determiner and a document noun that is also a verb of saying ("email",
 * "tweet", "report"), closing the clause after an inverted tag; nounPhraseAfter stops at such a word.
 */
function documentClosing(tokens: Token[], from: number, limit: number): MentionTokens | null {
  const doc = tokens[from + 1];
  return from + 2 >= limit &&
    DETERMINERS.has(tokens[from]?.lower ?? '') &&
    isWord(doc) &&
    !isCapitalized(doc) &&
    DOCUMENT_NOUNS.has(doc.lower)
    ? { from, to: from + 2 }
    : null;
}

/** The phrase after an inverted verb: "said Taleblu", "according to the report", "says a new ad". */
function invertedSubject(tokens: Token[], verb: VerbAt, limit: number): MentionTokens | null {
  // "told reporters", "urged voters": what follows these verbs is the listener, not the speaker.
  if (
    /^(?:tell|urge|warn|ask|remind|assure|inform|thank|accuse|blast|call|praise|mock|beg|advise|order|instruct)$/.test(verb.verb.lemma) &&
    verb.verb.lemma !== 'ask'
  ) {
    // But a bare name closing the clause right after the quote speaks: `"…," warned Clinton.`
    if (verb.verb.lemma === 'tell' || verb.verb.lemma === 'call') return null;
    const np = nounPhraseAfter(tokens, verb.end, limit);
    return np && np.to >= limit && isNameWord(tokens[np.to - 1]) && isNameWord(tokens[np.from]) ? np : null;
  }
  // "said that …", "said it": a clause follows, not a speaker; a capitalized word ("said Will Doyle") is a name.
  const next = tokens[verb.end];
  if (CLAUSE_WORDS.has(next?.lower ?? '') && next?.lower !== 'the' && !isCapitalized(next)) return null;
  const from = verb.verb.lemma === 'according to' ? verb.end : skipTime(tokens, verb.end, limit);
  const np = nounPhraseAfter(tokens, from, limit);
  if (np && verb.verb.lemma === 'according to') return documentAuthor(tokens, np, limit) ?? np;
  if (np) return np;
  // "said master of ceremonies Asab Al-Tabchi, …": any short stretch holding a name, up to a comma;
  // not an adjunct ("tweeted Sunday after an attack on an Orlando nightclub").
  if (from < limit && isWord(tokens[from]) && TAG_ADJUNCTS.test(tokens[from]!.lower)) return null;
  let to = from;
  while (to < limit && to - from < 10 && tokens[to]!.text !== ',' && tokens[to]!.kind === 'word') to++;
  return to > from && tokens.slice(from, to).some(isNameWord) ? { from, to } : null;
}

/**
 * "according to a court document filed by state attorney Dave Aronberg": a record whose participle
 * names its author by "by"; the author is the one speaking through it.
 */
function documentAuthor(tokens: Token[], record: MentionTokens, limit: number): MentionTokens | null {
  const last = tokens[record.to - 1]!;
  if (!/^[a-z]+ed$/.test(last.text) || tokens[record.to]?.lower !== 'by' || !DOCUMENT_NOUNS.has(tokens[record.to - 2]?.lower ?? ''))
    return null;
  const author = nounPhraseAfter(tokens, record.to + 1, limit);
  if (author) return author;
  // "by state attorney Dave Aronberg": "state" reads as a verb to the phrase scanner; a short run of
  // words closing the clause on a name is the author all the same.
  const end = Math.min(limit, record.to + 9);
  let to = record.to + 1;
  while (to < end && isWord(tokens[to])) to++;
  return to === limit && isNameWord(tokens[to - 1]) ? { from: record.to + 1, to } : null;
}

/**
 * The speaker of a reporting verb in the words after a quote. Everything between the quote and the
 * verb is normally the speaker with its appositions (`"…," the bespectacled, 71-year-old diplomat
 * said`); but `…, said Christine Link` after a fragment puts the speaker after the verb.
 */
function subjectOfTrailingVerb(tokens: Token[], start: number, v: number, verb: VerbAt, limit: number): MentionTokens | null {
  if (tokens[v - 1]?.text === ',' && v - 1 > start) {
    const after = invertedSubject(tokens, verb, limit);
    if (after && (after.to >= limit || tokens[after.to]?.text === ',')) return after;
  }
  const subject = subjectBefore(tokens, v, start);
  if (subject && coversPrefix(tokens, start, subject)) return subject;
  const beforeVerb = skipModifiersLeft(tokens, v, start);
  const document = documentWithParticiple(tokens, start, beforeVerb);
  if (document) return document;
  // "Harry Bond, 30, of Raleigh, N.C., who was polled, said": a head phrase, then appositions.
  const head = nounPhraseAfter(tokens, start, v);
  if (tokens[beforeVerb - 1]?.text === ',' && head && tokens[head.to]?.text === ',') return head;
  // "Katie Packer, who is chairman of Our Principles Pac said": the relative clause's closing comma
  // left out; a role after "who is" and no verb of its own.
  if (
    head &&
    isNameWord(tokens[head.to - 1]) &&
    tokens[head.to]?.text === ',' &&
    tokens[head.to + 1]?.lower === 'who' &&
    /^(?:is|was)$/.test(tokens[head.to + 2]?.lower ?? '') &&
    beforeVerb - head.to <= 12 &&
    plainStretch(tokens, head.to + 3, beforeVerb)
  )
    return head;
  // "warm-and-fuzzy Trump said", "CBS This Morning co-Anchor DeMarco Morgan said": a short stretch
  // of descriptive words ending in the subject.
  // A pronoun takes no descriptive words before it ("including provisions he said …" is a clause).
  if (
    subject &&
    subject.to === beforeVerb &&
    !SUBJECT_PRONOUNS.has(tokens[subject.from]!.lower) &&
    plainStretch(tokens, start, subject.from)
  ) {
    // "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies wrote": a name and its
    // institution may run longer.
    if (beforeVerb - start <= 8 || (beforeVerb - start <= 14 && isNameWord(tokens[start]) && isNameWord(tokens[start + 1])))
      return { from: start, to: subject.to };
  }
  return null;
}

/**
 * "the order released Friday said", "a memo sent to staff on Monday says": a document, its participle,
 * and a short adjunct of time or recipient, all before the verb.
 */
function documentWithParticiple(tokens: Token[], start: number, end: number): MentionTokens | null {
  const noun = start + 1;
  if (!isWord(tokens[start]) || !/^(?:the|a|an|this|that|its|his|her|their)$/.test(tokens[start]!.lower)) return null;
  if (
    !isWord(tokens[noun]) ||
    !DOCUMENT_NOUNS.has(tokens[noun]!.lower) ||
    !isWord(tokens[noun + 1]) ||
    !(/^[a-z]+ed$/.test(tokens[noun + 1]!.text) || IRREGULAR_PAST.has(tokens[noun + 1]!.text))
  )
    return null;
  if (end - (noun + 2) > 4) return null;
  for (let k = noun + 2; k < end; k++) {
    const t = tokens[k]!;
    if (
      !isWord(t) ||
      !(TAG_ADJUNCTS.test(t.lower) || WEEKDAYS.test(t.lower) || /^(?:staff|reporters|members|supporters|the|a)$/.test(t.lower))
    )
      return null;
  }
  return { from: start, to: noun + 1 };
}

/** Words with no clause structure: no verbs of saying, no conjunctions, no quotes. */
function plainStretch(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.kind === 'para') return false;
    if (t.kind !== 'word' && !/^[,$&()\-]$/.test(t.text)) return false;
    if (!isWord(t)) continue;
    const joinsNames =
      t.lower === 'and' &&
      (isCapitalized(tokens[k + 1]) ||
        (isWord(tokens[k + 1]) && ROLE_NOUNS.has(tokens[k + 1]!.lower)) ||
        (isWord(tokens[k + 1]) && ROLE_MODIFIERS.has(tokens[k + 1]!.lower)));
    if ((CLAUSE_WORDS.has(t.lower) && !/^(?:of|for|at)$/.test(t.lower) && !joinsNames) || reportingVerb(t.lower)) return false;
  }
  return true;
}

/**
 * A reporting clause closing the sentence after a fragment of it: `"He can assert it, but it seems
 * unlikely" that Sanders can win, said Elmendorf.` / `…, he said.` / `…, according to the report.`
 */
function finalReportingClause(tokens: Token[], start: number, limit: number): Cue | null {
  if (tokens[limit]?.kind === 'quote') return null;
  let commas = 0;
  for (let comma = limit - 1; comma >= start && limit - comma <= 24 && commas < 3; comma--) {
    if (tokens[comma]!.text !== ',') continue;
    commas++;
    // "…, as Sanders' campaign manager suggested": a reporting clause brought in by "as".
    const as = tokens[comma + 1]?.lower === 'as' && !verbAt(tokens, comma + 2);
    const cue = reportingClauseAt(tokens, comma + (as ? 2 : 1), limit);
    if (cue) return cue;
  }
  return null;
}

/** `said X[, apposition]` or `X said[ tail]` starting at token `from` and running to the clause end. */
function reportingClauseAt(tokens: Token[], from: number, limit: number): Cue | null {
  const first = skipModifiersRight(tokens, from, limit);
  const verb = verbAt(tokens, first);
  if (verb && !verb.verb.participle) {
    const np = invertedSubject(tokens, verb, limit);
    if (np && (np.to >= limit - 1 || tokens[np.to]?.text === ',')) return { kind: 'mention', mention: np, how: 'trailing-final' };
    return null;
  }
  const np = nounPhraseAfter(tokens, from, limit);
  if (!np) return null;
  const after = skipModifiersRight(tokens, np.to, limit);
  const direct = verbAt(tokens, after);
  if (
    direct &&
    !direct.verb.participle &&
    direct.verb.lemma !== 'according to' &&
    (limit - direct.end <= 4 || adjunctTail(tokens, direct.end, limit) || participleFollows(tokens, direct.end, limit))
  )
    return { kind: 'mention', mention: np, how: 'trailing-final' };
  // The subject runs up to the verb: "Justice Department senior trial counsel Caroline Wolverton wrote".
  for (let v = np.to; v < limit && v - from <= 12; v++) {
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    const ok = !verb.verb.participle && verb.verb.lemma !== 'according to' && limit - verb.end <= 6;
    const mentionEnd = skipModifiersLeft(tokens, v, from);
    return ok && plainStretch(tokens, from, mentionEnd)
      ? { kind: 'mention', mention: { from, to: mentionEnd }, how: 'trailing-final' }
      : null;
  }
  return null;
}

/**
 * `…, she said in a video message to the convention.`: the words after a closing tag's verb are
 * adjuncts of time, place or medium (a preposition first, no verb, no "that" clause), however many.
 */
function adjunctTail(tokens: Token[], start: number, limit: number): boolean {
  const first = tokens[start];
  if (!isWord(first) || !/^(?:in|on|at|during|to|via|after|before|with)$/.test(first.lower) || limit - start > 12) return false;
  for (let k = start; k < limit; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.lower === 'that' || verbAt(tokens, k)) return false;
  }
  return true;
}

/**
 * `…, Hollande said Tuesday in Paris, noting that …`: the tag's adjuncts end at a comma and a
 * participle clause (noting, adding) continues the same speaker's words.
 */
function participleFollows(tokens: Token[], start: number, limit: number): boolean {
  let comma = start;
  while (comma < limit && tokens[comma]!.text !== ',') comma++;
  const next = tokens[comma + 1];
  if (comma >= limit || !isWord(next) || !/^[a-z]+ing$/.test(next.text)) return false;
  const k = skipTime(tokens, start, comma);
  return comma - k <= 4 || adjunctTail(tokens, k, comma);
}

/** The subject found must start the clause after the quote (allowing "and"/"but"), not sit inside it. */
function coversPrefix(tokens: Token[], start: number, subject: MentionTokens): boolean {
  let s = start;
  while (s < subject.from && isWord(tokens[s]) && /^(?:and|but|so|then|as)$/.test(tokens[s]!.lower)) s++;
  return subject.from === s;
}

function skipModifiersRight(tokens: Token[], i: number, limit: number): number {
  let j = i;
  while (j < limit && isWord(tokens[j]) && /^(?:also|then|later|again|once|further)$/.test(tokens[j]!.lower)) j++;
  return j;
}

/** Skips "on Monday" / "Sunday" / "in a statement" between an inverted verb and its subject. */
function skipTime(tokens: Token[], i: number, limit: number): number {
  let j = i;
  if (j < limit && WEEKDAYS.test(tokens[j]!.lower)) j++;
  return j;
}

/**
 * A reporting clause before the quote in the same sentence: `X said: "…"`, `X said the plan is
 * "rigged"`, `According to X, "…"`, `X called it "a disaster"`, and `…, adding that it will "…"`.
 */
function leadingCue(tokens: Token[], qi: number, from: number, speakerOf: (quote: number) => boolean): Cue | null {
  // Headline or transcript style: `Trump: "…"`.
  let colon: Cue | null = null;
  if (tokens[qi - 1]?.text === ':') {
    let np = nounPhraseBefore(tokens, qi - 1, from);
    // "Mark Blumenthal and Jon Cohen: "…"": joined names.
    if (np && tokens[np.from - 1]?.lower === 'and') {
      const first = nounPhraseBefore(tokens, np.from - 1, from);
      if (first) np = { from: first.from, to: np.to };
    }
    // At the sentence start or after a dash (`Pollsters agree - Carl Bialik: "…"`) the name heads the quote.
    if (np && (np.from === from || /^[\u2014\u2013-]$/.test(tokens[np.from - 1]?.text ?? '')))
      return { kind: 'mention', mention: np, how: 'colon' };
    // After a comma or "from", the phrase may close a list or a clause whose own verb of saying
    // speaks ("he's said it at every stop, every rally and every event: "…""); that verb comes first.
    if (np && (/^[,;]$/.test(tokens[np.from - 1]?.text ?? '') || tokens[np.from - 1]?.lower === 'from'))
      colon = { kind: 'mention', mention: np, how: 'colon' };
  }
  for (let v = qi - 1; v >= from; v--) {
    const t = tokens[v]!;
    if (t.kind === 'quote') {
      // `"A," she said, adding "B"`: the earlier quote in this sentence already names the speaker.
      if (speakerOf(t.quote!) && onlyReportingBetween(tokens, v + 1, qi)) return { kind: 'same-as', quote: t.quote!, how: 'same-sentence' };
      continue;
    }
    if (breaksGovernance(tokens, v)) return colon;
    const owner = speechNounOwner(tokens, v, qi, from);
    if (owner) return { kind: 'mention', mention: owner, how: 'speech-noun' };
    const asker = askedBy(tokens, v, qi);
    if (asker) return { kind: 'mention', mention: asker, how: 'asked-by' };
    const chanter = chantSubject(tokens, v, qi, from);
    if (chanter) return { kind: 'mention', mention: chanter, how: 'chant' };
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    // "Trump said, and I quote, "…"": the writer's aside is no reporting clause.
    if (verb.verb.lemma === 'quote' && tokens[v - 1]?.lower === 'i' && tokens[verb.end]?.text === ',') continue;
    const distance = qi - verb.end;
    const naming = NAMING_VERBS.has(verb.verb.lemma) && !/^(?:for|on|out)$/.test(tokens[verb.end]?.lower ?? '');
    if (naming && distance > NAMING_VERB_REACH) continue;
    if (verb.verb.weak && distance > WEAK_VERB_REACH) continue;
    if (verb.verb.lemma === 'according to') {
      const np = nounPhraseAfter(tokens, verb.end, qi);
      if (np) return { kind: 'mention', mention: np, how: 'according-to' };
      continue;
    }
    // A participle ("…, adding that", "by saying", "a release saying") has no subject of its own: it
    // shares the subject of the clause it hangs from.
    if (verb.verb.participle && !afterAuxiliary(tokens, v)) {
      // "Adding, "…"" opening a sentence continues the previous sentence's speaker.
      if (v === from) return previousQuoteInParagraph(tokens, from, speakerOf);
      return (
        carrierBefore(tokens, v, from) ??
        absoluteSubject(tokens, v, from) ??
        coordinatedSubject(tokens, v, from) ??
        subjectOfSentence(tokens, v, from, speakerOf)
      );
    }
    // "will continue to be", "added to": these verbs report speech only when speech follows at once.
    if (/^(?:continue|add|go on|conclude|finish)$/.test(verb.verb.lemma) && !speechFollows(tokens, verb.end, qi)) continue;
    // "In other words, explained Nina Cordes: "…"": after a comma, a verb followed by a name that runs
    // up to the quote is inverted; the phrase before the comma is an adjunct, not its subject.
    const inverted = tokens[v - 1]?.text === ',' && !verb.verb.participle ? invertedBeforeQuote(tokens, verb, qi) : null;
    if (inverted && isNameWord(tokens[inverted.to - 1]) && /^[,:]$/.test(tokens[inverted.to]?.text ?? ''))
      return { kind: 'mention', mention: inverted, how: 'leading-inverted' };
    const subject = infinitiveSubject(tokens, v, from) ?? subjectBefore(tokens, v, from) ?? invertedBeforeQuote(tokens, verb, qi);
    if (subject) {
      // "the loophole called an "inversion"": a naming participle after a noun names nobody's speech.
      if (naming && !namesAPerson(tokens, subject) && !organizationNaming(tokens, subject, v, verb.end)) continue;
      const outer =
        outerReporter(tokens, subject, from) ??
        (quotedDirectly(tokens, verb.end, qi) ? null : reporterAroundRelative(tokens, subject, from)) ??
        sentenceReporter(tokens, subject, from);
      if (outer) return { kind: 'mention', mention: outer, how: 'leading-outer' };
      if (ownedAbstraction(tokens, subject)) continue;
      return { kind: 'mention', mention: nearerPronounSubject(tokens, subject, qi) ?? subject, how: 'leading' };
    }
    // "was quoted as saying": the subject sits before the auxiliary chain.
  }
  return colon;
}

/** Nouns for words many say together, or say again and again. */
const CHANT_NOUNS = new Set(['chant', 'chants', 'slogan', 'slogans', 'refrain', 'mantra', 'cry', 'cries', 'catchphrase']);

/**
 * `the crowd loudly reprised the chant "Lock her up!"`, `Nixon ran on the slogan "Experience Counts"`:
 * a chant or slogan right before the quote is the words of whoever takes it up, the subject of the
 * verb the noun hangs on (a few words back: its determiner and adjectives, a preposition).
 */
function chantSubject(tokens: Token[], v: number, qi: number, from: number): MentionTokens | null {
  if (!isWord(tokens[v]) || !CHANT_NOUNS.has(tokens[v]!.lower)) return null;
  let q = v + 1;
  while (q < qi && /^(?:of|[,:])$/.test(tokens[q]!.lower)) q++;
  if (q !== qi) return null;
  for (let k = v - 1; k >= from && v - k <= 5; k--) {
    const t = tokens[k]!;
    if (!isWord(t) || isCapitalized(t)) return null;
    const finite =
      /^[a-z]+ed$/.test(t.text) || IRREGULAR_PAST.has(t.text) || /^(?:took|ran|broke|led|began|started|raised|chanted)$/.test(t.text);
    if (!finite) continue;
    const subject = subjectBefore(tokens, k, from);
    return subject;
  }
  return null;
}

/**
 * `Asked by Thrush if Clinton "gets" race, …`, `Rubio was asked by the moderator whether …"…"`: the
 * question is the asker's words, and the quote sits inside it (no comma between).
 */
function askedBy(tokens: Token[], v: number, qi: number): MentionTokens | null {
  if (tokens[v]!.lower !== 'asked' || tokens[v + 1]?.lower !== 'by') return null;
  const np = nounPhraseAfter(tokens, v + 2, qi);
  if (!np || !isWord(tokens[np.to]) || !/^(?:if|whether|about|how|why|what|when|where|who|to)$/.test(tokens[np.to]!.lower)) return null;
  for (let k = np.to; k < qi; k++) if (tokens[k]!.kind === 'para' || /^[,;:.]$/.test(tokens[k]!.text)) return null;
  return np;
}

/**
 * `He voiced a wish for a "strong Mexico," and he pronounced Peña Nieto "a friend."`: when the
 * subject is a pronoun and the same pronoun opens a later clause joined by "and" or "but" before the
 * quote, that nearer subject is the same person and the one the quote's clause has.
 */
function nearerPronounSubject(tokens: Token[], subject: MentionTokens, qi: number): MentionTokens | null {
  if (subject.to - subject.from !== 1) return null;
  const pronoun = tokens[subject.from]!.lower;
  if (!/^(?:he|she|they|i|we)$/.test(pronoun)) return null;
  let found: MentionTokens | null = null;
  for (let k = subject.to; k < qi; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.kind === 'para') found = null;
    if (isWord(t) && t.lower === pronoun && isWord(tokens[k - 1]) && /^(?:and|but)$/.test(tokens[k - 1]!.lower) && verbLike(tokens[k + 1]))
      found = { from: k, to: k + 1 };
  }
  return found;
}

/**
 * `Ortiz said she expects Berg to announce an "expansion"`, `He said he often thinks of what his
 * parents told him: "…"`: a verb of saying deep inside what the sentence's own subject reports is
 * part of that report, and PolNeAR (after Pareti) gives the quote to the outermost source. Unlike
 * outerReporter, the inner clause need not follow the outer verb at once; it must only stay inside
 * the same clause: no colon, semicolon, quote, relative or time clause between them, no conjunction
 * opening a new clause right before the inner subject (`…, and Berg called it "…"`), and an active
 * outer verb.
 */
function sentenceReporter(tokens: Token[], subject: MentionTokens, from: number): MentionTokens | null {
  // A pronoun ("Berg said that … he had agreed to") mostly is the reporter again, and is the nearer
  // mention of them; a relative pronoun is left to reporterAroundRelative.
  if (subject.to - subject.from === 1 && /^(?:he|she|they|i|we|who|which|that)$/.test(tokens[subject.from]!.lower)) return null;
  for (let v = from + 1; v < subject.from; v++) {
    const verb = verbAt(tokens, v);
    if (!verb || verb.verb.weak || verb.verb.participle || verb.verb.lemma === 'according to' || NAMING_VERBS.has(verb.verb.lemma))
      continue;
    // "Sanders was asked by Maher, …": a passive reporter is not the source of what follows.
    if (afterAuxiliary(tokens, v) && !tokens[v]!.lower.endsWith('ing')) return null;
    const outer = subjectBefore(tokens, v, from);
    if (!outer || outer.from !== from || outer.to > v) return null;
    for (let k = verb.end; k < subject.from; k++) {
      const t = tokens[k]!;
      if (t.kind === 'quote' || t.kind === 'para' || t.text === ';' || t.text === ':') return null;
      // "…, which he called "a disaster"", "when he claimed …": a relative or time clause is told
      // by the writer, not part of the outer report.
      if (isWord(t) && /^(?:which|who|whom|whose|when|where)$/.test(t.lower)) return null;
    }
    const before = tokens[subject.from - 1];
    if (isWord(before) && /^(?:and|but|or|while|whereas|although|though|yet)$/.test(before.lower)) return null;
    return outer;
  }
  return null;
}

/** Things worn or held up that carry a slogan: the slogan is theirs, not the wearer's speech. */
const CARRIER_NOUNS = new Set([
  'sign',
  'signs',
  'hat',
  'hats',
  'cap',
  'caps',
  'shirt',
  'shirts',
  't-shirt',
  't-shirts',
  'banner',
  'banners',
  'placard',
  'placards',
  'poster',
  'posters',
  'sticker',
  'stickers',
  'button',
  'buttons',
  'billboard',
  'billboards',
]);

/**
 * `Berg held up a sign saying "Jobs Now."`, `They wore a campaign hat reading, "…"`: a participle
 * right after a sign or a hat describes what that thing says, so the thing is the source (as PolNeAR
 * marks it), not the subject who holds or wears it.
 */
function carrierBefore(tokens: Token[], v: number, from: number): Cue | null {
  const head = tokens[v - 1];
  if (!isWord(head) || !CARRIER_NOUNS.has(head.lower)) return null;
  const np = nounPhraseBefore(tokens, v, from);
  return np ? { kind: 'mention', mention: np, how: 'carrier' } : null;
}

/**
 * "The judge pointed to a previous case to say that …", "Reyes flew to the capital to say": the phrase
 * before an infinitive of saying is the object of a preposition, so the one who says is the subject of
 * the clause the infinitive hangs from. Null when the infinitive does not follow such an object.
 */
function infinitiveSubject(tokens: Token[], v: number, from: number): MentionTokens | null {
  if (tokens[v - 1]?.lower !== 'to') return null;
  const object = nounPhraseBefore(tokens, v - 1, from);
  const prep = object ? tokens[object.from - 1] : undefined;
  if (!isWord(prep) || !/^(?:to|at|in|on|for|with|into|from|by|of|about|over)$/.test(prep.lower)) return null;
  return clauseSubjectBefore(tokens, object!.from - 1, from);
}

/**
 * "her remark that "there's a special place …"", "Trump's accusation that Clinton is playing the
 * "woman's card"": a noun of saying owned by a possessive names its speaker.
 */
function speechNounOwner(tokens: Token[], v: number, qi: number, from: number): MentionTokens | null {
  const t = tokens[v]!;
  if (t.kind !== 'word' || !SPEECH_NOUNS.has(t.lower) || qi - v > 8) return null;
  // The quote must be what was said: right after the noun, or in its "that"/"of"/"as" complement,
  // which may follow a short phrase of time or place ("her assertion during the debate that …").
  let link = v + 1;
  while (link < qi && link - v <= 5 && isWord(tokens[link]) && !/^(?:that|of|as|to)$/.test(tokens[link]!.lower) && !verbAt(tokens, link))
    link++;
  if (link - v > 1 && !/^(?:during|in|at|on|before|after|last|this|from)$/.test(tokens[v + 1]?.lower ?? '')) link = v + 1;
  if (v + 1 !== qi && !(isWord(tokens[link]) && /^(?:that|of|as|to)$/.test(tokens[link]!.lower) && qi - link <= 8 - (link - v)))
    return null;
  // "Trump's recent evidence-free assertion": lower-case modifiers between the owner and the noun.
  let o = v - 1;
  while (
    o > from &&
    v - o <= 3 &&
    isWord(tokens[o]) &&
    !isCapitalized(tokens[o]) &&
    !isPossessive(tokens[o]) &&
    !/^(?:his|her|their|its)$/.test(tokens[o]!.lower) &&
    !verbAt(tokens, o)
  )
    o--;
  const owner = tokens[o];
  if (!isWord(owner) || o < from) return null;
  // "Hollande denounced Trump's remarks as …": a reporting verb before the noun governs the quote.
  if (verbAt(tokens, o - 1) || verbAt(tokens, o - 2)) return null;
  if (/^(?:his|her|their|its)$/.test(owner.lower)) return { from: o, to: o + 1 };
  if (!isPossessive(owner) || !isCapitalized(owner)) return null;
  return nounPhraseBefore(tokens, o + 1, from);
}

/** Nouns of saying whose possessor is the speaker. */
const SPEECH_NOUNS = new Set([
  'remark',
  'remarks',
  'claim',
  'claims',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'contention',
  'insistence',
  'allegation',
  'allegations',
  'characterization',
  'description',
  'prediction',
  'promise',
  'pledge',
  'vow',
  'warning',
  'argument',
  'suggestion',
  'admission',
  'conclusion',
  'statement',
  'declaration',
  'charge',
  'complaint',
  'quip',
  'boast',
  'threat',
  'demand',
  'denial',
  'retort',
  'observation',
  'explanation',
]);

/** Speech follows a verb at once: a comma, colon, the quote, or "that" within a few words. */
function speechFollows(tokens: Token[], after: number, qi: number): boolean {
  const next = tokens[after];
  if (!next || next.kind === 'quote' || /^[,:]$/.test(next.text) || tokens[qi - 1]?.text === ':') return true;
  for (let k = after; k < Math.min(qi, after + 4); k++) if (tokens[k]!.lower === 'that') return true;
  return false;
}

/** `Said Comey, "…"` / `But, said Solovey, "…"` / `explained moderator Nancy Cordes: "…"`. */
function invertedBeforeQuote(tokens: Token[], verb: VerbAt, qi: number): MentionTokens | null {
  // "refusing to say the words "…"": an infinitive has no inverted subject; what follows is its object.
  if (verb.verb.participle || verb.verb.weak || tokens[verb.index - 1]?.lower === 'to') return null;
  const np = invertedSubject(tokens, verb, qi);
  return np && np.to >= qi - 1 && (np.to === qi || /^[,:]$/.test(tokens[np.to]!.text)) ? np : null;
}

/**
 * Nested reporting: `Cruz says he's certain Rubio will be "a champion"`, `Meeks said Clinton assured
 * them Democrats were "not going to be like Trump"`. The article quotes the outer reporter, who is the
 * source of everything in the clause (as PolNeAR annotates: the outermost attribution owns the
 * content). Returns the outermost reporter's subject before `subject` in the sentence.
 */
function outerReporter(tokens: Token[], subject: MentionTokens, from: number): MentionTokens | null {
  let outer: MentionTokens | null = null;
  let end = subject.from;
  for (let v = end - 1; v >= from; v--) {
    const t = tokens[v]!;
    if (t.kind !== 'word') {
      if (t.kind === 'quote' || t.text === ';' || t.text === ':') break;
      continue;
    }
    const verb = verbAt(tokens, v);
    if (!verb || verb.verb.weak || verb.verb.participle || verb.verb.lemma === 'according to' || NAMING_VERBS.has(verb.verb.lemma))
      continue;
    // Only a reporting verb that directly governs the clause ("said (that) Clinton assured …").
    const next = tokens[verb.end]?.lower === 'that' ? verb.end + 1 : verb.end;
    if (next !== end && !adjunctBeforeThat(tokens, verb.end, end)) continue;
    const found = subjectBefore(tokens, v, from);
    if (!found || found.to > v) continue;
    outer = found;
    end = found.from;
    v = end;
  }
  return outer;
}

/**
 * "said in her opening remarks that …", "told reporters on Tuesday that …": a short adjunct between a
 * reporting verb and the "that" opening its clause (which ends just before token `end`). The adjunct
 * holds no finite verb of saying and opens no clause of its own, so the "that" clause is still the verb's.
 */
function adjunctBeforeThat(tokens: Token[], after: number, end: number): boolean {
  const that = end - 1;
  if (tokens[that]?.lower !== 'that' || that - after < 1 || that - after > 8) return false;
  for (let k = after; k < that; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' && t.text !== ',') return false;
    if (t.kind !== 'word') continue;
    // "in her opening remarks": a participle used as an adjective is no verb of its own.
    const verb = verbAt(tokens, k);
    if ((verb && !verb.verb.participle) || /^(?:that|who|which|whom|whose|and|but|or|because|if|whether|when|while)$/.test(t.lower))
      return false;
  }
  return true;
}

/**
 * "He said he has seen schools that reminded him of "…"", "Madison recalled that Obama was doubted by
 * listeners, who wondered if "…"": a relative clause inside what a reporter says is still the
 * reporter's content (the outermost attribution owns it, as in outerReporter). Returns the subject of
 * the nearest finite, non-weak verb of saying before the relative pronoun `subject` in its sentence.
 */
function reporterAroundRelative(tokens: Token[], subject: MentionTokens, from: number): MentionTokens | null {
  if (subject.to - subject.from !== 1 || !/^(?:who|that|which)$/.test(tokens[subject.from]!.lower)) return null;
  for (let v = subject.from - 1; v >= from; v--) {
    const t = tokens[v]!;
    if (t.kind === 'quote' || t.text === ';' || t.text === ':') return null;
    const verb = t.kind === 'word' ? verbAt(tokens, v) : null;
    if (!verb || verb.verb.weak || verb.verb.lemma === 'according to' || NAMING_VERBS.has(verb.verb.lemma)) continue;
    // A participle has no subject of its own, and "was asked by X, who …" names no reporter before it.
    if (afterAuxiliary(tokens, v) !== verb.verb.participle) return null;
    const outer = subjectBefore(tokens, v, from);
    return outer && outer.to <= v && !/^(?:who|that|which)$/.test(tokens[outer.from]!.lower) ? outer : null;
  }
  return null;
}

/** `who responds enthusiastically: "…"`: the quote follows the verb at once, as its direct speech. */
function quotedDirectly(tokens: Token[], after: number, qi: number): boolean {
  for (let k = after; k < qi; k++) {
    const t = tokens[k]!;
    if (!(t.kind === 'punct' && /^[,:]$/.test(t.text)) && !(t.kind === 'word' && isLyAdverb(t))) return false;
  }
  return true;
}

/** The nearest earlier quote with a speaker in the same paragraph. */
function previousQuoteInParagraph(tokens: Token[], before: number, speakerOf: (quote: number) => boolean): Cue | null {
  for (let j = before - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'para') return null;
    if (t.kind === 'quote' && speakerOf(t.quote!)) return { kind: 'same-as', quote: t.quote!, how: 'participle-continues' };
  }
  return null;
}

/** "with Trump reportedly yelling: "…"": an absolute clause names its own subject. */
/**
 * `…, Ryan saying he was "encouraged" and Trump calling it a "great meeting."`: a name right before
 * the participle (no comma between), itself opening a coordinated or appended phrase (after "and",
 * a comma or a dash), is the participle's own subject; the participle does not hang on the clause.
 */
function coordinatedSubject(tokens: Token[], v: number, from: number): Cue | null {
  const end = skipAdverbsLeft(tokens, v);
  if (!isNameWord(tokens[end - 1]) || end - 1 <= from) return null;
  const np = nounPhraseBefore(tokens, end, from);
  const before = np ? tokens[np.from - 1] : undefined;
  if (!np || !before || !(/^(?:and|but|or)$/.test(before.lower) || /^[,;\u2014\u2013-]$/.test(before.text))) return null;
  return { kind: 'mention', mention: np, how: 'coordinated-participle' };
}

function absoluteSubject(tokens: Token[], v: number, from: number): Cue | null {
  const end = skipAdverbsLeft(tokens, v);
  // "with many marchers and spectators chanting": everything between "with" and the participle.
  for (let w = end - 1; w >= from && end - w <= 8; w--) {
    const t = tokens[w]!;
    if (t.kind !== 'word') return null;
    if (t.lower === 'with') return w + 1 < end ? { kind: 'mention', mention: { from: w + 1, to: end }, how: 'absolute' } : null;
  }
  return null;
}

/** "is labeling", "was saying": a participle after a form of "be" is a finite verb phrase. */
function afterAuxiliary(tokens: Token[], v: number): boolean {
  const prev = tokens[skipAdverbsLeft(tokens, v) - 1];
  if (!isWord(prev)) return false;
  // "He's predicting", "they're saying": the auxiliary is contracted onto a pronoun.
  if (/^(?:he|she|it|they|we|i|you|who)['’](?:s|re|m)$/i.test(prev.text)) return true;
  return /^(?:is|was|are|were|been|be|am|'s|’s)$/.test(prev.lower);
}

function skipAdverbsLeft(tokens: Token[], i: number): number {
  let j = i;
  while (j > 0 && isWord(tokens[j - 1]) && /ly$|^(?:also|still|now|again|then)$/.test(tokens[j - 1]!.lower)) j--;
  return j;
}

/**
 * Between two quotes only reporting words stand: `"A," she said, adding: "B"`; or a tag that opens
 * with its verb and closes with a comma, however long its apposition (`"A," said Edward Leamer, an
 * economist who is the director of the UCLA Anderson Forecast, "B"`).
 */
function onlyReportingBetween(tokens: Token[], from: number, to: number): boolean {
  if (to - from <= 12) return tokens.slice(from, to).some((t) => t.kind === 'word' && reportingVerb(t.lower));
  if (to - from > 30 || tokens[to - 1]?.text !== ',') return false;
  let k = from;
  while (k < to && tokens[k]!.kind === 'punct' && tokens[k]!.text === ',') k++;
  const verb = verbAt(tokens, k);
  return !!verb && !verb.verb.participle && tokens.slice(k, to).every((t) => t.kind === 'word' || /^[,()'’-]$/.test(t.text));
}

/** A participle clause of reference (", referring to … as") owns the quote, not the verb before it. */
function breaksGovernance(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.kind === 'word' && REFERENCE_PARTICIPLES.has(t.lower) && tokens[i - 1]?.text === ',';
}

/**
 * Participles that mention words rather than report them: ", referring to the state as a "cancer"".
 * The quoted words are the writer's label for what someone said, not a quote of it.
 */
const REFERENCE_PARTICIPLES = new Set(['referring', 'alluding', 'using', 'invoking', 'borrowing', 'adopting', 'employing']);

/** Naming verbs need a speaker that can name: a pronoun, a name, or "the senator"-like phrase. */
function namesAPerson(tokens: Token[], np: MentionTokens): boolean {
  // "Sen. Ted Cruz (R-Texas)": the head stands before a closing parenthetical.
  const open = tokens[np.to - 1]!.text === ')' ? findBack(tokens, np.to - 1, '(', np.from) : -1;
  const head = tokens[open > np.from ? open - 1 : np.to - 1]!;
  if (SUBJECT_PRONOUNS.has(head.lower)) return true;
  if (isNameWord(head)) return true;
  return ROLE_NOUNS.has(head.lower) || (/[^s]s$/.test(head.lower) && !DOCUMENT_NOUNS.has(head.lower));
}

/**
 * `the newspaper calls it "the pearl"`: an organization names too, when the verb is finite, as its
 * present form or a pronoun object shows (`a group called the "…"` is a participle naming the group).
 */
function organizationNaming(tokens: Token[], subject: MentionTokens, v: number, end: number): boolean {
  const head = tokens[subject.to - 1]!;
  // "her team calls her …" is left to the reporting around it: "her team" resolves poorly.
  if (!ORGANIZATION_NOUNS.has(head.lower) || POSSESSIVE_DETERMINERS.has(tokens[subject.from]!.lower)) return false;
  return /s$/.test(tokens[v]!.lower) || /^(?:it|him|her|them|this|that)$/.test(tokens[end]?.lower ?? '');
}

/** Subject for a participle reporting verb: an earlier quote's speaker or an earlier verb's subject. */
function subjectOfSentence(tokens: Token[], v: number, from: number, speakerOf: (quote: number) => boolean): Cue | null {
  for (let j = v - 1; j >= from; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote' && speakerOf(t.quote!)) return { kind: 'same-as', quote: t.quote!, how: 'participle-quote' };
  }
  // The nearest finite reporting verb of a main clause: "Christie repeated accusations that Rubio
  // recites …, calling him …" hangs on "repeated", not on "recites" inside the "that" clause.
  for (let j = v - 1; j >= from; j--) {
    const verb = verbAt(tokens, j);
    if (!verb || verb.verb.participle) continue;
    const subject = subjectBefore(tokens, j, from);
    // ("so much so that he accused …": a clause of result, not a reported "that" clause.)
    const complement =
      !!subject && /^(?:that|whether|because|if)$/.test(tokens[subject.from - 1]?.lower ?? '') && tokens[subject.from - 2]?.lower !== 'so';
    if (subject && !complement) {
      return { kind: 'mention', mention: subject, how: 'participle-verb' };
    }
  }
  const np = clauseSubjectBefore(tokens, v, from);
  return np ? { kind: 'mention', mention: np, how: 'participle-subject' } : null;
}

/**
 * The nearest phrase before token v that starts a clause (at the sentence start, or after a comma
 * or "and"/"but") and is followed by a verb-like word: "Here in Columbia, Sanders stepped up …, saying".
 */
/**
 * "the judge sounded off on Berg": nounPhraseAfter lets "-ed" words into a determiner phrase (as in
 * "the embattled senator"), so a past-tense verb right after the head noun (or an irregular one: "his campaign sent a
 * message") may end up inside it. The
 * phrase is cut before the first such word after a noun, when what follows is no longer part of it.
 */
function withoutPastVerb(tokens: Token[], np: MentionTokens | null): MentionTokens | null {
  if (!np) return np;
  for (let k = np.from + 2; k < np.to; k++) {
    const t = tokens[k]!;
    const past = /^[a-z]+ed$/.test(t.text) || IRREGULAR_PAST.has(t.text);
    if (!past || !isWord(tokens[k - 1]) || /ed$/.test(tokens[k - 1]!.lower)) continue;
    if (!validNounPhrase(tokens, np.from, k)) continue;
    return { from: np.from, to: k };
  }
  return np;
}

function clauseSubjectBefore(tokens: Token[], v: number, from: number): MentionTokens | null {
  for (let p = v - 1; p >= from; p--) {
    const prev = tokens[p - 1];
    const startsClause =
      p === from ||
      // "Then he cut into Bush, calling him …", "And then he went on the attack, saying …": sentence
      // adverbs (one or two) before the subject.
      (p === from + 1 && SENTENCE_ADVERBS.test(tokens[from]!.lower)) ||
      (p === from + 2 && SENTENCE_ADVERBS.test(tokens[from]!.lower) && SENTENCE_ADVERBS.test(tokens[from + 1]!.lower)) ||
      prev?.text === ',' ||
      // `With the help of "Harbor Talk," the actor …`: the comma may sit inside the closing mark.
      (prev?.kind === 'quote' && p - 1 > from && (/^(?:the|a|an)$/.test(tokens[p]!.lower) || isNameWord(tokens[p]))) ||
      /^[\u2014\u2013]$/.test(prev?.text ?? '') ||
      (isWord(prev) && /^(?:and|but|although|though|while|when|where|as|because)$/.test(prev.lower));
    if (!startsClause || !isWord(tokens[p])) continue;
    // ", endorsed Cruz last week, saying …": a verb after the comma goes on with the clause's subject.
    if (/^[a-z]+ed$/.test(tokens[p]!.text) || IRREGULAR_PAST.has(tokens[p]!.text)) continue;
    const np = withoutPastVerb(tokens, nounPhraseAfter(tokens, p, v));
    if (!np) continue;
    // "jobs that serve as a ladder to …": after "as" with no comma, a common noun phrase is a
    // complement; only a pronoun or a name there opens a clause ("as he said", "as Reyes left").
    if (prev?.lower === 'as' && tokens[p - 2]?.text !== ',' && !SUBJECT_PRONOUNS.has(tokens[p]!.lower) && !isNameWord(tokens[p])) continue;
    const next = tokens[np.to];
    if ((isWord(next) && !isCapitalized(next) && !CLAUSE_WORDS.has(next.lower)) || (isWord(next) && VERB_MODIFIERS.has(next.lower)))
      return np;
    // "a paper from the Brookings Institution had this to say": a post-modified subject.
    // ("promoted Sanders as the winner of …": after "as", such a phrase is a complement, not a subject.)
    if (isWord(next) && /^(?:from|of|at|with|for)$/.test(next.lower) && DETERMINERS.has(tokens[np.from]!.lower) && prev?.lower !== 'as')
      return np;
    // "Hundreds of demonstrators marched, chanting …": a counted crowd.
    if (isWord(next) && next.lower === 'of' && /^(?:hundreds|thousands|dozens|scores|millions|tens)$/.test(tokens[np.to - 1]!.lower))
      return np;
  }
  // "Silverman, herself a Sanders supporter, incurred boos upon saying": the sentence's first phrase,
  // followed by an apposition.
  const first = nounPhraseAfter(tokens, from, v);
  const head = first ? tokens[first.to - 1]! : null;
  return first &&
    head &&
    tokens[first.to]?.text === ',' &&
    isNameWord(head) &&
    !reportingVerb(head.lower) &&
    !/(?:ing|ly)$/.test(head.lower) &&
    first.to - first.from <= 5 &&
    !/^[A-Z]+$/.test(head.text)
    ? first
    : null;
}

/** Adverbs that may open a sentence before its subject: "Then he …", "Later she …". */
const SENTENCE_ADVERBS = /^(?:then|later|earlier|still|instead|meanwhile|also|now|again|finally|yet|so|and|but)$/;

export interface CueContext {
  tokens: Token[];
  text: string;
  quotes: QuoteSpan[];
  /** Token index of each quote. */
  quoteToken: number[];
  /** Whether an earlier quote already has a speaker. */
  hasSpeaker: (quote: number) => boolean;
}

/** Words a title may leave lower-case: "Meet the Press", "This Week with George Stephanopoulos". */
const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|in|on|at|to|for|with|by|from|as|is|vs\.?)$/;
/** Nouns that name a work before its title: `the podcast "…"`, `her memoir, "…"`, `a spot titled "…"`. */
const WORK_NOUNS = new Set([
  'show',
  'program',
  'programme',
  'podcast',
  'series',
  'book',
  'memoir',
  'novel',
  'film',
  'movie',
  'documentary',
  'ad',
  'advert',
  'advertisement',
  'video',
  'column',
  'album',
  'song',
  'broadcast',
  'segment',
  'newsletter',
  'titled',
  'entitled',
]);

/**
 * A quote that is the title of a show, book or ad: short, in title case, and placed where a title
 * goes: after a possessive (`told ABC's "Good Morning America"`, `Wednesday's "Hannity"`), after "on"
 * or "told" (`said on "Meet the Press."`), or after a noun for a work (`in her memoir, "Hard Choices."`).
 * The words are a name, not anyone's speech, even when a speaker stands in the same sentence.
 */
/** Roles a show, film or book gives a person named after its title. */
const TITLE_ROLES =
  /^(?:star|stars|host|hosts|co-host|actor|actress|creator|anchor|author|director|producer|showrunner|writer|contestant|alum|alumna|alumnus|castmate|narrator)$/;

export function isWorkTitle(ctx: CueContext, q: number): boolean {
  const { tokens, text } = ctx;
  const quote = ctx.quotes[q]!;
  if (quote.parts.length !== 1) return false;
  const part = quote.parts[0]!;
  const words = text.slice(part.start, part.end).trim().replace(/[.,]$/, '').split(/\s+/);
  if (words.length > 8) return false;
  if (!words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.test(w.toLowerCase())))) return false;
  const qi = ctx.quoteToken[q]!;
  const prev = tokens[qi - 1];
  // `"Orange Is the New Black" star Dascha Polanco`: a title before the role it gives someone.
  const after = tokens[qi + 1];
  if (isWord(after) && !isCapitalized(after) && TITLE_ROLES.test(after.lower)) return true;
  if (tokens[qi - 1]?.text === ',') return isWord(tokens[qi - 2]) && WORK_NOUNS.has(tokens[qi - 2]!.lower);
  if (!isWord(prev)) return false;
  return (isPossessive(prev) && isCapitalized(prev)) || prev.lower === 'on' || prev.lower === 'told' || WORK_NOUNS.has(prev.lower);
}

/**
 * `He talks about "spoiling the party," and voters cheer.`, `Cruz said he'd make sand "glow in the
 * dark," for instance, and Trump vowed …`: after a fragment inside a sentence, a clause joined by
 * "and" or "but" is a new clause with its own subject, not a tag for the fragment.
 */
function conjoinedAfter(tokens: Token[], qi: number, cue: Cue): boolean {
  if (cue.kind !== 'mention') return false;
  for (let k = qi + 1; k < cue.mention.to; k++) if (isWord(tokens[k]) && /^(?:and|but)$/.test(tokens[k]!.lower)) return true;
  return false;
}

/** The cue for quote `q`, trying the precise patterns first; a cue that names a thing that cannot speak is dropped. */
export function findCue(ctx: CueContext, q: number): Cue | null {
  const cue = findAnyCue(ctx, q);
  return cue && cue.kind === 'mention' && ownedAbstraction(ctx.tokens, cue.mention) ? null : cue;
}

const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const KIN_NOUNS = new Set(
  'wife husband spouse widow widower son sons daughter daughters child children kids mother father mom dad parents brother brothers sister sisters family aunt uncle cousin nephew niece grandson granddaughter grandmother grandfather fiance fiancee fiancé fiancée partner boyfriend girlfriend'.split(
    ' ',
  ),
);

/**
 * `… called it "…" on her watch`, `his hesitancy to say "…"`: a possessive before a common noun
 * that names no person, group, role or document is a quality or a thing of someone's, and a quality
 * does not speak.
 */
function ownedAbstraction(tokens: Token[], mention: MentionTokens): boolean {
  const first = tokens[mention.from];
  const head = tokens[mention.to - 1];
  if (!first || !head || mention.to - mention.from < 2 || !POSSESSIVE_DETERMINERS.has(first.text)) return false;
  if (isCapitalized(head) || !isWord(head)) return false;
  const lower = head.lower;
  return !(isRoleWord(lower) || KIN_NOUNS.has(lower) || RECORD_NOUNS.has(lower) || /(?:er|or|ist|ian|ent|ant)s?$/.test(lower));
}

function findAnyCue(ctx: CueContext, q: number): Cue | null {
  const { tokens, text, quotes } = ctx;
  const quote = quotes[q]!;
  const qi = ctx.quoteToken[q]!;
  // "the so-called "plan"": the writer marks the words as a label, not as anyone's speech.
  if (/^so-called$/i.test(tokens[qi - 1]?.text ?? '')) return null;
  const from = sentenceStart(tokens, qi, text, quotes);
  // 1. A tag after the quote (`"…," X said`) wins, as news style puts it there; but a fragment inside
  //    a sentence without the comma of a tag belongs to the reporting clause before it.
  const opensSentence = from === qi || (from === qi - 1 && tokens[from]!.kind === 'punct');
  if (
    (opensSentence || endsWithTagPunctuation(text, quote)) &&
    !(inOpeningSubordinateClause(tokens, qi, from) && !shortClosingTag(tokens, qi))
  ) {
    const trailing = trailingCue(tokens, qi, quoteEndsSentence(text, quote), endsAsking(text, quote));
    // `"…," Walker said, according to an AP account.`: the tag's own source is reported in turn, by a
    // document or people who heard it; an outlet cited by name keeps the speaker it quotes.
    if (trailing && !(!opensSentence && conjoinedAfter(tokens, qi, trailing) && leadingCue(tokens, qi, from, ctx.hasSpeaker)))
      return (trailing.kind === 'mention' && reportedTag(tokens, qi, from)) || trailing;
  }
  // 2. A reporting clause before the quote in its sentence: `X said: "…"`, `X called it "…"`; a frame
  //    naming whose words the sentence gives (`In X's words, …`) owns it first.
  const framed = inTheWordsOf(tokens, qi, from);
  if (framed) return framed;
  if (unnamedPassiveLabel(tokens, qi, from)) return passiveAgent(tokens, qi, from);
  const leading = leadingCue(tokens, qi, from, ctx.hasSpeaker);
  if (leading)
    return (
      accordingToInSentence(tokens, qi, from) ??
      parentheticalReporter(tokens, qi, from) ??
      pollAsSource(tokens, withAntecedent(tokens, leading), from)
    );
  // 3. Rarer sentence-internal shapes: a passive agent, a closing tag after a fragment, a colon.
  const sentenceTag = finalReportingClause(tokens, qi + 1, sentenceEndAfter(tokens, qi));
  const internal =
    passiveAgent(tokens, qi, from) ??
    (sentenceTag && { ...sentenceTag, how: 'sentence-final-tag' }) ??
    introducingClauseInSentence(ctx, q, qi, from) ??
    nameBeforeColon(ctx, q, qi, from);
  if (internal) return internal;
  // 4. Beyond the sentence: a signature line, the speaker of a run of quotes, the previous sentence.
  return (
    signatureLine(tokens, qi) ??
    runOfQuotes(ctx, q, qi, from) ??
    runAfterLeadIn(ctx, q, qi, from) ??
    previousSentenceSpeaker(ctx, q, qi, from) ??
    paraphraseContinues(ctx, q, qi, from) ??
    subjectOfFragment(ctx, q, qi, from)
  );
}

/**
 * `The timing does not surprise pollster Tom Berg: "Late surges are common."`, `Former mayor Ana
 * Reyes: "We did it."`: a full personal name (two or more name words) right before the colon that
 * opens a quote of speech introduces its speaker, even where no verb of saying does and the name
 * does not open the sentence (the colon pattern of leadingCue wants it to).
 */
function nameBeforeColon(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  if (tokens[qi - 1]?.text !== ':' || !looksLikeSpeech(ctx.text, ctx.quotes[q]!)) return null;
  let end = qi - 1;
  // "Sen. Ted Cruz (R-Texas):"
  if (tokens[end - 1]?.text === ')') end = findBack(tokens, end - 1, '(', from);
  if (end < from + 2 || !isNameWord(tokens[end - 1]) || !isNameWord(tokens[end - 2])) return null;
  if (/^[A-Z]+$/.test(tokens[end - 1]!.text)) return null;
  const np = nounPhraseBefore(tokens, qi - 1, from);
  // "by the Gazette's Ana Reyes: "…"": a byline names the writer of a story summarized, not a speaker.
  if (!np || tokens[np.from - 1]?.lower === 'by') return null;
  return { kind: 'mention', mention: np, how: 'name-colon' };
}

/** Conjunctions that open a subordinate clause before the main clause of a sentence. */
const SUBORDINATORS = /^(?:when|after|as|while|before|once|since|until|if|because|although|though)$/;

/**
 * `When Ortiz said she would "protect our fishermen," the crowd applauded.`, `After Reyes said …
 * "less advanced schools," Ortiz said: …`: a quote inside an opening subordinate clause, after that
 * clause's own finite verb of saying, is that verb's; the main clause after the comma is no tag of it.
 */
function inOpeningSubordinateClause(tokens: Token[], qi: number, from: number): boolean {
  if (!isWord(tokens[from]) || !SUBORDINATORS.test(tokens[from]!.lower)) return false;
  // A comma before the quote may close the subordinate clause: the quote is then in the main one.
  for (let k = from + 1; k < qi; k++) if (tokens[k]!.text === ',' || tokens[k]!.kind !== 'word') return false;
  for (let v = from + 2; v < qi; v++) {
    const verb = verbAt(tokens, v);
    if (!verb || verb.verb.participle || verb.verb.lemma === 'according to' || afterAuxiliary(tokens, v)) continue;
    const subject = subjectBefore(tokens, v, from + 1);
    if (subject && subject.from === from + 1) return true;
  }
  return false;
}

/**
 * `When Sanders said …, "…," Heiserman said.`: a short clause with a verb of saying that closes the
 * sentence after the quote is its tag after all, and (as PolNeAR nests reports) its outermost source.
 */
function shortClosingTag(tokens: Token[], qi: number): boolean {
  const end = clauseEndAfter(tokens, qi);
  if (end - qi > 7 || tokens[end]?.kind !== 'punct' || tokens[end]!.text !== '.') return false;
  for (let k = qi + 1; k < end; k++) {
    const verb = verbAt(tokens, k);
    if (verb && !verb.verb.participle && !verb.verb.weak && verb.verb.lemma !== 'according to') return true;
  }
  return false;
}

/**
 * `According to the report, Reyes told aides the plan was "dead."` / `Reyes was "furious," according to
 * two aides.`: an "according to" that opens the sentence or closes it after a comma is the outermost
 * attribution, and owns everything the sentence reports (as in outerReporter).
 */
function accordingToInSentence(tokens: Token[], qi: number, from: number): Cue | null {
  const end = sentenceEndAfter(tokens, qi);
  for (let i = from; i < end; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]?.lower !== 'to') continue;
    if (i !== from && !(tokens[i - 1]?.text === ',' && i > qi)) continue;
    const np = nounPhraseAfter(tokens, i + 2, end);
    if (np) return { kind: 'mention', mention: documentAuthor(tokens, np, end) ?? np, how: 'according-to-sentence' };
  }
  return null;
}

/**
 * `CNN, Cruz said, called the announcement "highly significant."` / `Nor, he said, did he say anything
 * "…"`: a reporting clause set off by commas inside the sentence is its outermost attribution; the
 * verb after it reports what the reporter says happened.
 */
function parentheticalReporter(tokens: Token[], qi: number, from: number): Cue | null {
  for (let k = from; k < qi; k++) {
    if (tokens[k]!.text !== ',') continue;
    const np = nounPhraseAfter(tokens, k + 1, qi);
    if (!np) continue;
    const verb = verbAt(tokens, skipModifiersRight(tokens, np.to, qi));
    if (!verb || verb.verb.participle || verb.verb.weak || verb.verb.lemma === 'according to' || NAMING_VERBS.has(verb.verb.lemma))
      continue;
    if (tokens[verb.end]?.text === ',' && verb.end < qi) return { kind: 'mention', mention: np, how: 'parenthetical' };
  }
  // Inverted: `The paradox of Nancy, says Carl Anthony, a historian, is that she was "…"`.
  for (let k = from; k < qi; k++) {
    if (tokens[k]!.text !== ',') continue;
    const verb = verbAt(tokens, k + 1);
    if (!verb || verb.verb.participle || verb.verb.weak || verb.verb.lemma === 'according to' || NAMING_VERBS.has(verb.verb.lemma))
      continue;
    // "Dick Dever, who was on the slate, told POLITICO, "…"": after "told" comes the listener.
    if (LISTENER_VERBS.has(verb.verb.lemma)) continue;
    const np = nounPhraseAfter(tokens, verb.end, qi);
    if (np && isNameWord(tokens[np.to - 1]) && tokens[np.to]?.text === ',') return { kind: 'mention', mention: np, how: 'parenthetical' };
  }
  return null;
}

/** A closing "according to" whose source is a document or unnamed people ("a transcript", "two aides"), not an outlet's name. */
function reportedTag(tokens: Token[], qi: number, from: number): Cue | null {
  const cue = accordingToInSentence(tokens, qi, from);
  if (cue && cue.kind === 'mention' && !isCapitalized(tokens[cue.mention.to - 1])) return cue;
  // "according to an Associated Press account", "according to audio provided by …": a record whose
  // head noun follows a name, or stands alone, is a document too.
  const end = sentenceEndAfter(tokens, qi);
  for (let i = qi + 1; i < end; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]?.lower !== 'to' || tokens[i - 1]?.text !== ',') continue;
    const record = recordAfter(tokens, i + 2, end);
    if (!record) continue;
    // "audio provided by Harbor Radio": the one who provides the record gives it.
    const by = tokens[record.to + 1]?.lower === 'by' && /ed$/.test(tokens[record.to]?.lower ?? '') ? record.to + 2 : -1;
    const provider = by > 0 ? nounPhraseAfter(tokens, by, end) : null;
    return { kind: 'mention', mention: provider ?? record, how: 'according-to-sentence' };
  }
  return null;
}

/** Nouns for a record of what someone said, beyond DOCUMENT_NOUNS: "an AP account", "audio of the call". */
const RECORD_NOUNS = new Set(['account', 'accounts', 'audio', 'recording', 'readout', 'footage', 'notes', 'transcript', 'report']);

/**
 * The phrase from token `start` up to the first record noun ("an Associated Press account", "a White
 * House pool report", "audio"), within a few words and before any comma or clause word; null if none.
 */
function recordAfter(tokens: Token[], start: number, end: number): MentionTokens | null {
  for (let k = start; k < end && k - start < 7; k++) {
    const t = tokens[k]!;
    if (!isWord(t)) return null;
    if (!isCapitalized(t) && (RECORD_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower))) return { from: start, to: k + 1 };
    if (k > start && CLAUSE_WORDS.has(t.lower)) return null;
  }
  return null;
}

/**
 * `In Forbes' words, Israel is "…"` / `in the words of one aide, "…"`: a frame before the quote that
 * names whose words follow, like "according to".
 */
function inTheWordsOf(tokens: Token[], qi: number, from: number): Cue | null {
  for (let i = from + 1; i < qi; i++) {
    if (tokens[i]!.lower !== 'words') continue;
    // "in the words of one aide"
    if (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'in' && tokens[i + 1]?.lower === 'of') {
      const np = nounPhraseAfter(tokens, i + 2, qi);
      if (np) return { kind: 'mention', mention: np, how: 'in-the-words-of' };
    }
    // "in Forbes' words", "in her own words"
    let owner = i - 1;
    if (tokens[owner]?.lower === 'own') owner--;
    const t = tokens[owner];
    if (!isWord(t) || !(isPossessive(t) || /^(?:his|her|their|its)$/.test(t.lower))) continue;
    const np = isPossessive(t) ? nounPhraseBefore(tokens, owner + 1, from) : { from: owner, to: owner + 1 };
    if (np && tokens[np.from - 1]?.lower === 'in') return { kind: 'mention', mention: np, how: 'in-the-words-of' };
  }
  return null;
}

/** Nouns for a survey whose respondents' answers it reports. */
const POLL_NOUNS = new Set(['poll', 'survey']);

/**
 * `In a CNN poll released Monday, 31% of Republicans said they were "extremely enthusiastic"`: the
 * respondents counted by a share answer the poll's question, so the poll named in the sentence is the
 * source (it chose the words the answers repeat). Other cues pass unchanged.
 */
function pollAsSource(tokens: Token[], cue: Cue, from: number): Cue {
  if (cue.kind !== 'mention' || !countsRespondents(tokens, cue.mention, from)) return cue;
  const end = sentenceEndAfter(tokens, cue.mention.to);
  for (let i = from; i < end; i++) {
    const t = tokens[i]!;
    if (!isWord(t) || !POLL_NOUNS.has(t.lower) || (i >= cue.mention.from && i < cue.mention.to)) continue;
    const poll = nounPhraseBefore(tokens, i + 1, from);
    if (poll) return { kind: 'mention', mention: poll, how: 'poll' };
  }
  return cue;
}

/** "75 percent of Republicans", "six in 10 voters", "the vast majority": a share of people. */
function countsRespondents(tokens: Token[], mention: MentionTokens, from: number): boolean {
  for (let i = Math.max(from, mention.from - 5); i < mention.to; i++) {
    const t = tokens[i]!;
    if (QUANTITY_HEADS.has(t.lower) || /^\d+%$/.test(t.text)) return true;
    if (
      t.lower === 'in' &&
      /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/i.test(tokens[i - 1]?.text ?? '') &&
      tokens[i + 1]?.text === '10'
    )
      return true;
  }
  return false;
}

/**
 * `Merkel hailed the deal as a "breakthrough for Europe"`, `He ended the note with "see you in
 * court"`: a quoted fragment with no verb of saying near it still carries the words of the sentence's
 * subject when the subject can speak. This is the last resort of the sieve, so it asks more of the
 * quote: a phrase of two or more words, not a title, with no comma between it and the subject (a
 * clause after a comma, `…, a report found`, often brings its own source).
 */
function subjectOfFragment(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens, text } = ctx;
  if (qi - from < 2) return null;
  const words = quoteWords(text, ctx.quotes[q]!);
  if (words.length < 2 || isTitleCase(words)) return null;
  for (let p = from; p < qi; p++) {
    const prev = tokens[p - 1];
    // The main clause: its subject opens the sentence or follows an opening phrase and its comma.
    if (p !== from && prev?.text !== ',') continue;
    // "Calling the plan "…," Reyes left": an opening participle is no subject (see subjectAfterOpeningClause).
    if (p === from && /^[a-z]+ing$/i.test(tokens[p]!.text)) continue;
    const np = isWord(tokens[p]) ? nounPhraseAfter(tokens, p, qi) : null;
    if (!np) continue;
    // "Ruiz, who chairs the board, later called it …": the verb may follow an apposition.
    const verbFrom = tokens[np.to]?.text === ',' ? appositionEnd(tokens, np.to, qi) : np.to;
    if (verbFrom < 0 || !verbLike(tokens[verbFrom])) continue;
    // "It's the pull of "…"": an impersonal "it" is nobody's voice.
    if (
      tokens[np.from]!.lower === 'it' ||
      describedSubject(tokens, verbFrom) ||
      PHYSICAL_ACTS.has(tokens[verbFrom]!.lower) ||
      !(namesAPerson(tokens, np) || speakingDocument(tokens, np)) ||
      tokens.slice(verbFrom, qi).some((t) => t.text === ',')
    )
      return null;
    return withAntecedent(tokens, { kind: 'mention', mention: np, how: 'fragment-subject' });
  }
  return subjectAfterOpeningClause(ctx, q, qi, from);
}

/**
 * `Several waved their "Hispanics para Trump" signs`, `Facebook had activated its "safety check"`: a
 * subject doing something with a named thing, rather than saying or arguing, quotes nothing; the
 * quoted words are the thing's name.
 */
const PHYSICAL_ACTS = new Set(
  'waved wave waves wore wear wears activated activates blocked blocks searched pushed earned discarded featured rallied wearing held holds carried carries bought sold built opened closed won'.split(
    ' ',
  ),
);

/**
 * `Trump is the "kind-hearted and caring" man`, `He is best known as the "senior black
 * correspondent"`, `many voters are expected to …`, `Trump became the first to buy a "promoted
 * trend"`: a subject followed by a copula or a passive is what the sentence describes, not who
 * speaks (a progressive, "is releasing an ad that urges …", still acts).
 */
function describedSubject(tokens: Token[], v: number): boolean {
  const verb = tokens[v];
  if (!isWord(verb)) return false;
  if (/^(?:became|becomes|become|seemed|seems|seem|appeared|appears)$/.test(verb.lower)) return true;
  if (!/^(?:is|are|was|were|been|be)$/.test(verb.lower)) return false;
  let k = v + 1;
  while (isWord(tokens[k]) && (isLyAdverb(tokens[k]!) || /^(?:also|still|now|not|already|even|being)$/.test(tokens[k]!.lower))) k++;
  const next = tokens[k];
  return !(isWord(next) && /ing$/.test(next.lower) && !isCapitalized(next));
}

/** Documents that carry their author's words: `The ad targets a "…"`, `the statement talked about "…"`. */
const SPEAKING_DOCUMENTS =
  /^(?:statement|ad|advertisement|commercial|letter|memo|email|e-mail|editorial|release|report|speech|video|op-ed|column)$/;

/** "The ad", "the campaign's statement": a determiner phrase headed by a document that speaks for its author. */
function speakingDocument(tokens: Token[], np: MentionTokens): boolean {
  const first = tokens[np.from]!;
  return SPEAKING_DOCUMENTS.test(tokens[np.to - 1]!.lower) && (DETERMINERS.has(first.lower) || isPossessive(first));
}

/**
 * `In declaring the plan "dead on arrival," the senator …`, `After calling it "a sham," Reyes left`:
 * a sentence opened by a participle clause holding the fragment; its subject is the main clause's,
 * named right after the comma that closes the opening clause.
 */
function subjectAfterOpeningClause(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  const opener = /^(?:in|after|before|while|when|by|on|upon|since)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
  if (!isWord(tokens[opener]) || !/^[a-z]+ing$/i.test(tokens[opener]!.text) || reportingVerb(tokens[opener]!.lower)?.participle === false)
    return null;
  // The clause closes at a comma after the quote, or at one inside its closing mark (`"…," the senator`).
  let start = qi + 1;
  // `Conceding a deal was "down the line" he warned …`: the comma left out before a pronoun subject.
  const pronoun = tokens[start];
  if (isWord(pronoun) && /^(?:he|she|they|we)$/.test(pronoun.lower) && verbLike(tokens[start + 1]))
    return withAntecedent(tokens, { kind: 'mention', mention: { from: start, to: start + 1 }, how: 'opening-clause-subject' });
  if (!endsWithComma(ctx.text, ctx.quotes[q]!)) {
    while (start < tokens.length && start - qi <= 16 && tokens[start]!.text !== ',') {
      if (tokens[start]!.kind !== 'word') return null;
      start++;
    }
    if (tokens[start]?.text !== ',') return null;
    start++;
  }
  // "…," though, Allen did …": a discourse word between commas.
  if (isWord(tokens[start]) && tokens[start + 1]?.text === ',') start += 2;
  const np = nounPhraseAfter(tokens, start, sentenceEndAfter(tokens, start));
  if (!np || !verbLike(tokens[np.to]) || !namesAPerson(tokens, np) || tokens[np.from]!.lower === 'it') return null;
  return withAntecedent(tokens, { kind: 'mention', mention: np, how: 'opening-clause-subject' });
}

/** A quote whose last part ends in a comma, inside or right after the closing mark. */
function endsWithComma(text: string, quote: QuoteSpan): boolean {
  return /,\s*$/.test(text.slice(quote.parts[quote.parts.length - 1]!.start, quote.parts[quote.parts.length - 1]!.end));
}

/** A word that can start a verb phrase after its subject: lower-case and not a function word, or an auxiliary. */
function verbLike(t: Token | undefined): boolean {
  return isWord(t) && ((!isCapitalized(t) && !CLAUSE_WORDS.has(t.lower)) || VERB_MODIFIERS.has(t.lower));
}

/** Index just past the comma that closes an apposition opened by the comma at `comma`, or -1. */
function appositionEnd(tokens: Token[], comma: number, limit: number): number {
  for (let k = comma + 1; k < limit && k - comma <= 16; k++) {
    const t = tokens[k]!;
    if (t.kind === 'quote' || t.kind === 'para') return -1;
    if (t.text === ',') return k + 1;
  }
  return -1;
}

/** The words of a quote, without its marks and closing punctuation. */
function quoteWords(text: string, quote: QuoteSpan): string[] {
  const content = quote.parts
    .map((p) => text.slice(p.start, p.end))
    .join(' ')
    .trim()
    .replace(/[.,;:!?]+$/, '');
  return content ? content.split(/\s+/) : [];
}

/** "The Walking Dead", "Gang of Eight": every word capitalized but the small ones inside. */
function isTitleCase(words: string[]): boolean {
  return words.every((w, k) => /^[\p{Lu}\p{N}]/u.test(w) || (k > 0 && TITLE_SMALL_WORDS.test(w.toLowerCase())));
}

/**
 * `This makes misinformation hard to dislodge, he said. Good information can still win, but only
 * when "the truth is sexier."`: a fragment in the sentence right after a closing reporting tag
 * continues that speaker's paraphrase.
 */
function paraphraseContinues(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  const end = from - 1;
  if (from === qi || end < 0 || tokens[end]!.kind !== 'punct' || !looksLikeSpeech(ctx.text, ctx.quotes[q]!)) return null;
  const prevFrom = sentenceStart(tokens, end, ctx.text, ctx.quotes);
  const tag = finalReportingClause(tokens, prevFrom, end);
  return tag ? { ...tag, how: 'paraphrase-continues' } : null;
}

/** Whether a quote ends with a question or exclamation mark. */
function endsAsking(text: string, quote: QuoteSpan): boolean {
  return /[?!]\W*$/.test(text.slice(Math.max(quote.start, quote.end - 4), quote.end));
}

/**
 * `In a Fox interview, Trump went even further: "…"` / `…, she told the crowd, "We will win."`: the
 * clause before a colon, or before a comma and a quote that starts a full sentence, introduces it.
 */
function introducingClauseInSentence(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens, text } = ctx;
  const first = ctx.quotes[q]!.parts[0];
  // After a comma the quote must read as a full sentence, not a title ("…, and "Mercy Street"").
  const quoted = ctx.quotes[q]!.parts.map((p) => text.slice(p.start, p.end))
    .join(' ')
    .trim();
  const startsSentence = !!first && /^\p{Lu}/u.test(text.slice(first.start, first.start + 1)) && quoted.split(/\s+/).length >= 5;
  const before = tokens[qi - 1]?.text;
  if (before !== ':' && !(before === ',' && startsSentence)) return null;
  const np = clauseSubjectBefore(tokens, qi - 1, from);
  return np ? { kind: 'mention', mention: np, how: 'colon-clause' } : null;
}

/**
 * A quote opening its paragraph and signed with a bare name, on the same line or the next:
 * `"…" (Maria Lopez, 34)`, `"…" Maria Lopez, 34, San Antonio`, or a next line "— Maria Lopez, 34"
 * (pull quotes, reader responses, epigraphs).
 */
function signatureLine(tokens: Token[], qi: number): Cue | null {
  if (qi > 0 && tokens[qi - 1]!.kind !== 'para') return null;
  let start = qi + 1;
  const nextLine = tokens[start]?.kind === 'para';
  if (nextLine) start++;
  else if (tokens[start]?.kind !== 'punct' && !isCapitalized(tokens[start])) return null;
  const dashed = /^[—–―-]$/.test(tokens[start]?.text ?? '');
  if (dashed) start++;
  const bracketed = tokens[start]?.text === '(';
  if (bracketed) start++;
  let end = start;
  while (end < tokens.length && tokens[end]!.kind !== 'para' && tokens[end]!.kind !== 'quote') end++;
  if (bracketed && tokens[end - 1]?.text === ')') end--;
  if (end - start > 12 || end === start) return null;
  if (tokens[end - 1]?.text === '.') end--;
  const name = nounPhraseAfter(tokens, start, end);
  if (!name || !isNameWord(tokens[name.to - 1])) return null;
  // After a dash anything may follow the name ("-President Obama, tweeting after the speech.");
  // otherwise only its details may.
  if (!dashed && !plainStretch(tokens, name.to, end)) return null;
  if (name.to - name.from === 1 && tokens[name.from]!.text.length <= 3) return null;
  // ("Cockerel" on a line of its own after the quote: a subheading, not a signature, which gives a
  // full name or marks itself with a dash or brackets.)
  if (nextLine && !dashed && !bracketed && name.to - name.from === 1) return null;
  // Without a dash or brackets, the line must be only a name and its details, not a sentence.
  if (!dashed && !bracketed && (tokens[end]?.text === '.' || (name.to !== end && tokens[name.to]!.text !== ','))) return null;
  return { kind: 'mention', mention: name, how: 'signature-line' };
}

/** Index of the token ending the sentence that holds token i, stepping over quotes inside it. */
function sentenceEndAfter(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.kind === 'para' || (t.kind === 'punct' && /^[.!?…]$/.test(t.text))) break;
    j++;
  }
  return j;
}

/**
 * The passive of a naming verb: `labeled a "witch hunt" by Democrats`, `called "strategic
 * ambiguity" by Joshua Hendrick`, `seen by organizers as a "lifeboat"`. The agent is the speaker.
 */
function passiveAgent(tokens: Token[], qi: number, from: number): Cue | null {
  let participle = -1;
  for (let v = qi - 1; v >= from && qi - v <= 6; v--) {
    if (isWord(tokens[v]) && PASSIVE_NAMING.has(tokens[v]!.lower)) {
      participle = v;
      break;
    }
  }
  if (participle < 0) return null;
  // "by NP" between the participle and the quote, or right after the quote.
  for (const start of [participle + 1, qi + 1]) {
    if (tokens[start]?.lower !== 'by') continue;
    const np = nounPhraseAfter(tokens, start + 1, start === qi + 1 ? sentenceEndAfter(tokens, qi) : qi);
    if (np) return { kind: 'mention', mention: np, how: 'passive-agent' };
  }
  return null;
}

/**
 * `Duterte has been called the "Trump of the East"`, `what is typically called "regenerative
 * medicine"`: the nearest verb before the quote is a passive naming verb. Whoever applies the label
 * is named by a "by" phrase or not at all; the sentence's subject is the one labelled.
 */
function unnamedPassiveLabel(tokens: Token[], qi: number, from: number): boolean {
  for (let v = qi - 1; v >= from && qi - v <= NAMING_VERB_REACH; v--) {
    const t = tokens[v]!;
    if (t.kind === 'quote' || t.kind === 'para') return false;
    if (isWord(t) && PASSIVE_NAMING.has(t.lower)) return afterAuxiliary(tokens, v) && !reportedAround(tokens, from, v, qi);
    if (verbAt(tokens, v)) return false;
  }
  return false;
}

/** `They note that … can be deemed "…"`, `… was branded "…", Song wrote`: the label is itself reported. */
function reportedAround(tokens: Token[], from: number, v: number, qi: number): boolean {
  for (let k = from; k < v; k++) if (verbAt(tokens, k)) return true;
  return !!finalReportingClause(tokens, qi + 1, sentenceEndAfter(tokens, qi));
}

const PASSIVE_NAMING = new Set([
  'called',
  'labeled',
  'labelled',
  'described',
  'known',
  'seen',
  'branded',
  'dubbed',
  'deemed',
  'termed',
  'characterized',
  'characterised',
  'described',
  'derided',
  'hailed',
  'praised',
  'criticized',
  'denounced',
  'portrayed',
]);

/** A quote closed by a comma, question mark, exclamation mark or dash is ready for a tag after it. */
function endsWithTagPunctuation(text: string, quote: QuoteSpan): boolean {
  const last = quote.parts[quote.parts.length - 1]!;
  let i = last.end - 1;
  // A nested quote may close first: `…, 'this is not what we want,'" Wilcox said`.
  while (i > last.start && /[\s'’]/.test(text[i]!)) i--;
  return /[,?!\u2014\u2013…-]/.test(text[i] ?? '') || text[quote.end] === ',';
}

/** A relative pronoun subject ("Graham, who has vowed …") keeps its span and names its antecedent. */
function withAntecedent(tokens: Token[], cue: Cue): Cue {
  if (cue.kind !== 'mention' || cue.mention.to - cue.mention.from !== 1) return cue;
  const word = tokens[cue.mention.from]!;
  if (!/^(?:who|which|whom|that)$/.test(word.lower)) return cue;
  let end = cue.mention.from;
  if (tokens[end - 1]?.text === ',') end--;
  const antecedent = nounPhraseBefore(tokens, end, Math.max(0, end - 12));
  return antecedent ? { ...cue, antecedent } : cue;
}

/**
 * "Ortiz was quick to add that …", "Berg went on to say …": an infinitive of saying speaks for the
 * subject of its clause, unless the verb before it withholds the words ("declined to say").
 */
function infinitiveOfSaying(tokens: Token[], v: number, from: number): MentionTokens | null {
  if (tokens[v - 1]?.lower !== 'to' || /^(?:declin|refus|fail|unwilling|unable|reluctant|hesitat|afraid)/.test(tokens[v - 2]?.lower ?? ''))
    return null;
  return clauseSubjectBefore(tokens, v - 1, from);
}

/**
 * Weak cues that still voice their subject's own words ("Valastro praised the governor's record.",
 * "Ortiz touted her plan."): the quote right after them is the praise or the boast itself. Verbs of
 * thinking ("believes", "wonders") are left out: the quote after them is rarely the thought.
 */
const EXPRESSIVE_VERBS = new Set([
  'praise',
  'tout',
  'criticize',
  'criticise',
  'blast',
  'slam',
  'mock',
  'accuse',
  'charge',
  'dismiss',
  'reject',
  'challenge',
  'threaten',
  'apologize',
  'apologise',
  'thank',
  'share',
  'offer',
  'speak',
]);

/**
 * A sentence that is only a quote, right after a sentence whose subject reports speech
 * ("Ghazala Khan says she received a call. "She called me …""), continues that speaker; so does a
 * sentence of praise or blame ("Ortiz praised the crews. "They kept the port open.""), whose verb is
 * otherwise too weak a cue.
 */
function previousSentenceSpeaker(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  // News style sets a speaker's quote off as its own paragraph after the sentence that reports them
  // ("Ortiz said the work would start in spring. ¶ "We have waited …""): one break may be crossed.
  // The quote must then stand alone (close its sentence, not be a heading in capitals), and the
  // verb must report speech rather than name something ("called for a vote").
  const crossed = tokens[qi - 1]?.kind === 'para';
  const end = crossed ? qi - 2 : qi - 1;
  if (from !== qi || end < 0 || tokens[end]!.kind !== 'punct' || !looksLikeSpeech(ctx.text, ctx.quotes[q]!)) return null;
  if (crossed && !standsAlone(ctx.text, ctx.quotes[q]!)) return null;
  const prevFrom = sentenceStart(tokens, end, ctx.text, ctx.quotes);
  for (let v = prevFrom; v < end; v++) {
    if (tokens[v]!.kind === 'quote') return null;
  }
  // "In response to Sanders' charge that …, she said she and Obama had made progress.": the subject
  // may follow an opening adjunct closed by a comma.
  const adjunctOpens = OPENING_ADJUNCT.test(tokens[prevFrom]?.lower ?? '');
  for (let v = prevFrom; v < end && v - prevFrom < (adjunctOpens ? 30 : 12); v++) {
    const verb = verbAt(tokens, v);
    if (!verb || verb.verb.lemma === 'according to') continue;
    if (verb.verb.weak && !EXPRESSIVE_VERBS.has(verb.verb.lemma)) continue;
    if (crossed && NAMING_VERBS.has(verb.verb.lemma)) continue;
    // "Ortiz distanced herself from the council by saying she would help.": a participle of saying
    // speaks for the subject of its sentence.
    const subject = verb.verb.participle
      ? afterAuxiliary(tokens, v) || NAMING_VERBS.has(verb.verb.lemma)
        ? null
        : clauseSubjectBefore(tokens, v, prevFrom)
      : (subjectBefore(tokens, v, prevFrom) ?? infinitiveOfSaying(tokens, v, prevFrom));
    if (subject && (subject.from === prevFrom || (adjunctOpens && openingAdjunctBefore(tokens, prevFrom, subject.from))))
      return withAntecedent(tokens, { kind: 'mention', mention: subject, how: 'previous-sentence-verb' });
  }
  // "… plans to watch his case closely, dos Santos says. "If the government …""
  const final = finalReportingClause(tokens, prevFrom, end);
  return final ? { ...final, how: 'previous-sentence-tag' } : null;
}

/** Words opening an adverbial phrase or clause before the subject: "In response to …,", "After the vote,". */
const OPENING_ADJUNCT =
  /^(?:in|after|before|during|at|on|when|while|asked|speaking|as|since|although|though|despite|with|for|following|responding)$/;

/** Whether the stretch [from, subject) is an opening adjunct closed by a comma right before the subject. */
function openingAdjunctBefore(tokens: Token[], from: number, subject: number): boolean {
  if (tokens[subject - 1]?.text !== ',') return false;
  for (let k = from; k < subject - 1; k++)
    if (tokens[k]!.text === ',' || (tokens[k]!.kind !== 'word' && tokens[k]!.kind !== 'punct')) return false;
  return true;
}

/** A quote that is a whole sentence of speech: it closes its sentence and is not a heading in capitals. */
function standsAlone(text: string, quote: QuoteSpan): boolean {
  if (!quoteEndsSentence(text, quote)) return false;
  const first = quote.parts[0]!;
  const letters = text.slice(first.start, Math.min(first.end, first.start + 40)).replace(/[^\p{L}]/gu, '');
  return letters !== letters.toUpperCase();
}

/**
 * `"A" and "B," he said`: a quote joined to the next one by a conjunction shares its speaker.
 * Returns the index of that next quote.
 */
export function joinedToNextQuote(ctx: CueContext, q: number): number | null {
  const { tokens } = ctx;
  const qi = ctx.quoteToken[q]!;
  let j = qi + 1;
  while (j < tokens.length && j - qi <= 3 && (tokens[j]!.text === ',' || /^(?:and|or|but|then)$/.test(tokens[j]!.lower))) j++;
  const next = tokens[j];
  return j > qi + 1 && next?.kind === 'quote' ? next.quote! : null;
}

/**
 * A quote with no cue of its own that opens a sentence continues the nearest speaker: a second
 * sentence after `"A," he said.`, or a paragraph after `X said:` or after a paragraph ending in a
 * quote by X. Anything else between the two (another sentence of narration) breaks the run.
 */
function runOfQuotes(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  if (from !== qi || !looksLikeSpeech(ctx.text, ctx.quotes[q]!)) return null;
  let sentenceEnds = 0;
  let paragraphs = 0;
  for (let j = qi - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'para') {
      // Only the break right before the quote may be crossed: the quote must open its paragraph.
      if (paragraphs > 0 || j !== qi - 1) return null;
      paragraphs = 1;
      if (tokens[j - 1]?.text === ':') return introducingClause(ctx, j - 1);
      continue;
    }
    if (t.kind === 'quote') {
      if (ctx.hasSpeaker(t.quote!))
        return { kind: 'same-as', quote: t.quote!, how: paragraphs ? 'previous-paragraph' : 'previous-sentence' };
      return null;
    }
    if (t.kind === 'punct' && /^[.!?…]$/.test(t.text) && ++sentenceEnds > 1) return null;
    if (t.text === ':' && j === qi - 1) return introducingClause(ctx, j);
  }
  return null;
}

/** Sentence adverbs and conjunctions that may lead into a quote that continues a speaker. */
const LEAD_INS = /^(?:then|instead|but|and|indeed|still|specifically|also|so|yet|however|again|later|meanwhile|moreover|plus|or)$/;

/**
 * `"He's supposed to be a cheerleader," Trump said. Instead, "he just acts like a defeated man."`: a
 * quote led into only by a sentence adverb or conjunction continues the run of quotes before it.
 */
function runAfterLeadIn(ctx: CueContext, q: number, qi: number, from: number): Cue | null {
  const { tokens } = ctx;
  if (from >= qi || qi - from > 3) return null;
  for (let k = from; k < qi; k++) {
    const t = tokens[k]!;
    if (!(isWord(t) && LEAD_INS.test(t.lower)) && t.text !== ',') return null;
  }
  if (!isWord(tokens[from])) return null;
  const cue = runOfQuotes(ctx, q, qi, qi);
  return cue && cue.kind === 'same-as' ? cue : null;
}

/** Titles and labels ("Related:", "Sons of Trump") are not continued speech. */
function looksLikeSpeech(text: string, quote: QuoteSpan): boolean {
  const content = quote.parts
    .map((p) => text.slice(p.start, p.end))
    .join(' ')
    .trim();
  const words = content.split(/\s+/).length;
  return words >= 5 || (words >= 2 && /[.!?,]$/.test(content));
}

/** "he", "she", or a phrase ending in a capitalized name that is no organization ("NBC News", "the Party"). */
function personalSubject(tokens: Token[], np: MentionTokens): boolean {
  const head = tokens[np.to - 1]!;
  if (np.to - np.from === 1 && /^(?:he|she|i|we)$/.test(head.lower)) return true;
  return isNameWord(head) && /^[A-Z][a-z]+$/.test(head.text) && !ORGANIZATION_NOUNS.has(head.lower);
}

/** `X said:` / `X wrote in a statement:` ending the text before a quote paragraph. */
function introducingClause(ctx: CueContext, last: number): Cue | null {
  const { tokens } = ctx;
  if (tokens[last]!.text !== ':') return null;
  const from = sentenceStart(tokens, last, ctx.text, ctx.quotes);
  for (let v = last - 1; v >= from; v--) {
    const verb = verbAt(tokens, v);
    if (!verb) continue;
    if (verb.verb.lemma === 'according to') {
      const np = nounPhraseAfter(tokens, verb.end, last);
      return np ? { kind: 'mention', mention: np, how: 'introducing' } : null;
    }
    const subject = verb.verb.participle ? null : subjectBefore(tokens, v, from);
    if (subject) return { kind: 'mention', mention: subject, how: 'introducing' };
  }
  const np = nounPhraseBefore(tokens, last, from);
  if (np && np.from === from) return { kind: 'mention', mention: np, how: 'introducing-colon' };
  // "The mayor issued the following statement:", "Transcript as follows:": a clause that announces
  // the text below it; its subject (or the phrase opening it) gives that text.
  const announces = tokens.slice(from, last).some((t) => t.lower === 'following' || t.lower === 'follows');
  if (announces) {
    const subject = clauseSubjectBefore(tokens, last, from) ?? nounPhraseAfter(tokens, from, last);
    if (subject) return { kind: 'mention', mention: subject, how: 'introducing-following' };
  }
  // "He then listed the qualities a nominee needs:" — a person (a pronoun or a name) opening the
  // sentence, with a verb after it, introduces the quoted paragraph below.
  const opener = clauseSubjectBefore(tokens, last, from);
  if (opener && opener.from === from && personalSubject(tokens, opener))
    return { kind: 'mention', mention: opener, how: 'introducing-subject' };
  // "Maria Lopez, 34, San Antonio:" — a name with its details, introducing the quote below it.
  const head = nounPhraseAfter(tokens, from, last);
  return head && tokens[head.to]?.text === ',' && isNameWord(tokens[head.to - 1]) && plainStretch(tokens, head.to, last)
    ? { kind: 'mention', mention: head, how: 'introducing-colon' }
    : null;
}

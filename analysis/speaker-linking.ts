/**
 * Ties quote speakers to the entities the matcher found: who each speaker is (a card, when the
 * article's words for them name one), which organization the article says they speak for, and the
 * actors list that follows from it, where a speaker without a card is described by the article alone.
 */
import type { ActorMatcher } from './actor-matcher';
import type { Actor, AttributedQuote } from './analyze-article';
import type { EntityMention } from './enforcement';
import type { Quote } from './quotes';
import { isDemonymName } from './place-names';
import { ORGANIZATION_NOUNS, STATE_BODIES } from './speaker-lexicon';
import { UNCARDED_PLATFORM_NAMES, UNCARDED_PLATFORM_WORDS } from './uncarded-platforms';

const LEADING = /^(?:the|a|an)\s+/i;
/** "the Meta policy states": a document speaks, and it is the rule the article cited last. */
const DOCUMENT_SPEAKER = /^the\b.*\b(?:policy|policies|rules|guidelines|standards|terms)$/i;

function lastPolicyBefore(mentions: readonly EntityMention[], offset: number): string | null {
  let found: string | null = null;
  for (const m of mentions) if (m.kind === 'policy' && m.start < offset) found = m.id;
  return found;
}

/** "The company sent a response", "the platform said", "the social media giant said": a company named only by its kind. */
const COMPANY_BY_KIND = /^the\s+(?:[\p{L}-]+\s+){0,2}?(?:company|platform|firm|giant|social network|app maker)$/iu;
/** The same, ending a stretch of text: the mention may hold only the noun ("the US [firm] said"). */
const COMPANY_BY_KIND_ENDING = /\bthe\s+(?:[\p{L}-]+\s+){0,2}?(?:company|platform|firm|giant|social network|app maker)$/iu;
const COMPANY_KINDS = new Set(['platform', 'company']);

/** The company or platform the article named last before `offset`: what "the company" then stands for. */
function lastCompanyBefore(mentions: readonly EntityMention[], offset: number): EntityMention | null {
  let found: EntityMention | null = null;
  for (const m of mentions) if (COMPANY_KINDS.has(m.kind) && m.end <= offset) found = m;
  return found;
}

export function linkSpeakers(
  text: string,
  quotes: readonly Quote[],
  mentions: readonly EntityMention[],
  matcher: ActorMatcher,
): AttributedQuote[] {
  const bySurface = new Map<string, string>();
  for (const m of mentions) bySurface.set(text.slice(m.start, m.end).toLowerCase(), m.id);
  const confirmed = new Set(mentions.map((m) => m.id));

  /** The entity a short phrase names as a whole ("Daniel Hagari", "MTAC", "the Meta policy" → none). */
  const wholeEntity = (phrase: string | null): string | null => {
    if (!phrase) return null;
    const bare = phrase.replace(LEADING, '').trim();
    const known = bySurface.get(bare.toLowerCase());
    if (known) return known;
    // Ambiguous names count here when the article has already confirmed their entity.
    const hit = matcher
      .scan(bare)
      .find(
        (h) =>
          h.start === 0 &&
          h.end >= bare.replace(/[’']s$/, '').length - 1 &&
          (!matcher.isAmbiguous(h.name) || confirmed.has(matcher.entryId(h.entry))),
      );
    return hit ? matcher.entryId(hit.entry) : null;
  };
  /** The first entity a phrase mentions at all ("Foundation for the Defense of Democracies (FDD)" → fdd). */
  const anyEntity = (phrase: string | null): string | null => {
    if (!phrase) return null;
    const whole = wholeEntity(phrase);
    if (whole) return whole;
    for (const [surface, id] of bySurface) if (phrase.toLowerCase().includes(surface) && surface.length >= 2) return id;
    return null;
  };

  const near = overlapFinder(mentions);
  const earlier: Quote['speaker'][] = [];
  /** How the article first named each carded speaker, with the role it gave: later quotes say "TAG" or "Hagari". */
  const firstNamed = new Map<string, NonNullable<Quote['speaker']>>();
  return quotes.map((q) => {
    // "The Jordanian [cybercrimes unit] …, saying": a nationality word alone is half a name, and no speaker.
    if (!q.speaker || isDemonymName([q.speaker.name.toLowerCase()])) return { start: q.start, end: q.end, text: q.text, speaker: null };
    // "the spokesperson said", after "a Meta spokesperson told Reuters": the same unnamed person.
    const s = resolveDefiniteRole(q.speaker, earlier);
    earlier.push(s);
    const overlapping = near(s.mention.start, s.mention.end);
    const atMention =
      overlapping.find((m) => (m.end - m.start) / Math.max(1, s.mention.end - s.mention.start) > 0.6) ??
      // "Facebook's Head of Security Policy Nathaniel Gleicher": a carded person's name ends the long title.
      overlapping.find((m) => m.kind === 'person' && m.end === s.mention.end && m.start > s.mention.start);
    const titled = atMention && atMention.kind === 'person' && atMention.start > s.mention.start && s.name.length > atMention.name.length;
    // (The speaker resolver reads only the article's words; a company it could not find by them is the
    // one the matcher saw named last.)
    // ("the US firm said": the words of the mention, when the resolver kept only the noun as the name.)
    const byKind =
      COMPANY_BY_KIND.test(s.name.trim()) ||
      COMPANY_BY_KIND_ENDING.test(text.slice(Math.max(0, s.mention.start - 30), s.mention.end).trimEnd());
    const company = !atMention && byKind ? lastCompanyBefore(mentions, s.mention.start) : null;
    const entityId =
      atMention?.id ?? company?.id ?? wholeEntity(s.name) ?? (DOCUMENT_SPEAKER.test(s.name) ? lastPolicyBefore(mentions, q.start) : null);
    // The same speaker, named shorter this time: the fuller name and the role the article gave before.
    const first = entityId ? firstNamed.get(entityId) : undefined;
    if (entityId && !first) firstNamed.set(entityId, s);
    const named = first && first.name.length > s.name.length ? first : null;
    // (Its title then reads off the words before the name: "[Facebook]'s [Head of Security Policy]".)
    const title = titled ? /^(?:the\s+)?(?:(.+?)['’]s\s+)?(.+?)[\s,]*$/i.exec(text.slice(s.mention.start, atMention.start)) : null;
    const affiliation = title ? (title[1] ?? null) : (s.affiliation ?? named?.affiliation ?? null);
    return {
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: {
        name: named?.name ?? company?.name ?? (titled ? atMention.name : s.name),
        entityId,
        mention: s.mention,
        // ("the company" names the kind, which the card says better.)
        role: company ? null : title ? title[2]! : (s.role ?? named?.role ?? null),
        affiliation,
        affiliationId: anyEntity(affiliation),
        descriptor: company ? null : (s.descriptor ?? named?.descriptor ?? null),
      },
    };
  });
}

/**
 * The mentions overlapping a span, in text order. A long article has hundreds of quotes and thousands
 * of mentions: a search from where the span starts, not a pass over all of them per quote.
 */
function overlapFinder(mentions: readonly EntityMention[]): (from: number, to: number) => EntityMention[] {
  const sorted = mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start)
    ? mentions
    : [...mentions].sort((a, b) => a.start - b.start);
  const longest = sorted.reduce((max, m) => Math.max(max, m.end - m.start), 0);
  return (from, to) => {
    // Nothing starting before this reaches `from`.
    const earliest = from - longest;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start < earliest) lo = mid + 1;
      else hi = mid;
    }
    const out: EntityMention[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end > from) out.push(sorted[i]!);
    return out;
  };
}

/**
 * A definite role phrase ("the spokesperson", "the analyst") refers back to the latest speaker the
 * article introduced with the same role noun ("a Meta spokesperson"); the mention stays the article's.
 */
function resolveDefiniteRole(speaker: NonNullable<Quote['speaker']>, earlier: readonly Quote['speaker'][]): NonNullable<Quote['speaker']> {
  const definite = /^the\s+([\p{Ll}-]+)$/u.exec(speaker.name.trim());
  if (!definite) return speaker;
  const noun = definite[1]!.toLowerCase();
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i];
    if (e && e.name.toLowerCase() !== speaker.name.toLowerCase() && new RegExp(`\\b${noun}$`, 'i').test(e.name)) {
      return { ...e, mention: speaker.mention };
    }
  }
  return speaker;
}

/** Marks quoted actors, gives them the article's description, and adds the speakers no card knows. */
export function actorsWithSpeakers(actors: readonly Actor[], quotes: readonly AttributedQuote[]): Actor[] {
  const out = actors.map((a) => ({ ...a, mentions: [...a.mentions] }));
  const byId = new Map(out.filter((a) => a.entityId).map((a) => [a.entityId!, a]));
  const unknown = new Map<string, Actor>();
  for (const q of quotes) {
    const s = q.speaker;
    if (!s) continue;
    const described = s.descriptor ?? ([s.role, s.affiliation].filter(Boolean).join(', ') || null);
    const known = s.entityId ? byId.get(s.entityId) : undefined;
    // A pronoun the article never tied to anyone ("he", "we") is nobody a reader could look up.
    if (!known && UNRESOLVED_PRONOUN.test(s.name)) continue;
    if (known) {
      known.quoted = true;
      known.description ??= described;
      continue;
    }
    let actor = unknown.get(s.name.toLowerCase());
    if (!actor) {
      // A speaker the article gives a role ("a Meta spokesperson", "an analyst at ISD") is a person,
      // unless the role names a kind of organization ("AI startup Hugging Face").
      const roleHead = (s.role ?? s.descriptor)?.toLowerCase().split(/\s+/).pop();
      const kind =
        (roleHead !== undefined && (ORGANIZATION_NOUNS.has(roleHead) || STATE_BODIES.has(roleHead))) ||
        (!s.role && (ORGANIZATION_WORDS.test(s.name) || namesService(s.name)))
          ? 'organization'
          : s.role || looksLikePersonalName(s.name)
            ? 'person'
            : 'unknown';
      actor = { name: s.name, entityId: null, kind, quoted: true, description: described, mentions: [] };
      unknown.set(s.name.toLowerCase(), actor);
      out.push(actor);
    }
    if (!actor.mentions.some((m) => m.start === s.mention.start)) actor.mentions.push({ start: s.mention.start, end: s.mention.end });
    actor.description ??= described;
  }
  for (const a of out) a.mentions.sort((x, y) => x.start - y.start);
  return out;
}

const UNRESOLVED_PRONOUN = /^(?:he|she|they|it|i|we|you|who|which|him|her|them|us|me)$/i;

const ORGANIZATION_WORDS =
  /\b(?:Center|Centre|Institute|Ministry|Court|Council|Agency|Group|Foundation|Commission|Office|Department|Lab|Network|Company|Corporation|Inc|Ltd|News|Times|Post|Party|Union|Association|Bureau|Service|Board|Committee|Forces|Army|Police|Platform|Project|Corp|Co|LLC|PLC|Holdings|Bank|Studios|Media|Fund|Trust|University|College|School|Club|League|Guild|Federation|Authority)\b/;
const SERVICE_NAMES = new Set(UNCARDED_PLATFORM_NAMES.map((n) => n.toLowerCase()));
/** Services whose names are also words or surnames ("Grab", "Bolt"): only alone or after a nationality. */
const SERVICE_WORDS = new Set(UNCARDED_PLATFORM_WORDS.map((n) => n.toLowerCase()));
/** "Malaysian Grab", "Cash App": a service without a card, perhaps after the country it serves ("Usain Bolt" is no service). */
function namesService(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((_, i) => {
    const tail = words.slice(i).join(' ');
    return SERVICE_NAMES.has(tail) || (SERVICE_WORDS.has(tail) && (i === 0 || isDemonymName(words.slice(0, i))));
  });
}

/** Things named in capitals that are no one: "the Silver Button Award". */
const THING_WORDS = /\b(?:Award|Awards|Prize|Medal|Trophy|Cup)\b/;

/** "Vesna Rusu", "Kyle Danner": two to four capitalised words that name no organization. */
function looksLikePersonalName(name: string): boolean {
  return /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(name) && !ORGANIZATION_WORDS.test(name) && !THING_WORDS.test(name);
}

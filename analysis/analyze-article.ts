/**
 * The whole analysis of one article, as plain data: who is mentioned, who is quoted, and whether it
 * reports a platform-enforcement action. Pure; shared by the background, the CLI and the benchmarks.
 */
import { ActorMatcher, resolveMentions } from './actor-matcher';
import { addArticleReferences } from './article-references';
import { detectEnforcement, type EnforcementResult, type EntityMention } from './enforcement';
import { withModelReading } from './enforcement-inference';
import { findQuotes } from './quotes';
import { findUncardedPlatforms } from './uncarded-platforms';
import { joinSoftWraps } from './soft-wraps';
import { actorsWithSpeakers, linkSpeakers } from './speaker-linking';

export interface Span {
  start: number;
  end: number;
}

export interface Actor {
  name: string;
  entityId: string | null;
  kind: string;
  quoted: boolean;
  /** What the article itself says about the actor, for actors without a card. */
  description: string | null;
  mentions: Span[];
}

export interface AttributedSpeaker {
  /** Who the mention resolves to: a full name, or a role phrase such as "a Meta spokesperson". */
  name: string;
  entityId: string | null;
  /** The words naming the speaker at this quote ("he", "Hagari", "the company"). */
  mention: Span;
  role: string | null;
  affiliation: string | null;
  affiliationId: string | null;
  /** The article's own words introducing the speaker ("a senior fellow with …"). */
  descriptor: string | null;
}

export interface AttributedQuote {
  start: number;
  end: number;
  text: string;
  speaker: AttributedSpeaker | null;
}

/** Who the article mentions and who it quotes: all that the badges are drawn from. */
export interface ArticleSpeakers {
  quotes: AttributedQuote[];
  actors: Actor[];
}

export interface ArticleAnalysis extends ArticleSpeakers {
  enforcement: EnforcementResult;
}

export function analyzeArticle(articleText: string, matcher: ActorMatcher, title: string | null = null): ArticleAnalysis {
  // Same length as the input, so every offset below indexes the text as given.
  const text = joinSoftWraps(articleText);
  const entityMentions = entityMentionsIn(text, matcher);
  return { enforcement: enforcementIn(text, entityMentions, matcher, title), ...speakersIn(text, entityMentions, matcher) };
}

/**
 * The article's actors and quotes without its enforcement reading: the extension draws the badges from
 * these while the background is still reading the enforcement, which costs as much again.
 */
export function readSpeakers(articleText: string, matcher: ActorMatcher): ArticleSpeakers {
  const text = joinSoftWraps(articleText);
  return speakersIn(text, entityMentionsIn(text, matcher), matcher);
}

function speakersIn(text: string, entityMentions: EntityMention[], matcher: ActorMatcher): ArticleSpeakers {
  const byId = new Map<string, Actor>();
  for (const m of entityMentions) {
    let actor = byId.get(m.id);
    if (!actor) {
      actor = { name: m.name, entityId: m.id, kind: m.kind, quoted: false, description: null, mentions: [] };
      byId.set(m.id, actor);
    }
    actor.mentions.push({ start: m.start, end: m.end });
  }
  const quotes = linkSpeakers(text, findQuotes(text), entityMentions, matcher);
  return { quotes, actors: actorsWithSpeakers([...byId.values()], quotes) };
}

/**
 * Only whether the text reports enforcement, and its events, without the quotes and speakers: the page
 * gate's question on an article's opening, and the enforcement reading of the whole article (the same
 * reading `analyzeArticle` gives).
 */
export function screenArticle(articleText: string, matcher: ActorMatcher, title: string | null = null): EnforcementResult {
  const text = joinSoftWraps(articleText);
  return enforcementIn(text, entityMentionsIn(text, matcher), matcher, title);
}

/** Every entity the matcher finds, with the short forms the article itself defines for them. */
function entityMentionsIn(text: string, matcher: ActorMatcher): EntityMention[] {
  const entryOf = (id: string) => matcher.table.entries[matcher.entryIndex(id)!]!;
  return addArticleReferences(
    text,
    resolveMentions(matcher, text, matcher.scan(text)).map((m) => ({ id: m.id, kind: entryOf(m.id).kind, start: m.start, end: m.end })),
  ).map((m) => {
    const { name, ownedBy } = entryOf(m.id);
    // (Written out, not spread: on a 5,000-word article's thousand mentions the spread cost 0.3 ms.)
    const mention: EntityMention = { id: m.id, kind: m.kind, start: m.start, end: m.end, name };
    if (ownedBy) mention.ownedBy = ownedBy;
    return mention;
  });
}

/** The rules' reading of the text and its headline, with the model's added. */
function enforcementIn(text: string, mentions: EntityMention[], matcher: ActorMatcher, title: string | null): EnforcementResult {
  // A page's headline sits outside its body text; it is read for enforcement with entities of its own.
  const titleMentions = title && !text.startsWith(title) ? entityMentionsIn(title, matcher) : [];
  return withModelReading(
    detectEnforcement(text, withUncarded(text, mentions), title, title ? withUncarded(title, titleMentions) : titleMentions),
    text,
    title,
  );
}

/** Services without a card are platforms to the detector only: no badge, no actor. */
function withUncarded(text: string, mentions: EntityMention[]): EntityMention[] {
  const uncarded = findUncardedPlatforms(text).filter((u) => !mentions.some((m) => m.start < u.end && u.start < m.end));
  if (uncarded.length === 0) return mentions;
  const extra = uncarded.map((u) => ({
    id: `~${u.name.toLowerCase()}`,
    name: u.name,
    kind: 'platform',
    start: u.start,
    end: u.end,
    noCard: true,
  }));
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

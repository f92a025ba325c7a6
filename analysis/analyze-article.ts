/**
 * The whole analysis of one article, as plain data: who is mentioned, who is quoted, and whether it
 * reports a platform-enforcement action. Pure; shared by the background, the CLI and the benchmarks.
 */
import { ActorMatcher, resolveMentions } from './actor-matcher';

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

export interface ArticleAnalysis {
  actors: Actor[];
}

export function analyzeArticle(text: string, matcher: ActorMatcher): ArticleAnalysis {
  const mentions = resolveMentions(matcher, text, matcher.scan(text));
  const byId = new Map<string, Actor>();
  for (const m of mentions) {
    let actor = byId.get(m.id);
    if (!actor) {
      const entry = matcher.table.entries[matcher.entryIndex(m.id)!]!;
      actor = { name: entry.name, entityId: entry.id, kind: entry.kind, quoted: false, description: null, mentions: [] };
      byId.set(m.id, actor);
    }
    actor.mentions.push({ start: m.start, end: m.end });
  }
  return { actors: [...byId.values()] };
}

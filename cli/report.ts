/** The CLI's two output formats. JSON is a stable contract (see README); Markdown is for people. */
import type { ArticleAnalysis } from '../analysis/analyze-article';
import { stateActsOnPlatform } from '../analysis/enforcement';

export interface FileReport extends ArticleAnalysis {
  source: string;
  title: string | null;
  isArticle: boolean;
  text: string;
}

export function toJson(reports: readonly FileReport[]): string {
  return JSON.stringify(
    reports.map((r) => ({
      source: r.source,
      title: r.title,
      isArticle: r.isArticle,
      text: r.text,
      enforcement: r.enforcement,
      quotes: r.quotes,
      actors: r.actors,
    })),
    null,
    2,
  );
}

const firstWords = (text: string, n = 12) => {
  const words = text.trim().split(/\s+/);
  return words.slice(0, n).join(' ') + (words.length > n ? ' …' : '');
};

export function toMarkdown(reports: readonly FileReport[]): string {
  return reports.map(articleMarkdown).join('\n\n---\n\n') + '\n';
}

function articleMarkdown(r: FileReport): string {
  const lines = [`## ${r.title ?? '(untitled)'}`, '', `Source: \`${r.source}\``, ''];
  if (!r.isArticle) lines.push('Not a news article: nothing analysed.', '');
  const e = r.enforcement;
  if (e.detected) {
    lines.push(`### Platform enforcement (score ${e.score})`, '');
    for (const ev of e.events) {
      // A state's own block reads as its act ("**Kenya** suspended Telegram"), an order as the platform's.
      const byState = stateActsOnPlatform(ev);
      const parts = [
        byState ? `**${ev.orderedBy}** ${ev.action}` : `**${ev.platform}** ${ev.action}`,
        ev.target ? ` ${ev.target}` : '',
        ev.policy ? ` — citing ${ev.policy}` : '',
        ev.orderedBy && !byState ? ` — ordered by ${ev.orderedBy}` : '',
      ];
      lines.push(`- ${parts.join('')}`, `  > ${r.text.slice(ev.evidence.start, ev.evidence.end).trim()}`);
    }
    if (e.inferred) {
      const evidence = r.text.slice(e.inferred.evidence.start, e.inferred.evidence.end).trim();
      lines.push(
        `- Read by the learned model only (probability ${e.probability}): no sentence names who acted. Its strongest sentence:`,
        `  > ${evidence}`,
      );
    }
    lines.push('');
  } else lines.push(`No platform enforcement reported (score ${e.score}).`, '');
  const quoted = r.quotes.filter((q) => q.speaker);
  if (quoted.length > 0) {
    lines.push('### Who is quoted', '');
    for (const q of quoted) {
      const s = q.speaker!;
      const role = [s.role, s.affiliation].filter(Boolean).join(', ');
      lines.push(`- **${s.name}**${role ? ` (${role})` : ''}: “${firstWords(q.text)}”`);
    }
    lines.push('');
  }
  if (r.actors.length > 0) {
    lines.push('### Actors', '');
    for (const a of r.actors) {
      lines.push(
        `- ${a.name} — ${a.kind}${a.entityId ? '' : ' (no card)'}, ${a.mentions.length} mention(s)${a.quoted ? ', quoted' : ''}${a.description ? `: ${a.description}` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * The user's own example (tests/fixtures/articles/seed-article.txt), analysed with the bundled cards:
 * the enforcement event, the nine quotes with their speakers and roles, and the actors the brief lists.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, screenArticle, type ArticleAnalysis } from '../../analysis/analyze-article';
import { loadBundledMatcher } from '../../cli/load-matcher';

const text = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'articles', 'seed-article.txt'), 'utf8');
let analysis: ArticleAnalysis;
beforeAll(() => {
  analysis = analyzeArticle(text, loadBundledMatcher('2026-12-03'), text.split('\n', 1)[0]!);
});
const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('the seed article', () => {
  it('reports Meta removing Khamenei’s Facebook and Instagram accounts under the DOI policy', () => {
    expect(analysis.enforcement.detected).toBe(true);
    const [event] = analysis.enforcement.events;
    expect(event).toMatchObject({
      platformId: 'meta',
      action: 'removed',
      policyId: 'meta-dangerous-organizations-and-individuals',
      orderedBy: null,
    });
    expect(event!.target).toMatch(/Facebook and Instagram accounts/);
    expect(event!.target).toMatch(/Khamenei/);
    expect(event!.policy).toMatch(/Dangerous Organizations & Individuals/);
    expect(slice(event!.evidence)).toMatch(/\b(?:closes|remove)\b.*accounts/i);
    // Calls on X to act, and pressure to act, are not events.
    expect(analysis.enforcement.events.map((e) => e.platformId)).not.toContain('x');
  });

  const quoted = () => analysis.quotes.filter((q) => q.speaker);
  it.each([
    ['We have removed these accounts', 'a Meta spokesperson', null, 'spokesperson', 'Meta', 'meta'],
    ['In an effort to prevent', 'the Meta policy', 'meta-dangerous-organizations-and-individuals', null, 'Meta', 'meta'],
    [
      'remove glorification, support and representation',
      'the Meta policy',
      'meta-dangerous-organizations-and-individuals',
      null,
      'Meta',
      'meta',
    ],
    [
      'It is one of those rare moves',
      'Behnam Ben Taleblu',
      'behnam-ben-taleblu',
      'senior fellow',
      'Foundation for the Defense of Democracies (FDD)',
      'fdd',
    ],
    ['While the Iranian regime persecutes', 'Janatan Sayeh', 'janatan-sayeh', 'Research Analyst', 'FDD', 'fdd'],
    [
      'What took place today',
      'Nasser Kanani',
      'nasser-kanaani',
      'Spokesperson',
      'Iranian Foreign Ministry',
      'iran-ministry-of-foreign-affairs',
    ],
    ['The honorable Imam', 'Ali Khamenei', 'ali-khamenei', undefined, undefined, undefined],
    ['Before the war, Iran directly assisted', 'Daniel Hagari', 'daniel-hagari', 'Spokesman', 'IDF', 'israel-defense-forces'],
    ['Even now, Iran is helping Hamas', 'Daniel Hagari', 'daniel-hagari', 'Spokesman', 'IDF', 'israel-defense-forces'],
    ['As the Israel-Hamas war broke out', 'MTAC', 'microsoft-threat-analysis-center', null, null, null],
  ])('attributes "%s…" to %s', (start, name, entityId, role, affiliation, affiliationId) => {
    const quote = quoted().find((q) => q.text.startsWith(start));
    expect(quote, start).toBeDefined();
    expect(quote!.speaker).toMatchObject({ name, entityId });
    if (role !== undefined) expect(quote!.speaker!.role).toBe(role);
    if (affiliation !== undefined) expect(quote!.speaker!.affiliation).toBe(affiliation);
    if (affiliationId !== undefined) expect(quote!.speaker!.affiliationId).toBe(affiliationId);
  });

  it('uses the article’s words for the speaker at each quote', () => {
    const mentionOf = (start: string) => slice(quoted().find((q) => q.text.startsWith(start))!.speaker!.mention);
    expect(mentionOf('Even now')).toBe('he');
    expect(mentionOf('While the Iranian regime')).toBe('the FDD research analyst');
    expect(mentionOf('It is one of those')).toBe('Taleblu');
  });

  it('gives scare quotes no speaker and keeps nested quotes inside their quote', () => {
    expect(quoted()).toHaveLength(10); // nine speech quotes; the Meta policy speaks twice
    const cancer = analysis.quotes.find((q) => q.text.startsWith('cancer'));
    expect(cancer?.speaker ?? null).toBeNull();
    expect(analysis.quotes.some((q) => q.text.startsWith('anti-Zionist resistance'))).toBe(false);
    expect(quoted().find((q) => q.text.startsWith('What took place'))!.text).toContain('anti-Zionist resistance');
  });

  it('finds every actor the brief lists, each with a card', () => {
    const ids = new Set(analysis.actors.map((a) => a.entityId));
    for (const id of [
      'meta',
      'facebook',
      'instagram',
      'ali-khamenei',
      'afp',
      'hamas',
      'houthis',
      'behnam-ben-taleblu',
      'fdd',
      'janatan-sayeh',
      'x',
      'hezbollah',
      'palestinian-islamic-jihad',
      'nasser-kanaani',
      'iran-ministry-of-foreign-affairs',
      'wall-street-journal',
      'israel-defense-forces',
      'daniel-hagari',
      'microsoft-threat-analysis-center',
      'all-israel-news',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const x = analysis.actors.find((a) => a.entityId === 'x')!;
    expect(x.mentions.map(slice)).toContain('𝕏');
  });

  it('describes quoted actors as the article does', () => {
    const taleblu = analysis.actors.find((a) => a.entityId === 'behnam-ben-taleblu')!;
    expect(taleblu.quoted).toBe(true);
    expect(taleblu.description).toContain('senior fellow with the Foundation for the Defense of Democracies');
    const spokesperson = analysis.actors.find((a) => a.name === 'a Meta spokesperson')!;
    expect(spokesperson).toMatchObject({ entityId: null, quoted: true, kind: 'person' });
  });
});

describe('the page gate’s question', () => {
  it('reads enforcement as the whole analysis does, with or without the headline apart', () => {
    const matcher = loadBundledMatcher('2026-12-03');
    const headline = text.split('\n', 1)[0]!;
    const body = text.slice(headline.length).trimStart();
    expect(screenArticle(text, matcher, headline)).toEqual(analysis.enforcement);
    expect(screenArticle(body, matcher, headline)).toEqual(analyzeArticle(body, matcher, headline).enforcement);
    expect(screenArticle(body, matcher, headline).detected).toBe(true);
  });
});

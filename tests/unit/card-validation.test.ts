import { describe, expect, it } from 'vitest';
import { readCardFiles } from '../../cards/read-card-files';
import { formatProblem, validateCards, type CardFile } from '../../cards/validate';

const TODAY = '2026-12-03';

function validCard(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'example-org',
    kind: 'ngo',
    name: 'Example Organization',
    aliases: [{ text: 'EXO' }],
    summary: 'A made-up organization used to test the card validator.',
    summarySources: ['site'],
    facts: [{ type: 'founded', value: '1999', sources: ['site'] }],
    related: [],
    sources: { site: { url: 'https://example.org/about', title: 'About us', accessed: '2026-11-01' } },
    reviewed: '2026-11-01',
    ...overrides,
  };
}

const file = (card: Record<string, unknown>, path = `cards/data/entities/${String(card.id)}.json`): CardFile => ({
  path,
  content: JSON.stringify(card),
});

function problemsOf(files: CardFile[]) {
  return validateCards(files, TODAY).problems.map(formatProblem);
}

describe('card validator', () => {
  it('accepts a valid card', () => {
    expect(problemsOf([file(validCard())])).toEqual([]);
  });

  it.each([
    [
      'a fact without sources',
      { facts: [{ type: 'founded', value: '1999', sources: [] }] },
      'field "facts.0.sources": every fact needs at least one source',
    ],
    [
      'a source key that does not exist',
      { facts: [{ type: 'founded', value: '1999', sources: ['nope'] }] },
      'field "facts.0.sources.0": source "nope" is not in this card\'s sources',
    ],
    [
      'a bad URL',
      { sources: { site: { url: 'ftp://example.org', title: 'About us', accessed: '2026-11-01' } } },
      'field "sources.site.url"',
    ],
    ['a bad date', { reviewed: '2026-13-01' }, 'field "reviewed": expected YYYY-MM-DD'],
    ['a review date in the future', { reviewed: '2027-01-01' }, 'field "reviewed": review date 2027-01-01 is in the future'],
    ['a summary over its limit', { summary: 'x'.repeat(421) }, 'field "summary"'],
    ['an unknown kind', { kind: 'club' }, 'field "kind"'],
    ['an unknown field', { motto: 'hello' }, 'field "(root)"'],
    [
      'a link to a card that does not exist',
      { related: [{ id: 'ghost', relation: 'see-also' }] },
      'field "related.0.id": no card with id "ghost"',
    ],
    [
      'a source nobody cites',
      {
        sources: {
          site: { url: 'https://example.org/about', title: 'About us', accessed: '2026-11-01' },
          extra: { url: 'https://example.org/x', title: 'Extra', accessed: '2026-11-01' },
        },
      },
      'field "sources.extra": source is never cited',
    ],
  ])('names file, card and field for %s', (_what, overrides, expected) => {
    const problems = problemsOf([file(validCard(overrides))]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain('cards/data/entities/example-org.json: card "example-org"');
    expect(problems.join('\n')).toContain(expected);
  });

  it('rejects broken JSON with the file named', () => {
    expect(problemsOf([{ path: 'cards/data/entities/broken.json', content: '{"id": ' }])[0]).toMatch(
      /^cards\/data\/entities\/broken\.json: .*not valid JSON/,
    );
  });

  it('rejects a file whose name is not its id', () => {
    expect(problemsOf([file(validCard(), 'cards/data/entities/other.json')]).join()).toContain('file must be named example-org.json');
  });

  it('rejects duplicate ids', () => {
    const problems = problemsOf([file(validCard()), file(validCard(), 'cards/data/policies/example-org.json')]);
    expect(problems.join()).toContain('duplicate id, also used by cards/data/entities/example-org.json');
  });

  it('rejects an undeclared alias collision and accepts a declared one', () => {
    const a = validCard({ id: 'alpha', aliases: [{ text: 'AP' }] });
    const b = validCard({ id: 'beta', name: 'Beta Group', aliases: [{ text: 'AP' }] });
    expect(problemsOf([file(a), file(b)]).join('\n')).toMatch(/name "ap" is also used by beta: mark it "ambiguous"/);
    const a2 = validCard({ id: 'alpha', aliases: [{ text: 'AP', ambiguous: true }] });
    const b2 = validCard({ id: 'beta', name: 'Beta Group', aliases: [{ text: 'AP', ambiguous: true }] });
    expect(problemsOf([file(a2), file(b2)])).toEqual([]);
  });
});

describe('the bundled card data', () => {
  it('passes the validator, every card of it', () => {
    const { cards, problems } = validateCards(readCardFiles(), TODAY);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(cards.length).toBeGreaterThan(0);
  });
});

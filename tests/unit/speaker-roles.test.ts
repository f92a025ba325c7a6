/**
 * Role and affiliation of quote speakers, as the article introduces them (analysis/speaker-resolution.ts).
 * Each case: an introduction, then a quote tagged with the surname only; the speaker must carry the
 * role and affiliation from the introduction.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../analysis/quotes';

function speakerAfter(introduction: string, surname: string) {
  return findQuotes(`${introduction}\n\n“The ferry will run again,” ${surname} said.`)[0]?.speaker;
}

describe('roles and affiliations from introductions', () => {
  it.each([
    ['Harbor Authority Spokesman Leo Varga met reporters.', 'Varga', 'Leo Varga', 'Spokesman', 'Harbor Authority'],
    ['Northwind Shipping’s Spokesperson Ana Duarte declined.', 'Duarte', 'Ana Duarte', 'Spokesperson', 'Northwind Shipping'],
    ['Coast Guard Research Analyst Tom Reyes testified.', 'Reyes', 'Tom Reyes', 'Research Analyst', 'Coast Guard'],
    ['Former Galveston Mayor Rosa Kim spoke.', 'Kim', 'Rosa Kim', 'Former Mayor', 'Galveston'],
    ['Former Texas Gov. Paul Brandt spoke.', 'Brandt', 'Paul Brandt', 'Former Gov.', 'Texas'],
    [
      'Maria Lind, a senior fellow at the Gulf Policy Institute, disagreed.',
      'Lind',
      'Maria Lind',
      'senior fellow',
      'Gulf Policy Institute',
    ],
    ['Maria Lind, the director of the Port Workers Union (PWU), disagreed.', 'Lind', 'Maria Lind', 'director', 'Port Workers Union (PWU)'],
  ])('%s', (introduction, surname, name, role, affiliation) => {
    expect(speakerAfter(introduction, surname)).toMatchObject({ name, role, affiliation });
  });

  it('leaves role and affiliation empty when the article gives none', () => {
    expect(speakerAfter('Maria Lind watched the boats.', 'Lind')).toMatchObject({ name: 'Maria Lind', role: null, affiliation: null });
  });

  it("keeps the first introduction's role for later quotes", () => {
    const text = 'Harbor Authority Spokesman Leo Varga met reporters.\n\n“No.” Varga said.\n\n“Not this year,” he added.';
    const speakers = findQuotes(text).map((q) => q.speaker);
    expect(speakers.at(-1)).toMatchObject({ name: 'Leo Varga', role: 'Spokesman', affiliation: 'Harbor Authority' });
  });
});

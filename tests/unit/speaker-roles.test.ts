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

  it('reads an occupation opening a sentence, and a two-word judicial title, as the role', () => {
    expect(speakerAfter('Politician Steve Mbogo has sued the harbor blogger.', 'Mbogo')).toMatchObject({
      name: 'Steve Mbogo',
      role: 'Politician',
    });
    expect(speakerAfter('Lady Justice Jackie Kamau barred the harbor blogger.', 'Kamau')).toMatchObject({
      name: 'Jackie Kamau',
      role: 'Lady Justice',
      affiliation: null,
    });
  });

  it('gives a courtesy title as no description of the speaker', () => {
    const text = 'Luke Harbor runs a shared office.\n\n“It was banned for months,” Mr Harbor said.';
    expect(findQuotes(text)[0]?.speaker).toMatchObject({ name: 'Luke Harbor', role: null, descriptor: null });
  });

  it('never takes a service named in the sentence before as the person “she” stands for', () => {
    const text = 'Amber Woods used a card linked to her Cash App account.\n\n“My money would not cash out,” she says.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Amber Woods');
  });

  it('reads a single word on its own line after a quote as a subheading, not a signature', () => {
    const text =
      'Lee Harbor said the page was blocked.\n\n“It is not from any of our customers. Most people understand.\n\nCockerel\n\nThe page came back on Monday.';
    expect(findQuotes(text)[0]?.speaker?.name).not.toBe('Cockerel');
  });

  it('reads a compound role opening with a role modifier, after an owner', () => {
    expect(speakerAfter('Harbor Party’s Social Media Spokesperson Ann Lee called for action.', 'Lee')).toMatchObject({
      name: 'Ann Lee',
      role: 'Social Media Spokesperson',
      affiliation: 'Harbor Party',
    });
  });

  it('takes no description from an owner and a modifier of the thing a name qualifies', () => {
    const text =
      'The Harbor Herald journalist’s former Twitter profile picture.\n\nTwitter was contacted.\n\n“We may suspend accounts,” it said.';
    expect(findQuotes(text)[0]?.speaker).toMatchObject({ name: 'Twitter', affiliation: null, descriptor: null });
  });

  it('reads capitalized words before an organization’s own noun as its name, not a title', () => {
    const text = 'Harbor accounts suspended\n\n“It came without any notice,” the country’s Foreign Ministry said.';
    expect(findQuotes(text)[0]?.speaker).toMatchObject({ name: 'Foreign Ministry', role: null, affiliation: null });
    const league = 'Harbor streams blocked\n\n“Illegal streaming undermines the value,” the Premier League said.';
    expect(findQuotes(league)[0]?.speaker).toMatchObject({ name: 'Premier League', role: null });
  });

  it('registers no names from a Title Case headline, whose capitals mark verbs and nouns alike', () => {
    const text = 'Harbor Slams Domain Seizure by Warrant\n\nThe decision came on Monday.\n\n“We acted,” Harbor said.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Harbor');
  });

  it('reads "Prime Minister" as one role, and a month abbreviation as no name', () => {
    expect(speakerAfter('Prime Minister Ann Harbor spoke in Ottawa.', 'Harbor')).toMatchObject({
      name: 'Ann Harbor',
      role: 'Prime Minister',
    });
    const text = 'The sheriff said the office had not heard back as of Dec. 9.\n\n“We are still appealing,” he said.';
    expect(findQuotes(text)[0]?.speaker?.name).not.toBe('Dec.');
  });
});

import { describe, expect, it } from 'vitest';
import { ActorMatcher, compileMatcherTable, resolveMentions, type MatcherEntry } from '../../analysis/actor-matcher';

const entries: MatcherEntry[] = [
  {
    id: 'fdd',
    name: 'Foundation for Defense of Democracies',
    kind: 'think-tank',
    names: [
      { text: 'Foundation for Defense of Democracies', caseSensitive: false, ambiguous: false },
      { text: 'Foundation for the Defense of Democracies', caseSensitive: false, ambiguous: false },
      { text: 'FDD', caseSensitive: true, ambiguous: false },
    ],
  },
  {
    id: 'meta',
    name: 'Meta Platforms',
    kind: 'company',
    contextTerms: ['Facebook', 'Instagram'],
    names: [
      { text: 'Meta Platforms', caseSensitive: false, ambiguous: false },
      { text: 'Meta', caseSensitive: true, ambiguous: true },
    ],
  },
  {
    id: 'x',
    name: 'X',
    kind: 'platform',
    contextTerms: ['Musk', 'Twitter'],
    names: [
      { text: 'X', caseSensitive: true, ambiguous: true },
      { text: '𝕏', caseSensitive: false, ambiguous: false },
      { text: 'Twitter', caseSensitive: false, ambiguous: false },
    ],
  },
  {
    id: 'ap',
    name: 'Associated Press',
    kind: 'media',
    contextTerms: ['reported'],
    names: [
      { text: 'Associated Press', caseSensitive: false, ambiguous: false },
      { text: 'AP', caseSensitive: true, ambiguous: true },
    ],
  },
  {
    id: 'meta-doi',
    name: 'Dangerous Organizations and Individuals policy',
    kind: 'policy',
    names: [
      { text: 'Dangerous Organizations and Individuals policy', caseSensitive: false, ambiguous: false },
      { text: 'dangerous organizations policy', caseSensitive: false, ambiguous: false },
    ],
  },
  {
    id: 'daniel-hagari',
    name: 'Daniel Hagari',
    kind: 'person',
    names: [
      { text: 'Daniel Hagari', caseSensitive: false, ambiguous: false },
      { text: 'Hagari', caseSensitive: false, ambiguous: false },
    ],
  },
];
const matcher = new ActorMatcher(compileMatcherTable(entries));
const find = (text: string) => resolveMentions(matcher, text, matcher.scan(text)).map((m) => [m.id, m.surface, m.start]);

describe('actor matcher', () => {
  it.each([
    [
      'a fellow at the Foundation for the Defense of Democracies (FDD) said',
      [
        ['fdd', 'Foundation for the Defense of Democracies', 16],
        ['fdd', 'FDD', 59],
      ],
    ],
    ['the Foundation for defense  of\tdemocracies', [['fdd', 'Foundation for defense  of\tdemocracies', 4]]],
    ['the foundation for defense of democracies, in lower case, is not a name', []],
    ['the FDDs and fdd are not names', []],
    ["Meta's decision, on Instagram", [['meta', 'Meta', 0]]],
    ['Meta’s decision, on Instagram', [['meta', 'Meta', 0]]],
    ['a meta-analysis of Meta data', []],
    ['called on 𝕏 to act', [['x', '𝕏', 10]]],
    ['Brand X is a soap', []],
    [
      'X, formerly Twitter, said',
      [
        ['x', 'X', 0],
        ['x', 'Twitter', 12],
      ],
    ],
    ['Hagari said', [['daniel-hagari', 'Hagari', 0]]],
    ['IDF Spokesman Daniel Hagari', [['daniel-hagari', 'Daniel Hagari', 14]]],
    ['Hagarian prose', []],
    ['Foundation for\nDefense of Democracies', []],
  ])('%s', (text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('keeps offsets as UTF-16 indices when astral characters come first', () => {
    const text = '𝕏 𝕏 Hagari';
    const hits = find(text);
    expect(hits.at(-1)).toEqual(['daniel-hagari', 'Hagari', 6]);
    expect(text.slice(6, 12)).toBe('Hagari');
  });

  it('starts a name at a lower-case word only where the card writes that name in lower case', () => {
    // "Twitter" is written with a capital: a handle or URL fragment in lower case is not a mention.
    expect(find('follow us on twitter and at twitter.com')).toEqual([]);
    expect(find('under its dangerous organizations policy')).toEqual([['meta-doi', 'dangerous organizations policy', 10]]);
    expect(find('Dangerous organizations policy: the text')).toEqual([['meta-doi', 'Dangerous organizations policy', 0]]);
    expect(find('the dangerous organizations and individuals policy')).toEqual([]);
  });

  it('finds a policy written with capitals in lower-case prose when its card allows it', () => {
    const policy = new ActorMatcher(
      compileMatcherTable([
        {
          id: 'cib',
          name: 'Coordinated Inauthentic Behavior',
          kind: 'policy',
          names: [{ text: 'Coordinated Inauthentic Behavior', caseSensitive: false, ambiguous: false, lowerStart: true }],
        },
      ]),
    );
    const text = 'it broke the rules against coordinated inauthentic behavior';
    expect(policy.scan(text).map((m) => text.slice(m.start, m.end))).toEqual(['coordinated inauthentic behavior']);
  });

  it('matches an ambiguous abbreviation only when the article confirms it', () => {
    expect(find('AP reported the ban')).toEqual([['ap', 'AP', 0]]);
    expect(find('AP classes start soon')).toEqual([]);
  });
});

describe('which card names are matched case-sensitively by default', () => {
  it('keeps acronyms and short names exact, and lets camel-case brand names be written any way', async () => {
    const { isCaseSensitive } = await import('../../cards/alias-rules');
    for (const name of ['FDD', 'MTAC', 'AfD', 'IDF Spokesperson']) expect(isCaseSensitive(name, undefined), name).toBe(true);
    for (const name of ['TikTok', 'YouTube', 'LinkedIn', 'GoFundMe', 'Foundation for Defense of Democracies'])
      expect(isCaseSensitive(name, undefined), name).toBe(false);
    expect(isCaseSensitive('TikTok', true)).toBe(true);
  });
});

describe('names the article coins', () => {
  it('follows an abbreviation the article defines, and a surname after the full name', async () => {
    const { analyzeArticle } = await import('../../analysis/analyze-article');
    const m = new ActorMatcher(
      compileMatcherTable([
        {
          id: 'mtac',
          name: 'Microsoft Threat Analysis Center',
          kind: 'platform-team',
          names: [{ text: 'Microsoft Threat Analysis Center', caseSensitive: false, ambiguous: false }],
        },
        { id: 'jane-roe', name: 'Jane Q. Roe', kind: 'person', names: [{ text: 'Jane Roe', caseSensitive: false, ambiguous: false }] },
      ]),
    );
    const text =
      'A report by the Microsoft Threat Analysis Center (MTAC) said so. Jane Roe agreed. "Yes," Roe said, and MTAC wrote more. Roebuck is not her.';
    const actors = analyzeArticle(text, m).actors;
    const spans = (id: string) => actors.find((a) => a.entityId === id)!.mentions.map((s) => text.slice(s.start, s.end));
    expect(spans('mtac')).toEqual(['Microsoft Threat Analysis Center', 'MTAC', 'MTAC']);
    expect(spans('jane-roe')).toEqual(['Jane Roe', 'Roe']);
  });
});

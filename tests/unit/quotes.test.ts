/**
 * Quote and speaker attribution (analysis/quotes.ts).
 *
 * Every article here is written for the test, except META_ARTICLE: the user's own example, the
 * article that motivated the feature. To add a case, write a short article that shows one pattern,
 * then state the quotes and speakers a careful reader would name.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type Quote } from '../../analysis/quotes';

/** The speaker name of the quote whose text starts with `start`. */
function speakerOf(quotes: Quote[], start: string): string | null | undefined {
  const quote = quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting with ${JSON.stringify(start)} in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return quote.speaker?.name ?? null;
}

function quoteStarting(quotes: Quote[], start: string): Quote {
  const quote = quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting with ${JSON.stringify(start)}`);
  return quote;
}

function mentionText(text: string, quote: Quote): string | undefined {
  return quote.speaker ? text.slice(quote.speaker.mention.start, quote.speaker.mention.end) : undefined;
}

describe('quote spans', () => {
  it('covers the marks in start/end and leaves them out of text', () => {
    const text = 'The mayor said: "We will rebuild the bridge."';
    const [quote] = findQuotes(text);
    expect(text.slice(quote!.start, quote!.end)).toBe('"We will rebuild the bridge."');
    expect(quote!.text).toBe('We will rebuild the bridge.');
  });

  it.each([
    ['straight', 'He said "the harbor is closed" today.', 'the harbor is closed'],
    ['curly', 'He said “the harbor is closed” today.', 'the harbor is closed'],
    ['opened curly, closed straight', 'He said “the harbor is closed" today.', 'the harbor is closed'],
    ['opened straight, closed curly', 'He said "the harbor is closed” today.', 'the harbor is closed'],
    ['low-nine opening', 'He said „the harbor is closed“ today.', 'the harbor is closed'],
  ])('pairs %s marks', (_name, text, expected) => {
    expect(findQuotes(text).map((q) => q.text)).toEqual([expected]);
  });

  it('reads a double mark after feet and inches as the inch sign, not a closing mark', () => {
    const text = '“He is like 6’2”, and I am 5’8”,” Berg said. “It shows.”';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(['He is like 6’2”, and I am 5’8”,', 'It shows.']);
    expect(quotes[0]!.speaker?.name).toBe('Berg');
  });

  it('keeps a nested quoted phrase inside its quote', () => {
    const text = '“They call it a "temporary measure" every year,” the farmer said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('They call it a "temporary measure" every year,');
    expect(quotes[0]!.speaker?.name).toBe('the farmer');
  });

  it('keeps nested single quotes inside their quote', () => {
    const text = '“She told me, ‘Don’t sell the farm,’ and I listened,” Ortega said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.name).toBe('Ortega');
  });

  it('runs a quote over paragraphs that re-open without closing', () => {
    const text = [
      'Lena Ortega, the co-op treasurer, explained the vote:',
      '“We looked at every offer on the table.',
      '“In the end, the members chose to stay independent.”',
      'The co-op will meet again in May.',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('We looked at every offer on the table.\nIn the end, the members chose to stay independent.');
    expect(text.slice(quotes[0]!.start, quotes[0]!.end)).toMatch(/^“We looked[\s\S]*independent\.”$/);
    expect(quotes[0]!.speaker?.name).toBe('Lena Ortega');
  });

  it('ends an unclosed quote at its paragraph', () => {
    const text = 'The sign read “No entry after dark\n\nNobody obeyed it.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.text).toBe('No entry after dark');
  });

  it('treats a paragraph-initial closing glyph as an opening mark', () => {
    const text = 'Critics were unmoved.\n\n” … none of this adds up,” Ortega said.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker?.name).toBe('Ortega');
  });
});

describe('speaker cues', () => {
  const intro = 'Port director Lena Ortega spoke at the harbor on Monday.\n\n';

  it.each([
    ['"The harbor reopens Friday," Ortega said.', 'Ortega'],
    ['"The harbor reopens Friday," said Ortega.', 'Ortega'],
    ['Ortega said: "The harbor reopens Friday."', 'Ortega'],
    ['Ortega said, "The harbor reopens Friday."', 'Ortega'],
    ['"The harbor reopens Friday," according to Ortega.', 'Ortega'],
    ['According to Ortega, "the harbor reopens Friday."', 'Ortega'],
    ['"The harbor reopens Friday," Ortega told AFP.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega wrote on Facebook.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega added.', 'Ortega'],
    ['"Reopen the harbor by Friday," Ortega urged.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega stressed.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega stated.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega noted.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega has said.', 'Ortega'],
    ['"The harbor reopens Friday," Ortega later told reporters.', 'Ortega'],
    ['Ortega told reporters that the harbor would be "fully open by Friday."', 'Ortega'],
  ])('%s', (sentence, expected) => {
    expect(findQuotes(intro + sentence)[0]?.speaker?.name).toBe(`Lena ${expected}`);
  });

  it.each([
    'say',
    'says',
    'said',
    'tell',
    'tells',
    'told',
    'add',
    'adds',
    'added',
    'write',
    'writes',
    'wrote',
    'note',
    'notes',
    'noted',
    'argue',
    'argued',
    'insist',
    'insisted',
    'warn',
    'warned',
    'urge',
    'urged',
    'claim',
    'claimed',
    'explain',
    'explained',
    'state',
    'stated',
    'stress',
    'stressed',
    'tweet',
    'tweeted',
    'post',
    'posted',
    'declare',
    'declared',
    'announce',
    'announced',
    'recall',
    'recalled',
    'acknowledge',
    'acknowledged',
    'conclude',
    'concluded',
    'continue',
    'continued',
    'ask',
    'asked',
    'reply',
    'replied',
    'respond',
    'responded',
    'answer',
    'answered',
    'admit',
    'admitted',
    'predict',
    'predicted',
    'quip',
    'quipped',
  ])('knows the reporting verb %s', (verb) => {
    const text = `Mayor Tom Reyes opened the fair.\n\n"It is a good day," Reyes ${verb}.`;
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tom Reyes');
  });

  it('attributes a quote split by its tag to the same speaker', () => {
    const text = '“The river is rising,” Reyes said, “and we are ready.”';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Reyes', 'Reyes']);
    const long =
      '“The risk,” said Tomas Berg, an engineer who is the director of the Harbor Institute in Bergen, “is that the wall will crack.”';
    expect(findQuotes(long).map((q) => q.speaker?.name)).toEqual(['Tomas Berg', 'Tomas Berg']);
  });

  it('continues a speaker into the next sentence and the next quoted paragraph', () => {
    const text = ['“We are moving the market,” Mayor Tom Reyes said. “It will open in June.”', '“Vendors will keep their stalls.”'].join(
      '\n\n',
    );
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Tom Reyes', 'Tom Reyes', 'Tom Reyes']);
  });

  it('continues a speaker into a quote led in only by a sentence adverb or conjunction', () => {
    const text = '“He is supposed to lead this town,” Berg said. Instead, “he just acts like a tourist.” But “nobody listens.”';
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Berg', 'Berg', 'Berg']);
    const subject = '“He is supposed to lead this town,” Berg said. The mayor called it “a tourist visit.”';
    expect(findQuotes(subject)[1]?.speaker?.name).toBe('The mayor');
  });

  it('continues the speaker of a reporting sentence whose subject follows an opening phrase', () => {
    const text =
      'In response to a question about the long delays at the harbor gate, Mayor Lena Ortega said the crews had done their best. “They worked every weekend since March.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Lena Ortega');
  });

  it('attributes a fragment inside reported speech to the reporting clause', () => {
    const text = 'The council said in a statement that the plan would “protect every family on the coast.”';
    expect(speakerOf(findQuotes(text), 'protect every family')).toBe('The council');
  });

  it('attributes a quote after a participle to the subject of its clause', () => {
    const text = 'Mayor Tom Reyes opened the fair on Monday, saying: “It is a good day for the harbor.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tom Reyes');
  });

  it('attributes a participle clause (“…, adding that …”) to the main speaker', () => {
    const text = '“The vote was fair,” the election board said, adding that it would “publish every ballot count.”';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['the election board', 'the election board']);
  });

  it('takes the speaker after a colon-introduced quote paragraph', () => {
    const text = 'Reyes wrote in a letter to residents:\n\n“The water is safe to drink.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Reyes');
  });
});

describe('less common cue patterns', () => {
  it.each([
    ['a passive naming verb with its agent', 'The plan was labeled a “tax grab” by Senator Ana Duarte.', 'Ana Duarte'],
    [
      'a fragment tagged at the end of its sentence',
      'The harbor “will never close again” under his watch, Mayor Tom Reyes said.',
      'Tom Reyes',
    ],
    ['a pull quote signed after a dash', '“We just want a fair shot.” — Maria Lopez, 34, of San Antonio', 'Maria Lopez'],
    ['a pull quote signed after a horizontal bar', '“We just want a fair shot.” ― Maria Lopez', 'Maria Lopez'],
    [
      'one of a list of pull quotes signed after a horizontal bar',
      'Readers wrote in.\n\n“The pier is ours.”― Ana Duarte\n“We just want a fair shot.” ― Maria Lopez.',
      'Ana Duarte',
    ],
    ['a pull quote signed in brackets', '“We just want a fair shot.” (Maria Lopez, 34)', 'Maria Lopez'],
    ['a pull quote signed with a bare name', '“We just want a fair shot.” Maria Lopez, 34, San Antonio', 'Maria Lopez'],
    ['a possessive noun of saying', 'Reyes’s claim that the pier is “perfectly safe” drew laughter.', 'Reyes'],
    ['a possessive noun of saying after modifiers', 'Reyes’s recent evidence-free claim that “thousands” cheered drew laughter.', 'Reyes'],
    [
      'a possessive noun of saying before a phrase of time',
      'Ortega came under fire over Reyes’s assertion during the debate that “the pier is safe” for now.',
      'Reyes',
    ],
    ['an absolute clause', 'Protesters blocked the gate, with Ortega shouting: “Open it now!”', 'Ortega'],
    ['an inverted tag before the quote', 'But, said Ortega, “nobody asked the fishermen.”', 'Ortega'],
    [
      'a question tagged by a capitalized pronoun',
      'Ortega met the board.\n\n“Who pays for the dredging?” She asked the chairman twice.',
      'Ortega',
    ],
  ])('attributes %s', (_pattern, text, expected) => {
    const quote = findQuotes(text)[0];
    expect(quote?.speaker?.name).toBe(expected);
  });

  it('signs a quote paragraph with the name line below it', () => {
    const text = [
      '“Nobody listens to us.”',
      'Tom Reyes, 52, Houston',
      '“We need the ferry back.”',
      '— Ana Duarte, 47, Galveston',
      '"The bridge comes first."',
      '- Mayor Lena Ortega.',
      '"Great speech tonight."',
      '-Maria Lind, tweeting after the debate.',
    ].join('\n\n');
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Tom Reyes', 'Ana Duarte', 'Lena Ortega', 'Maria Lind']);
  });

  it('reads a tag sentence with a listener or a manner adverb after a question', () => {
    const text =
      'The council met on Friday.\n\n“Who will pay for the new pier?” Ortega told a local radio station in an interview.\n\n“Is that really fair?” Lindqvist asked pointedly, looking at the budget.';
    const quotes = findQuotes(text);
    expect(speakerOf(quotes, 'Who will pay')).toBe('Ortega');
    expect(speakerOf(quotes, 'Is that really')).toBe('Lindqvist');
  });

  it('reads a tag after a fragment that closes a nested quote, and a tag with “about”', () => {
    const nested = 'The protest is about “people telling the council, ‘this is not what we want,’” Ortega said.';
    expect(findQuotes(nested)[0]?.speaker?.name).toBe('Ortega');
    const about = 'The vote was close.\n\n“Why would anyone sell the harbor?” Lindqvist said about the proposal.';
    expect(findQuotes(about)[0]?.speaker?.name).toBe('Lindqvist');
  });

  it('reads a name closing an inverted “warned” tag as the speaker', () => {
    const text = '“The storm season will be long,” warned Lindqvist.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Lindqvist');
  });

  it('reads past forms that double their last consonant (slammed, dubbed)', () => {
    const text = 'Mayor Lena Ortega slammed the proposal as “a giveaway to developers.” Later she dubbed the pier “the bridge to nowhere.”';
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Lena Ortega', 'Lena Ortega']);
  });

  it('reads "remember" and "relate" as verbs of telling', () => {
    const remembered = '“She took it upon herself to prove them wrong,” remembered Tomas Berg, a former aide.';
    expect(findQuotes(remembered)[0]?.speaker?.name).toBe('Tomas Berg');
    const related = 'Mayor Lena Ortega further related that the council met at night. “We had no other time.”';
    expect(findQuotes(related)[0]?.speaker?.name).toBe('Lena Ortega');
  });

  it('finds the subject past a manner adverb before the verb', () => {
    const text = 'Mayor Lena Ortega has increasingly decried the “reckless spending” of the port authority.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Lena Ortega');
  });

  it('reads a verb after a pronoun with a contracted auxiliary (“He’s predicting”)', () => {
    const text = 'Tomas Berg spoke on Monday. He’s predicting the pier will be “ready by spring.”';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Tomas Berg');
    expect(mentionText(text, quote)).toBe('He’s');
  });

  it('steps over a time adverbial between the subject and its verb', () => {
    for (const text of [
      'The harbor board two weeks ago said the pier is “beyond repair.”',
      'The harbor board last week said the pier is “beyond repair.”',
    ]) {
      const quote = findQuotes(text)[0]!;
      expect(quote.speaker?.name).toBe('The harbor board');
      expect(mentionText(text, quote)).toBe('The harbor board');
    }
  });

  it('reads a name that looks like a function word after an inverted verb (“said Will …”)', () => {
    const text = '“The harbor fees are too high,” said Will Haraldsen, a fisherman from the north shore.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Will Haraldsen');
  });

  it('reads a speaker named after “known as” in an inverted tag', () => {
    const text = '“No order to wait was ever given,” said the harbor master known as Olsen, speaking publicly for the first time.';
    const [quote] = findQuotes(text);
    expect(quote?.speaker?.name).toBe('Olsen');
    expect(mentionText(text, quote!)).toBe('the harbor master known as Olsen');
  });

  it('finds the subject before a relative clause whose closing comma is missing', () => {
    const text = '“The toll will stay,” Ines Marlow, who is chair of the Ferry Riders Union said in a statement.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ines Marlow');
  });

  it('reads a lawsuit called “the suit” as a document that speaks', () => {
    const text = 'The fishermen sued the port in May. “The board ignored every warning it was given,” the suit reads.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('the suit');
  });

  it('gives nested reported speech to the outer reporter, as the article quotes them', () => {
    const text = 'Duarte said Reyes told her the plan was “dead on arrival.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Duarte');
  });

  it('keeps the quoted speaker when an outlet is cited with “according to”', () => {
    const text = '“We will not resign,” Reyes said, according to the Harbor Gazette.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Reyes');
  });

  it('keeps a capitalised "Today" inside an outlet name', () => {
    const text = '“The pier is safe,” said a reporter for Harbor Today.';
    expect(findQuotes(text)[0]?.speaker?.affiliation).toBe('Harbor Today');
  });

  it('continues the speaker into a sentence opened by a participle', () => {
    const text = '“The tide is rising,” Ortega said. Adding, “We have sandbags for a week.”';
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Ortega', 'Ortega']);
  });

  it('gives a quoted fragment after a verb that is not of saying to the subject of the sentence', () => {
    const text = 'Mayor Lena Ortega hailed the new seawall as “the best money this town ever spent.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Lena Ortega');
    const later = 'After the vote, Tomas Berg ended his letter with “see you at the next storm.”';
    expect(findQuotes(later)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it.each([
    ['"and"', 'Tomas Berg said he would build “a new breakwater,” and Luis Reyes promised to repave the road.'],
    ['"but"', 'Tomas Berg promised “a fair deal for the harbor,” but Reyes said the council would decide.'],
    ['an adverb, then "and"', 'Tomas Berg said he would build “a new breakwater,” for instance, and Reyes vowed to repave the road.'],
  ])('gives a fragment inside a sentence to its reporting clause, not to a clause joined after it by %s', (_name, text) => {
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('finds the subject of a fragment past an apposition between commas', () => {
    const text = 'Tomas Berg, who chairs the harbor board, on Friday described the budget as “tight but honest.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('gives a fragment in an opening participle clause to the subject of the main clause', () => {
    for (const text of [
      'After calling the budget “a sham” in a long speech, Tomas Berg left the room.',
      'Calling the budget “a sham,” Tomas Berg left the room.',
      'Admitting that the pier “needs a lot of work,” though, Tomas Berg did not resign.',
    ])
      expect(findQuotes(text)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('leaves a one-word, title-case or impersonal fragment without a cue unattributed', () => {
    for (const text of [
      'Mayor Lena Ortega visited the “floating” market on Sunday.',
      'Mayor Lena Ortega watched “The Long Harbor” with her staff.',
      'It was the persistent pull of “build it and they will come” that won.',
    ])
      expect(findQuotes(text)[0]?.speaker).toBeNull();
  });

  it('leaves a fragment unattributed when the subject before it is described, not acting', () => {
    for (const text of [
      'To the farmers, Tomas Berg is the “kind-hearted and generous” mayor who saved the harbor.',
      'Tomas Berg is best known as the “harbor whisperer” on the coast.',
      'Many voters are expected to “sit on it” until the last week.',
      'Tomas Berg became the first mayor to hold a “listening tour” of the docks.',
    ])
      expect(findQuotes(text)[0]?.speaker).toBeNull();
    const acting = 'Tomas Berg is releasing an ad that urges voters to “send a message” in May.';
    expect(findQuotes(acting)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('resolves a relative pronoun to its antecedent but points the mention at it', () => {
    const text = 'The board thanked Ana Duarte, who has warned that the pier is “one storm from collapse.”';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Ana Duarte');
    expect(mentionText(text, quote)).toBe('who');
  });
});

describe('speaker resolution', () => {
  it('resolves a pronoun to the most recent compatible person', () => {
    const text = 'Harbor engineer Maria Lind inspected the pier.\n\n“The pilings are sound,” Lind said. “We will repaint them,” she added.';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Maria Lind', 'Maria Lind']);
    expect(mentionText(text, quotes[1]!)).toBe('she');
  });

  it('points the mention at the nearer of two coordinated pronoun subjects', () => {
    const text = 'Mayor Tomas Berg spoke on Monday. He voiced a wish for a “safe harbor,” and he pronounced the pier “a disgrace.”';
    const quote = findQuotes(text).find((q) => q.text.startsWith('a disgrace'))!;
    expect(quote.speaker?.name).toBe('Tomas Berg');
    expect(quote.speaker!.mention.start).toBe(text.indexOf('and he') + 4);
  });

  it('resolves a possessive pronoun that owns a noun of saying to its person', () => {
    const text = 'Mayor Tomas Berg spoke on Monday. The crowd liked his promise of “free parking for all” at the harbor.';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Tomas Berg');
    expect(mentionText(text, quote)).toBe('his');
  });

  it('resolves a pronoun to the subject of its sentence before a person named later in it', () => {
    const text =
      'Mayor Tomas Berg spoke on Monday. Berg said that after a long call with Governor Luis Reyes he had agreed to “a fair deal for the harbor.”';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Tomas Berg');
    expect(mentionText(text, quote)).toBe('he');
  });

  it('does not take a place that modifies a role noun (“the Vermont senator”) for a person', () => {
    const text = 'The Vermont senator spoke first. He said the harbor needs “a new breakwater before winter.”';
    expect(findQuotes(text)[0]?.speaker?.name).not.toBe('Vermont');
    const named =
      'Senator Tomas Berg visited the docks. The Vermont senator spoke first. He said the harbor needs “a new breakwater before winter.”';
    expect(findQuotes(named)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('uses pronoun gender to pick between two people', () => {
    const text = [
      'Maria Lind met Tom Reyes at the pier. She said she was worried about the tide.',
      'Reyes listened. He said he would call the engineers.',
      '“We cannot wait for the storm,” she said.',
    ].join('\n\n');
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Maria Lind');
  });

  it('knows a first name’s usual gender before any pronoun has told it', () => {
    const text = [
      'Former harbor commissioner Peter Okafor, who on Tuesday endorsed Linda Marsh, said Wednesday that the vote was fair.',
      'The commissioner declined to say more. But he told reporters the pier was “a monument to waste.”',
    ].join('\n\n');
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Peter Okafor');
  });

  it('resolves “who” to a woman as readily as to a man', () => {
    const text =
      'Peter Okafor spoke first. Harbor spokeswoman Linda Marsh had mocked the plan, saying anybody who complains about the pier “is not having a good week.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Linda Marsh');
  });

  it('does not take a capitalized common noun for the person a pronoun refers to', () => {
    const text = [
      'Dock worker Kristyn Hale, 29, still keeps her Golden Harbor poster on the wall, and golden sunsets in her photos.',
      '“Who wants to move at 29?” she said.',
    ].join('\n\n');
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Kristyn Hale');
  });

  it('resolves a surname to the full name introduced earlier', () => {
    const text = 'Harbor Authority Treasurer Ana Duarte presented the budget.\n\n“We balanced it without new taxes,” Duarte said.';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(speaker.name).toBe('Ana Duarte');
    expect(speaker.role).toBe('Treasurer');
    expect(speaker.affiliation).toBe('Harbor Authority');
  });

  it('resolves a role description to the person introduced with that role', () => {
    const text = 'Harbor Safety Inspector Paul Brandt visited the docks.\n\n“Three cranes failed,” the safety inspector said.';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Paul Brandt');
    expect(mentionText(text, quote)).toBe('the safety inspector');
  });

  it('keeps an anonymous role phrase as the name, with role and affiliation', () => {
    const text = '“We are reviewing the footage,” a Northwind spokesperson told reporters.';
    expect(findQuotes(text)[0]!.speaker).toMatchObject({
      name: 'a Northwind spokesperson',
      role: 'spokesperson',
      affiliation: 'Northwind',
    });
  });

  it('reads role and affiliation from an apposition', () => {
    const text =
      'Rosa Kim, a senior analyst with the Institute for Coastal Studies (ICS), expects more floods.\n\n“The sea wall is too low,” said Kim.';
    expect(findQuotes(text)[0]!.speaker).toMatchObject({
      name: 'Rosa Kim',
      role: 'senior analyst',
      affiliation: 'Institute for Coastal Studies (ICS)',
      descriptor: 'a senior analyst with the Institute for Coastal Studies (ICS)',
    });
  });

  it('reads the role a “who is” clause gives after a name', () => {
    const text = '“The toll will stay,” said Ines Marlow, who is chair of the Ferry Riders Union, on Monday.';
    expect(findQuotes(text)[0]!.speaker).toMatchObject({
      name: 'Ines Marlow',
      role: 'chair',
      affiliation: 'Ferry Riders Union',
      descriptor: 'chair of the Ferry Riders Union',
    });
  });

  it('reads a possessive organization before the role', () => {
    const text = 'Northwind Shipping’s Spokesman Leo Varga denied the report.\n\n“No ship was lost,” Varga said.';
    expect(findQuotes(text)[0]!.speaker).toMatchObject({ name: 'Leo Varga', role: 'Spokesman', affiliation: 'Northwind Shipping' });
  });

  it('treats organizations and documents as speakers', () => {
    const text = [
      'The Coastal Authority (CA) published its yearly review.',
      '“Storm damage doubled in a decade,” CA wrote.',
      '“No vessel may dock without a permit,” the harbor policy states.',
    ].join('\n\n');
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['CA', 'the harbor policy']);
  });

  it('resolves a surname to the person, not to an organization or building named after them', () => {
    const text = [
      'Former mayor Tomas Berg opened Berg University in 1990.',
      'Students later sued Berg University, and the Lind Foundation paid for a new library at Berg Tower.',
      '“We never promised jobs,” Berg said.',
    ].join('\n\n');
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Tomas Berg');
    expect(mentionText(text, quote)).toBe('Berg');
  });

  it('keeps a surname as its own speaker when only an organization begins with it', () => {
    const text = [
      'Students sued Berg University, and the Lind Foundation paid for a new library.',
      '“We never promised jobs,” Berg said.',
      '“The library is a gift,” Lind said.',
    ].join('\n\n');
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Berg', 'Lind']);
  });

  it.each([
    ['after "the"', 'Fans of the Berg Express, as the campaign calls its tour, met on Friday.'],
    ['ending in a building noun', 'Berg Tower opened its doors to fans.'],
  ])('takes a new name %s for a thing, not the person a surname refers to', (_name, intro) => {
    const text = `${intro}\n\n“We never promised jobs,” Berg said.`;
    expect(findQuotes(text)[0]!.speaker?.name).toBe('Berg');
  });

  it('resolves a short name to the organization whose name it begins when the word names one or the article defines it', () => {
    const known = 'Meta Platforms cut 400 jobs on Monday.\n\n“We are reshaping the team,” Meta said.';
    expect(findQuotes(known)[0]!.speaker?.name).toBe('Meta Platforms');
    for (const defined of [
      'Northwind Shipping Company (Northwind) cut two routes.\n\n“Demand fell,” Northwind said.',
      'Northwind Shipping Company (“Northwind”) cut two routes.\n\n“Demand fell,” Northwind said.',
    ]) {
      const quote = findQuotes(defined).find((q) => q.text.startsWith('Demand'))!;
      expect(quote.speaker?.name).toBe('Northwind Shipping Company');
    }
  });

  it('resolves “the company” to the last organization mentioned', () => {
    const text = 'Northwind Shipping Inc. cancelled two routes.\n\n“Demand fell sharply,” the company said.';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Northwind Shipping Inc.');
    expect(mentionText(text, quote)).toBe('the company');
  });
});

describe('quotes that are not speech', () => {
  it.each([
    ['a so-called scare quote', 'The mayor left the so-called “plan” on the table.'],
    ['a scare quote after a naming verb', 'The mayor called it a day and left the so-called “plan” on the table.'],
    ['a title', 'She spent the evening watching “The Long Harbor” on television.'],
    ['a nickname', 'The ship, known locally as “Old Rusty,” sailed at dawn.'],
    ['a word under discussion', 'Residents use the word “tide” for any flood at all.'],
  ])('gives %s no speaker', (_kind, text) => {
    expect(findQuotes(text).map((q) => q.speaker)).toEqual([null]);
  });

  it('gives a show or book title no speaker, and lets the quote after it continue the speaker', () => {
    const text =
      '“We will rebuild the pier,” the mayor said on WXYZ’s “Morning Harbor.” “It will take a year.”\n\nShe first told “Coast Today” about the plan, and wrote about it in her memoir, “Salt and Stone.”';
    const quotes = findQuotes(text);
    expect(speakerOf(quotes, 'We will rebuild')).toBe('the mayor');
    expect(speakerOf(quotes, 'Morning Harbor')).toBeNull();
    expect(speakerOf(quotes, 'It will take')).toBe('the mayor');
    expect(speakerOf(quotes, 'Coast Today')).toBeNull();
    expect(speakerOf(quotes, 'Salt and Stone')).toBeNull();
  });

  it('does not let a participle clause carry an earlier speaker to a scare quote', () => {
    const text = 'The mayor repeated his promise, referring to the old pier as a “ruin.”';
    expect(findQuotes(text)[0]!.speaker).toBeNull();
  });
});

const META_ARTICLE = `Meta closes Iranian leader Khamenei’s Facebook and Instagram accounts due to repeated incitement amid ongoing war
The global social media giant Meta decided to remove the Facebook and Instagram accounts of Iran's Supreme Leader Ali Khamenei due to systematic violations of the platform's content policies.
Khamenei, who has ruled Iran with an iron fist for over three decades, reportedly has some five million followers on Instagram who read the inflammatory posts amid the ongoing Hamas war against Israel, as well as Iranian terror proxy attacks against U.S. forces in the Middle East, including the Houthis attacks on international shipping vessels in the Red Sea.
"We have removed these accounts for repeatedly violating our Dangerous Organizations & Individuals policy," a Meta spokesperson told AFP.
The social media platform’s official policy clearly prohibits the spread of incitement and violence.
"In an effort to prevent and disrupt real-world harm, we do not allow organizations or individuals that proclaim a violent mission or are engaged in violence to have a presence on our platforms," the Meta policy states, adding that it will "remove glorification, support and representation of various dangerous organizations and individuals."
In the past, Meta has largely ignored antisemitic incitement spread by radical figures, such as Khamenei. While the organization failed to mention current Iranian-coordinated conflicts across the Middle East, Meta, along with other social media platforms, has been under growing pressure to suspend the accounts of the Iranian leader, who openly calls for the destruction of the Jewish state.
Behnam Ben Taleblu, a senior fellow with the Foundation for the Defense of Democracies (FDD) believes Meta's decision to permanently suspend Khamenei's Facebook and Instagram accounts will encourage other social media platforms to follow suit.
"It is one of those rare moves that advance both U.S. strategy and U.S. values in the Middle East. There is zero reason why Khamenei and other regime elites should be permitted to spread their invective and hate speech on social media and reach millions abroad, while they repress free speech at home and limit access to these platforms. Let us hope this inspires other social media platforms to take note,” said Taleblu.
FDD Research Analyst Janatan Sayeh concurred with his colleague and called on the social media platform 𝕏 to remove Khamenei's account.
“While the Iranian regime persecutes civic activists for voicing their discontent, Khamenei and other officials hypocritically exploit social media platforms to spread hate and disinformation. 𝕏 ought to follow through and permanently suspend Khamenei’s accounts, to further isolate the regime’s propaganda arm and prevent it from spreading dangerous narratives,” the FDD research analyst urged.
The Islamic regime of Iran mainly wages its aggression against Israel, the United States and moderate Arab nations through its wide network of terror proxies, which include Hezbollah in Lebanon, Hamas and Palestinian Islamic Jihad in Gaza, the Houthis in Yemen and various terror militias in Syria and Iraq.
The ayatollah regime in Tehran praised the Hamas massacre of 1,200 Israeli men, women, and children on Oct. 7.
Iranian Foreign Ministry’s Spokesperson Nasser Kanani stressed that the attack by Hamas on Oct. 7 against Israel was in line with its ideological goal to wipe the Jewish state off the map.
“What took place today is in line with the continuation of victories for the "anti-Zionist resistance" in different fields, including Syria, Lebanon and occupied lands,” Kanani said.
Just days before the Oct. 7 attack, Khamenei repeated the regime's goal to destroy Israel, referring to the Jewish state as a "cancer."
“The honorable Imam [Khomeini], may God be pleased with him, described, the usurper [Zionist] regime as a cancer. This cancer will definitely be eradicated, God willing, at the hands of the Palestinian people and the resistance forces throughout the region,” Khamenei stated.
The Iranian regime has officially denied any connection to the Oct. 7 attack, however, the Wall Street Journal reported in late October that Iran hosted and trained some 500 terrorists from Gaza before the Hamas massacres in southern Israel.
IDF Spokesman Brig.-Gen. Daniel Hagari has said the Iranian regime was deeply involved in the Hamas attack on Israel, offering financial support and training.
“Before the war, Iran directly assisted Hamas with money, training and weapons and technological know-how,” Hagari said.
“Even now, Iran is helping Hamas with intelligence,” he added.
In addition, a recent report published by the Microsoft Threat Analysis Center (MTAC) noted how Iran is waging a targeted, coordinated and destructive campaign of cyberattacks and anti-Israel operations against Israel.
“As the Israel-Hamas war broke out on October 7, 2023, Iran immediately surged support to Hamas with its now well-honed technique of combining targeted hacks with influence operations amplified on social media; what we refer to as cyber-enabled influence operations,” MTAC wrote.
The All Israel News Staff is a team of journalists in Israel.`;

describe("the user's example: Meta closes Khamenei's accounts", () => {
  const quotes = findQuotes(META_ARTICLE);
  const attributed = quotes.filter((q) => q.speaker);

  it('finds the nine speech quotes and attributes them', () => {
    expect(attributed.map((q) => [q.text.slice(0, 24), q.speaker!.name])).toEqual([
      ['We have removed these ac', 'a Meta spokesperson'],
      ['In an effort to prevent ', 'the Meta policy'],
      ['remove glorification, su', 'the Meta policy'],
      ['It is one of those rare ', 'Behnam Ben Taleblu'],
      ['While the Iranian regime', 'Janatan Sayeh'],
      ['What took place today is', 'Nasser Kanani'],
      ['The honorable Imam [Khom', 'Ali Khamenei'],
      ['Before the war, Iran dir', 'Daniel Hagari'],
      ['Even now, Iran is helpin', 'Daniel Hagari'],
      ['As the Israel-Hamas war ', 'MTAC'],
    ]);
  });

  it("keeps the nested “anti-Zionist resistance” inside Kanani's quote", () => {
    const kanani = quoteStarting(quotes, 'What took place today');
    expect(kanani.text).toContain('"anti-Zionist resistance"');
    expect(quotes.some((q) => q.text.startsWith('anti-Zionist'))).toBe(false);
  });

  it('leaves the scare quote “cancer.” without a speaker', () => {
    expect(speakerOf(quotes, 'cancer.')).toBeNull();
  });

  it('gives roles and affiliations from the introductions', () => {
    expect(quoteStarting(quotes, 'We have removed').speaker).toMatchObject({ role: 'spokesperson', affiliation: 'Meta' });
    expect(quoteStarting(quotes, 'It is one of those').speaker).toMatchObject({
      role: 'senior fellow',
      affiliation: 'Foundation for the Defense of Democracies (FDD)',
      descriptor: 'a senior fellow with the Foundation for the Defense of Democracies (FDD)',
    });
    expect(quoteStarting(quotes, 'While the Iranian').speaker).toMatchObject({ role: 'Research Analyst', affiliation: 'FDD' });
    expect(quoteStarting(quotes, 'What took place').speaker).toMatchObject({
      role: 'Spokesperson',
      affiliation: 'Iranian Foreign Ministry',
    });
    expect(quoteStarting(quotes, 'Before the war').speaker).toMatchObject({ role: 'Spokesman', affiliation: 'IDF' });
    expect(quoteStarting(quotes, 'Even now').speaker).toMatchObject({ role: 'Spokesman', affiliation: 'IDF' });
  });

  it('points each mention at the words naming the speaker at that quote', () => {
    expect(mentionText(META_ARTICLE, quoteStarting(quotes, 'While the Iranian'))).toBe('the FDD research analyst');
    expect(mentionText(META_ARTICLE, quoteStarting(quotes, 'Even now'))).toBe('he');
    expect(mentionText(META_ARTICLE, quoteStarting(quotes, 'It is one of those'))).toBe('Taleblu');
    expect(mentionText(META_ARTICLE, quoteStarting(quotes, 'We have removed'))).toBe('a Meta spokesperson');
  });
});

describe('words that look like verbs of saying but are nouns', () => {
  it('reads a verb form after a bare noun that follows a preposition, or a singular noun phrase, as a noun', () => {
    for (const text of [
      'Mayor Lena Ortega called the use of executive orders “a last resort.”',
      'Mayor Lena Ortega promised to close the pier by executive order if the council did not act “within a week.”',
      'Mayor Lena Ortega would not discuss an executive order signed by the governor “to protect the harbor.”',
    ])
      expect(findQuotes(text)[0]?.speaker?.name).toBe('Lena Ortega');
  });

  it('reads a base form after a plural name opened by "the" as its verb, and after a name ending in "s" as a noun', () => {
    const plural = '“The harbor is safe,” the Russians state in the report.';
    expect(findQuotes(plural)[0]?.speaker?.name).toBe('Russians');
    const singular = 'Mayor Lena Ortega disputed the Harbor Times report that called the pier “unsafe.”';
    expect(findQuotes(singular)[0]?.speaker?.name).toBe('Lena Ortega');
  });

  it('still reads "read" after a singular noun as a past verb', () => {
    const text = 'One harbor sign read “Slow down, the tide is rising.”';
    expect(findQuotes(text)[0]?.speaker).not.toBeNull();
  });
});

describe('nested reporting', () => {
  it('gives a quote in a "that" clause to the outer reporter when an adjunct stands before "that"', () => {
    const text = 'Ortega said in her opening remarks that the board should reiterate its support for “our oldest allies.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortega');
    const told = 'Reyes told reporters on Tuesday that the mayor had called the plan “a disaster.”';
    expect(findQuotes(told)[0]?.speaker?.name).toBe('Reyes');
  });

  it('gives a relative clause inside what a reporter says to the reporter, unless the quote is its direct speech', () => {
    expect(findQuotes('Reyes said he has seen piers along the coast that reminded him of “a ghost town.”')[0]?.speaker?.name).toBe('Reyes');
    const listeners = 'Ortega recalled that before the vote, she was doubted by her listeners, who wondered if “she would last.”';
    expect(findQuotes(listeners)[0]?.speaker?.name).toBe('Ortega');
    const direct = 'Reyes says to Ortega on camera, who responds eagerly: “Agreed!”';
    expect(mentionText(direct, findQuotes(direct)[0]!)).toBe('who');
    const passive = 'Reyes was asked by host Ana Duarte, who has dismissed the plan, “Will you vote for it?”';
    expect(findQuotes(passive)[0]?.speaker?.name).toBe('Ana Duarte');
  });

  it('reads a base form after a name opened by "the" as a noun', () => {
    const text = 'The mayor cited the Harbor Trust report, which notes that “the pier is failing.”';
    expect(findQuotes(text)[0]?.speaker?.name).not.toBe('Harbor Trust');
  });

  it('reads "that" before a plural as a conjunction, not as part of the inner subject', () => {
    const text = 'Ortega said she expected that voters will say “no” to the plan.';
    const quote = findQuotes(text)[0]!;
    expect(quote.speaker?.name).toBe('Ortega');
  });
});

describe('infinitives of saying', () => {
  it('gives "to say" after a prepositional object to the subject of the clause, and takes no inverted subject', () => {
    expect(findQuotes('The judge pointed to an earlier case to say that courts must weigh “the public interest.”')[0]?.speaker?.name).toBe(
      'The judge',
    );
    expect(findQuotes('Reyes flew to the capital to say that the port is “ready.”')[0]?.speaker?.name).toBe('Reyes');
    const text = 'On the show, Reyes said that by refusing to say the words “harbor tax,” the mayor is hiding.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Reyes');
  });
});

describe('places are not people', () => {
  it('does not resolve "he" to a two-word place name', () => {
    const states = 'Tomas Berg toured New Hampshire on Monday. He said the state was “ready for a change.”';
    expect(findQuotes(states)[0]?.speaker?.name).toBe('Tomas Berg');
    const street = 'Tomas Berg wants higher taxes on Wall Street, which he said has grown on “easy money.”';
    expect(findQuotes(street)[0]?.speaker?.name).toBe('Tomas Berg');
  });

  it('reads a name first met after "in", or before ", State", as a place', () => {
    const rally = 'Berg spoke at a rally in Santa Rosa, adding that he believed the judge was “biased.”';
    expect(findQuotes(rally)[0]?.speaker?.name).not.toBe('Santa Rosa');
    const town = 'Voters in the county seat, Terre Alta, Indiana, back Berg. He called it “the crossroads.”';
    expect(findQuotes(town)[0]?.speaker?.name).not.toBe('Terre Alta');
  });

  it('does not take a group named by nationality words for a person', () => {
    const text = 'Tomas Berg met Mexican Americans in the valley. He said they were “the heart of this town.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tomas Berg');
  });
});

describe('naming with "refer to … as"', () => {
  it('gives the label after finite "refer(s/red) to X as" to the subject, but not after "referring to"', () => {
    const text = 'Ortega refers to the treasurer as “Mr. Budget,” while Berg referred to the mayor as “the boss.”';
    const quotes = findQuotes(text);
    expect(speakerOf(quotes, 'Mr. Budget')).toBe('Ortega');
    expect(speakerOf(quotes, 'the boss')).toBe('Berg');
    expect(findQuotes('The mayor kept referring to the tax as a “gift.”')[0]?.speaker).toBeNull();
  });
});

describe('subjects past a prepositional phrase', () => {
  it('steps over "to …" after the subject and gives "and in a statement VERB" the subject before "and"', () => {
    expect(findQuotes('The mayor’s letter to the residents notes that the pier “is failing.”')[0]?.speaker?.name).not.toBe('the residents');
    const text = 'Ana Duarte, the chair of the board, backs the plan and in a statement credited Berg for “a brave budget.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Duarte');
  });
});

describe('verbs of manner in a tag', () => {
  it('reads "beamed", "pondered" and "exhorted" as verbs of saying', () => {
    expect(findQuotes('“What a night this has been!” beamed Lena Ortiz, a volunteer from Tulsa.')[0]?.speaker?.name).toBe('Lena Ortiz');
    expect(findQuotes('Pastor Amos Reed pondered who would now “speak for the quiet ones.”')[0]?.speaker?.name).toBe('Amos Reed');
    expect(findQuotes('“Get out and vote tomorrow,” exhorted the county chairman.')[0]?.speaker).not.toBeNull();
  });
});

describe('poll results', () => {
  it('gives the answers of a share of respondents to the poll named in the sentence', () => {
    const text = 'In a Harbor Institute poll released Friday, 62 percent of voters said the city was “too expensive to stay.”';
    const quote = findQuotes(text)[0]!;
    expect(mentionText(text, quote)).toContain('poll');
    const plain = 'Nine in 10 voters said the city was “too expensive to stay.”';
    expect(mentionText(plain, findQuotes(plain)[0]!)).not.toContain('poll');
  });
});

describe('"according to" around the sentence', () => {
  it('gives the sentence to the source of an opening or closing "according to", over a verb inside it', () => {
    const opening = 'According to the Harbor Gazette, Berg told aides the budget was “dead on arrival.”';
    expect(findQuotes(opening)[0]?.speaker?.name).toContain('Harbor Gazette');
    const closing = 'Berg told aides the budget was “dead on arrival” in the Senate, according to two people at the meeting.';
    expect(mentionText(closing, findQuotes(closing)[0]!)).toBe('two people at the meeting');
  });
});

describe('a reporting clause between commas', () => {
  it('gives the sentence to the reporter set off by commas, over the verb after it', () => {
    const text = 'The Gazette, Ortega said, called the budget “a disgrace to the city.”';
    const quote = findQuotes(text)[0]!;
    expect(mentionText(text, quote)).toBe('Ortega');
  });
});

describe('a subject whose apposition ends in a quoted title', () => {
  it('steps back over the apposition to the head before its comma', () => {
    const text = 'Dana Pell, star of the series “Harbor Lights,” thanked the mayor for “keeping the pier open.”';
    expect(speakerOf(findQuotes(text), 'keeping the pier')).toBe('Dana Pell');
  });
});

describe('a series of verbs after an object', () => {
  it('gives a verb after "VERB object," the subject of the first verb, not the object', () => {
    const text = 'Berg has mocked Ortiz, referred to her as “Low Energy Lena” and called the plan a joke.';
    expect(speakerOf(findQuotes(text), 'Low Energy')).toBe('Berg');
  });
});

describe('"as X put it"', () => {
  it('reads "put it" as a verb of saying, its "it" being the particle', () => {
    const text = 'At the time, as prosecutor Marc Reyes put it, “apart from the wrong crowd there was nothing.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Marc Reyes');
  });
});

describe('documents as the subject of a fragment', () => {
  it('gives a quoted fragment to "the ad" or "the statement" that carries it', () => {
    const text = 'The ad targets a “rigged economy that keeps the rich on top.”';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('The ad');
    expect(findQuotes('The plan targets a “rigged economy that keeps the rich on top.”')[0]?.speaker).toBeNull();
  });
});

describe('"in X\'s words"', () => {
  it('gives the quote to the one whose words a frame before it names', () => {
    expect(findQuotes('In the words of Mayor Ortiz, the plan was “a total disaster for the city.”')[0]?.speaker?.name).toBe('Ortiz');
    expect(findQuotes('In the Gazette’s words, the plan was “a total disaster for the city.”')[0]?.speaker?.name).toContain('Gazette');
  });
});

describe('"according to" after a tag', () => {
  it('gives the quote to a document or people reporting the tag, not to a named outlet', () => {
    const text = '“We will not back down,” Ortiz said, according to a transcript of the meeting.';
    expect(mentionText(text, findQuotes(text)[0]!)).toContain('transcript');
    expect(findQuotes('“We will not back down,” Ortiz said, according to the Harbor Gazette.')[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a clause announcing the text below it', () => {
  it('gives the paragraph after "issued the following statement:" or "Transcript as follows:" to its subject', () => {
    const statement = 'Later, Mayor Ortiz issued the following statement:\n\n“Our prayers are with all those affected by the storm.”';
    expect(findQuotes(statement)[0]?.speaker?.name).toBe('Ortiz');
    const transcript = 'Transcript as follows:\n\n“ORTIZ: We will rebuild the pier, and we will do it this year.”';
    expect(mentionText(transcript, findQuotes(transcript)[0]!)).toBe('Transcript');
  });
});

describe('a sentence adverb before the subject', () => {
  it('finds the subject of a participle after "Then he …, calling"', () => {
    const text = 'Mayor Ortiz spoke first. Then she turned to Berg, calling him a “tired old hand.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('an adjunct between a named subject and its verb', () => {
  it('steps over "during a rally on Sunday" to the name before it', () => {
    const text = 'Ortiz during a rally on Sunday thanked the nurses “for their support in my campaign.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a counted crowd as the subject', () => {
  it('gives a chant to "Hundreds of …" who chant it', () => {
    const text = 'Hundreds of nurses marched past the hall on Monday, chanting “Fund our clinics now,” as the council met.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('Hundreds');
  });
});

describe('a quote paragraph after a paragraph reporting its speaker', () => {
  it('continues the subject of a reporting sentence that ends the paragraph before', () => {
    const text =
      'Mayor Lena Ortiz said the dredging would start in spring.\n\n“We have waited long enough for this, and the boats cannot wait another year.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Lena Ortiz');
  });

  it('does not reach over a paragraph of narration with no verb of saying', () => {
    const text =
      'The council met on Tuesday in the old town hall.\n\n“We have waited long enough for this, and the boats cannot wait another year.”';
    expect(findQuotes(text)[0]?.speaker).toBeNull();
  });
});

describe('nested reporting deep inside the outer report', () => {
  it('gives a quote inside what the sentence subject reports to that subject', () => {
    const expects =
      'Mayor Lena Ortiz says the city should act and that she expects Governor Tom Berg to announce an “expansion” of the program.';
    expect(findQuotes(expects)[0]?.speaker?.name).toBe('Lena Ortiz');
    const because =
      'Mayor Ana Reyes said she would like Governor Tom Berg to explain his plan but backs him because there is “no question” he is “the better of the two.”';
    expect(findQuotes(because).map((q) => q.speaker?.name)).toEqual(['Ana Reyes', 'Ana Reyes']);
  });

  it('keeps the inner speaker of a new clause or a relative clause', () => {
    expect(findQuotes('Ortiz said the plan failed, and Berg called it “a disaster.”')[0]?.speaker?.name).toBe('Berg');
    expect(findQuotes('Ortiz said she would sign the harbor plan, which Berg called “a total disaster.”')[0]?.speaker?.name).toBe('Berg');
  });
});

describe('a quote after a sentence of praise or blame', () => {
  it('continues the subject of a weak but expressive verb in the sentence before', () => {
    const text = 'Mayor Ana Reyes praised the harbor crews for their work. “They kept the port open through the worst storm in years.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('does not continue the subject of a verb of thinking', () => {
    const text = 'Mayor Ana Reyes believes the port will reopen soon. “They kept the port open through the worst storm in years.”';
    expect(findQuotes(text)[0]?.speaker).toBeNull();
  });
});

describe('"according to" a record after a tag', () => {
  it('gives the quote to a record named after an outlet ("an Associated Press account", "a pool report")', () => {
    const account = '“Delegates should vote freely,” Ortiz said, according to an Associated Press account.';
    expect(mentionText(account, findQuotes(account)[0]!)).toBe('an Associated Press account');
    const pool =
      '“They do not care about the port,” Ortiz said of the dock workers, according to a White House pool report. “Neither do I.”';
    expect(findQuotes(pool).map((q) => mentionText(pool, q))).toEqual(['a White House pool report', 'a White House pool report']);
  });

  it('gives it to whoever provided the record, and keeps a named outlet to the quoted speaker', () => {
    const audio = '“It is over,” Ortiz said Monday in Dover, according to audio provided by Harbor Radio.';
    expect(findQuotes(audio)[0]?.speaker?.name).toBe('Harbor Radio');
    expect(findQuotes('“We will not resign,” Reyes said, according to the Harbor Gazette.')[0]?.speaker?.name).toBe('Reyes');
  });
});

describe('two sentence adverbs before the subject of a participle', () => {
  it('finds the subject after "And then" for a quote introduced by "…, saying,"', () => {
    const text =
      'And then Ortiz went fully on the attack, saying, “Is the council going to finally fix the pier? If not, they should resign.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a slogan on a sign or a hat', () => {
  it('gives the slogan to the sign or hat that a participle right after it describes', () => {
    const sign = 'Lori Berg held up a sign saying “Harbor Jobs Now.”';
    expect(mentionText(sign, findQuotes(sign)[0]!)).toBe('a sign');
    const hat = 'Ortiz and Berg wore a campaign hat reading, “Make the Harbor Great.”';
    expect(mentionText(hat, findQuotes(hat)[0]!)).toBe('a campaign hat');
  });

  it('keeps the subject for a participle after anything else', () => {
    expect(findQuotes('Ortiz spoke at length, saying “the pier will be rebuilt.”')[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a full name before a colon inside the sentence', () => {
  it('gives the quote after the colon to the person named right before it', () => {
    const text =
      'The timing of the vote does not surprise harbor analyst Tom Berg: “Councils always move late in the year, and this one is no different.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Tom Berg');
  });

  it('does not take a byline before a colon for a speaker', () => {
    const text = 'The pier story, by the Gazette’s Ana Reyes: “The old pier will close for repairs at the end of the month.”';
    expect(findQuotes(text)[0]?.speaker?.name).not.toBe('Ana Reyes');
  });
});

describe('a quote after a sentence with a participle of saying', () => {
  it('continues the subject of the sentence that speaks through "by saying"', () => {
    const text =
      'Ortiz distanced herself from the old council by saying she would help the new one if asked. “I am going to support them, and support them gladly.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a phrase before a colon after a comma or "from"', () => {
  it('lets a verb of saying earlier in the sentence speak before a list that ends at the colon', () => {
    const text =
      'Ever since Ortiz announced her run, she has said the same thing at every diner stop, every rally and every campaign event: “It is not about me, it is about us.”';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('she');
  });

  it('still gives the quote to "a note from X:" when no verb of saying precedes', () => {
    const text = 'The council received a short note from Mayor Ortiz: “We will rebuild the pier this year, whatever it costs.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('an inverted verb of saying after an opening adjunct', () => {
  it('gives the quote to the name after ", explained" rather than to the phrase before the comma', () => {
    const colon = 'In other words, explained harbor master Nina Cordes: “What does that have to do with the pier?”';
    expect(findQuotes(colon)[0]?.speaker?.name).toBe('Nina Cordes');
    const comma = 'Because of how the council drew the map, explained Rosenberg, “there is no way the harbor district wins this year.”';
    expect(findQuotes(comma)[0]?.speaker?.name).toBe('Rosenberg');
  });
});

describe('a closing tag with a long adjunct', () => {
  it('reads ", she said in a video message to the convention." as the tag of a fragment before it', () => {
    const text = 'The council had “put the biggest crack” yet in the harbor wall, she said in a video message to the convention.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('she');
  });

  it('does not read a closing clause with its own verb as a tag', () => {
    const text = 'The council had “put the biggest crack” yet in the harbor wall, she said in a message that angered the mayor.';
    expect(findQuotes(text)[0]?.speaker?.name ?? null).not.toBe('she');
  });
});

describe('a quote inside an opening subordinate clause', () => {
  it('gives it to the verb of saying of that clause, not to the main clause after it', () => {
    const crowd = 'When Ortiz later referred to the storm and said she would “protect our fishermen,” the crowd applauded loudly.';
    expect(findQuotes(crowd)[0]?.speaker?.name).toBe('Ortiz');
    const after =
      'After Reyes said that small ports might do better with “less advanced equipment,” Ortiz said: “I do not like what she said.”';
    expect(findQuotes(after).map((q) => q.speaker?.name)).toEqual(['Reyes', 'Ortiz']);
  });

  it('keeps the tag when the quote stands in the main clause after the comma', () => {
    const text = 'When Berg spoke at the rally, he “understood the way the fishermen feel about the port,” said Ana Reyes, a dock worker.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });
});

describe('a past-tense verb after the subject of a participle clause', () => {
  it('does not swallow the verb into the subject phrase after an opening adjunct', () => {
    const text = 'In three interviews, the judge sounded off on Berg, saying she did not “want to contemplate” a city run by him.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('the judge');
  });
});

describe('verbs of barbs and comebacks', () => {
  it('reads "sniped" and "retaliated" as verbs of saying', () => {
    const sniped = 'Tom Berg sniped that Ortiz, a first-time mayor, was “learning on the job.”';
    expect(findQuotes(sniped)[0]?.speaker?.name).toBe('Tom Berg');
    const retaliated = '“The harbor will always be ours,” an angry Ana Reyes retaliated.';
    expect(findQuotes(retaliated)[0]?.speaker?.name).toContain('Ana Reyes');
  });
});

describe('invisible formatting characters before a quotation mark', () => {
  it('opens a quote at a paragraph start even after a bidi mark, whatever the glyph', () => {
    const text =
      'Readers wrote back at once.\n\n\u202a”Sorry Tom, you should have said it sooner, because we all knew!!” posted Ana Reyes.';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.speaker?.name).toBe('Ana Reyes');
  });
});

describe('a closing glyph typed for an opening one after a comma', () => {
  it('opens a quote that a closing mark later in the paragraph answers', () => {
    const text = 'The mayor spoke for an hour. She says,” there are a lot of people who never get listened to.”';
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]?.text.trim()).toBe('there are a lot of people who never get listened to.');
  });
});

describe('a person opening the sentence that ends in a colon before a quoted paragraph', () => {
  it('gives the paragraph to that person even without a verb of saying', () => {
    const text =
      'He then listed the qualities a good harbor master needs:\n\n“Has the candidate ever worked on a boat? Does the candidate know the tides?”';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('He');
  });

  it('does not give it to a subject that is no person', () => {
    const text =
      'The harbor council has the proof:\n\n“By law, the harbor master every year sets the maximum number of boats the port can take.”';
    expect(findQuotes(text)[0]?.speaker).toBeNull();
  });
});

describe('an infinitive of saying in the sentence before a quote', () => {
  it('continues the subject of "was quick to add that …"', () => {
    const text = 'Ortiz was quick to add that the deal does not include closing the pier. “Closing it? Not negotiable at all.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a past-tense verb right after a name', () => {
  it('is not taken into the speaker phrase ("Ortiz declined")', () => {
    const text = 'Ortiz declined to say whether the deal includes closing the pier. “Closing it? Not negotiable at all.”';
    const speaker = findQuotes(text)[0]?.speaker;
    expect(speaker ? mentionText(text, findQuotes(text)[0]!) : null).not.toBe('Ortiz declined');
  });
});

describe('a name as the subject of its own participle phrase', () => {
  it('gives each coordinated "X saying …" / "Y calling …" phrase to its own name', () => {
    const text =
      'After the meeting, both issued a statement – Reyes saying she was “very encouraged” and Berg calling it a “great meeting.”';
    expect(findQuotes(text).map((q) => q.speaker?.name)).toEqual(['Reyes', 'Berg']);
  });

  it('keeps the sentence subject when a comma stands before the participle', () => {
    expect(findQuotes('Ortiz thanked Berg, saying he did “a great job for the harbor.”')[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('an inverted tag naming a document that is also a verb of saying', () => {
  it('reads ", read the email." as the tag and continues it into the next quote', () => {
    const text =
      'His campaign sent a fundraising email. "Our harbor plan has already forced the council to change its mind," read the email. "And with every vote, we grow stronger."';
    expect(findQuotes(text).map((q) => mentionText(text, q))).toEqual(['the email', 'the email']);
  });
});

describe('a titled name between commas right before the verb', () => {
  it('is the subject, not the phrase before an opening adjunct', () => {
    const text =
      'Tuesday at the harbor hall in Dover, after winning the harbor vote in the Republican primary, Gov. Ana Reyes (R-DE), said, “I am getting ready to rent a covered wagon for the trip.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('still finds the head before an apposition that names a place', () => {
    const text = 'Ortiz, during a meeting in Dover, Delaware, said the plan was “dead on arrival.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a name that looks like a modal verb', () => {
  it('reads a capitalized "Will" or "May" before an inflected verb of saying as a name', () => {
    const will = '“The harbor needs a new pier,” Will wrote in his column.';
    expect(findQuotes(will)[0]?.speaker?.name).toBe('Will');
    const may = 'Prime Minister Theresa May said the deal was “done.”';
    expect(findQuotes(may)[0]?.speaker?.name).toContain('Theresa May');
  });

  it('still skips a modal before a bare verb', () => {
    expect(findQuotes('Ortiz will say the deal is “done.”')[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a sentence adverb at the start of a sentence', () => {
  it('is never taken for a name, as "Hastily" would be', () => {
    const text =
      'Hastily politicizing the storm ― much like he did after the flood last year ― Ortiz cast the blame on his rivals, and stressed the threat that “tidal surges” pose to the town.';
    expect(findQuotes(text)[0]?.speaker?.name ?? null).not.toBe('Hastily');
  });
});

describe('a restrictive relative clause between the subject and its verb', () => {
  const mentionText = (text: string) => {
    const speaker = findQuotes(text)[0]?.speaker;
    return speaker ? text.slice(speaker.mention.start, speaker.mention.end) : null;
  };

  it('gives the quote to the phrase before "who", not to the last noun of the clause', () => {
    const text = 'A resident who lives near the harbor plant told reporters that the smell was “unbearable.”';
    expect(mentionText(text)).toBe('A resident');
  });

  it('names the person, not the pronoun or the clause, before and after the quote', () => {
    expect(mentionText('A port employee who asked not to be named said: “We have no plans.”')).toBe('A port employee');
    expect(mentionText('“We have no plans,” a port employee who asked not to be named said.')).toBe('a port employee');
    expect(mentionText('“No,” the official who spoke to reporters said on Monday.')).toBe('the official');
  });

  it('leaves a verb that has its own subject inside the clause to that subject', () => {
    const text = 'Rep. Ana Reyes, the harbor congresswoman who gained fame in 2009 when she yelled “Sit down!” at the mayor, endorsed him.';
    expect(mentionText(text)).toBe('she');
  });
});

describe('lower-case words between a name and a role noun', () => {
  it('keep the whole role ("a former U.S. law enforcement official")', () => {
    const speaker = findQuotes('“There is little you can do,” said a former U.S. law enforcement official.')[0]?.speaker;
    expect(speaker?.name).toBe('a former U.S. law enforcement official');
  });

  it('do not swallow a verb after the name', () => {
    const text = 'Ortiz rallied supporters by warning that “the harbor is in danger” this year.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a possessive before a noun that names no person', () => {
  it('is no speaker: the reporter of the clause it stands in is ("under her watch would demand")', () => {
    const text =
      'When talk turned to the port, Ortiz declared in a heated argument with Reyes that any new deal under her watch would demand not just scrutiny but “absolute secrecy.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('a fragment before a closing tag', () => {
  it('goes to the tag whose adjuncts end in a participle clause ("…, Reyes said Monday in Lima, noting …")', () => {
    const text = 'The port’s “failures” are shameful, Reyes said Monday in Lima, noting that the mayor “ignored every warning.”';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Reyes', 'Reyes']);
  });
});

describe('naming verbs', () => {
  it('accept a name with its party in parentheses as the one who names ("Ana Reyes (D-Ore.) called …")', () => {
    const text = 'Ana Reyes (D-Ore.) called the harbor deal “a giveaway” in a post on Sunday.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('in the passive, without "by", name no speaker ("has been called the …")', () => {
    const text = 'Ironically, the port’s new director, Ana Reyes, has been called the “Iron Lady of the Docks” for her budget cuts.';
    expect(findQuotes(text)[0]?.speaker).toBeNull();
    expect(findQuotes('Analysts hope to fund what is typically called “blue infrastructure.”')[0]?.speaker).toBeNull();
  });

  it('in the passive, keep the agent or the reporter of the sentence', () => {
    expect(findQuotes('The deal was called “a giveaway” by Senator Ana Reyes.')[0]?.speaker?.name).toBe('Ana Reyes');
    expect(findQuotes('Critics note that even memos can be deemed “secret” under the rules.')[0]?.speaker?.name).toBe('Critics');
    expect(findQuotes('The group was branded “a front” by rivals, Reyes wrote.')[0]?.speaker?.name).not.toBeNull();
  });

  it('after a quote, take their object for no inverted subject ("described the impact as …")', () => {
    const text = 'Ortiz, who puts his costs “in the seven figures,” described the impact as “crushing.”';
    const quotes = findQuotes(text);
    expect(quotes.map((q) => q.speaker?.name ?? null)).toEqual(['Ortiz', 'Ortiz']);
  });
});

describe('speaker phrases holding a date or an institution', () => {
  it('keep a year or a day of the month inside the phrase ("the nominee for the Nov. 8 election")', () => {
    const text = 'The Republican nominee for the Nov. 8 election later said he had been “joking” all along.';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(text.slice(speaker.mention.start, speaker.mention.end)).toBe('The Republican nominee for the Nov. 8 election');
    // A year after a preposition opens the sentence; it is no part of the subject.
    const year = 'In 2016 voters said the count was “rigged.”';
    const voters = findQuotes(year)[0]!.speaker!;
    expect(year.slice(voters.mention.start, voters.mention.end)).toBe('voters');
  });

  it('name the person before "of the" and the institution, however long', () => {
    const text = '“It is hard,” Ana Reyes of the James Martin Center for Harbor Studies wrote in May.';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(speaker.name).toBe('Ana Reyes');
    expect(speaker.affiliation).toBe('James Martin Center for Harbor Studies');
  });

  it('give a record filed by someone to its author', () => {
    const text = '“The evidence is insufficient,” according to a court document filed by state attorney Ana Reyes.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('never put words before a pronoun ("including provisions he said …")', () => {
    const text = 'Ortiz said he voted no because “they put junk in that bill,” including provisions he said would hurt families.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });
});

describe('more subjects and verbs of naming', () => {
  it('never take a participle opening the sentence for a name ("Conceding that …")', () => {
    const text = 'Conceding that a deal would come “down the line,” he warned: “Not soon.”';
    const speakers = findQuotes(text).map((q) => q.speaker?.name ?? null);
    expect(speakers).not.toContain('Conceding');
  });

  it('read "coined" and "heralded" as verbs of naming, and "herald" the noun as none', () => {
    expect(findQuotes('He has coined a new phrase, “harbor hawks,” for the critics.')[0]?.speaker?.name).toBe('He');
    expect(findQuotes('Mayor Ana Reyes heralded the deal as a “breakthrough.”')[0]?.speaker?.name).toBe('Ana Reyes');
    expect(findQuotes('A herald of the new age, the “smart port” is here.')[0]?.speaker).toBeNull();
  });

  it('end a subject before an irregular past verb ("his campaign sent a message saying …")', () => {
    const text = 'After the vote, his campaign sent a message to supporters saying “We won the harbor!”';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(text.slice(speaker.mention.start, speaker.mention.end)).toBe('his campaign');
  });

  it('let an organization name with a finite verb, but not as a participle after its noun', () => {
    expect(findQuotes('Today, the Harbor Daily newspaper calls it “the pearl” of the coast.')[0]?.speaker?.name).toBe(
      'the Harbor Daily newspaper',
    );
    expect(findQuotes('A website linked to a group called the “Harbor Friends Foundation.”')[0]?.speaker).toBeNull();
  });

  it('count a share of people as the speaker ("About four in 10 said")', () => {
    const text = 'About four in 10 said they were “angry” about the port.';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(text.slice(speaker.mention.start, speaker.mention.end)).toBe('About four in 10');
  });

  it('read no tag in a clause after the quote whose own verb is not of saying', () => {
    const text = 'With the help of “Harbor Talk,” the actor held a mock audition and asked extras to act “saltier.”';
    const quotes = findQuotes(text);
    expect(quotes[0]?.speaker).toBeNull();
    expect(quotes[1]?.speaker?.name).toBe('the actor');
  });
});

describe('a quoted name used by someone acting on a thing', () => {
  it('gives no speaker when the subject waves, wears or switches on what the words name', () => {
    expect(findQuotes('Several supporters waved their “Harbor First” signs from the seats.')[0]?.speaker).toBeNull();
    expect(findQuotes('Within an hour, the city had activated its “storm alert” system for the port.')[0]?.speaker).toBeNull();
  });

  it('still gives a fragment to a subject who argues ("supports … opposes …")', () => {
    const text = 'Reyes supports “fair pay raises,” opposes “blanket freezes” and wants a review.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Reyes');
  });

  it('reads "further details" as a noun, not as the verb "details"', () => {
    const text = 'Ortiz did not release further details about the talks, saying only that the board “gained access to the records.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
    expect(findQuotes('He further claims that the plan is “dead.”')[0]?.speaker?.name).toBe('He');
  });
});

describe('an inverted reporting clause set off by commas', () => {
  it('names the reporter of the sentence ("…, says Ana Reyes, a historian, is that …")', () => {
    const text = 'The paradox of the port, says Ana Reyes, a historian at the Harbor Museum, is that it was “never meant to last.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('is not read into "as the winner of …", a complement', () => {
    const text = 'Berg promoted Reyes on Twitter as the winner of the debates and has taunted the council for “losing to a dockhand.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Berg');
  });
});

describe('titles and complements', () => {
  it('give a show title before the role it names ("“Harbor Nights” star Ana Reyes") no speaker', () => {
    const text = '“Harbor Nights” star Ana Reyes opened up about her years on the docks.';
    expect(findQuotes(text)[0]?.speaker).toBeNull();
  });

  it('do not read a complement after "as" as the subject of a participle ("serve as a ladder …, noting")', () => {
    const text =
      'Reyes pitched the plan as a way to create jobs that serve as a ladder to the middle class, noting that she is “the only one who will do it.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Reyes');
  });
});

describe('a subject with two relative clauses', () => {
  it('is the phrase before the first "who" ("A worker who … and who asked not to be named said")', () => {
    const text = 'Another worker who fished at the harbor and who asked not to be named said he heard Ortiz speak of “betrayal” there.';
    const speaker = findQuotes(text)[0]!.speaker!;
    expect(text.slice(speaker.mention.start, speaker.mention.end)).toBe('Another worker');
  });
});

describe('tags that begin with "as", speakers that are towns, and speech nouns owned by their speaker', () => {
  it('read a reporting clause brought in by "as" after a fragment', () => {
    const text = 'Reyes is only a “regional” candidate, as the Ortiz campaign manager suggested after the harbor vote.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('the Ortiz campaign manager');
    const known = 'The harbor plan is a “lifeline,” as many residents know.';
    expect(findQuotes(known)[0]?.speaker).toBeNull();
  });

  it('take a town that releases a statement as the speaker of what the statement says', () => {
    const text = 'The town released a statement Monday saying the mayor’s remarks “are not based on facts.”';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('The town');
  });

  it('give the quote in a possessor’s conclusion to the possessor', () => {
    const text = 'The council was rattled by Inspector Ana Reyes’s conclusion that the pier was “unsafe at any speed.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('do not take an adjunct after the verb for an inverted speaker', () => {
    const text = '“Will he step down now?” the nominee, Ana Reyes, posted Sunday after a night attack on a Harbor City pier.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('the nominee');
  });
});

describe('listeners, askers and documents in tags', () => {
  it('do not take the listener after "told" for the speaker of a parenthetical', () => {
    const text = 'Ana Reyes, who was listed on the harbor slate, told the Gazette, “Of the three, I like Ortiz best.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('read a document with a participle and a time as the subject of a closing tag', () => {
    const text = 'The judge was unmoved. “The claim of value is speculative,” the order released Friday said.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('the order');
  });

  it('give a question asked by someone to the asker', () => {
    const text = 'Asked by the Gazette if Reyes “gets” the harbor, Ortiz avoided a direct answer.';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Gazette');
  });
});

describe('chants, slogans and clauses opened by "where"', () => {
  it('give a chant or a slogan to whoever takes it up', () => {
    const crowd = 'Boos rang out when Ortiz named her, and the crowd loudly took up the old chant “Sink the pier!” once more.';
    expect(mentionText(crowd, findQuotes(crowd)[0]!)).toBe('the crowd');
    const nixon = 'Ana Reyes ran on the slogan “Harbor First” in 1998 after two terms on the council.';
    expect(findQuotes(nixon)[0]?.speaker?.name).toBe('Ana Reyes');
  });

  it('hang a participle on the subject of the "where" clause right before it', () => {
    const text = 'Reyes spoke in the square, where protesters had gathered, chanting “no contract, no peace” into the night.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('protesters');
  });

  it('look past the writer’s aside "and I quote"', () => {
    const text = 'No wonder Ortiz said, and I quote, “We love the harbor more than the town does.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ortiz');
  });

  it('read a pronoun right after an opening participle clause as its subject, comma or not', () => {
    const text = 'Conceding that a harbor deal would come “down the line” she warned that it would take years.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('she');
  });

  it('read a clause of result ("so much so that he accused …") as the one the participle hangs on', () => {
    const text =
      'Ortiz fielded the most attacks -- so much so that he accused the moderators of asking too many “please attack Ortiz” questions.';
    expect(mentionText(text, findQuotes(text)[0]!)).toBe('he');
  });

  it('do not take a verb after a comma for the subject a participle hangs on', () => {
    const text =
      'Ana Reyes, founder of the Harbor Institute and a council member since 1990, endorsed Ortiz last week, saying he “has always kept his word.”';
    expect(findQuotes(text)[0]?.speaker?.name).toBe('Ana Reyes');
  });
});

describe('web addresses, capitals that modify, and articles in front of a name', () => {
  it('ends a sentence at a web address’s period, so no name runs across it', () => {
    const text =
      'Sanctions hit the owner of the mail service Harbormail.ru. Apple had to ask the developer for papers. At the time, Apple said: “These apps are owned by sanctioned parties.”';
    expect(speakerOf(findQuotes(text), 'These apps')).toBe('Apple');
  });

  it('reads a capitalized word joined to a participle as a modifier, never a speaker', () => {
    const text = 'Under the rules, Harbor-hosted websites need a licence to post “hard news”, which mainly means politics.';
    expect(speakerOf(findQuotes(text), 'hard news')).toBeNull();
  });

  it('describes no speaker by an article alone', () => {
    const text = 'Developers believe they would "die" if the store stayed, according to the Harbornet report.';
    const quote = quoteStarting(findQuotes(text), 'die');
    expect(quote.speaker).toMatchObject({ name: 'Harbornet', descriptor: null });
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analysis/analyze-article';
import { entry, smallMatcher, youtubeAndInstitute } from './small-matcher';

const matcher = youtubeAndInstitute();

describe('speakers linked to the article and the cards', () => {
  const text = [
    'YouTube removes channels',
    'YouTube removed 12 channels run by the group on Monday.',
    '"We acted on these channels quickly," a YouTube spokesperson told Reuters.',
    '"More reviews are under way," the spokesperson said.',
    '"It came late," said Jane Roe, a researcher at the Example Institute.',
  ].join('\n\n');
  const { quotes, actors } = analyzeArticle(text, matcher);

  it('takes "the spokesperson" back to the spokesperson the article introduced', () => {
    const second = quotes.find((q) => q.text.startsWith('More reviews'))!;
    expect(second.speaker).toMatchObject({ name: 'a YouTube spokesperson', affiliationId: 'youtube' });
    expect(text.slice(second.speaker!.mention.start, second.speaker!.mention.end)).toBe('the spokesperson');
    expect(actors.filter((a) => a.name === 'a YouTube spokesperson')).toHaveLength(1);
  });

  it('describes a speaker without a card by what the article says, and links the affiliation', () => {
    const roe = actors.find((a) => a.name === 'Jane Roe')!;
    expect(roe).toMatchObject({ entityId: null, kind: 'person', quoted: true });
    expect(roe.description).toContain('researcher at the Example Institute');
    expect(quotes.find((q) => q.text.startsWith('It came late'))!.speaker!.affiliationId).toBe('example-institute');
  });
});

describe('a carded speaker named again, shorter', () => {
  const text = [
    'YouTube removes channels',
    'YouTube removed 12 channels on Monday.',
    '"The network posted in two languages," according to YouTube’s Example Institute (EXI).',
    '"It was supportive of one side," said EXI.',
  ].join('\n\n');
  const { quotes, actors } = analyzeArticle(text, youtubeAndInstitute());

  it('keeps the fuller name and the affiliation the article gave first', () => {
    const second = quotes.find((q) => q.text.startsWith('It was supportive'))!;
    expect(second.speaker).toMatchObject({ name: 'Example Institute', entityId: 'example-institute', affiliation: 'YouTube' });
    expect(text.slice(second.speaker!.mention.start, second.speaker!.mention.end)).toBe('EXI');
  });

  it('does not take an owner’s possessive alone for a description', () => {
    expect(actors.find((a) => a.entityId === 'example-institute')!.description).toBe('YouTube');
  });
});

describe('a company named only by its kind', () => {
  const text = [
    'A gamer loses his channel',
    'A gamer lost his channel after a session. “I did nothing wrong,” the gamer said.',
    '“But YouTube ignores me,” he added.',
    'He appealed. The company sent a short reply: “No details provided.”',
  ].join('\n\n');
  const { quotes } = analyzeArticle(text, youtubeAndInstitute());

  it('is the company or platform the article named last, when the words alone name none', () => {
    const reply = quotes.find((q) => q.text.includes('No details'))!;
    expect(reply.speaker).toMatchObject({ name: 'YouTube', entityId: 'youtube', role: null });
    expect(text.slice(reply.speaker!.mention.start, reply.speaker!.mention.end)).toBe('The company');
  });

  it('is the platform named last when the words name the kind with a place before it', () => {
    const later = [
      'A harbor writer loses his account',
      'YouTube closed the harbor writer’s channel on Monday.',
      'When contacted, the US firm said, “We do not comment on individual channels.”',
    ].join('\n\n');
    const reply = analyzeArticle(later, youtubeAndInstitute()).quotes[0]!;
    expect(reply.speaker).toMatchObject({ name: 'YouTube', entityId: 'youtube' });
  });

  it('is the platform named last when the words call it a giant', () => {
    const later = [
      'A harbor network loses its channels',
      'YouTube closed the harbor network’s channels on Monday.',
      'The social media giant said it had removed “coordinated inauthentic behavior”.',
    ].join('\n\n');
    const reply = analyzeArticle(later, youtubeAndInstitute()).quotes[0]!;
    expect(reply.speaker).toMatchObject({ name: 'YouTube', entityId: 'youtube' });
  });

  it('gives a person named by a plain noun no affiliation', () => {
    expect(quotes.find((q) => q.text.includes('nothing wrong'))!.speaker).toMatchObject({ name: 'the gamer', affiliation: null });
  });
});

describe('speakers that are no one a reader could look up', () => {
  const text = [
    'YouTube restricts a video',
    'YouTube restricted the video, leading Jane Roe to complain on Monday.',
    '“They restricted my video,” she wrote.',
    'We’ve heard that before. “It happens every week,” they said.',
  ].join('\n\n');
  const { quotes, actors } = analyzeArticle(text, youtubeAndInstitute());

  it('takes no lower-case participle for a speaker’s affiliation or description', () => {
    expect(quotes.find((q) => q.text.startsWith('They restricted'))!.speaker).toMatchObject({ name: 'Jane Roe', affiliation: null });
    expect(actors.find((a) => a.name === 'Jane Roe')!.description).toBeNull();
  });

  it('lists neither a contracted pronoun nor a pronoun never tied to anyone as an actor', () => {
    const story = analyzeArticle(
      'YouTube removes a page\n\nThe page was removed on Monday.\n\nWe’ve had a page on YouTube for years. “It was easy at first,” she said.',
      youtubeAndInstitute(),
    );
    expect(story.quotes[0]!.speaker!.name).toBe('she');
    expect(story.actors.map((a) => a.name)).toEqual(['YouTube']);
    expect(actors.map((a) => a.name.toLowerCase())).not.toContain('they');
  });
});

describe('abbreviations and titles the article spells out', () => {
  const matcher = smallMatcher([
    entry('facebook', 'Facebook', 'platform'),
    entry('afp', 'Agence France-Presse', 'media', 'AFP'),
    entry('jane-roe', 'Jane Roe', 'person'),
  ]);

  it('reads an abbreviation the article spells out as another name as that name, not the card', () => {
    const spelled = analyzeArticle(
      'Facebook removes accounts\n\nThe Armed Forces of the Pacific said its pages were fine. The AFP said it was checking.',
      matcher,
    );
    expect(spelled.actors.map((a) => a.entityId)).not.toContain('afp');
    const agency = analyzeArticle('Facebook removes accounts\n\nFacebook removed 20 accounts, AFP reported on Monday.', matcher);
    expect(agency.actors.map((a) => a.entityId)).toContain('afp');
  });

  it('links a carded person at the end of a long title, and reads the title and its owner', () => {
    const { quotes } = analyzeArticle(
      'Facebook removes accounts\n\nFacebook removed 20 accounts on Monday. “They broke our rules,” said Facebook’s Head of Security Policy Jane Roe.',
      matcher,
    );
    expect(quotes[0]!.speaker).toMatchObject({
      name: 'Jane Roe',
      entityId: 'jane-roe',
      role: 'Head of Security Policy',
      affiliation: 'Facebook',
      affiliationId: 'facebook',
    });
  });
});

describe('a speaker without a card whom the article calls an organization', () => {
  it('is an organization, not a person', () => {
    const { actors } = analyzeArticle(
      'YouTube removes channels\n\nYouTube removed 12 channels on Monday. AI startup Harbor Labs said it was “aware of the issue” on Tuesday.',
      youtubeAndInstitute(),
    );
    expect(actors.find((a) => a.name === 'Harbor Labs')).toMatchObject({ kind: 'organization', entityId: null });
  });
});

describe('a nationality word alone', () => {
  it('is half a name, and no speaker', () => {
    const { quotes, actors } = analyzeArticle(
      'YouTube suspended in Harbor\n\nThe Jordanian cybercrimes unit suspended YouTube on Friday, saying that "YouTube has failed to control content."',
      youtubeAndInstitute(),
    );
    expect(quotes[0]!.speaker).toBeNull();
    expect(actors.map((a) => a.name)).not.toContain('Jordanian');
  });
});

describe('a people’s name alone, and a name joined by "Without"', () => {
  it('gives a people’s name no speaker, and keeps "Internet Without Borders" whole', () => {
    const kurdish = analyzeArticle(
      'YouTube suspended in Harbor\n\nThe Kurdish cybercrimes unit suspended YouTube on Friday, saying that "YouTube has failed to control content."',
      youtubeAndInstitute(),
    );
    expect(kurdish.quotes[0]!.speaker).toBeNull();
    expect(kurdish.actors.map((a) => a.name)).not.toContain('Kurdish');
    const { quotes } = analyzeArticle(
      'YouTube blocked in Harbor\n\nThe block was illegal, the group said on Monday. “This is censorship,” said Internet Without Borders, a rights group.',
      youtubeAndInstitute(),
    );
    expect(quotes[0]!.speaker).toMatchObject({ name: 'Internet Without Borders' });
  });
});

describe('a common word opening a sentence', () => {
  it('is no name a pronoun could stand for', () => {
    const { quotes, actors } = analyzeArticle(
      'Social media suspended in Harbor\n\nSocial media platforms in Harbor have been suspended, the regulator said. Officials said hate was spreading on social media.\n\nHe said the "spread of false information" was to blame.',
      youtubeAndInstitute(),
    );
    // Left unresolved: no one the text names is a person "he" could be.
    expect(quotes[0]!.speaker?.name).toBe('He');
    expect(actors.map((a) => a.name)).toEqual([]);
  });
});

describe('a state body named by its kind', () => {
  it('is an organization among the actors, not a person', () => {
    const text =
      'Harbor blocks an account\n\nTurkish authorities blocked the harbor account, citing “national security and public order” concerns.';
    const { actors } = analyzeArticle(text, youtubeAndInstitute());
    expect(actors.find((a) => a.name === 'Turkish authorities')).toMatchObject({ kind: 'organization' });
  });
});

describe('a speaker with no card named like a company', () => {
  it('is an organization when its name has a company word, and no person when it names an award', () => {
    const text = 'Harbor news\n\n“We acted on the accounts,” Harbor Corp. said on Monday.\n\n“We may review it,” Harbor Button Award said.';
    const { actors } = analyzeArticle(text, youtubeAndInstitute());
    expect(actors.find((a) => a.name === 'Harbor Corp.')).toMatchObject({ kind: 'organization' });
    expect(actors.find((a) => a.name === 'Harbor Button Award')?.kind).not.toBe('person');
  });
});

describe('a speaker named like a service without a card', () => {
  it('is an organization, after its country too, but a surname that is also a service’s name stays a person', () => {
    const text =
      'Harbor rider news\n\n“We do apologise to our partner,” Malaysian Grab said.\n\n“I was never told,” Usain Bolt said on Monday.\n\n“Funds are held for review,” Cash App said.';
    const { actors } = analyzeArticle(text, youtubeAndInstitute());
    expect(actors.find((a) => a.name === 'Malaysian Grab')).toMatchObject({ kind: 'organization' });
    expect(actors.find((a) => a.name === 'Cash App')).toMatchObject({ kind: 'organization' });
    expect(actors.find((a) => a.name === 'Usain Bolt')).toMatchObject({ kind: 'person' });
  });
});

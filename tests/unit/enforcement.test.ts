import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../analysis/analyze-article';
import { mayReportEnforcement } from '../../analysis/enforcement-hint';
import { isNotAnAct } from '../../analysis/enforcement-not-acts';
import { LEDE_CHARS } from '../../page/article-detection';
import { entry, smallMatcher } from './small-matcher';

const matcher = smallMatcher([
  entry('meta', 'Meta', 'company'),
  entry('youtube', 'YouTube', 'platform'),
  entry('telegram', 'Telegram', 'platform'),
  entry('apple-app-store', 'App Store', 'platform'),
  entry('apple', 'Apple', 'company'),
  entry('x', 'Twitter', 'platform'),
  entry('brazil-supreme-federal-court', 'Supreme Federal Court', 'court'),
  entry('meta-doi', 'Dangerous Organizations and Individuals policy', 'policy', 'Dangerous Organizations & Individuals policy'),
  entry('ofcom', 'Ofcom', 'regulator'),
  entry('roskomnadzor', 'Roskomnadzor', 'regulator'),
  entry('twitch', 'Twitch', 'platform'),
  entry('substack', 'Substack', 'platform'),
  entry('godaddy', 'GoDaddy', 'company'),
  entry('esafety', 'eSafety Commissioner', 'regulator'),
  entry('microsoft', 'Microsoft', 'company'),
  entry('cloudflare', 'Cloudflare', 'company'),
  entry('kiwi-farms', 'Kiwi Farms', 'platform'),
  entry('parler', 'Parler', 'platform'),
  entry('amazon', 'Amazon', 'company'),
  { ...entry('linkedin', 'LinkedIn', 'platform'), ownedBy: ['microsoft'] },
  entry('roblox', 'Roblox', 'platform'),
  entry('snapchat', 'Snapchat', 'platform'),
  entry('threads', 'Threads', 'platform'),
  entry('instagram', 'Instagram', 'platform'),
  entry('tiktok', 'TikTok', 'platform'),
  entry('reddit', 'Reddit', 'platform'),
  entry('kick', 'Kick', 'platform'),
  entry('patreon', 'Patreon', 'platform'),
  entry('facebook', 'Facebook', 'platform'),
  entry('8chan', '8chan', 'platform'),
  entry('uber', 'Uber', 'platform'),
  entry('steam', 'Steam', 'platform', 'Valve'),
  entry('wikipedia', 'Wikipedia', 'platform'),
  entry('spotify', 'Spotify', 'platform'),
  entry('paypal', 'PayPal', 'company'),
  entry('shopify', 'Shopify', 'platform'),
  entry('tumblr', 'Tumblr', 'platform'),
  entry('ebay', 'eBay', 'platform'),
  entry('kickstarter', 'Kickstarter', 'platform'),
  entry('gofundme', 'GoFundMe', 'platform'),
  entry('vimeo', 'Vimeo', 'platform'),
  entry('stripe', 'Stripe', 'company'),
  entry('airbnb', 'Airbnb', 'platform'),
  entry('harbor-herald', 'Harbor Herald', 'media'),
  entry('harbor-justice', 'HJD', 'government'),
  entry('harbor-police', 'HPB', 'government'),
]);
/**
 * Every article the detector flags in these tests must also get past the content script's prefilter
 * (on the opening the page gate reads): otherwise the extension would never ask the detector.
 */
const detect = (article: string) => {
  const result = analyzeArticle(article, matcher).enforcement;
  if (result.detected && !mayReportEnforcement(article.slice(0, LEDE_CHARS)))
    throw new Error(`the prefilter turns away an article the detector flags: ${JSON.stringify(article.slice(0, 120))}`);
  return result;
};

describe('enforcement detection: articles about enforcement', () => {
  it('reads platform, action, target and policy from a removal report', () => {
    const result = detect(
      'Meta removes accounts of militia leader\n\nMeta said on Tuesday it had removed the Facebook and Instagram accounts of a militia leader for repeatedly violating its Dangerous Organizations and Individuals policy.\n\nThe company did not say how many followers the accounts had.',
    );
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({
      platform: 'Meta',
      platformId: 'meta',
      action: 'removed',
      target: 'the Facebook and Instagram accounts of a militia leader',
      policyId: 'meta-doi',
      orderedBy: null,
    });
  });

  it('reads a shutdown, the noun, of what a platform acts on', () => {
    const result = detect(
      'Report on fake accounts\n\nA report from Meta describes the company’s shutdown of a network of Facebook accounts run from abroad.',
    );
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({ platformId: 'meta', action: 'removed' });
  });

  it('reads a weak cue whose object comes with a count ("more than 20 …")', () => {
    const result = detect('Reddit quarantines more than 20 controversial subreddits\n\nThe site said they had broken its rules.');
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({ platformId: 'reddit', action: 'restricted', target: 'more than 20 controversial subreddits' });
  });

  it('reads access to a platform restored in a country, in the headline and in a passive', () => {
    const result = detect(
      'Access to Wikipedia restored in Turkey\n\nAccess to Wikipedia in the country is now being restored after a court ruling, the foundation said.',
    );
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({ platformId: 'wikipedia', action: 'reinstated', target: 'Access to Wikipedia in the country' });
  });

  it('reads a court order', () => {
    const result = detect(
      "Brazil court orders Twitter to block accounts\n\nBrazil's Supreme Federal Court ordered Twitter to block the accounts of seven lawmakers accused of spreading false claims about the election.",
    );
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({ platformId: 'x', action: 'blocked', orderedBy: 'Supreme Federal Court' });
  });

  it.each([
    ['YouTube suspends channel\n\nYouTube has suspended the channel of a popular streamer after a strike for harassment.', 'suspended'],
    ['Telegram blocks channels\n\nTelegram blocked dozens of channels run by the group in several countries.', 'blocked'],
    ['App pulled\n\nApple removed the app from the App Store on Friday, saying it broke its review rules.', 'removed'],
    ['Channel demonetized\n\nYouTube demonetized the channel after advertisers complained about its videos.', 'demonetized'],
    ['Account back\n\nTwitter reinstated the account of the former president on Saturday.', 'reinstated'],
    ['Posts labelled\n\nTwitter labelled two posts by the minister as misleading information.', 'labelled'],
    // A headline's bare participle with a strong cue, whoever it names.
    ['Streamer Max Vale Suspended From Twitch\n\nFans were surprised on Monday.', 'suspended'],
    ['Newsletters gone\n\nSubstack said it had removed five newsletters that called for violence.', 'removed'],
    ['Registrar acts\n\nGoDaddy expelled the Harbor Forum after a week of threats against a councillor.', 'banned'],
    ['Label on the account\n\nTwitter placed a label on the account of the broadcaster on Tuesday night.', 'labelled'],
  ])('detects %j', (article, action) => {
    const result = detect(article);
    expect(result.detected).toBe(true);
    expect(result.events.map((e) => e.action)).toContain(action);
  });

  it("reads a regulator's notice to take material down as an order", () => {
    const result = detect(
      'Notices issued\n\nThe eSafety Commissioner issued notices to Twitter and Meta to take down violent material from the attack within 24 hours.',
    );
    expect(result.detected).toBe(true);
    expect(result.events[0]).toMatchObject({ action: 'removed', orderedBy: 'eSafety Commissioner' });
  });

  it('reads another platform as what a provider drops or stops serving', () => {
    const result = detect(
      'Provider acts\n\nCloudflare stopped providing its services to Kiwi Farms on Saturday, citing threats against people the forum targeted.',
    );
    expect(result.events[0]).toMatchObject({ platformId: 'cloudflare', action: 'removed', target: 'Kiwi Farms' });
    expect(detect('Provider acts\n\nCloudflare drops Kiwi Farms after a campaign by the people it harassed.').events[0]?.target).toBe(
      'Kiwi Farms',
    );
  });

  it('reads a company reporting its own act ("said it was suspending")', () => {
    const result = detect('Card networks act\n\nMicrosoft said it was suspending payments to the forum after reviewing its posts.');
    expect(result.events[0]).toMatchObject({ platformId: 'microsoft', action: 'suspended', target: 'payments' });
  });

  it('reads someone kicked off a platform', () => {
    expect(detect('Streamer out\n\nThe streamer was kicked off Twitch on Friday for repeated harassment.').detected).toBe(true);
  });

  it('reads a platform made unreachable: access blocked, or blocked in a country', () => {
    const court = detect(
      'Game blocked\n\nA provincial court has blocked access to the online gaming platform Roblox, citing child safety.',
    );
    expect(court.events[0]).toMatchObject({
      platformId: 'roblox',
      action: 'blocked',
      target: 'access to the online gaming platform Roblox',
    });
    const headline = detect('LinkedIn Blocked In Russia After Court Ruling\n\nThe network had refused to move its data.');
    expect(headline.events[0]).toMatchObject({ platformId: 'linkedin', action: 'blocked', target: 'LinkedIn' });
  });

  it('reads a person taken out of a section of the app, and a platform criticised for what it blocked', () => {
    expect(
      detect('Promotion ends\n\nSnapchat has removed the president from its Discover section, the company said.').events[0]?.target,
    ).toBe('the president');
    expect(detect('Threads faces backlash for blocking covid content\n\nUsers complained about empty searches.').detected).toBe(true);
  });

  it('reads a state acting on a platform, named as the one who ordered it', () => {
    expect(detect('Nepal bans TikTok citing social harmony\n\nThe cabinet met on Monday.').events[0]).toMatchObject({
      platformId: 'tiktok',
      action: 'banned',
      target: 'TikTok',
      orderedBy: 'Nepal',
    });
    expect(detect('Blocked\n\nThe Kenyan government has blocked Telegram during the exams, officials said.').events[0]).toMatchObject({
      platformId: 'telegram',
      orderedBy: 'The Kenyan government',
    });
  });

  it('names a ministry or department that no card knows as the one who ordered a block', () => {
    const ministry = detect(
      'Pages blocked\n\nThe Ministry of Posts and Networks has sent out orders to providers to block 120 URLs, including Facebook pages.',
    );
    expect(ministry.events[0]).toMatchObject({
      platformId: 'facebook',
      action: 'blocked',
      orderedBy: 'The Ministry of Posts and Networks',
    });
    const department = detect('Blocked\n\nThe department ordered internet providers to block Telegram channels on Friday.');
    expect(department.events[0]).toMatchObject({ platformId: 'telegram', orderedBy: 'The department' });
  });

  it('reads web addresses and handles blocked by providers, in a headline without a verb of its own', () => {
    expect(detect('Facebook pages among 200 web addresses blocked by providers\n\nThe list was not published.').events[0]).toMatchObject({
      platformId: 'facebook',
      action: 'blocked',
    });
  });

  it('reads a state blocking platforms it names, or apps it does not', () => {
    const named = detect('Pakistan reportedly blocks Twitter and YouTube amid protests\n\nThe ministry gave no reason.');
    expect(named.events[0]).toMatchObject({ platformId: 'x', action: 'blocked', orderedBy: 'Pakistan' });
    const unnamed = detect('Indian Government bans 43 mobile apps\n\nThe ministry cited security.');
    expect(unnamed.events[0]).toMatchObject({ platform: 'unnamed platform', target: '43 mobile apps', orderedBy: 'Indian Government' });
  });

  it('reads the newer words for restrictions and takedowns', () => {
    expect(detect('Reddit quarantines toxic subs\n\nModerators may appeal.').events[0]).toMatchObject({
      action: 'restricted',
      target: 'toxic subs',
    });
    expect(detect('Kick shadowbans a streamer\n\nThe channel was hidden for an hour.').events[0]?.platformId).toBe('kick');
    expect(detect('Provider acts\n\nCloudflare cuts service to 8chan after the shooting.').events[0]?.target).toBe('8chan');
    expect(detect('Networks gone\n\nTikTok disrupted 15 influence operations this year, the company said.').events[0]?.target).toBe(
      '15 influence operations',
    );
  });

  it('reads drivers deactivated, channels counted in the tens of thousands, and a named game taken off a store', () => {
    expect(detect('Drivers cut\n\nUber deactivated hundreds of drivers last month after fraud checks.').events[0]).toMatchObject({
      platformId: 'uber',
      action: 'suspended',
    });
    expect(detect('Telegram Blocks Over 235,000 Channels in One Day\n\nThe company said.').events[0]?.target).toBe('Over 235,000 Channels');
    expect(detect('Valve takes down Paranautical Activity from Steam after a threat\n\nThe studio apologised.').events[0]?.target).toBe(
      'Paranautical Activity',
    );
    expect(detect('Wikipedia blocks 381 user accounts for dishonest editing\n\nThe accounts were paid.').detected).toBe(true);
  });

  it("reads music taken off a service, and an act named as a platform's decision", () => {
    expect(detect('Service acts\n\nSpotify removed the white supremacist music from its catalogue on Monday.').events[0]).toMatchObject({
      platformId: 'spotify',
      action: 'removed',
    });
    expect(
      detect("Payments\n\nPayPal's decision to cut off the account of the defence fund, made on Monday, drew criticism.").events[0]?.target,
    ).toBe('the account of the defence fund');
  });

  it('reads e-books taken off a store', () => {
    const result = detect('Store acts\n\nAmazon has removed the e-book from its store, the author said on Tuesday.');
    expect(result.events[0]).toMatchObject({ platformId: 'amazon', action: 'removed', target: 'the e-book' });
  });

  it('reads objects after a list of modifiers, what someone had done to them, and counted bans', () => {
    expect(detect('Quarantine\n\nReddit quarantined toxic, hateful subreddits on Tuesday.').events[0]?.target).toBe(
      'toxic, hateful subreddits',
    );
    expect(detect('Pages gone\n\nSeveral activists got their Facebook pages removed last week.').events[0]?.target).toBe(
      'their Facebook pages',
    );
    expect(detect('A new wave\n\nReddit has started a new wave of community bans.').events[0]).toMatchObject({
      platformId: 'reddit',
      action: 'banned',
      target: 'community',
    });
    // "content restrictions" names a rule, not something done to anyone.
    expect(detect('Rules\n\nReddit said its content restrictions would change.').detected).toBe(false);
  });

  it("reads a platform's act that the report puts in quotation marks, and one done by mistake, but not a software fault", () => {
    expect(detect('Delisted\n\nSubstack has “delisted” dozens of newsletters from its search pages.').events[0]).toMatchObject({
      platformId: 'substack',
      target: 'dozens of newsletters',
    });
    // A software fault is not a decision about anyone; a moderation mistake is still an act on someone.
    expect(detect('Sorry\n\nInstagram apologised after a bug accidentally ‘suspended’ thousands of users.').detected).toBe(false);
    expect(
      detect('Income lost\n\nYouTube mistakenly demonetized the channels of several creators for months, they told reporters.').detected,
    ).toBe(true);
  });

  it('reads a removal from a service described in words of its own, and a domain revoked', () => {
    expect(detect('Pulled\n\nSpotify has pulled the comedy special from the audio streaming platform in Turkey.').events[0]).toMatchObject({
      platformId: 'spotify',
      action: 'removed',
      target: 'the comedy special',
    });
    expect(detect('Registrar\n\nGoDaddy revoked the domain registration of the forum on Sunday.').events[0]).toMatchObject({
      platformId: 'godaddy',
      action: 'removed',
    });
  });

  it('reads a judge ordering providers to block websites, and not a judge blocking a ban', () => {
    expect(detect('Judge orders providers to block pirate websites\n\nThe ruling names forty sites.').events[0]).toMatchObject({
      platform: 'unnamed platform',
      action: 'blocked',
      orderedBy: 'Judge',
    });
    expect(detect("Federal judge blocks the state's TikTok ban\n\nThe law was due to take effect in January.").detected).toBe(false);
  });

  it('reads a restored account and a site rid of accounts, and a third-party app banned', () => {
    expect(detect('Back\n\nTwitter restored the account of the reporter on Sunday.').events[0]).toMatchObject({ action: 'reinstated' });
    expect(detect('Cleanup\n\nReddit is ridding its site of fake accounts this month.').events[0]?.action).toBe('removed');
    expect(detect('Facebook bans its most popular quiz app\n\nThe developer was surprised.').events[0]?.action).toBe('banned');
  });

  it('reads censors deleting accounts, and a platform named in apposition as the one deleting', () => {
    expect(detect('Censors delete 20 Telegram channels\n\nThe list was long.').events[0]).toMatchObject({
      platformId: 'telegram',
      orderedBy: 'Censors',
    });
    expect(detect('Deleted\n\nThe firm behind the app, Telegram, deleted 20 channels on Friday.').events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'removed',
    });
    expect(detect('Gone\n\nFans delete their Telegram accounts in protest.').detected).toBe(false);
  });

  it('scores a headline the same whether the text begins with it or the page shows it apart', () => {
    const headline = 'Telegram blocks channels of the group';
    const body = 'Is the group finished? Its founders think not. Few agree. Telegram removed 20 of its channels on Friday.';
    const inText = analyzeArticle(`${headline}\n\n${body}`, matcher, headline).enforcement;
    const apart = analyzeArticle(body, matcher, headline).enforcement;
    expect(inText.score).toBe(apart.score);
    expect(inText.detected).toBe(true);
  });

  it('reads a platform standing by its ban of someone, and a provider that decided to stop serving a site', () => {
    expect(detect('Ban upheld\n\nPatreon issued a statement defending their permanent ban of the commentator.').events[0]).toMatchObject({
      platformId: 'patreon',
      action: 'banned',
      target: 'the commentator',
    });
    expect(detect('Dropped\n\nCloudflare has decided to stop providing its services to Kiwi Farms.').events[0]).toMatchObject({
      platformId: 'cloudflare',
      target: 'Kiwi Farms',
    });
  });

  it("reads a platform's decision taken, what it is blamed for, and a name in quotation marks as the one it acted on", () => {
    expect(
      detect(
        'Backlash\n\nThe community was rocked when Roblox made the controversial decision to permanently ban YouTuber "Schlep" over his videos.',
      ).events[0],
    ).toMatchObject({ platformId: 'roblox', action: 'banned', target: 'YouTuber Schlep' });
    expect(detect('Streamer speaks out\n\nThe streamer slammed Twitch for banning him without a warning.').events[0]).toMatchObject({
      platformId: 'twitch',
      action: 'banned',
      target: 'him',
    });
    expect(detect('Suspended\n\nKick suspended “Ice Poseidon” for a week after the broadcast.').events[0]).toMatchObject({
      platformId: 'kick',
      target: 'Ice Poseidon',
    });
    // Thanked for restraint: nothing was done.
    expect(detect('Relief\n\nFans thanked Twitch for not banning the streamer after the incident.').detected).toBe(false);
  });

  it('reads a passive report', () => {
    const result = detect('Accounts gone\n\nThe accounts of the militia were removed by Meta on Monday, the company said.');
    expect(result.events[0]?.target).toBe('The accounts of the militia');
  });

  it('reads a ban lifted as a reinstatement, by whoever lifted it', () => {
    expect(
      detect('Back online\n\nTwitter returned on Thursday after the government lifted a seven-month ban on the social media giant.')
        .events[0],
    ).toMatchObject({ platformId: 'x', action: 'reinstated', target: 'the social media giant', orderedBy: 'the government' });
    expect(detect('Channel back\n\nYouTube lifted the two-year suspension of the channel.').events[0]).toMatchObject({
      action: 'reinstated',
      target: 'the channel',
    });
  });

  it('reads a passive without an agent as the act of the platform named in the sentence before', () => {
    const result = detect(
      'Cheats\n\nRoblox issued a statement on Friday. Some 1,100 accounts have been banned from ranked play for cheating.',
    );
    expect(result.events[0]).toMatchObject({ platformId: 'roblox', action: 'banned', target: 'Some 1,100 accounts' });
    // Two sentences away, or without an object platforms act on, nothing is borrowed.
    expect(detect('Cheats\n\nRoblox issued a statement. It was long. The players have been banned from the final.').detected).toBe(false);
  });

  it('reads a regulator asking the providers it licenses to block a platform as an order, not anyone else asking', () => {
    expect(
      detect('Exams\n\nThe Communications Authority of Kenya asked telecom operators to block access to Telegram during exams.').events[0],
    ).toMatchObject({ platformId: 'telegram', action: 'blocked', orderedBy: 'The Communications Authority of Kenya' });
    expect(detect('Exams\n\nA digital-rights group asked internet providers to block Telegram channels that spread hate.').detected).toBe(
      false,
    );
  });

  it('reads the ban hammer by what it came down on, and never takes the hammer for the target', () => {
    expect(detect('Hammer\n\nTwitch brought down the ban hammer on the streamer on Tuesday.').events[0]).toMatchObject({
      platformId: 'twitch',
      action: 'banned',
      target: 'the streamer',
    });
    expect(detect('Hammer\n\nRoblox swung the banhammer against 14,000 accounts.').events[0]?.target).toBe('14,000 accounts');
    expect(detect('Streamer fears the Twitch ban hammer\n\nHe is careful.').detected).toBe(false);
  });

  it('reads a regulator acting itself, and a country restricting access to a site, in a headline or in apposition', () => {
    expect(
      detect('Sites down\n\nOfcom ‘erroneously’ blocked access to several news websites on Tuesday, engineers said.').events[0],
    ).toMatchObject({
      action: 'blocked',
      orderedBy: 'Ofcom',
    });
    expect(detect('Access to The Herald website restricted in Russia\n\nReaders in Moscow could not open it.').events[0]).toMatchObject({
      orderedBy: 'Russia',
      target: 'Access to The Herald website',
    });
    expect(
      detect('Paper blocked\n\nRussia’s communications watchdog, Roskomnadzor has restricted access to the website of a British newspaper.')
        .events[0],
    ).toMatchObject({ orderedBy: 'Roskomnadzor', target: 'access to the website' });
  });

  it('reads a headline giving the reason for a suspension, and a removal for breaking a rule whatever was removed', () => {
    expect(detect('Popular Twitch streamer suspended after offensive remarks\n\nFans reacted on Monday.').events[0]).toMatchObject({
      platformId: 'twitch',
      target: 'Popular Twitch streamer',
    });
    expect(
      detect('Song gone\n\nSpotify told reporters that it had removed ‘Harbor Song’ for violating its deceptive content policy.').detected,
    ).toBe(true);
    expect(detect('Xbox bans\n\nMicrosoft cut off thousands of Xbox Live players who used modified consoles.').detected).toBe(true);
  });

  it('reads a removal that was the means of answering pressure, apps banned by a country, and shop pages removed', () => {
    expect(detect('Book gone\n\nAmazon answered days of customer pressure by removing the book from its store.').events[0]).toMatchObject({
      platformId: 'amazon',
      target: 'the book',
    });
    expect(detect('Game among 59 apps banned by India\n\nThe order covers many popular titles.').events[0]).toMatchObject({
      orderedBy: 'India',
    });
    expect(detect('Official merchandise stores removed by Shopify\n\nThe company cited its rules on violence.').detected).toBe(true);
  });

  it("reads a leader's decree blocking a platform, and a label taken off an account", () => {
    expect(
      detect('Venezuela’s president signs decree blocking Twitter access for ten days\n\nUsers turned to VPNs.').events[0],
    ).toMatchObject({
      platformId: 'x',
      orderedBy: 'Venezuela',
    });
    expect(
      detect('Twitter drops ‘state-affiliated’ label from the broadcaster after backlash\n\nThe change came on Friday.').events[0],
    ).toMatchObject({
      platformId: 'x',
      action: 'unlabelled',
      target: 'the broadcaster',
    });
  });

  it('reads a court ordering internet providers to block a site named without a card, and a page deleted from its owners', () => {
    expect(detect('High Court orders ISPs to block The Harbour Bay\n\nFive providers must comply.').events[0]).toMatchObject({
      orderedBy: 'High Court',
      target: 'The Harbour Bay',
    });
    expect(
      detect(
        'Back online\n\nThe owners of a cafe who had their Facebook page deleted without warning said they were relieved at its return.',
      ).detected,
    ).toBe(true);
  });

  it('reads a service that has no card as the platform that acted, naming it but linking no card', () => {
    expect(detect('Nintendo bans Switch consoles with pirated games\n\nOwners say the ban came without warning.').events[0]).toMatchObject({
      platform: 'Nintendo',
      platformId: null,
      action: 'banned',
    });
    expect(detect('Grab suspends driver after complaint\n\nThe company said it had acted on a rider’s report.').events[0]).toMatchObject({
      platform: 'Grab',
      platformId: null,
    });
    // The ordinary word is not the service.
    expect(detect('Lunch\n\nGrab a coffee before the ban on food in the library begins.').detected).toBe(false);
    // A card's name wins where the two overlap.
    expect(detect('Podcast gone\n\nApple pulled the podcast from Apple Podcasts for hate speech.').events[0]?.platformId).toBe('apple');
  });

  it('reads a ban that came after warnings', () => {
    expect(detect('Host banned\n\nTwitch warned the host twice before banning his channel for hateful conduct on Monday.').detected).toBe(
      true,
    );
  });

  it('reads a picture taken down, and finds the lead past a press release header', () => {
    expect(detect('Photo back up\n\nA parent said Instagram had taken down a picture of her son at the beach.').events[0]).toMatchObject({
      platformId: 'instagram',
      action: 'removed',
      target: 'a picture of her son',
    });
    const release =
      'Campaigners welcome the move\n\nCoalition for Safer Feeds\n3 min read\nFor Immediate Release: May 2, 2024\n\n' +
      'Today, YouTube said that it is blocking access to YouTube channels run by the group worldwide.';
    expect(detect(release).detected).toBe(true);
  });

  it("names the passive's own subject, not the clauses around it", () => {
    expect(detect('Gone\n\nSeveral writers reported last week that their accounts were suspended by Twitter.').events[0]?.target).toBe(
      'their accounts',
    );
    expect(detect("Gone\n\nThe host says he's banned from Twitch for a month.").events[0]?.target).toBe('he');
  });
});

describe('enforcement detection: hard negatives', () => {
  it('ignores a catalogue changing hands when a licence runs out', () => {
    expect(
      detect('Gone from the service\n\nSpotify removed the songs of the band on Monday after its licensing deal with the label expired.')
        .detected,
    ).toBe(false);
    // The same act for what the songs said is enforcement.
    expect(detect('Gone from the service\n\nSpotify removed the songs of the band on Monday for hateful conduct.').detected).toBe(true);
  });

  it('ignores people removed from a board or suspended from a party or a league, and pages booted up', () => {
    expect(detect('Out\n\nReddit co-founder Sam Ray has been removed from the company’s board for a lack of candour.').detected).toBe(
      false,
    );
    expect(detect('Suspended\n\nThe Twitch streamer was suspended from the party after the vote.').detected).toBe(false);
    expect(detect('Pages\n\nPatreon booted up some 1.6 million pages for charities without telling them.').detected).toBe(false);
    expect(detect('Checking the claim\n\nShe pulled up an Instagram video of the mayor’s speech on her laptop.').detected).toBe(false);
  });

  it('ignores rules for a kind of user, a ban inside a law, and people described by an old ban', () => {
    expect(detect('Privacy push\n\nAirbnb bans hosts from using indoor security cameras in Harbor homes.').detected).toBe(false);
    expect(detect('Privacy push\n\nAirbnb said it is banning security cameras inside guest homes in Harbor.').detected).toBe(false);
    expect(
      detect(
        'Senate acts\n\nThe Senate voted in favour of legislation which included the TikTok ban on 23 April as part of a foreign aid package.',
      ).detected,
    ).toBe(false);
    expect(detect('YouTube to allow some banned creators to return\n\nThe company said creators can apply next month.').detected).toBe(
      false,
    );
    // A named person barred from doing something is an act on an account.
    expect(detect('Streamer barred\n\nTwitch banned Harbor streamer Kai Moss from streaming for a week on Monday.').detected).toBe(true);
  });

  it('reads an order supposed ("if the ministry orders us to block") as no order given', () => {
    const reading = (before: string) =>
      isNotAnAct({ cue: 'block', action: 'blocked', strength: 'weak', before, next: ' X.', sentence: `${before}block X.`, headline: '' });
    expect(reading('He said, “If the government or the Ministry of Interior orders us to ')).toBe(true);
    expect(reading('The Ministry of Interior ordered the regulator to ')).toBe(false);
  });

  it('ignores a platform’s reputation for an act, but not criticism of an act done', () => {
    expect(detect('Twitch and its bans\n\nTwitch is known for banning streamers for minor slips, and many complain.').detected).toBe(false);
    expect(detect('Twitch and its bans\n\nTwitch is notorious for suspending streamers without explanation.').detected).toBe(false);
    expect(detect('Twitch and its bans\n\nTwitch was criticised for banning the streamer Kai Moss on Monday.').detected).toBe(true);
  });

  it('ignores an act a platform is only accused of', () => {
    expect(detect('Traders sue\n\nPayPal is accused of freezing the accounts of Harbor traders without warning.').detected).toBe(false);
    expect(detect('Traders sue\n\nHarbor traders whose accounts were allegedly frozen by PayPal have filed a lawsuit.').detected).toBe(
      false,
    );
    expect(detect('Traders\n\nPayPal froze the accounts of Harbor traders without warning.').detected).toBe(true);
  });

  it('ignores an order that might come, or a power to order, but not an order given', () => {
    expect(
      detect('New rules\n\nCreators, the company said, could be forced to take down videos on YouTube to avoid lawsuits.').detected,
    ).toBe(false);
    expect(
      detect('Draft rules\n\nThe rules would have given the board the power to order Wikipedia to remove images of the harbor.').detected,
    ).toBe(false);
    expect(detect('Court order\n\nThe court forced YouTube to remove the channel of the Harbor Front group on Monday.').detected).toBe(
      true,
    );
  });

  it('ignores service restored after an outage, a company retiring its own app, and an app that is shutting down', () => {
    expect(detect('Discord restores service after outage\n\nDiscord restored services on Tuesday after a six-hour outage.').detected).toBe(
      false,
    );
    expect(
      detect('Facebook is closing down one of its Android apps\n\nFacebook is closing down one of its Android apps next month.').detected,
    ).toBe(false);
    expect(
      detect('Warning to Facebook users as popular app is shutting down next month – and users are unhappy\n\nIt launched in 2016.')
        .detected,
    ).toBe(false);
  });

  it.each([
    [
      'earnings',
      'Meta profit jumps\n\nMeta reported a 20 percent rise in quarterly revenue as advertising recovered, and its shares rose in late trading.',
    ],
    ['layoffs', 'Meta cuts jobs\n\nMeta said it would cut 10,000 jobs and close several offices as it reduces costs.'],
    [
      'product launch',
      'YouTube launches feature\n\nYouTube launched a new feature that lets users remix short videos from other channels.',
    ],
    ['privacy fine', 'Regulator fines Meta\n\nIreland fined Meta 1.2 billion euros for transferring user data to the United States.'],
    ['rebrand', 'Twitter becomes X\n\nTwitter replaced its bird logo as the company rebranded its app and website.'],
    ['a call for action', 'Activists want action\n\nActivists urged YouTube to remove the channel, saying its videos spread hate.'],
    ['pressure, no action', 'Pressure grows\n\nTelegram has been under growing pressure to suspend the accounts of the group.'],
    ['a computer booted', 'Laptops\n\nMicrosoft booted the laptop into safe mode and cut off the power to test the update.'],
    ['a book ban', 'Books\n\nThe government banned books about the war from school libraries.'],
    ['a banned organisation', 'Group banned\n\nA Russian court banned the group as extremist on Monday.'],
    ['government phones', 'Phones\n\nCanada is banning TikTok on all government mobile devices from Tuesday.'],
    [
      'access restored after an outage',
      'Back online\n\nAccess to Spotify was restored after a two-hour outage on Tuesday, the company said.',
    ],
    ['a ban for state employees', 'Workers told\n\nThe governor bans TikTok for state employees, citing security concerns.'],
    [
      '"those devices", named in the headline',
      'Governor Bans TikTok on State Devices\n\nThe governor said he is banning the app on those devices from Monday.',
    ],
    ['a software fault', 'Apology\n\nInstagram said it had accidentally suspended thousands of users because of a bug.'],
    ['users leaving', 'Users quit\n\nPeople have started deleting Facebook accounts after the data leak came to light.'],
    ['layoffs with a strong word', 'Jobs cut\n\nPatreon axes 17% of its workforce and closes two offices.'],
    ['a question', 'Why is content being removed from Instagram?\n\nCreators say they were given no warning by anyone.'],
    ['a condition', 'Instagram will warn users\n\nInstagram will warn users before their accounts are banned, it said in a blog post.'],
    [
      'a prohibition of conduct',
      'EU fines Apple\n\nThe Commission said Apple banned app developers from "fully informing" users about cheaper offers elsewhere.',
    ],
    ["a platform's own rule for its users", 'YouTube Now Requires Creators to Label AI-Generated Content\n\nThe rule starts next month.'],
    ['a round of layoffs kicked off', 'Jobs cut\n\nMicrosoft is kicking off another round of layoffs, cutting 600 jobs across its teams.'],
    ['shares that dropped', 'Markets\n\nShares of Meta dropped 5 percent as investors worried about spending on data centres.'],
    [
      'a lawsuit over an old takedown',
      'Lawsuit ends\n\nParler has dropped its lawsuit against Amazon for terminating its hosting of the app, court papers show.',
    ],
    [
      'a plan dropped',
      'Telegram drops idea of blocking channels\n\nTelegram has dropped the idea of blocking channels in the region, its founder said.',
    ],
    ['bank accounts frozen', 'Accounts frozen\n\nThe Supreme Federal Court froze the bank accounts of Twitter in the country on Friday.'],
    [
      'a freeze on bank accounts lifted, the old order told in passing',
      'Court Lifts Freeze on Starlink, Twitter Bank Accounts After Fine Is Paid\n\nJustice Silva, who ordered the suspension of Twitter ' +
        'in the country last month, released the funds on Friday. The fines were paid in full, the court said.',
    ],
    [
      'a labelling practice announced, with nothing labelled yet',
      'Facebook to flag false stories\n\nFacebook says it will start applying warning labels to some false stories that people share.',
    ],
    [
      'a warning that comes before any block',
      'Instagram will warn users\n\nInstagram will warn people about violations before blocking their accounts, the company said.',
    ],
    [
      'a kind of post, not one labelled',
      'Twitter adds a prompt\n\nTwitter will now show a prompt when someone tries to share a labeled tweet.',
    ],
    [
      'a practice given up',
      'YouTube to stop removing some claims\n\nYouTube said it will stop removing videos that repeat false claims about the last election.',
    ],
    ['the name of a rule', 'Instagram changes its rules\n\nInstagram announced a change to its account deactivation policy on Tuesday.'],
    [
      'a practice as the subject of a sentence',
      'Debate\n\n“While removing these posts does cut some falsehoods, it also silences people,” YouTube said in a post on Friday.',
    ],
    [
      'a company closing its own service in a country',
      'LinkedIn leaves China\n\nLinkedIn says it is shutting down its professional network service in China as rules tighten.',
    ],
    ['a sale banned', 'eBay bans sale of hate items\n\neBay said the rule takes effect next week.'],
    [
      'a rule announced for everyone',
      'Tumblr will ban all adult content in December\n\nTumblr announced that all adult content will be permanently banned from its platform next month.',
    ],
    ['a rule announced for a kind of content', 'Twitch will be banning gambling streams\n\nTwitch said the rule starts next month.'],
    [
      'a kind of content named by a participle',
      'Court fines Facebook\n\nA court fined Facebook for breaking national rules on banned content, its press office said.',
    ],
    ['a merger blocked', 'Britain blocks Microsoft acquisition of a game maker\n\nThe regulator said the deal would hurt competition.'],
    ['a service paused', 'Amazon suspends drone delivery service\n\nAmazon suspended its drone delivery program after two crashes.'],
    [
      'a product setting',
      'Microsoft will block macros by default\n\nMicrosoft said so on Monday. The company announced today that it will block Visual Basic macros contained in files downloaded from the internet by default.',
    ],
    [
      'a practice, named',
      'Policy update\n\nYouTube said its new rules keep the balance of removing harmful videos while leaving room for debate.',
    ],
    [
      'a demand in the subjunctive',
      'Hearing\n\nThe hearing of the TikTok chief gave critics more reason to insist the app be banned in the country.',
    ],
    ['a rule against posting, reversed', 'Patreon reverses ban on posting adult art\n\nThe company changed course after complaints.'],
    ['a streamer banning a viewer', 'Twitch Streamer Bans Viewer: A Lesson in Moderation\n\nThe host spoke about her chat rules.'],
    ['a new kind of label', 'Twitter three new labels warn users about misinformation\n\nThe company described them in a post.'],
    ['a licence that ran out', 'Game delisted from Steam following expiration of its licenses\n\nThe shooter can no longer be bought.'],
    [
      'a league suspending a player over a post',
      'Footballer suspended over umpire Twitter rant\n\nThe league announced the penalty on Friday.',
    ],
    [
      "a streamer's opinion of bans",
      'Opinion\n\nIn a post, the streamer said that indefinite bans from Twitch are unfair to people who earn a living there.',
    ],
    ['feature removal', 'Meta kills button\n\nMeta removed the like counter from Instagram as part of a redesign of the app.'],
    [
      'passing mention',
      `Profile of a senator\n\n${'The senator spoke about farm subsidies at length and met voters in several towns. '.repeat(12)}Years ago, Twitter suspended his account for a day.`,
    ],
  ])('does not flag %s', (_what, article) => {
    expect(detect(article)).toMatchObject({ detected: false, events: [] });
  });
});

describe('the content script prefilter', async () => {
  const { mayReportEnforcement } = await import('../../analysis/enforcement-hint');
  it.each([
    ['YouTube suspended the channel on Monday.', true],
    ['Meta closes Khamenei’s Facebook and Instagram accounts', true],
    ['𝕏 ought to permanently suspend the accounts', true],
    ['The team won the cup after a late goal.', false],
    ['Lawmakers banned the pesticide last year.', false],
    // Hyphenated words count whole and by their parts; two-word cues need both words.
    ['The Facebook-owned service geo-blocked the page.', true],
    ['Google began third-party-blocking of accounts on Monday.', true],
    ['Critics of the company’s third-party-blocking plan met at Google.', false],
    ['Google took the stage; no video was taken down.', true],
    ['Google took the stage and took questions.', false],
    // Platform names are matched as written: "meta" and "apple" are ordinary words.
    ['A meta discussion about apple pies was closed.', false],
    ['Twitch lifted the ban on the streamer.', true],
    // No platform named: a court or a state acting on websites or domains it does not name.
    ['A judge ordered providers to block 40 websites.', true],
  ])('%s → %s', (text, expected) => {
    expect(mayReportEnforcement(text)).toBe(expected);
  });

  it("knows exactly the detector's cue words, and finds where each of them begins", async () => {
    const { CUE_GROUPS } = await import('../../analysis/enforcement-cues');
    const { CUE_WORDS, CUE_PHRASES, CUE_START } = await import('../../analysis/enforcement-hint');
    const single = new Set<string>();
    const phrases = new Map<string, Set<string>>();
    for (const phrase of CUE_GROUPS.flatMap((g) => g.phrases)) {
      const [first, ...rest] = phrase.split(' ') as [string, ...string[]];
      if (rest.length === 0) single.add(first);
      else phrases.set(first, (phrases.get(first) ?? new Set()).add(rest.join(' ')));
    }
    for (const word of single) phrases.delete(word);
    expect([...CUE_WORDS].sort()).toEqual([...single].sort());
    expect(Object.fromEntries([...CUE_PHRASES].map(([k, v]) => [k, [...v].sort()]))).toEqual(
      Object.fromEntries([...phrases].map(([k, v]) => [k, [...v].sort()])),
    );
    for (const word of [...single, ...phrases.keys()]) {
      CUE_START.lastIndex = 0;
      expect(CUE_START.exec(` ${word} `)?.index, word).toBe(1);
    }
  });

  it("knows the detector's object nouns, so that it asks cues for an object as the detector does", async () => {
    const { OBJECT } = await import('../../analysis/enforcement-not-acts');
    const { hasObjectNoun } = await import('../../analysis/enforcement-hint');
    const nouns = finiteLanguage(OBJECT.source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, ''));
    expect(nouns.length).toBeGreaterThan(150);
    // Every word the detector's expression knows, in any case and between any words.
    const unknown = nouns.filter((noun) => !hasObjectNoun(`they removed the ${noun}, it said`) || !hasObjectNoun(noun.toUpperCase()));
    expect(unknown).toEqual([]);
    // And only whole words, as the expression's boundaries have it.
    for (const text of ['the accountsx were', 'xaccounts', 'online  stores', 'onlinestores', 'the account_s', 'a troll, farms'])
      expect(hasObjectNoun(text), text).toBe(OBJECT.test(text));
  });

  it('lets through a game publisher acting on the accounts in its store', async () => {
    const { mayReportEnforcement } = await import('../../analysis/enforcement-hint');
    expect(
      mayReportEnforcement(
        'Valve bans 9,000 accounts for cheating\n\nValve has banned more than 9,000 accounts for cheating in its harbor game.',
      ),
    ).toBe(true);
  });

  it('knows the name of every service the detector recognises without a card', async () => {
    const { PLATFORM } = await import('../../analysis/enforcement-hint');
    const { UNCARDED_PLATFORM_NAMES, UNCARDED_PLATFORM_WORDS } = await import('../../analysis/uncarded-platforms');
    const unknown = [...UNCARDED_PLATFORM_NAMES, ...UNCARDED_PLATFORM_WORDS].filter((name) => {
      PLATFORM.lastIndex = 0;
      return !PLATFORM.test(` ${name} `);
    });
    expect(unknown).toEqual([]);
  });

  it('knows a name of every platform, company and platform team that has a card', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PLATFORM } = await import('../../analysis/enforcement-hint');
    const dir = join(import.meta.dirname, '..', '..', 'cards', 'data', 'entities');
    const unknown: string[] = [];
    for (const file of readdirSync(dir)) {
      const card = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
        id: string;
        kind: string;
        name: string;
        aliases: { text: string }[];
      };
      // The kinds the detector reads as the one who acted (`PLATFORM_KINDS` in enforcement.ts).
      if (!['platform', 'company', 'platform-team'].includes(card.kind)) continue;
      const names = [card.name.replace(/\s*\(.*\)$/, ''), ...card.aliases.map((a) => a.text)];
      const known = names.some((name) => {
        PLATFORM.lastIndex = 0;
        return PLATFORM.test(` ${name} `);
      });
      if (!known) unknown.push(card.id);
    }
    expect(unknown).toEqual([]);
  });

  it('turns away weak cues with nothing platforms act on around them', async () => {
    const { mayReportEnforcement } = await import('../../analysis/enforcement-hint');
    for (const text of [
      'The record label said on Friday that it had signed her, and Instagram fans cheered.',
      'Shares of the retailer dropped to an all-time low in the afternoon, traders at Amazon said.',
      'Closing the laptop lid, she opened the Facebook page of the museum at home.',
    ])
      expect(mayReportEnforcement(text), text).toBe(text.includes('page'));
  });

  it('lets every article the full detector flags through', () => {
    for (const text of [
      'Telegram blocked dozens of channels run by the group.',
      'Twitter labelled two posts by the minister as misleading.',
      'YouTube demonetized the channel after complaints.',
    ]) {
      expect(detect(text).detected && !mayReportEnforcement(text)).toBe(false);
    }
  });
});

describe('enforcement detection: held-out sets M and N (our own words)', () => {
  it('gives weight to a headline that names the act and platform the body reports, without an object', () => {
    const text =
      'Harbor Quest Kickstarter suspended\n\nLast week we wrote about a board game that tied its score to the tides. The idea was that players moved boats with the real harbor. Many readers asked how it would ship.\n\nThis week, Kickstarter has suspended the campaign without saying why.';
    expect(detect(text).detected).toBe(true);
    // The same body under a headline that says nothing of the act stays below the bar.
    expect(detect(text.replace('Harbor Quest Kickstarter suspended', 'Harbor Quest news')).detected).toBe(false);
  });

  it('finds the act in a clause with its own subject inside a demand', () => {
    const text =
      'Lawmakers want a harbor fund inquiry\n\nHarbor lawmakers are calling for an inquiry into GoFundMe after it took down a fundraising effort for the dock protest.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'gofundme', action: 'removed', target: 'a fundraising effort' });
  });

  it('reads "the e-commerce company" as the platform named before', () => {
    const text =
      'Harbor store shut\n\nShopify is distancing itself from the harbor campaign. The e-commerce company has closed two online stores run by the campaign.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'shopify', action: 'removed' });
  });

  it('reads a payment provider cutting someone off', () => {
    const text =
      'Harbor campaign loses card payments\n\nStripe will halt payment processing for the harbor campaign website, the payments firm said on Monday.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'stripe', action: 'payments cut off' });
  });

  it('reads a judge annulling a decision to suspend a platform as a reinstatement', () => {
    const text =
      'Judge lifts harbor messaging block\n\nA federal judge on Saturday annulled a decision to suspend the use of the Telegram platform in the country.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'telegram', action: 'reinstated' });
  });

  it('does not read a ban on a kind of content, or the use of something, as an act', () => {
    for (const text of [
      'Vimeo bans fake news and conspiracy theories\n\nThe video site said the new rule starts next month.',
      'Airbnb makes harbor party ban permanent\n\nAirbnb confirmed its permanent global ban on parties at listings. The temporary ban from Airbnb was first put in place in 2020.',
      'Harbor servers change rules\n\nMicrosoft banned the use of tokens on harbor game servers, the company said.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('does not read a platform pulling its own shows, or a government device rule, as enforcement', () => {
    for (const text of [
      'Spotify removes 11 original podcasts\n\nThe company also cut 5% of staff, a report said.',
      'Spotify pulls harbor shows\n\nSpotify has removed some of its podcasts from rival platforms.',
      'State bans TikTok on all official smartphones\n\nThe rule covers every agency.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('does not read what a rule threatens, or a kind of banned user, as an act', () => {
    for (const text of [
      'Uber will ban you if you do this\n\nUber will soon ban riders from the service and drivers suspended from the app if they break the new harbor guidelines.',
      'Airbnb sets harbor party rules\n\nAirbnb said guests who try will face consequences that include account suspension.',
      'Twitch: permanently banned streamers can now appeal\n\nThe harbor appeal tool opens next week.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('reads a headline suspension given its cause, and a state that began slowing a platform down', () => {
    for (const text of [
      'Harbor Kickstarter project suspended due to its content\n\nThe campaign had raised half its goal when the page went dark, its makers said on Monday.',
      'Harbor to slow video site further\n\nHarbor authorities began slowing down YouTube traffic this week, a lawmaker said, adding that speeds would fall further next month.',
    ])
      expect(detect(text).detected, text).toBe(true);
  });

  it('reads a block that will remain, a platform banned from operating, and a state that acted "when it banned"', () => {
    for (const text of [
      'Harbor blackout eases\n\nFacebook will remain blocked in Bangladesh even as mobile data comes back, the telecom regulator said on Sunday.',
      'Shop closes\n\nIndonesia banned TikTok Shop from operating in the country, and the app said it would comply within days.',
      'A surprise in Jakarta\n\nLast month, Indonesia surprised many traders when it banned TikTok Shop from operating there, citing small sellers.',
    ])
      expect(detect(text).detected, text).toBe(true);
  });

  it('does not read the words before the noun "ban" as what was banned', () => {
    const result = detect('Harbor shop news\n\nBesides the new ban on TikTok Shop, the company faces questions in Harbor over its data.');
    expect(result.events.map((e) => e.target)).not.toContain('Besides the new');
  });

  it('does not read staff barred from an app, a rule as the subject, a kind of labelled post, or sellers closing shops as acts', () => {
    for (const text of [
      "New device rules for Harbor's soldiers\n\nSoldiers and civil servants in Harbor were banned from using Telegram on any device, the defence ministry said.",
      "YouTube's new community guidelines crack down on harbor diet videos\n\nThe rules cover videos that promise quick weight loss and start in March, the company said in a post on its blog.",
      'Twitter will nudge you before you share a labeled post\n\nWith the prompt switched on, Twitter will show a notice each time you try to share or reply to a tweet that’s been labeled as misleading, the company said.',
      'Etsy sellers stage a week-long strike\n\nThe makers sell on Etsy, and the protest has them closing their online shops for the week over higher fees.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('does not read a plan, a lawsuit over a removal, or a paused change as an act', () => {
    for (const text of [
      'Prosecutors want harbor group closed\n\nA letter said the harbor group on Telegram was to be blocked by the end of the month.',
      'Court sides with Vimeo in lawsuit over video takedowns\n\nThe panel ruled for the site in the harbor case.',
      'Harbor creator loses appeal\n\nA lawsuit brought by a harbor pastor against Vimeo over its decision to remove his videos was dismissed.',
      'OnlyFans reverses harbor rule\n\nOnlyFans said it has suspended the changes to its terms.',
      'Nintendo keeps up the pace\n\nNintendo has been on a roll with regular drops of their own games and indie highlights.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });
});

describe('enforcement detection: held-out sets O and P (our own words)', () => {
  it('reads a regulator named with its abbreviation in parentheses as the one ordering', () => {
    const text =
      'Harbor sites blocked\n\nDOVER — The National Harbor Commission (NHC) has ordered internet service providers to block several websites, including a local paper.';
    expect(detect(text).events[0]).toMatchObject({ action: 'blocked', orderedBy: 'The National Harbor Commission' });
    const asked =
      'Telegram faces exam-time shutdown\n\nTelegram is facing a shutdown after the Harbor Communications Authority (HCA), asked telecom companies to block it during exams.';
    expect(detect(asked).events[0]).toMatchObject({ platformId: 'telegram', orderedBy: 'the Harbor Communications Authority' });
  });

  it('reads a body whose name has "and" in it', () => {
    const text =
      'Harbor apps removed\n\nThe Harbor Competition and Consumer Protection Commission has ordered app stores to remove 18 loan apps.';
    expect(detect(text).events[0]?.orderedBy).toBe('The Harbor Competition and Consumer Protection Commission');
  });

  it('reads a headline naming the blocked account after its noun, and a platform inaccessible in a country', () => {
    expect(
      detect('Telegram account Harbor Watch blocked, new account created\n\nThe channel could not be opened.').events[0],
    ).toMatchObject({
      platformId: 'telegram',
      action: 'blocked',
      target: 'Telegram account Harbor Watch',
    });
    expect(
      detect('Harbor news\n\nInstagram was inaccessible in Russia on Monday after officials accused Meta of extremism.').events[0],
    ).toMatchObject({
      platformId: 'instagram',
      action: 'geo-blocked',
    });
    expect(detect('Harbor news\n\nInstagram was inaccessible in Russia for hours on Monday because of an outage.').detected).toBe(false);
  });

  it('reads a regulator banning an application', () => {
    expect(detect('Ofcom bans another major application\n\nThe regulator gave no reason.').events[0]).toMatchObject({ action: 'banned' });
  });

  it('does not read a ban judged in court, a kind of ban, a practice opposed, an order not made, or a habit as an act', () => {
    for (const text of [
      'Judge says Montana TikTok ban likely violates rights\n\nThe law has not taken effect.',
      'Twitch bans that were completely bogus\n\nA look back at ten harbor streamers.',
      'Drivers fight back against accounts being randomly deactivated\n\nThe Uber drivers met at the harbor.',
      'Court lets harbor video stay up\n\nThe court chose not to extend a temporary order for Twitter to hide videos of the harbor attack.',
      'How Twitch moderation works\n\nUsually, a streamer is removed because of poor behavior on Twitch.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });
});

describe('enforcement detection: held-out sets Q and R (our own words)', () => {
  it('does not read a parent closing a service it owns as enforcement, but still reads its removals', () => {
    expect(detect('Microsoft shuts down LinkedIn in China\n\nThe company cited a harder operating climate.').detected).toBe(false);
    expect(detect('Harbor group banned\n\nMicrosoft removed the accounts of the harbor group from LinkedIn on Monday.').detected).toBe(
      true,
    );
  });

  it('reads a state suspending a chatbot', () => {
    expect(detect('Harbor state bans the AI chatbot\n\nThe ministry acted on Saturday.').detected).toBe(false);
    expect(detect('Indonesia bans the AI chatbot\n\nThe ministry acted on Saturday.').events[0]).toMatchObject({
      action: 'banned',
      orderedBy: 'Indonesia',
    });
  });

  it('does not read faults, idioms, product features, laws or permissions as acts', () => {
    for (const text of [
      'Instagram outage: accounts "suspended" by bug\n\nInstagram users were shown a page saying the app had suspended their account on Monday.',
      'Dutch court locks Apple into a fine over app fees\n\nThe regulator had found the harbor practices unfair.',
      'Instagram adds a feature that labels AI posts\n\nInstagram is rolling out a feature that labels posts made with AI tools.',
      'Judge blocks state TikTok ban\n\nA federal judge blocked a state law banning TikTok. No other state has passed a TikTok ban.',
      'Harbor deadline moved\n\nThe governor extended the TikTok ban deadline to September, and the deadline for the TikTok closing moved too.',
      'eBay to let regulators remove listings\n\neBay will let harbor regulators remove listings themselves. Officials will be able to remove items, eBay said.',
      'Twitter restricts harbor image generation\n\nTwitter restricts Harbor image generation after a backlash.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });
});

describe('enforcement detection: held-out sets S and T (our own words)', () => {
  it('reads an announced decision about a named platform, a payment cancellation, a court ruling and the Centre', () => {
    expect(detect('Cloudflare will stop hosting Parler\n\nThe harbor firm gave a day of notice.').events[0]).toMatchObject({
      platformId: 'cloudflare',
      action: 'removed',
    });
    expect(
      detect('Stripe cancels payment processing for harbor campaign\n\nStripe said it broke its payments rules.').events[0],
    ).toMatchObject({
      action: 'payments cut off',
    });
    expect(detect('Sweeping court ruling orders ISPs to block pirate sites\n\nThe harbor case took a year.').events[0]).toMatchObject({
      action: 'blocked',
      orderedBy: 'Sweeping court',
    });
    expect(detect('Centre blocks 32 websites over security\n\nSome were restored later.').events[0]).toMatchObject({ orderedBy: 'Centre' });
  });

  it('still reads one app pulled, where a practice opposed is turned away', () => {
    expect(detect('Harbor app maker speaks out about app being pulled from App Store\n\nThe maker was surprised.').detected).toBe(true);
  });

  it('does not read rules, practices, states, own products or advertisers as acts', () => {
    for (const text of [
      'Apple wins harbor lawsuit\n\nApple rejected the app under a policy that bans harbor apps unless a health agency submits them.',
      'Xbox introduces strike system\n\nMicrosoft has a new strike system for handling account bans on Xbox.',
      'Judge tosses harbor suit\n\nThe lawsuit seeks to reactivate his suspended Twitter account, and an order that the suspended accounts be restored.',
      'Patreon earnings vanish\n\nPatreon creators noticed their funds were inaccessible for days.',
      'YouTube announces it will shut down YouTube Stories\n\nThe feature ends next month.',
      'More big brands pull ads from YouTube\n\nThe brands said they were pulling either some or all of their ads from YouTube.',
      'Harbor performers leave\n\nOther performers who have pulled their material from Spotify include two harbor bands.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });
});

describe('enforcement detection: held-out set U (our own words)', () => {
  it('reads a judge ruling to suspend a platform, and a state suspending a platform’s operations', () => {
    expect(detect('Judge rules to suspend Telegram in the country\n\nThe harbor court gave no date.').events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'suspended',
      orderedBy: 'Judge',
    });
    expect(
      detect('Harbor state acts on Twitter\n\nThe Federal Government has suspended the operations of Twitter in the country indefinitely.')
        .events[0],
    ).toMatchObject({ platformId: 'x', action: 'suspended' });
    // A company pausing its own operations is still no act.
    expect(detect('Patreon pauses\n\nPatreon suspended operations in the harbor office.').detected).toBe(false);
  });
});

describe('enforcement detection: held-out set V (our own words)', () => {
  it('reads a platform’s services suspended in a country, but not an outage', () => {
    const text =
      'Telegram still down in Pakistan\n\nThe services of Telegram, the messaging app, were suspended in Pakistan on March 3 and have not been restored.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'telegram', action: 'suspended' });
    expect(detect('Outage\n\nTelegram services were suspended in Pakistan after a power outage at a data centre.').detected).toBe(false);
  });

  it('reads a head of state signing a resolution to block a platform', () => {
    const text =
      'Harbor leader acts\n\nPortugal’s President Ana Reyes on Monday said she has signed a resolution to block access to Telegram in the country for ten days.';
    expect(detect(text).events[0]).toMatchObject({ platformId: 'telegram', action: 'blocked', orderedBy: 'Portugal' });
  });

  it('reads a platform that complied with a request to block, and what it blocked access to', () => {
    const text =
      'Request met\n\nThe harbor desk reports that YouTube on Tuesday said it complied with the government’s request to block access within Thailand to a channel critical of the king.';
    expect(detect(text).events[0]).toMatchObject({
      platformId: 'youtube',
      action: 'blocked',
      target: 'access within Thailand to a channel',
    });
    expect(detect('Refusal\n\nYouTube said it would not comply with the request to block the channel.').detected).toBe(false);
  });

  it('reads approximate counts and a subject set off by an apposition before its verb', () => {
    expect(
      detect('Posts taken down\n\nYouTube and Instagram have reportedly removed close to 900 posts deemed hostile to the state.').events[0],
    ).toMatchObject({ platformId: 'youtube', target: 'close to 900 posts' });
    const apposed =
      'Regulator numbers\n\nKUALA LUMPUR: A total of 12,400 posts on TikTok, amounting to most of the total, were taken down by the platform following requests from the regulator.';
    expect(detect(apposed).events[0]).toMatchObject({ platformId: 'tiktok', action: 'removed' });
  });

  it('reads a court that orders, in a participle after its ruling, access to content online restricted', () => {
    const text =
      'Channel banned\n\nThe regional court ruled on Monday that the channel is extremist, ordering the ministry to restrict access to its content on the national internet.';
    expect(detect(text).events[0]).toMatchObject({ action: 'restricted', target: 'access to its content', orderedBy: 'court' });
  });

  it('reads no act in people or proceedings about a ban, a ban on devices, or a push for a ban', () => {
    for (const text of [
      'TikTok ban petitioner to appear before the harbor committee\n\nHe will present his case on Tuesday.',
      'Apple shares fall after alleged government ban on devices\n\nStaff were told not to bring phones to work.',
      'Hearing set\n\nThe report will be tabled on the push for the ban of TikTok in the country.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('reads unnamed hosting companies and registrars as the providers that acted', () => {
    expect(
      detect('Harbor forum offline\n\nTwo internet hosting companies removed a white supremacist web forum after they were notified.')
        .events[0],
    ).toMatchObject({ platform: 'internet hosting companies', platformId: null, action: 'removed' });
    expect(detect('Hosting news\n\nHosting companies removed setup fees for new customers this spring.').detected).toBe(false);
  });

  it('reads unnamed app stores as the platform that removed an app', () => {
    expect(detect('Opposition app removed from app stores\n\nThe harbor party’s app could not be downloaded.').events[0]).toMatchObject({
      platform: 'app stores',
      platformId: null,
      action: 'removed',
      target: 'Opposition app',
    });
  });
});

describe('enforcement detection: held-out sets W and X (our own words)', () => {
  it('reads a name labelled as something, a hyphen-described platform dropped, a state that continued to restrict', () => {
    expect(detect('Label row\n\nTwitter has labeled Harbor Radio as state-affiliated media.').events[0]).toMatchObject({
      platformId: 'x',
      action: 'labelled',
      target: 'Harbor Radio',
    });
    expect(detect('Provider acts\n\nCloudflare drops far-right Kiwi Farms over threats.').events[0]).toMatchObject({
      platform: 'Cloudflare',
      target: 'Kiwi Farms',
    });
    expect(
      detect('Protests\n\nAs protests went on, Iranian authorities continued to restrict access to social-media apps used by marchers.')
        .events[0],
    ).toMatchObject({ action: 'restricted', orderedBy: 'Iranian authorities' });
  });

  it('reads no act in a person closing their own accounts, or a blocking by someone who is not a platform', () => {
    for (const text of [
      'Singer quits\n\nThe singer has deactivated both his Twitter and Instagram pages after a week of rows.',
      'Vote fails\n\nSenator Reyes tried to force a vote on a bill to ban TikTok, but he was blocked by a fellow senator.',
    ])
      expect(detect(text).detected, text).toBe(false);
    // A platform named before the cue still acts on "his channel".
    expect(detect('Host banned\n\nTwitch warned the host twice before banning his channel on Monday.').detected).toBe(true);
  });

  it('reads no act in rules: a law that requires removals, a ban enacted on a kind of thing, a policy that barred', () => {
    for (const text of [
      'New law\n\nThe law requires foreign sites like Twitter to name local representatives and includes deadlines for removing material.',
      'Party rule\n\nAirbnb enacts permanent ban on party houses after a summer of complaints.',
      'Policy ends\n\nYouTube introduced its election policy in December 2020, which barred users from posting such claims.',
      'Staff devices\n\nThe office told its staff that the social media app is banned from being used on office phones.',
      'Enforcement\n\nTikTok says it will continue to enforce removal of content promoting violence.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('reads no act in a ban proposed, judged unlawful, feared, or sought in a lawsuit', () => {
    for (const text of [
      'TikTok ban pushed by Senator Reyes stalls\n\nThe bill did not get a vote.',
      'Court declares Harbor’s Twitter ban unlawful\n\nThe regional court ruled on Tuesday.',
      'Minister soothes fears over Twitter ban\n\nThe minister spoke on Monday.',
      'Judge dismisses lawsuit seeking to reinstate his Twitter account\n\nThe judge ruled on Friday.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('reads no act in a company halting its own sales', () => {
    expect(detect('Exit\n\nMicrosoft is suspending all new sales of its products and services in Russia.').detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets Y and Z (our own words)', () => {
  it('reads an age restriction placed on a video, and a court judgment requiring providers to block a site', () => {
    expect(
      detect('Harbor clip restricted\n\nYouTube has placed an age restriction on a video made by the harbor museum.').events[0],
    ).toMatchObject({
      platformId: 'youtube',
      action: 'restricted',
      target: 'a video',
    });
    const judgment =
      'League wins\n\nThe league today secured a judgment in the High Court requiring internet providers to block access to a streaming website.';
    expect(detect(judgment).events[0]).toMatchObject({ action: 'blocked', orderedBy: 'High Court' });
  });

  it('reads no act in features, carriage disputes, login failures, or rules for banned users', () => {
    for (const text of [
      'Likes hidden\n\nThe test will remove likes from public view for users in the harbor region.',
      'Channels dark\n\nYouTube TV pulled every channel owned by the studio after a deal for a renewed contract collapsed.',
      'Login trouble\n\nThousands of Facebook users were locked out of their accounts on Friday.',
      'Appeals open\n\nSome banned Twitch streamers can now apply for reinstatement under the new rules.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('gives little weight to an act the article dates years back', () => {
    const text =
      'App tops charts\n\nThe new app topped the download charts on Monday. Its founder was banned from Twitter two years ago, after the riot.';
    expect(detect(text).detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets AA and AB (our own words)', () => {
  it('reads the last of a list of platforms restricted in a country, by a country, or as a country acts', () => {
    const listed = detect(
      'Apps cut\n\nMessaging platforms Facebook, Instagram and Telegram have been restricted in Ethiopia, a monitoring group said.',
    ).events[0];
    expect(listed).toMatchObject({ action: 'restricted' });
    expect(['facebook', 'instagram', 'telegram']).toContain(listed?.platformId);
    expect(detect('Steam, PayPal blocked as Indonesia enforces its licensing rule\n\nGamers noticed on Saturday.').detected).toBe(true);
    expect(detect('Telegram was blocked by Russia on Monday\n\nUsers noticed at once.').detected).toBe(true);
  });

  it('reads a platform acted on in a country by a subject no card knows, as that country acting', () => {
    expect(detect('FG suspends Twitter in Nigeria\n\nThe order takes effect at once.').events[0]).toMatchObject({
      platformId: 'x',
      action: 'suspended',
      orderedBy: 'Nigeria',
    });
    expect(
      detect('Halt\n\nThe Federal Government, has suspended the operations of Twitter in Nigeria until further notice.').events[0],
    ).toMatchObject({ orderedBy: 'The Federal Government' });
  });

  it('reads a platform blocking access to a group it hosts', () => {
    expect(
      detect('Group closed off\n\nFacebook has blocked access to a group that mocked the harbor council, at the ministry’s request.')
        .events[0],
    ).toMatchObject({ platformId: 'facebook', action: 'blocked', target: 'access to a group' });
  });

  it('reads bans lifted, named before the noun, after it, or as "ended the blocking of"', () => {
    expect(detect('Nepal lifts TikTok ban\n\nThe app had been off limits for nine months.').events[0]).toMatchObject({
      platformId: 'tiktok',
      action: 'reinstated',
    });
    expect(detect('Chad lifts social media ban imposed after the protests\n\nSites came back on Friday.').detected).toBe(true);
    expect(detect('Ban over\n\nNepal lifted its ban on TikTok on Tuesday.').events[0]).toMatchObject({ target: 'TikTok' });
    expect(detect('Ban over\n\nNepal lifted a nationwide ban on social media sites on Tuesday.').events[0]).toMatchObject({
      action: 'reinstated',
      target: 'social media sites',
    });
    expect(detect('Back online\n\nThe president ended the blocking of Facebook and Telegram on Friday.').events[0]).toMatchObject({
      action: 'reinstated',
    });
    expect(detect('Hiring\n\nThe company lifted a hiring ban on Monday.').detected).toBe(false);
  });

  it('reads no act under investigation, in danger of happening, or set to happen', () => {
    for (const text of [
      'Inquiry\n\nRegulators are investigating whether Apple blocked rival apps from telling users about cheaper prices.',
      'Deadline\n\nThe apps are in danger of being blocked by the ministry within four days.',
      'Coming soon\n\nThe state is set to ban TikTok next month, officials said.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });
  it('reads a provider cutting ties with a site, or terminating its services for a site of some kind', () => {
    expect(detect('Cloudflare cuts ties with 8chan after the attack\n\nThe forum went dark.').events[0]).toMatchObject({
      platformId: 'cloudflare',
      target: '8chan',
    });
    expect(
      detect(
        'Provider acts\n\nCloudflare said on Monday that it was terminating its services for forum website 8chan, effective at midnight.',
      ).events[0],
    ).toMatchObject({ platformId: 'cloudflare', target: '8chan' });
    expect(detect('Provider acts\n\nCloudflare terminated its service to the forum on Sunday.').events[0]).toMatchObject({
      platformId: 'cloudflare',
      target: 'the forum',
    });
    // Service disrupted for users is an outage, not a customer cut off.
    expect(detect('Fire at data centre\n\nA fire disrupted service for millions of users of Telegram on Sunday.').detected).toBe(false);
  });

  it('reads reservations and bookings as what a platform acts on', () => {
    expect(
      detect('Bookings cancelled\n\nAirbnb has decided to cancel and block reservations in the Harbor district this week.').detected,
    ).toBe(true);
  });

  it('reads a fundraiser suspended, a judge named by title ordering removals, and a ban placed on a channel', () => {
    expect(
      detect('Drive halted\n\nKickstarter gave no reason. The campaign for the harbor museum has been suspended as of Friday.').detected,
    ).toBe(true);
    expect(
      detect(
        'Posts ordered down\n\nJustice Mira Kaul heard the plea and directed the removal of posts about the lawyer from social media platforms.',
      ).events[0],
    ).toMatchObject({ action: 'removed', orderedBy: 'Justice Mira Kaul' });
    expect(
      detect('Appeal fails\n\nTwitch turned down her appeal of the indefinite ban placed on her channel for showing nudity.').events[0],
    ).toMatchObject({ platformId: 'twitch', action: 'banned', target: 'her channel' });
  });

  it('reads no act in a ban on trade, nor in what follows a conjunction after the noun', () => {
    for (const text of [
      'Shops close\n\nTikTok will halt its shop after the country’s ban on direct sales on social media took effect.',
      'Fine\n\nThe case began with a complaint by Spotify over this restriction and Apple’s store fees.',
    ])
      expect(detect(text).detected, text).toBe(false);
  });

  it('reads an outlet taken down by name, what can no longer be viewed, and a platform that "just" acted', () => {
    expect(detect('YouTube Takes Down Harbor Herald Again\n\nThe outlet had two strikes.').events[0]).toMatchObject({
      platformId: 'youtube',
      target: 'Harbor Herald',
    });
    expect(detect('YouTube Takes Down Harbor Herald Videos\n\nThe outlet had two strikes.').events[0]).toMatchObject({
      target: 'Harbor Herald Videos',
    });
    expect(detect('YouTube restricts viewing of the harbor anthem\n\nThe song was flagged.').events[0]).toMatchObject({
      action: 'restricted',
      target: 'the harbor anthem',
    });
    expect(detect('Steam just deleted hundreds of games from the store\n\nDevelopers were told why.').events[0]).toMatchObject({
      platformId: 'steam',
      target: 'hundreds of games',
    });
  });

  it('reads no act in a guide, an explainer or a list of reasons, whatever examples it gives', () => {
    for (const text of [
      'How to avoid removal from YouTube\n\nYouTube removed the channel of a harbor vlogger last week. Here is what to learn from it.',
      'Explainer: what can get your Twitch channel suspended\n\nTwitch suspended the harbor streamer for a week in May.',
      '5 reasons you may be banned on TikTok\n\nTikTok banned the account of a harbor baker in March.',
    ])
      expect(detect(text).detected, text).toBe(false);
    expect(detect('Why did TikTok ban the harbor baker?\n\nTikTok banned the account of a harbor baker in March.').detected).toBe(true);
  });

  it('reads a question about why a named platform acts as a report, and a question about acts in general as a guide', () => {
    const body = 'Airbnb has removed hundreds of listings in Harbor this month, after complaints about parties.';
    expect(detect(`Why is Airbnb removing listings in Harbor?\n\n${body}`).detected).toBe(true);
    expect(detect(`Why are listings removed from Airbnb?\n\n${body}`).detected).toBe(false);
  });

  it('reads no act in a story whose headline is a legal fight ending, whatever its body retells', () => {
    const body = 'In April the court ordered X to hide the video of the attack, and X blocked it in Harbor.';
    expect(detect(`Court orders X to hide attack video\n\n${body}`).detected).toBe(true);
    for (const headline of [
      'Regulator drops federal case against X over attack video',
      'Judge dismisses lawsuit over the senator’s Twitter ban',
      'Court decides not to extend ban on attack footage on X',
      'Court allows attack video to stay on X, despite regulator request',
    ])
      expect(detect(`${headline}\n\n${body}`).detected, headline).toBe(false);
  });

  it('reads no act in a story whose headline only threatens one, unless the headline also reports an act', () => {
    const body = 'On Friday the court suspended Twitter across Harbor, and providers blocked the platform within hours.';
    expect(detect(`Judge threatens to suspend Twitter in Harbor\n\n${body}`).detected).toBe(false);
    expect(detect(`Twitter suspends the mayor's account, threatens to ban him for good\n\n${body}`).detected).toBe(true);
    expect(detect(`Why has Twitter blocked the mayor? Because his posts could risk a ban on the app\n\n${body}`).detected).toBe(true);
  });

  it('reads a question about why a state acts as a report too', () => {
    const body = 'The eSafety regulator ordered X to hide posts showing the attack, and X has restricted them in Australia.';
    expect(detect(`Why is Australia censoring posts about the attack?\n\n${body}`).detected).toBe(true);
    expect(detect(`Why is the government blocking posts about the attack?\n\n${body}`).detected).toBe(true);
    expect(detect(`Why are posts about the attack blocked?\n\n${body}`).detected).toBe(false);
  });

  it('reads an act a platform announced it would take', () => {
    expect(
      detect('Snapchat announced to remove the harbor mayor’s account from its Discover section\n\nThe change applies now.').events[0],
    ).toMatchObject({ platformId: 'snapchat', action: 'removed' });
  });
});

describe('enforcement detection: held-out set AC (our own words)', () => {
  it("reads a platform's licence suspended, a news portal banned in a country, and restrictions lifted", () => {
    expect(detect("Uber's licence suspended\n\nThe harbor council said Uber's licence was suspended on Friday.").detected).toBe(true);
    expect(detect("Harbor news portal 'Dockside' is banned in Bangladesh\n\nReaders could not open it.").events[0]).toMatchObject({
      action: 'banned',
      target: "Harbor news portal 'Dockside'",
      orderedBy: 'Bangladesh',
    });
    expect(detect('Chad lifts social media restrictions\n\nSites came back on Friday after four months.').events[0]).toMatchObject({
      action: 'reinstated',
    });
  });

  it('reads no act in a platform taking down a section of its own website', () => {
    const text =
      'Indiegogo drops its guarantee\n\nIndiegogo responded to the fraud claims by removing the section of its website that promised refunds.';
    expect(detect(text).detected).toBe(false);
  });
});

describe('enforcement detection: held-out set AD (our own words)', () => {
  it('reads a state that says "it" is suspending a platform, and a platform acting in a clause after a failure', () => {
    expect(
      detect("Ruritania govt says it's 'indefinitely' suspending Twitter\n\nThe ministry gave no date for a return.").events[0],
    ).toMatchObject({ action: 'suspended', orderedBy: 'Ruritania govt' });
    expect(
      detect('News\n\nGhana said on Monday that it was suspending Twitter nationwide, citing unrest.\n\nNo more.').events[0],
    ).toMatchObject({ action: 'suspended', orderedBy: 'Ghana' });
    const locked = detect(
      'Mayor locked out\n\nAfter the mayor repeatedly failed to condemn the riot on Tuesday, Twitter locked his account for twelve hours.',
    );
    expect(locked.events[0]).toMatchObject({ platform: 'Twitter', action: 'locked' });
  });

  it('reads no act in ban rumours, an accusation, a denied claim, or a state barring its own staff', () => {
    expect(detect('Lawmaker scolds colleagues for fueling Telegram ban rumors\n\nHe said the app works.').detected).toBe(false);
    expect(
      detect(
        'Judge dismisses suit\n\nA federal judge on Thursday dismissed a lawsuit accusing YouTube of restricting videos from a group of creators.',
      ).detected,
    ).toBe(false);
    expect(
      detect(
        'Regulator answers lawmaker\n\nThe regulator denied claims by a lawmaker that it was throttling Telegram downloads across the country.',
      ).detected,
    ).toBe(false);
    expect(detect('Ruritania govt bans its officials from using TikTok on their phones\n\nThe order starts Monday.').detected).toBe(false);
  });
});

describe('enforcement detection: held-out set AF (our own words)', () => {
  it('reads a platform that begins banning, and a participle that opens the sentence before the platform', () => {
    expect(
      detect('Nintendo Begins Banning Switch Consoles Running Modded Firmware\n\nOwners saw an error when going online.').events[0],
    ).toMatchObject({ platform: 'Nintendo', action: 'banned' });
    expect(
      detect('After banning Vigil, Roblox explains its rule on vigilantes\n\nThe company said the account broke its rules.').events[0],
    ).toMatchObject({ platform: 'Roblox', action: 'banned', target: 'Vigil' });
  });

  it('reads no act in a crackdown that is a change of rules', () => {
    const text = 'YouTube cracks down on mass-produced videos with new monetization rules\n\nThe rules take effect next month.';
    expect(detect(text).detected).toBe(false);
  });
});

describe('enforcement detection: held-out set AH (our own words)', () => {
  it('reads a state cutting off mobile internet or social media', () => {
    expect(
      detect(
        'Ruritania cuts mobile internet amid protests\n\nBangladeshi authorities have shut down mobile internet across much of the country.',
      ).events[0],
    ).toMatchObject({ action: 'removed', target: 'mobile internet', orderedBy: 'Bangladeshi authorities' });
    expect(detect('News\n\nThe government of Chad blocked social media across the country on Sunday.').events[0]).toMatchObject({
      action: 'blocked',
      target: 'social media',
    });
  });

  it('reads no act in a company shutting down its own internet service', () => {
    expect(detect('Telecom closes unit\n\nThe telecom company shut down its internet service in the region to cut costs.').detected).toBe(
      false,
    );
  });
});

describe('enforcement detection: held-out set AG (our own words)', () => {
  it('reads internet providers ordered to block sites, whoever gave the order', () => {
    expect(
      detect('Big ISPs ordered to block six pirate sports sites\n\nFans said the streams stopped on Saturday.').events[0],
    ).toMatchObject({
      platform: 'ISPs',
      platformId: null,
      action: 'blocked',
      target: 'six pirate sports sites',
    });
  });

  it('reads web domains seized by a state, and no act in seized assets', () => {
    expect(
      detect('News\n\nThe Ruritanian justice ministry said on Friday it had seized 9 web domains run by a sanctioned militia.').events[0],
    ).toMatchObject({ action: 'removed', target: '9 web domains run by a sanctioned militia' });
    expect(detect('News\n\nThe justice ministry said on Friday it had seized the assets of a sanctioned militia.').detected).toBe(false);
  });
});

describe('enforcement detection: rules announced, not acts (sets AE and AH, our own words)', () => {
  it('reads no act in a kind of content banned ahead of an event, or the verbs of a rule one after another', () => {
    expect(detect('Facebook bans deepfakes ahead of the vote\n\nThe rule starts next month.').detected).toBe(false);
    expect(
      detect(
        'New rules for edited clips\n\nMeta said the network will assess, then remove “misleading edited videos” under criteria it published on Monday.',
      ).detected,
    ).toBe(false);
  });
});

describe('enforcement detection: held-out sets AM, AN and AO (our own words)', () => {
  it('reads a community put into quarantine, and a block reported as what appears to have happened', () => {
    expect(detect('Quarantined\n\nReddit has put the r/example subreddit into quarantine over false claims.').events[0]).toMatchObject({
      platformId: 'reddit',
      action: 'restricted',
      target: 'the r/example subreddit',
    });
    expect(detect('Cut off\n\nKyrgyzstan appears to have blocked TikTok after officials called to restrict the app.').detected).toBe(true);
    // Someone else putting something into quarantine, with a platform named in passing, is not it.
    expect(detect('Outbreak\n\nThe city put the district into quarantine, Reddit users said.').detected).toBe(false);
  });

  it('reads no act in a ban on government phones, a ban threat dropped, or a ban someone argues for', () => {
    expect(
      detect('Canada bans TikTok on govt-issued mobile devices\n\nThe app will be removed from government-issued mobile devices.').detected,
    ).toBe(false);
    expect(detect('Harbor drops Facebook ban threat\n\nThe cabinet has changed its mind.').detected).toBe(false);
    expect(detect('Opinion\n\nThe streamer advocates for only banning Twitch users who break the law.').detected).toBe(false);
  });

  it('reads posts eliminated by a platform, and not jobs or fees eliminated', () => {
    expect(detect('Hoaxes purged\n\nTikTok led the effort by eliminating 10.8 million posts before the vote.').events[0]).toMatchObject({
      platformId: 'tiktok',
      action: 'removed',
      target: '10.8 million posts',
    });
    expect(detect('Cuts\n\nMeta eliminated 500 jobs last year.').detected).toBe(false);
    expect(detect('Developers\n\nTwitter is eliminating fees for developers.').detected).toBe(false);
  });

  it('reads videos scrubbed by a platform, and a store spelt with a lower-case s', () => {
    expect(detect('Cleanup\n\nYouTube scrubbed hundreds of videos from the channel.').events[0]).toMatchObject({
      platformId: 'youtube',
      action: 'removed',
      target: 'hundreds of videos',
    });
    expect(detect('Store cleanup\n\nSony has been removing hundreds of games from the Playstation Store.').events[0]).toMatchObject({
      platform: 'Playstation Store',
      platformId: null,
    });
    expect(detect('Spring cleaning\n\nCrews scrubbed the floors of the office.').detected).toBe(false);
  });

  it('reads "a content creator" as the person acted on, not content of a kind', () => {
    expect(
      detect('Creator banned\n\nRoblox banned Schlep, a content creator who hunted predators on the platform.').events[0],
    ).toMatchObject({
      platformId: 'roblox',
      action: 'banned',
      target: 'Schlep, a content creator',
    });
  });

  it("reads no act in owners pulling their own work from a platform, but reads the platform's own pulling", () => {
    expect(detect('Singer Pulls Music From Spotify in Protest\n\nThe singer said the catalogue would return later.').detected).toBe(false);
    expect(detect('Boycott\n\nMajor advertisers pulled their ads from YouTube after the report.').detected).toBe(false);
    expect(detect('Playlists\n\nSpotify pulled the singer’s music from its playlists under its hateful conduct policy.').detected).toBe(
      true,
    );
  });
});

describe('enforcement detection: held-out set AP (our own words)', () => {
  it('reads apps banned by a government named by its level, and nothing banned by one that lives offline', () => {
    expect(detect('More than 200 loan apps banned by central government\n\nOfficials cited fraud.').detected).toBe(true);
    expect(detect('Crackdown\n\nDozens of betting apps were banned by the federal government on Sunday.').events[0]).toMatchObject({
      action: 'banned',
      target: 'Dozens of betting apps',
    });
    expect(detect('Schools\n\nThe books were banned by the state government last year.').detected).toBe(false);
  });

  it('reads no act in what a platform can do, or in a name withheld from documents', () => {
    expect(
      detect('Ruling on drivers\n\nThe judge found that Uber sets the fares and can suspend drivers who decline too many rides.').detected,
    ).toBe(false);
    expect(
      detect('Ruling on drivers\n\nA former Uber driver, whose name was withheld from the case documents, applied for benefits.').detected,
    ).toBe(false);
    expect(detect('Withheld\n\nTwitter withheld the account in India after a government order.').detected).toBe(true);
  });
});

describe('enforcement detection: held-out set AS (our own words)', () => {
  it('knows Cash App written as one word', () => {
    expect(detect('Funds frozen\n\nCashApp froze the account of a Harbor baker last week.').events[0]).toMatchObject({
      platform: 'CashApp',
      target: 'the account of a Harbor baker',
    });
  });

  it('reads what was removed from a platform whatever the count before it says', () => {
    const event = detect(
      'Podcast purge\n\nSpotify removed nearly 140 hours of antisemitic, misogynistic and white nationalist audio from its platform after a newspaper inquiry.',
    ).events[0];
    expect(event?.platform).toBe('Spotify');
    expect(event?.target).toBe('nearly 140 hours of antisemitic, misogynistic and white nationalist audio');
  });

  it('reads a platform\'s "we" in a quote its spokesperson gives, and not what "we will" do', () => {
    const said = (words: string) =>
      detect(`Host row\n\nAn Airbnb spokesperson told reporters: "Asking guests for a review is fine, but abuse never is. ${words}"`)
        .events;
    expect(said("We've removed this host from our platform.")[0]).toMatchObject({ platform: 'Airbnb', target: 'this host' });
    expect(said('We will remove any host who does this.')).toEqual([]);
  });
});

describe('enforcement detection: held-out set AV (our own words)', () => {
  it("reads someone's own account acted on by no one named as the act of the one platform the headline names", () => {
    const story = (headline: string) =>
      detect(`${headline}\n\nI have posted films for ten years. Last month my channel was suspended without any warning.`);
    expect(story('Why I am leaving Vimeo').events[0]).toMatchObject({ platform: 'Vimeo', action: 'suspended', target: 'my channel' });
    expect(story('Why I am leaving film').detected).toBe(false);
    expect(story('Why I am leaving Vimeo for YouTube').detected).toBe(false);
    const told = (headline: string) => detect(`${headline}\n\nI posted films there for ten years. Then they deactivated my channel.`);
    expect(told('How Vimeo dropped me').events[0]).toMatchObject({ platform: 'Vimeo', target: 'my channel' });
    expect(told('How my film club dropped me').detected).toBe(false);
  });
});

describe('enforcement detection: held-out set AU (our own words)', () => {
  it('reads downloads of an app stopped from a store, and what was acted on without where', () => {
    expect(
      detect('Store acts\n\nApple has stopped downloads in Harbor of the chat app Whisper from the App Store, a local paper reported.')
        .events[0],
    ).toMatchObject({ platform: 'Apple', action: 'removed', target: 'the chat app Whisper' });
  });

  it('reads no act in a story whose headline is a denial, whatever its body retells', () => {
    const body = 'Earlier this month Steam removed dozens of adult games from its store, and itch.io hid hundreds more.';
    expect(detect(`Card network under fire\n\n${body}`).detected).toBe(true);
    expect(detect(`Card network denies it pushed Steam, itch.io to delist adult games\n\n${body}`).detected).toBe(false);
  });

  it('reads a sentence opening on "It" as going on with the platform the sentence before named', () => {
    const story = (second: string) =>
      detect(`Network removed\n\nInvestigators at YouTube looked into a Harbor firm that ran fake channels. ${second}`).events[0];
    expect(story('It removed the channels and the playlists.')).toMatchObject({ platform: 'YouTube', target: 'the channels' });
    expect(story('Its founder removed the channels and the playlists.')).toBeUndefined();
  });

  it('reads an act the article says happened previously as background, not its news', () => {
    const story = (when: string) =>
      detect(
        `Minister warns platforms\n\nThe minister warned social networks about fake news on Monday. He said the country had ${when} blocked the messaging app Telegram.`,
      ).detected;
    expect(story('')).toBe(true);
    expect(story('previously')).toBe(false);
  });
});

describe('enforcement detection: held-out set AW (our own words)', () => {
  it('reads a label put on a name in quotation marks, active or passive, and "designated" only with such a label', () => {
    const event = (sentence: string) => detect(`Broadcaster objects\n\n${sentence} The broadcaster objected.`).events[0];
    expect(event("Twitter labeled Harbor Radio 'state-affiliated media' on Tuesday.")).toMatchObject({
      platformId: 'x',
      action: 'labelled',
      target: 'Harbor Radio',
    });
    expect(event('Harbor Radio was designated “government-funded media” by Twitter.')).toMatchObject({
      platformId: 'x',
      action: 'labelled',
      target: 'Harbor Radio',
    });
    expect(event('Twitter designated Harbor Radio as state-affiliated media.')).toMatchObject({ target: 'Harbor Radio' });
    expect(event('The European Commission designated Twitter as a very large online platform.')).toBeUndefined();
    expect(event('Twitter designated a new office in Dublin as its European headquarters.')).toBeUndefined();
  });

  it('reads "fact-check labels" as one label, not a fact-check with "labels" left over', () => {
    expect(
      detect("Labels added\n\nTwitter added fact-check labels to two of the senator's tweets on Tuesday. He objected.").events[0],
    ).toMatchObject({ platformId: 'x', action: 'labelled', target: "two of the senator's tweets" });
  });
});

describe('enforcement detection: held-out set AX (our own words)', () => {
  it('reads an order only sought as no order yet', () => {
    const story = (verb: string) =>
      detect(`Forum in breach\n\nThe regulator said it ${verb} a court order requiring internet providers to block the forum.`).detected;
    expect(story('has obtained')).toBe(true);
    expect(story('may now seek')).toBe(false);
    expect(story('applied for')).toBe(false);
  });

  it('reads a state named Italy, a state that was the first to block, and AI chatbots as the platforms blocked', () => {
    const event = (sentence: string) => detect(`Chatbot blocked\n\n${sentence} The company objected.`).events[0];
    expect(event('Italy blocked Telegram on Friday.')).toMatchObject({ platform: 'Telegram', orderedBy: 'Italy' });
    expect(event('Italy became the first Western country to block ChatGPT.')).toMatchObject({
      platform: 'ChatGPT',
      action: 'blocked',
      orderedBy: 'Italy',
    });
    expect(event('Italy could become the first country to block ChatGPT.')).toBeUndefined();
    // (Headline style, without "the".)
    expect(event('Italy becomes first country to block DeepSeek on app stores.')).toMatchObject({
      platform: 'DeepSeek',
      orderedBy: 'Italy',
    });
    expect(event('South Korea blocked DeepSeek on Monday.')).toMatchObject({ platform: 'DeepSeek', action: 'blocked' });
  });

  it('reads no act in a school blocking a chatbot on its own network, or a platform limiting what its chatbot makes', () => {
    const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
    expect(
      detected(
        'City schools block access to ChatGPT on school networks',
        'The education department has restricted access to ChatGPT in schools.',
      ),
    ).toBe(false);
    expect(detected('Image tool changes', 'X has restricted Grok from generating images of real people after a backlash.')).toBe(false);
  });
});

describe('enforcement detection: held-out set AY (our own words)', () => {
  it('reads no act in a service letting no one new in, or in a threshold every item is held to', () => {
    const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
    expect(detected('Chatbot maker under attack', 'DeepSeek suspended signups on Monday amid a large cyberattack on its servers.')).toBe(
      false,
    );
    expect(detected('Chatbot maker acts', 'DeepSeek suspended the accounts of a troll farm on Monday.')).toBe(true);
    expect(detected('Payouts change', 'Spotify has demonetized all songs below 1,000 streams a year, the company said.')).toBe(false);
    expect(detected('Payouts change', 'Spotify has demonetized all songs by the harbor band, the company said.')).toBe(true);
  });

  it('reads a state banning an app in a story about the apps allowed on its own devices as that rule, not an act', () => {
    const story = (opening: string) =>
      detect(`States and the app\n\n${opening} Texas moved to ban Telegram on Feb. 10, citing surveillance concerns.`).detected;
    expect(story('Several states have banned Telegram on state devices in recent weeks.')).toBe(false);
    expect(story('Several states have looked at Telegram in recent weeks.')).toBe(true);
  });

  it('reads a title given apart sentence by sentence, as a text that begins with it', () => {
    const body = 'Officials said on Monday that they were reviewing the app and its data practices.';
    const title = "Where's Telegram banned? The states blocking chat apps";
    expect(analyzeArticle(`${title}\n\n${body}`, matcher).enforcement.detected).toBe(false);
    expect(analyzeArticle(body, matcher, title).enforcement.detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets BA and BB (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a state block lifted, and a block of a company’s service, told in a headline’s passive', () => {
    expect(detected('TikTok music app unblocked in Indonesia after meeting demands', body)).toBe(true);
    expect(detected("Meta's Instagram blocked in Turkey by regulator", body)).toBe(true);
    expect(detected('Service restored in Indonesia after a cable outage', body)).toBe(false);
    expect(detected('Telegram banned in Russia', body)).toBe(true);
    expect(detected('TikTok banned in Montana after the governor signs a bill', body)).toBe(false);
  });

  it('reads a sanction by a party, a school or a league as no platform’s act, whatever the story says of posts', () => {
    expect(detected('Councillor suspended by party after concerns about Facebook posts', body)).toBe(false);
    expect(detected('Councillor suspended by Facebook after concerns about his posts', body)).toBe(true);
    expect(detected('Boys suspended for five days from Harbor Christian Academy over TikTok video', body)).toBe(false);
    expect(detected('Boys suspended from TikTok over prank video', body)).toBe(true);
  });

  it('reads an act set for next month, a ban a court halts and a demand as no act', () => {
    expect(detected('Twitch is banning three betting sites next month', body)).toBe(false);
    expect(detected('Twitch is banning three betting sites after a scandal', body)).toBe(true);
    expect(detected("US judge blocks the state's Telegram app store ban", body)).toBe(false);
    expect(detected('Court blocks Telegram over unpaid fines', body)).toBe(true);
    expect(detected('Harbor: Shut down the militia’s YouTube channels – minister tells Google', body)).toBe(false);
  });

  it('reads a total over a period, as a transparency report gives it, and bans in general as no act', () => {
    expect(detected('Twitch banned over 5 million accounts and 9 thousand channels in 6 months', body)).toBe(false);
    expect(detected('Meta removes 8,000 accounts linked to a harbor influence campaign', body)).toBe(true);
    expect(
      detected(
        'Platform report',
        'By Twitch’s reckoning its bans are targeting the right people, as few appealed account bans are reversed.',
      ),
    ).toBe(false);
  });

  it('reads a headline saying an act did not happen as reporting none', () => {
    const hoax = 'Your Telegram account will be deleted within 48 hours, the forwarded message claims. It is false.';
    expect(detected('Fact check: Telegram has not been banned, viral message is a hoax', hoax)).toBe(false);
    expect(detected('Telegram banned in Russia, regulator confirms', hoax)).toBe(true);
  });

  it('reads a platform cancelling what it holds for someone, not a company calling off its own', () => {
    expect(detected('Rally and the platform', 'Airbnb has canceled bookings for those planning to attend the rally.')).toBe(true);
    expect(detected('Rally and the platform', 'Airbnb has canceled its streams of the summer rally for lack of interest.')).toBe(false);
  });

  it('reads a headline asking a platform to act as a demand, whatever the story says of earlier removals', () => {
    const story =
      'Apple removed a similar app from its App Store last year, the company said. Apple also removed two such apps from its store in March.';
    expect(detected('Lawmakers press Apple to remove apps that track harbor patrols', story)).toBe(false);
    expect(detected('Apple removes apps that track harbor patrols after lawmakers press it', story)).toBe(true);
  });

  it('reads a transparency report and a debunked claim in the headline as reporting no act (set BD)', () => {
    const story = 'Telegram removed 40,000 channels for spam, the company said. Telegram also banned 9,000 accounts.';
    expect(detected('Telegram cracks down on spam in its latest transparency report', story)).toBe(false);
    expect(detected('Edited screenshot viral to claim Russia banned Telegram: Fact-check', story)).toBe(false);
    expect(detected('Telegram cracks down on spam channels', story)).toBe(true);
  });

  it('knows NFT marketplaces and AI model hubs as services that act', () => {
    expect(detected('OpenSea bans the Harbor Cats account', body)).toBe(true);
    expect(detected('China blocks Hugging Face', body)).toBe(true);
  });
});

describe('enforcement detection: held-out set BC (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  // The story below the headline does report an act; only the headline says it is not the news.
  const story = 'Telegram removed 40,000 channels for spam last year, the company said. Telegram also banned 9,000 accounts.';

  it('reads social media as a whole blocked in a country, in a headline and in a sentence', () => {
    expect(detected('Social media suspended in Gabon until further notice', body)).toBe(true);
    expect(
      detected('Regulator speaks', 'Social media platforms in Gabon have been suspended until further notice, the regulator said.'),
    ).toBe(true);
    expect(detected('Regulator speaks', 'Social media platforms in Gabon have been busy since the vote, the regulator said.')).toBe(false);
    expect(detected('Uzbekistan blocks popular social media amid talks', body)).toBe(true);
  });

  it('reads an AI character’s avatar as something a platform removes', () => {
    expect(detected('Character.AI deletes avatar of a murdered girl after admitting a policy violation', body)).toBe(true);
    expect(detected('Character.AI lets users design an avatar of themselves', body)).toBe(false);
  });

  it('reads a court obliging a platform to restore a post as an order', () => {
    expect(detected('Court rules on speech', 'The regional court has obliged Facebook to reinstate a deleted post of the plaintiff.')).toBe(
      true,
    );
  });

  it('reads totals over a period, a failure or refusal to act, and a passive demand as no act', () => {
    expect(detected('Telegram removed 49 million videos in the second half of 2019: report', story)).toBe(false);
    expect(detected('23 lakh accounts in India banned by Telegram in October 2022', story)).toBe(false);
    expect(detected('Telegram fails to remove racist books from its store', story)).toBe(false);
    expect(detected('Telegram fined by court for refusal to delete banned content', story)).toBe(false);
    expect(detected('Telegram asked by chief minister to remove anti-state app', story)).toBe(false);
    expect(detected('Telegram removes 40,000 spam channels', story)).toBe(true);
  });

  it('reads a lawsuit over an old act, or its failure, as the news rather than the act', () => {
    expect(detected('Streamer sues Twitch over ban', story)).toBe(false);
    expect(detected('Instagram sued for “arbitrarily” deactivating a business’s accounts', story)).toBe(false);
    expect(detected('Instagram account termination case fails', story)).toBe(false);
    expect(detected('Twitch bans streamer after lawsuit threat', story)).toBe(true);
  });

  it('reads a person disciplined by a party or school over a post as no platform act', () => {
    expect(detected('Labour councillor suspended over Facebook comment', story)).toBe(false);
    expect(detected('Two students suspended after posting racist image on Snapchat', story)).toBe(false);
    expect(detected('Councillor suspended from Twitter over abusive posts', story)).toBe(true);
  });

  it('reads a headline’s future and a vote as acts not yet done', () => {
    expect(
      detected('Papua New Guinea to block access to Facebook for one month', 'The government has decided to block Facebook for a month.'),
    ).toBe(false);
    expect(detected('Harbor Islands vote to ban the use of Facebook in the country', 'The cabinet voted to ban Facebook.')).toBe(false);
    expect(detected('Papua New Guinea blocks access to Facebook for one month', 'The government has blocked Facebook for a month.')).toBe(
      true,
    );
  });

  it('reads an outage headline, money frozen, a company pausing its own work and a person kept from an event as no act', () => {
    expect(detected('Instagram down: thousands of users locked out of their accounts', story)).toBe(false);
    expect(
      detected('Court news', 'A justice ordered the freezing of the accounts and assets of the senator, he said on social media.'),
    ).toBe(false);
    expect(detected('Court news', 'Twitter has frozen the accounts of the senator for spam.')).toBe(true);
    expect(detected('Market exit', 'Facebook has suspended processing government requests for user data in the region.')).toBe(false);
    expect(detected('Awards news', 'The singer was barred from performing at the Grammys, organizers said on Monday.')).toBe(false);
  });
});

describe('enforcement detection: held-out set BE (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const story = 'Telegram removed 40,000 channels for spam last year, the company said. Telegram also banned 9,000 accounts.';

  it('reads a game put back on a platform, whoever in the company did it', () => {
    expect(detected('Founder steps in and reinstates Harbor Siege on Steam Greenlight', body)).toBe(true);
    expect(detected('Founder steps in and praises Harbor Siege on Steam Greenlight', body)).toBe(false);
  });

  it('reads a refusal in the future tense and a capability as no act, and a failure named as a reason as no denial', () => {
    expect(detected('Telegram will not silence the harbor podcast', story)).toBe(false);
    expect(detected('Valve can now ban you from games without anti-cheat', story)).toBe(false);
    expect(
      detected(
        'Russia slows Telegram over failure to remove banned content',
        'Russia has slowed down Telegram across the country, the regulator said, after the app failed to remove banned content.',
      ),
    ).toBe(true);
  });

  it('keeps the target the event names, not a longer phrase from another sentence', () => {
    const target = (headline: string, body: string) => detect(`${headline}\n\n${body}`).events[0]?.target;
    expect(
      target(
        'Gamer loses his library over a ban',
        'The next day, the player was permanently banned for violating the Xbox community guidelines. “One day I get a message saying I’ve been banned for breaking community guidelines,” he said.',
      ),
    ).toBe('the player');
    expect(target('Harbor writer permanently banned from Twitter', 'Few were surprised.')).toBe('Harbor writer');
    expect(target('Telegram removes accounts', 'Telegram removed 8,000 accounts linked to the harbor campaign.')).toBe(
      '8,000 accounts linked to the harbor campaign',
    );
  });

  it('reads the noun of the act followed by a verb as its subject, with nothing acted on after it', () => {
    expect(detected('Harbor group news', 'The recent Telegram ban is another blow for the harbor channel after a bad year.')).toBe(false);
    expect(detected('Harbor group news', 'Telegram banned the harbor channel on Monday after a bad year.')).toBe(true);
  });

  it('reads an owner withdrawing their own work, or a user blocking a critic, as no platform act', () => {
    const story = 'Telegram removed 40,000 channels for spam last year, the company said. Telegram also banned 9,000 accounts.';
    expect(detected('Singer removes his music from streaming services', story)).toBe(false);
    expect(detected('Mayor violated free speech by blocking critic on Facebook, court rules', story)).toBe(false);
    expect(detected('Spotify removes the singer’s music from its service', story)).toBe(true);
  });

  it('knows video streaming services as platforms that pull episodes, and reads a hedged passive’s subject', () => {
    const e = detect('Censorship reaches a cartoon\n\nAn episode of the cartoon appears to have been removed from Disney+ in Hong Kong.');
    expect(e.detected).toBe(true);
    expect(e.events[0]).toMatchObject({ platform: 'Disney+', target: 'An episode of the cartoon' });
  });

  it('reads another service’s gain after a ban as the news, the ban only its occasion', () => {
    const story = 'Telegram removed 40,000 channels for spam last year, the company said. Telegram also banned 9,000 accounts.';
    expect(detected('Harborchat gains a million new users after Telegram ban', story)).toBe(false);
    expect(detected('Harborchat launches in Nigeria after Telegram suspension', story)).toBe(false);
    expect(detected('Telegram bans Harborchat bots after a surge in spam', story)).toBe(true);
  });

  it('keeps a target to the words that name it, without punctuation or a dangling clause word', () => {
    const target = (headline: string, body: string) => detect(`${headline}\n\n${body}`).events[0]?.target;
    expect(target('Harbor news', 'YouTube channels that were taken down had over 114 million views, the ministry said.')).toBe(
      'YouTube channels',
    );
  });

  it('names the state that acted without the preposition opening its clause', () => {
    const e = detect('Harbor blocks Tumblr\n\nAfter government ban, Tumblr is blocked in Indonesia, officials said.');
    expect(e.events.map((ev) => ev.orderedBy)).not.toContain('After government');
  });

  it('reads an employer telling its own staff to delete apps as no act on a platform', () => {
    expect(detected('Harbor Army asks personnel to delete Facebook, Instagram and 87 apps', story)).toBe(false);
  });
});

describe('enforcement detection: held-out set BF (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('knows a ride-hailing name that is also a word or a surname only where it acts, owns or is the agent', async () => {
    const { findUncardedPlatforms } = await import('../../analysis/uncarded-platforms');
    const names = (text: string) => findUncardedPlatforms(text).map((u) => u.name);
    expect(names('The rider said his account had been suspended by Grab.')).toEqual(['Grab']);
    expect(names('In a statement, Bolt also revealed it had suspended 30 accounts.')).toEqual(['Bolt']);
    expect(names('Grab driver banned for mocking passengers')).toEqual(['Grab']);
    expect(names('Usain Bolt has won again, and the Chevy Bolt was recalled.')).toEqual([]);
    expect(names('He tightened the bolt. Grab a chair by the door.')).toEqual([]);
    expect(
      event('Harbor rider update', 'In a statement, Bolt also revealed it has suspended several accounts linked to fake rides.'),
    ).toMatchObject({
      platform: 'Bolt',
      target: 'several accounts linked to fake rides',
    });
  });

  it('reads a marketplace blacklisting NFT collections', () => {
    expect(event('OpenSea blacklists harbor NFT collections')).toMatchObject({
      platform: 'OpenSea',
      action: 'blocked',
      target: 'harbor NFT collections',
    });
    expect(detected('Harbor club blacklists rival fans after the derby', body)).toBe(false);
  });

  it('reads a state body named after another with a slash as the one that acted, and domain names as its object', () => {
    expect(event('HJD/HPB seize domain names by warrant')).toMatchObject({ orderedBy: 'HPB', target: 'domain names' });
  });

  it('reads a hyphenated de-listing, and never a place something was taken from as what was taken', () => {
    expect(event('Amazon de-lists harbor e-book before release')).toMatchObject({ platformId: 'amazon', action: 'removed' });
    const result = detect(
      'Harbor ruling\n\nThe court has ordered Google to de-list from its search results articles about an old fraud by a harbor businessman.',
    );
    expect(result.events.every((e) => !/^from\b/i.test(e.target ?? ''))).toBe(true);
  });

  it('reads a service named with its kind, and a reversal, as a headline’s future', () => {
    expect(detected('Google News search to remove sites that hide their country of origin', body)).toBe(false);
    expect(detected('YouTube to reinstate creators banned over harbor content, letter says', body)).toBe(false);
    expect(detected('YouTube reinstates creators banned over harbor content, letter says', body)).toBe(true);
  });

  it('reads a challenge to an order as the news, unless the challenge was dismissed', () => {
    expect(detected('Twitter moves High Court challenging order to globally remove harbor links', body)).toBe(false);
    expect(detected('Twitter moves High Court in appeal against judgment that upheld takedown orders', body)).toBe(false);
    expect(
      detected(
        'High Court dismisses Twitter plea challenging orders to block harbor tweets',
        'The High Court dismissed the plea on Monday, upholding orders under which Twitter blocked 39 harbor tweets.',
      ),
    ).toBe(true);
  });

  it('reads a platform restored after a ban, and names the country where a platform was blocked as the state that did it', () => {
    expect(event('Nepal restores TikTok after a ban')).toMatchObject({ platformId: 'tiktok', action: 'reinstated', orderedBy: 'Nepal' });
    expect(detected('Judge blocks Montana’s TikTok ban', body)).toBe(false);
    expect(event('Telegram restricted in Kenya amid ban on live coverage')).toMatchObject({
      platformId: 'telegram',
      action: 'restricted',
      orderedBy: 'Kenya',
    });
  });
});

describe('enforcement detection: held-out set BG (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('reads a phrasal verb written around its object, only with a platform or a state doing it', () => {
    expect(event('Harbor sheriff loses page', 'Sheriff Dale Orr said Facebook took the department’s page down last week.')).toMatchObject({
      platformId: 'facebook',
      action: 'removed',
      target: 'the department’s page',
    });
    expect(event('Apple takes harbor loan apps off App Store')).toMatchObject({ platformId: 'apple', target: 'harbor loan apps' });
    expect(detected('Harbor derby', 'The coach took two players off at half-time, fans said on Twitter.')).toBe(false);
    expect(detected('Harbor day', 'Twitter staff took the day off on Friday, the company said.')).toBe(false);
  });

  it('reads the noun of a ban after a platform, then its verb, as a ban moved, not an act', () => {
    expect(detected('TikTok ban moved', 'Councillors backed the motion on Monday.')).toBe(false);
    expect(detected('TikTok ban passed by harbor council', 'Councillors backed the motion on Monday.')).toBe(false);
    expect(detected('YouTube bans doctored harbor videos', body)).toBe(true);
    expect(
      detect(
        'Harbor art\n\nAfter some traction on Reddit, the series was removed by moderators and the Midjourney ban followed almost immediately, he said.',
      ).events.map((e) => e.target),
    ).not.toContain('followed almost immediately');
  });

  it('reads a denied report, a user blocking a named critic and someone leaving as the news, not an act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Meta belies report of meeting between its Manila staff and a harbor candidate')).toBe(true);
    expect(headlineReportsNoAct('Harbor regulator refutes claims it blocked news sites')).toBe(true);
    expect(headlineReportsNoAct('Governor blocks blogger Dan Harbor on Twitter')).toBe(true);
    expect(headlineReportsNoAct('Harbor actor on deactivating her account: it was the right call')).toBe(true);
    expect(headlineReportsNoAct('Twitter blocks blogger Dan Harbor’s account')).toBe(false);
    expect(headlineReportsNoAct('Meta deletes harbor singer’s account after report')).toBe(false);
  });

  it('reads a state’s future, a ruling that a platform cannot be forced, and a suit over frozen accounts as no act', async () => {
    const { headlineIntendsAct, headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Harbor government to unban Twitter very soon')).toBe(true);
    expect(headlineReportsNoAct('High Court rules YouTube cannot be forced to remove harbor video without an order')).toBe(true);
    expect(headlineReportsNoAct('Three users sue PayPal for freezing accounts')).toBe(true);
    expect(headlineReportsNoAct('PayPal freezes accounts of three harbor users')).toBe(false);
  });

  it('reads the subject of a passive inside a longer clause as the target, not the clause', () => {
    const target = (body: string) => detect(`Harbor news\n\n${body}`).events[0]?.target;
    expect(target('A harbor shop has been caught up in a wave of Meta accounts being wrongly suspended for spam.')).toBe('Meta accounts');
    expect(target('The harbor fan club suffered a blow after its Facebook group with 9,000 members was taken down by the company.')).toBe(
      'its Facebook group with 9,000 members',
    );
    expect(target('A harbor bakery wants answers after waking up to find its Instagram account suspended by Instagram.')).toBe(
      'its Instagram account',
    );
    expect(target('Staff said it was a mistake on their side and the harbor channel has been reinstated by YouTube.')).toBe(
      'the harbor channel',
    );
    expect(target('The accounts created after the election were removed by Facebook on Monday.')).toBe(
      'The accounts created after the election',
    );
  });

  it('reads an object noun that owns another as the owner, taking the owned object with it', () => {
    const target = (headline: string) => detect(`${headline}\n\nNothing else was said.`).events[0]?.target;
    expect(target('PayPal freezes harbor media group’s account over story')).toBe('harbor media group’s account');
    expect(target("Facebook removes the harbor group's official page")).toBe("the harbor group's official page");
    expect(target('Facebook removes the harbor group after complaints')).toBe('the harbor group');
  });

  it('reads a passive’s subject without adverbs before the verb, and a headline’s subject without its relative clause', () => {
    const target = (text: string) => detect(text).events[0]?.target;
    expect(target('Harbor update\n\nThe group says its Coinbase account has since been reinstated by Coinbase.')).toBe(
      'its Coinbase account',
    );
    expect(target('Harbor update\n\nAround 900 harbor games have all been removed from Steam.')).toBe('Around 900 harbor games');
    expect(target('Teen who booked harbor Airbnb for a party permanently banned from Airbnb\n\nNothing more was said.')).toBe('Teen');
  });

  it('keeps a target rather than a longer phrase from another sentence where that phrase is a clause of its own', () => {
    const text =
      'Steam removes harbor games\n\nSteam removed around 900 harbor games on Monday. Plenty of the removed titles simply look like games you might expect to be removed from the Steam store.';
    expect(detect(text).events[0]?.target).toBe('around 900 harbor games');
  });

  it('reads posts wiped from pages, and a plural object someone had acted on', () => {
    expect(
      detect('Harbor pages hit\n\nHarbor councils had posts wiped from their Facebook pages after the platform acted on Monday.').events[0],
    ).toMatchObject({ platformId: 'facebook', action: 'removed', target: 'posts' });
    expect(detected('Harbor tech', 'The update wiped data from some phones, Apple said.')).toBe(false);
  });

  it('reads a store that stops selling a book, and a launch dropped as no act', () => {
    expect(detect('Amazon stops selling harbor book by militant leader\n\nNothing more was said.').events[0]).toMatchObject({
      platformId: 'amazon',
      action: 'removed',
      target: 'harbor book',
    });
    expect(detected('Telegram drops Channels launch in the harbor region over ban threat', body)).toBe(false);
    expect(detected('Telegram drops harbor channels over extremist posts', body)).toBe(true);
  });

  it('reads acts told only after the opening, with none in the headline or the opening, as mentioned in passing', () => {
    // (Short, so that the whole stays under what the model reads: the rules alone decide.)
    const lead = [
      'The singer will not perform there.',
      'The show is in April.',
      'Tickets sold out fast.',
      'He was to close the night.',
      'His album did well.',
      'A tour is planned.',
      'The show began in 1998.',
      'It drew a record audience.',
    ];
    const later = [
      'Last month Instagram suspended his account for 24 hours over a post.',
      'Twitter also locked his account in October after a string of posts.',
    ];
    expect(detected('Harbor singer dropped from awards show', [...lead, ...later].join(' '))).toBe(false);
    expect(detected('Harbor singer dropped from awards show', [lead[0], later[0], lead[1], later[1]].join(' '))).toBe(true);
  });

  it('reads the subject of a ban noun only as its owner, not a clause before it', () => {
    const targets = (headline: string) => detect(`${headline}\n\nNothing more was said.`).events.map((e) => e.target);
    expect(targets('Harbor sheriff calls temporary ban from Facebook a joke')).not.toContain('Harbor sheriff calls temporary');
    expect(targets('The harbor sheriff’s temporary ban from Facebook ends')[0]).toBe('The harbor sheriff');
    expect(targets('Critics mock Dan Harbor’s famous ban from Twitch')[0]).toBe('Dan Harbor');
  });

  it('names a first-person target by who speaks, not by the pronoun', () => {
    expect(detect('Banned from Harbor\n\n“I got banned from Twitter for posting harbor images,” the artist wrote.').events[0]?.target).toBe(
      'the person speaking',
    );
  });

  it('reads a motion to look into a ban, or a rule for council phones, as no act', () => {
    expect(detected('Harbor council news', 'Councillors backed a motion on Monday to look into banning the TikTok app.')).toBe(false);
    expect(detected('Harbor council news', 'The council is looking into blocking TikTok accounts.')).toBe(false);
    expect(detected('Harbor council news', 'The state government banned TikTok on council devices across the region.')).toBe(false);
    expect(detected('Harbor council news', 'TikTok investigated and removed the harbor accounts on Monday.')).toBe(true);
  });

  it('reads the commonest words of an act only with a platform, a service or a state doing it', () => {
    expect(detected('Harbor mayor and commissioner drop Facebook pages over abuse', body)).toBe(false);
    expect(detected('Tech giants drop Parler app after the riot', body)).toBe(true);
    expect(
      detected('Harbor game pulled', 'The Steam distribution service has dropped a game called Harbor Siege after a row with its maker.'),
    ).toBe(true);
  });
});

/**
 * Every string an expression without repetition matches: alternatives, `(?:…)` groups, `?` and
 * one-character classes such as `[cs]`, which is all the detector's word lists use.
 */
function finiteLanguage(source: string): string[] {
  let at = 0;
  const alternatives = (): string[] => {
    const results: string[] = [];
    let sequence: string[] = [''];
    const close = () => results.push(...sequence);
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        close();
        sequence = [''];
        at++;
        continue;
      }
      let atom: string[];
      if (source.startsWith('(?:', at)) {
        at += 3;
        atom = alternatives();
        at++; // ')'
      } else if (source[at] === '[') {
        const end = source.indexOf(']', at);
        atom = [...source.slice(at + 1, end)];
        at = end + 1;
      } else {
        atom = [source[at] === '\\' ? source[++at]! : source[at]!];
        at++;
      }
      if (source[at] === '?') {
        atom = [...atom, ''];
        at++;
      }
      sequence = sequence.flatMap((head) => atom.map((tail) => head + tail));
    }
    close();
    return results;
  };
  return [...new Set(alternatives())];
}

describe('enforcement detection: held-out set BH (our own words)', () => {
  const detected = (headline: string, body: string) => detect(`${headline}\n\n${body}`).detected;
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('knows the marketplaces of Asia, Africa and Latin America, and a platform’s arm in one country', () => {
    expect(event('Lazada delists listings of fake harbor sneakers')).toMatchObject({ platform: 'Lazada', platformId: null });
    expect(event('Shopee PH deletes listing of harbor puppies')).toMatchObject({ platform: 'Shopee', target: 'listing of harbor puppies' });
    expect(event('TikTok Indonesia removes harbor videos after complaints')).toMatchObject({ platformId: 'tiktok', orderedBy: null });
    // Only a country or its two-letter code: another word between is another subject.
    expect(detected('TikTok critics delete harbor videos', body)).toBe(false);
  });

  it('reads a service named with its kind, or an online outlet, blocked in a country as that state’s act', () => {
    expect(event('Walkie-talkie app Zello blocked in Venezuela')).toMatchObject({ platform: 'Zello', orderedBy: 'Venezuela' });
    expect(event('Messaging app Telegram blocked in Venezuela again')).toMatchObject({ platformId: 'telegram' });
    expect(event('Exiled reporter’s new online newspaper blocked in Cuba')).toMatchObject({
      target: 'Exiled reporter’s new online newspaper',
      orderedBy: 'Cuba',
    });
    // A print newspaper is no online object.
    expect(detected('Harbor newspaper blocked in Cuba', body)).toBe(false);
  });

  it('reads a regulator stopping a platform’s own rule, a court’s notice over a ban and a ban still to come as no act', () => {
    expect(detected('Harbor data authority suspends Meta’s new AI privacy policy', body)).toBe(false);
    expect(detected('Harbor data authority suspends Meta', body)).toBe(true);
    expect(detected('High court issues notices to regulator against ban on Twitter', body)).toBe(false);
    expect(detected('Harbor court seeks ministry’s reply on plea against Telegram ban', body)).toBe(false);
    expect(detected('Shopee updates its rules: harbor knives will be banned from sale', body)).toBe(false);
    expect(detected('Shopee updates its rules: harbor knives were banned from sale', body)).toBe(true);
  });
});

describe('enforcement detection: held-out set BI (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('reads access to a platform cut off or blocked in a country as that state’s act', () => {
    expect(event('Telegram access cut off in Zimbabwe')).toMatchObject({ platformId: 'telegram', orderedBy: 'Zimbabwe' });
    expect(event('Telegram access blocked in Zimbabwe for a week')).toMatchObject({ platformId: 'telegram', orderedBy: 'Zimbabwe' });
    expect(detect(`Telegram access restored in Zimbabwe after outage\n\n${body}`).detected).toBe(false);
  });

  it('reads a refused request and a move to bar a platform as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Harbor messenger says it refuses junta’s request to monitor chats')).toBe(true);
    expect(headlineReportsNoAct('Twitter refuses Harbor order to block critics’ accounts')).toBe(true);
    expect(headlineReportsNoAct('Twitter blocks critics’ accounts after Harbor order')).toBe(false);
    expect(headlineIntendsAct('Harbor extends its crackdown with a move to bar Instagram')).toBe(true);
    expect(headlineIntendsAct('Harbor bars Instagram')).toBe(false);
  });

  it('reads state employees as an employer’s rule only where a rule for them is told, not in a strike', () => {
    const strike = 'Government employees around the country stayed away from work on Monday to protest unpaid salaries.';
    expect(event('Telegram access cut off in Zimbabwe during strike', strike)).toMatchObject({ orderedBy: 'Zimbabwe' });
    expect(detect('Harbor state bans TikTok for state employees\n\nThe governor signed the order on Monday.').detected).toBe(false);
  });
});

describe('enforcement targets and actors (sets BH and BI, our own words)', () => {
  const events = (text: string) => detect(text).events;

  it('keeps a clause’s opening word, a list and the clause’s subject out of the target', () => {
    expect(
      events(
        'Harbor blocks chat apps\n\nHarbor blocked Telegram on Monday. Although messaging app Telegram is restricted, it still works for some users.',
      ).map((e) => e.target),
    ).not.toContain('Although messaging app Telegram');
    const listed = events('Full list of harbor YouTube channels Harbor has banned\n\nOfficials confirmed the list on Monday.');
    for (const e of listed) expect(e.target).not.toMatch(/^Full list|Harbor has$/);
  });

  it('reads the owner in the subject of a passive as no state acting', () => {
    const [event] = events(
      'Harbor restricts apps\n\nAccess to TikTok and China’s WeChat has been restricted in Uzbekistan since July, users said.',
    );
    expect(event?.orderedBy ?? null).not.toBe('China');
  });

  it('reads a ban of several listed platforms, lifted, as their reinstatement', () => {
    const [event] = events('Harbor lifts Telegram, Twitter ban effective Thursday\n\nOfficials confirmed the step on Monday.');
    expect(event).toMatchObject({ action: 'reinstated', target: 'Telegram, Twitter' });
  });

  it('reads a state slowing a platform, and a platform apologising for an act, as acts', () => {
    expect(events('Harbor government begins slowing YouTube speeds\n\nOfficials confirmed the step on Monday.')[0]).toMatchObject({
      platformId: 'youtube',
      action: 'restricted',
    });
    expect(detect('Harbor app was slow to load on Monday\n\nUsers said YouTube worked.').detected).toBe(false);
    expect(events('Facebook apologises to harbor pastor for deleting his posts\n\nThe pastor said on Monday.')[0]).toMatchObject({
      platformId: 'facebook',
      action: 'removed',
      target: 'his posts',
    });
  });

  it('names the platform of a passive’s subject as the one that acted', () => {
    const [event] = events(
      'Harbor singer loses account\n\nThe singer said on Instagram that she does not know why her Twitter account was suspended last week.',
    );
    expect(event).toMatchObject({ platformId: 'x', target: 'her Twitter account' });
  });
});

describe('enforcement detection: held-out sets BJ, BK and BL (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('reads the police shutting down a website, and a regulator blocking messengers, as acts of the state', () => {
    expect(event('Harbor police shut down chat website used by fraudsters')).toMatchObject({ orderedBy: 'Harbor police' });
    expect(event('Russia blocks four messengers at once')).toMatchObject({ orderedBy: 'Russia', target: 'four messengers' });
    expect(detect('Harbor police blocked the road after the crash\n\nOfficers said on Monday.').detected).toBe(false);
  });

  it('reads people put off a named platform, and news blocked, as acts', () => {
    expect(event('Meta starts kicking harbor teenagers off Instagram')).toMatchObject({ platformId: 'meta', target: 'harbor teenagers' });
    expect(detect('Coach kicks two players off the team\n\nThe club confirmed on Monday.').detected).toBe(false);
    expect(event('Harbor news', 'Facebook has started blocking news in Harbor, leaving readers without headlines.')).toMatchObject({
      platformId: 'facebook',
      target: 'news',
    });
    expect(detect('Harbor news\n\nFacebook restricted news feed ranking on Monday. Users said nothing changed.').detected).toBe(false);
  });

  it('ends the object of a passive’s owner at a clause of time', () => {
    expect(
      event('Harbor news', 'Meta on Thursday began deactivating Instagram accounts of harbor users ahead of next week’s ban.'),
    ).toMatchObject({ target: 'Instagram accounts of harbor users' });
  });

  it('reads a decision not to act, a ruling that someone cannot block, a lawsuit won and a purpose as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Twitter chief defends decision not to ban harbor host')).toBe(true);
    expect(headlineReportsNoAct('Court: governor can’t block critics on Twitter')).toBe(true);
    expect(headlineReportsNoAct('Banned streamer wins lawsuit against Twitch')).toBe(true);
    expect(headlineReportsNoAct('Twitch bans harbor streamer')).toBe(false);
    expect(
      detect(
        'Harbor rights group goes to court\n\nA harbor rights group will file a case this summer aimed at forcing internet providers to block access to pirate sites.',
      ).detected,
    ).toBe(false);
  });
});

describe('enforcement detection: recovered sets AG–AI (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a user blocking others on a platform as no act, a platform or a state doing it as one', () => {
    expect(detect(`Judge rules the governor violated free speech by blocking users on Twitter\n\n${body}`).detected).toBe(false);
    expect(detect(`The mayor has blocked dozens of users on Facebook\n\n${body}`).detected).toBe(false);
    expect(detect(`Twitter blocked critics of the harbor project\n\n${body}`).detected).toBe(true);
  });

  it('reads a state turning off the internet as an act', () => {
    const [event] = detect(`Kazakhstan authorities turned off the internet across the country\n\n${body}`).events;
    expect(event).toMatchObject({ orderedBy: 'Kazakhstan authorities' });
    expect(detect(`Harbor residents turned off their phones during the concert\n\n${body}`).detected).toBe(false);
  });

  it('reads a poll on whether to act, a demand to act and a lawsuit over an act as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Musk asks followers whether to reinstate harbor account')).toBe(true);
    expect(headlineIntendsAct('Founder says Apple demands to ban some channels')).toBe(true);
    expect(headlineIntendsAct('Harbor council demands Airbnb remove 4,000 listings')).toBe(false);
    expect(headlineReportsNoAct('Users file a lawsuit against PayPal for freezing their accounts')).toBe(true);
  });
});

describe('enforcement detection: held-out set BM (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('knows crypto exchanges and stablecoin issuers, and the wallets they freeze', () => {
    expect(event('Tether freezes 40 wallets linked to harbor fraud ring')).toMatchObject({
      platform: 'Tether',
      target: '40 wallets linked to harbor fraud ring',
    });
    expect(event('Kenya suspends crypto identity project Worldcoin')).toMatchObject({ orderedBy: 'Kenya' });
  });

  it('reads a retailer named with its kind, blocked in a country, as that state’s act', () => {
    expect(event('Chinese online retailer Temu suspended in Vietnam')).toMatchObject({ platform: 'Temu', orderedBy: 'Vietnam' });
  });

  it('reads a request to act, a request rejected and an act set for later as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Several states request Apple to remove harbor apps')).toBe(true);
    expect(headlineReportsNoAct('Court rejects government request to suspend harbor website')).toBe(true);
    expect(headlineIntendsAct('Bolt to temporarily suspend scooter service in Harbor')).toBe(true);
    expect(headlineIntendsAct('Bolt suspends scooter service in Harbor')).toBe(false);
  });
});

describe('enforcement detection: held-out set BN (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
  const event = (headline: string, text = body) => detect(`${headline}\n\n${text}`).events[0];

  it('reads platforms blocked during an event in a country as that state’s act', () => {
    expect(event('Telegram, YouTube blocked during Montenegro election day')).toMatchObject({ orderedBy: 'Montenegro' });
  });

  it('reads films, series and comedy specials as what a streaming service is ordered to remove', () => {
    expect(event('Spotify ordered to remove comedy special in Harbor')).toMatchObject({ platformId: 'spotify', target: 'comedy special' });
  });

  it('reads a question whether a platform can be blocked as no act', async () => {
    const { headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Can TikTok be blocked in Azerbaijan?')).toBe(true);
    expect(detect(`Can TikTok be blocked in Azerbaijan?\n\n${body}`).detected).toBe(false);
  });
});

describe('enforcement detection: sanctions that are no platform’s (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a player suspended by a league or a team as no act, whatever platform he streamed on', () => {
    expect(
      detect(
        `Harbor league suspends streamer\n\nThe player was suspended by the Harbor Esports League and his own team on Friday after insulting a rival during a live stream on Twitch.`,
      ).detected,
    ).toBe(false);
  });

  it('reads a company barred from selling a device as no act, a seller barred from selling on a marketplace as one', () => {
    expect(detect(`Brazil suspends Apple from selling iPhones without a charger\n\n${body}`).detected).toBe(false);
    expect(detect(`eBay suspends harbor seller from selling on its marketplace\n\n${body}`).detected).toBe(true);
  });
});

describe('enforcement detection: a flag on someone’s post (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a platform flagging a named person’s post as a label, and people flagging a company’s role as none', () => {
    expect(detect(`Twitter flags Ana Duarte’s tweet on harbor protests\n\n${body}`).events[0]).toMatchObject({
      platformId: 'x',
      action: 'labelled',
    });
    expect(detect(`Activists flag Amazon’s role in the harbor dispute\n\n${body}`).detected).toBe(false);
  });
});

describe('enforcement targets: words of saying and of time kept out (our own words)', () => {
  const events = (text: string) => detect(text).events;

  it('drops who was told, who says so and a clause opener from the target', () => {
    const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
    expect(events(`Harbor News says suspended from YouTube for one week\n\n${body}`)[0]).toMatchObject({ target: 'Harbor News' });
    expect(
      events(
        'Harbor users lose accounts\n\nHarbor users affected told the Herald their accounts have been banned by Facebook without warning.',
      )[0],
    ).toMatchObject({ target: 'their accounts' });
  });
});

describe('enforcement targets: the verbs around the act kept out (our own words)', () => {
  it('drops an auxiliary or an adverb left at the end of a passive’s subject', () => {
    const [event] = detect(
      'Harbor host loses account\n\nHarbor host Ana Duarte wrote: My Twitch channel was just suspended by the platform without warning.',
    ).events;
    expect(event?.target).toBe('My Twitch channel');
  });
});

describe('enforcement detection: access severed (our own words)', () => {
  it('reads a state severing access to a platform as a block, and ties severed as none', () => {
    const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
    expect(detect(`Russia severs access to Instagram\n\n${body}`).events[0]).toMatchObject({ platformId: 'instagram', action: 'blocked' });
    expect(detect(`Harbor firm severs ties with Instagram agency\n\n${body}`).detected).toBe(false);
  });
});

describe('enforcement detection: a platform gone dark in a country (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a platform going dark in a country, named with its article or its initials, as that state’s block', () => {
    expect(detect(`TikTok goes dark in the US as ban takes effect\n\n${body}`).events[0]).toMatchObject({
      platformId: 'tiktok',
      orderedBy: 'US',
    });
    expect(detect(`Telegram blocked in the Philippines\n\n${body}`).events[0]).toMatchObject({ orderedBy: 'Philippines' });
    expect(detect(`Facebook goes dark in global outage\n\n${body}`).detected).toBe(false);
  });
});

describe('enforcement detection: a ban lifted, and games as services (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a platform’s ban lifted in a country as its reinstatement', () => {
    expect(detect(`Twitter ban lifted in Nigeria after seven months\n\n${body}`).events[0]).toMatchObject({
      platformId: 'x',
      action: 'reinstated',
    });
  });

  it('knows online games that states ban and publishers police', async () => {
    const { findUncardedPlatforms } = await import('../../analysis/uncarded-platforms');
    expect(findUncardedPlatforms('Nepal bans PUBG, and Valorant and Call of Duty ban cheaters.').map((p) => p.name)).toEqual([
      'PUBG',
      'Valorant',
      'Call of Duty',
    ]);
  });
});

describe('enforcement detection: held-out set BO (our own words)', () => {
  it('reads a state wanting a platform to act, and a story refuted, as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Harbor wants Twitter to ban this columnist, but Twitter says no')).toBe(true);
    expect(headlineReportsNoAct('Ministry refutes the Harbor Herald’s ‘false, invented story’ of a social media clampdown')).toBe(true);
    expect(headlineReportsNoAct('Twitter bans the columnist Harbor wanted banned')).toBe(false);
  });
});

describe('enforcement targets: what someone says or learned of (our own words)', () => {
  it('reads the accounts someone learned of as the target, not the one who learned', () => {
    const [event] = detect(
      'Harbor pages vanish\n\nThe organiser said she learned of more than 50 accounts that were removed by Facebook on Monday.',
    ).events;
    expect(event?.target).toBe('more than 50 accounts');
  });
});

describe('enforcement detection: held-out sets BP–BU (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads an artist removing her own songs from a platform as her withdrawal, not the platform’s act', () => {
    const own = detect(
      'Singer leaves Spotify\n\nDays after Spotify criticised her, the singer Mara Lind has removed all of her songs and albums from the service.',
    );
    expect(own.detected).toBe(false);
    const platforms = detect(
      'Spotify removes singer’s songs\n\nSpotify has removed all of her songs from the service for breaking its rules on hate speech.',
    );
    expect(platforms.detected).toBe(true);
  });

  it('reads a travel ban lifted as no act on the platform its subject founded', () => {
    expect(detect(`France lifts travel ban on Telegram founder\n\n${body}`).detected).toBe(false);
  });

  it('reads customs, police and authorities shuttering dark-web sites and markets as state takedowns', () => {
    expect(detect(`Harbor customs shut down dark web site over drug sales\n\n${body}`).events[0]).toMatchObject({
      orderedBy: 'Harbor customs',
    });
    expect(detect(`Finnish authorities shutter dark web drugs marketplace\n\n${body}`).detected).toBe(true);
    expect(detect(`Black market websites seized by feds\n\n${body}`).detected).toBe(true);
    // A building site and an ordinary market are not online.
    expect(detect(`Police shut down building site after collapse\n\n${body}`).detected).toBe(false);
    expect(detect(`Police shutter Sunday flea market\n\n${body}`).detected).toBe(false);
  });

  it('reads a court ordering one internet provider to block a site as an order to providers', () => {
    const result = detect(
      'Court orders provider to block torrent site\n\nA Harbor appeals court has ordered the internet provider Baylink to block the torrent site Harborbay for three years. The provider said it would comply.',
    );
    expect(result.events[0]).toMatchObject({ action: 'blocked', orderedBy: expect.stringMatching(/court/) });
  });

  it('reads the store an app was removed from as the one that acted, past an appositive', () => {
    const [event] = detect(
      'Harbor AI pulled in Italy\n\nDeepSeek, the Chinese AI company that topped the App Store charts last week, has been removed from Apple and Google app stores in Italy.',
    ).events;
    expect(event).toMatchObject({ platformId: 'apple', target: 'DeepSeek', action: 'removed' });
    // The active voice keeps its subject: the platform that removed the apps is never what was removed.
    const active = detect('Apple acts\n\nApple has removed from the App Store all iOS apps of a sanctioned developer.').events[0];
    expect(active?.target).not.toBe('Apple');
  });

  it('reads a platform’s second verb in a headline as its act, but not a noun after the platform’s name', () => {
    const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
    expect(detect(`Deepfake scandal: Telegram apologises to regulator, deletes 25 explicit videos\n\n${body}`).events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'removed',
    });
    expect(detect(`Telegram users complained for weeks, deleted their own videos\n\n${body}`).detected).toBe(false);
  });

  it('reads monetization disabled as demonetization, with what it was disabled on', () => {
    const [event] = detect(
      'Creator loses ad money\n\nYouTube disabled monetization on at least 12 videos by the Harbor creator, saying they were not advertiser-friendly.',
    ).events;
    expect(event).toMatchObject({ platformId: 'youtube', action: 'demonetized', target: 'at least 12 videos' });
  });

  it('reads a provider cutting off services named in a list as cutting off its customer', () => {
    const [event] = detect(
      'Cloud provider cuts off unit\n\nMicrosoft has cut off cloud, storage and AI services to a military surveillance unit, saying it broke the terms of service.',
    ).events;
    expect(event).toMatchObject({ action: expect.any(String), target: 'a military surveillance unit' });
  });

  it('reads a fine dropped and a new approach to removing as no act', () => {
    const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';
    expect(
      detect(
        'Google escapes penalty\n\nThe Harbor regulator has been ordered to drop its €750,000 fine against Google over gambling ads on YouTube.',
      ).detected,
    ).toBe(false);
    expect(detect(`YouTube takes new approach in removing videos that promote hate\n\n${body}`).detected).toBe(false);
    expect(detect(`YouTube removes videos that promote hate\n\n${body}`).detected).toBe(true);
  });

  it('knows Italy’s privacy guarantor as a state body', () => {
    const [event] = detect(
      'Privacy guarantor blocks the ‘virtual friend’ chatbot\n\nThe Garante said the app put minors at risk and ordered its developer to stop processing Italian users’ data.',
    ).events;
    expect(event).toMatchObject({ action: 'blocked', orderedBy: 'Privacy guarantor' });
  });

  it('knows mobile money providers, and paybill numbers as what they suspend', () => {
    const [event] = detect(
      'Blow to betting firms\n\nSafaricom has suspended the paybill numbers of 27 betting firms on the gaming regulator’s orders.',
    ).events;
    expect(event).toMatchObject({ platform: 'Safaricom', action: 'suspended', target: 'the paybill numbers of 27 betting firms' });
  });

  it('knows domain registries, and reads a registry named as the agent of a passive as the one that acted', () => {
    expect(detect(`Nominet suspends 2,000 .uk domains used by fake shops\n\n${body}`).events[0]).toMatchObject({
      platform: 'Nominet',
      action: 'suspended',
    });
    const passive = detect(
      'Harbor names go dark\n\nOver 8,000 domain names held by Harbor firms have been suspended by the regional registry, EURid, after the rules changed.',
    );
    expect(passive.events[0]).toMatchObject({ platform: 'EURid', action: 'suspended' });
  });
});

describe('enforcement detection: headlines with no act yet, from BQ–BT (our own words)', () => {
  it('reads a rule for later, a legal challenge to a ban, a dismissed plea and a new means of acting as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Amazon-owned platform Twitch to ban users for misconduct off its site')).toBe(true);
    expect(headlineReportsNoAct('Harbor forum launches High Court challenge to the state’s social media ban')).toBe(true);
    expect(headlineReportsNoAct('Streamer plans to sue Twitch after ban')).toBe(true);
    expect(headlineReportsNoAct('Court dismisses the senator’s plea to lift Twitter ban')).toBe(true);
    expect(headlineReportsNoAct('YouTube launches ‘Fresh Start’ program to reinstate banned creators')).toBe(true);
    // The acts themselves still count.
    expect(headlineReportsNoAct('Twitch bans streamer after a week of warnings')).toBe(false);
    expect(headlineReportsNoAct('Court lifts Twitter ban on the senator')).toBe(false);
  });

  it('reads an app banned on a legislature’s devices as an employer’s rule', () => {
    const body = 'Officials confirmed the step on Monday. Staff said they had been told nothing in advance.';
    expect(detect(`WhatsApp has been banned on House of Representatives devices\n\n${body}`).detected).toBe(false);
  });
});

describe('enforcement headlines: threats and one’s own posts (our own words)', () => {
  it('reads accounts banned in a ban wave, in a headline, as the platform’s act', () => {
    const body = 'The studio said cheaters were the target. Players said they had been told nothing in advance.';
    expect(detect(`Thousands of Twitch accounts banned in major new banwave\n\n${body}`).events[0]).toMatchObject({
      platformId: 'twitch',
      action: 'banned',
    });
  });

  it('reads a threat “with a ban” as an intention, and someone deleting their own posts as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Harbor studio threatens map makers with a ban after XP exploit')).toBe(true);
    expect(headlineIntendsAct('Twitch bans streamer who threatened viewers with violence')).toBe(false);
    expect(headlineReportsNoAct('Why the singer had to delete all posts on his Instagram account')).toBe(true);
    expect(headlineReportsNoAct('Instagram deletes all posts on her account')).toBe(false);
  });
});

describe('enforcement detection: held-out set BV (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads an app blocked from some app stores as the stores’ act', () => {
    expect(detect(`Harbor AI blocked from some app stores in Italy amid data questions\n\n${body}`).events[0]).toMatchObject({
      platform: 'app stores',
      target: 'Harbor AI',
    });
  });

  it('reads a ban or restriction on a platform that “was lifted” as its reinstatement', () => {
    expect(detect("Officials speak\n\nNepal's government said the ban on Telegram has been lifted.").events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'reinstated',
      orderedBy: 'Nepal',
    });
    expect(
      detect('Harbor news\n\nThe restriction on Facebook use in the last 48 hours was lifted today, after a sudden police test.').events[0],
    ).toMatchObject({ platformId: 'facebook', action: 'reinstated' });
    expect(detect('Officials speak\n\nA proposed ban on TikTok was debated in parliament.').detected).toBe(false);
  });

  it('reads a regulator restricting “the use of the messenger” as a block, but not the use of a practice', () => {
    expect(detect('Viber gone in Russia\n\nThe Harbor regulator has restricted the use of the messenger.').events[0]).toMatchObject({
      action: 'restricted',
      target: 'the use of the messenger',
    });
    expect(detect('Harbor rules\n\nThe Harbor regulator has restricted the use of cash in online betting.').detected).toBe(false);
  });

  it('reads lawmakers or parents asking a platform to ban as a demand, and a regulator asking as before', async () => {
    const { headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('US lawmakers ask tech giants to ban more offensive accounts')).toBe(true);
    expect(headlineIntendsAct('Parents ask TikTok to quickly remove challenge videos')).toBe(true);
    // (A regulator's request to the platforms it licenses is read as an order elsewhere, as the labels have it.)
    expect(headlineIntendsAct('Regulator asks Google to remove 18 loan apps')).toBe(false);
  });

  it('reads a page unpublished by a platform as removed', () => {
    expect(detect(`Facebook unpublishes the page of a Harbor militia\n\n${body}`).events[0]).toMatchObject({
      platformId: 'facebook',
      action: 'removed',
    });
    expect(detect(`Facebook unpublished 12 pages of a Harbor militia\n\n${body}`).detected).toBe(true);
    expect(detect(`Harbor author finds unpublished chapters of her book on Facebook\n\n${body}`).detected).toBe(false);
  });

  it('reads poetry un-published by a store as what it removed', () => {
    expect(detect(`Amazon is un-publishing pandemic-themed poetry without explanation\n\n${body}`).events[0]).toMatchObject({
      action: 'removed',
      target: 'pandemic-themed poetry',
    });
  });

  it('knows Niantic and Pokémon Go as a game service', () => {
    expect(detect(`Niantic bans Pokémon Go spoofers in new wave\n\n${body}`).events[0]).toMatchObject({
      platform: 'Niantic',
      action: 'banned',
    });
  });

  it('reads a store’s warning of removals to come, and a restaurant’s ban on filming, as no act', async () => {
    const { headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('Apple warns developers outdated apps will be pulled from the App Store')).toBe(true);
    expect(detect(`Harbor restaurant's ban on TikTok stirs controversy\n\n${body}`).detected).toBe(false);
    expect(
      detect(
        'Diner says no\n\nThe owner wrote that any TikTok filming is banned at our restaurant and TikTok influencers are banned from entering.',
      ).detected,
    ).toBe(false);
  });
});

describe('enforcement detection: held-out sets BX–CA (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a ban a state “enforces” on platforms as imposed', () => {
    expect(detect(`Harbor enforces temporary ban on Facebook, Instagram over registration rules\n\n${body}`).detected).toBe(true);
  });

  it('reads a platform blocked “after refusing” demands as blocked; a refusal alone stays a refusal', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Rumble is blocked in Harbor after refusing censorship requests')).toBe(false);
    expect(headlineReportsNoAct('LINE refuses the junta’s requests to monitor chats')).toBe(true);
  });

  it('reads an act a state “has begun to” carry out as done', () => {
    expect(detect('Watchdog acts\n\nRussia’s regulator has begun to block Telegram for users in the country.').detected).toBe(true);
    expect(detect('Watchdog acts\n\nRussia’s regulator has been asked to block Telegram for users in the country.').detected).toBe(false);
  });

  it('knows Character AI without its dot, and reads a state disrupting an influence operation as an act online', () => {
    expect(detect(`Character AI removing original bots in copyright crackdown\n\n${body}`).events[0]).toMatchObject({
      platform: 'Character AI',
      action: 'removed',
    });
    // (The page gate lets it through for the seizure the story goes on to report.)
    const seized = 'The department said it had seized 30 web domains used by the operation.';
    expect(detect(`Justice Department disrupts covert Harbor influence operation\n\n${seized}`).events[0]).toMatchObject({
      target: 'covert Harbor influence operation',
    });
    expect(detect(`Harbor police disrupt a protest outside the ministry\n\n${body}`).detected).toBe(false);
  });

  it('reads a hack, a developer pulling its own app, a party suspending a member and a host keeping a site up as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Twitter accounts of the Harbor mayor hacked briefly')).toBe(true);
    expect(headlineReportsNoAct('Twitter locks hacked accounts of the Harbor mayor')).toBe(false);
    expect(headlineReportsNoAct('Harbor restricts access to X after police accounts hacked')).toBe(false);
    expect(headlineReportsNoAct('Developer pulls hit game Harbor Bird from app stores')).toBe(true);
    expect(headlineReportsNoAct('Top paid app on iTunes taken down by developer')).toBe(true);
    expect(headlineReportsNoAct('Apple pulls hit game Harbor Bird from the App Store')).toBe(false);
    expect(headlineReportsNoAct('Youth league suspends member who used a slur on WhatsApp')).toBe(true);
    expect(headlineReportsNoAct('Twitter suspends Tory MP')).toBe(false);
    expect(headlineReportsNoAct('Cloudflare indicates services will continue for a controversial forum')).toBe(true);
    expect(headlineIntendsAct('Harbor: X should remove the militia’s accounts')).toBe(true);
    expect(headlineIntendsAct('High Court: ISPs must block piracy sites')).toBe(false);
  });

  it('names the government that imposed a ban as the one who ordered it, and reads the lead past a photo credit', () => {
    const lead = 'On Monday the Indian government imposed a blanket ban on the video app TikTok, citing public order.';
    expect(detect(`Harbor’s view\n\n${lead}`).events[0]).toMatchObject({ platformId: 'tiktok', orderedBy: 'the Indian government' });
    const credited = `A first step?\n\nPhoto by Jo Doe via Pexels. Used under a Pexels license.\n\nA reader’s picture.\n\n${lead}`;
    expect(detect(credited).detected).toBe(true);
  });

  it('reads internet providers blocking sites themselves, a platform reactivating an account, and a botnet taken down', () => {
    expect(detect(`Harbor internet providers block websites with the attack footage\n\n${body}`).events[0]).toMatchObject({
      platform: 'internet providers',
      action: 'blocked',
    });
    expect(detect(`Facebook reactivated our ad account\n\n${body}`).events[0]).toMatchObject({
      platformId: 'facebook',
      action: 'reinstated',
    });
    expect(detect(`Microsoft and federal marshals take down botnet\n\n${body}`).detected).toBe(true);
  });

  it('reads a public body closing its own or its officers’ accounts, a teacher reinstated and an official blocking critics as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(
      detect('Accounts closed\n\nA police force has closed down the Twitter accounts of four officers after a review.').events,
    ).toEqual([]);
    expect(headlineReportsNoAct('Teacher reinstated following TikTok post')).toBe(true);
    expect(headlineReportsNoAct('Creator reinstated to TikTok after appeal')).toBe(false);
    expect(headlineReportsNoAct('Harbor mayor blocks Facebook critics, advocacy group says')).toBe(true);
    expect(headlineReportsNoAct('WhatsApp says it’s not “permanently” banning users, just blocking clients')).toBe(true);
  });

  it('reads a band kicked off a service in a headline, one’s own channel deleted in the passive, and “the online retailer” removing', () => {
    expect(detect(`How one indie band got kicked off Spotify forever\n\n${body}`).events[0]).toMatchObject({
      platformId: 'spotify',
      target: 'How one indie band',
    });
    expect(detect(`Round of layoffs kicked off at Spotify\n\n${body}`).detected).toBe(false);
    expect(
      detect('Can’t shut me up\n\nA few weeks ago my YouTube channel was permanently deleted without any explanation.').events[0],
    ).toMatchObject({
      platformId: 'youtube',
      target: 'my YouTube channel',
    });
    expect(detect('Gone\n\nLast week I deleted my YouTube channel because I needed a break.').detected).toBe(false);
    const retailer =
      'Amazon book row\n\nAmazon was criticised all week. The online retailer bowed to pressure on Thursday, removing a self-published e-book.';
    expect(detect(retailer).events[0]).toMatchObject({ platformId: 'amazon', action: 'removed' });
  });

  it('knows Mozilla as the store that pulls extensions, and reads a platform banning a kind of event everywhere as a rule', () => {
    expect(detect(`Mozilla pulls two extensions that collected browsing data\n\n${body}`).events[0]).toMatchObject({
      platform: 'Mozilla',
      action: 'removed',
    });
    expect(
      detect(`Airbnb bans house parties, citing virus mandates\n\nAirbnb is banning house parties worldwide to clean up its image.`)
        .detected,
    ).toBe(false);
  });
});

describe('enforcement detection: held-out sets CF–CI (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads VPNs a state blocks, networks a platform dismantled, and streaming and modding sites it does not card', () => {
    expect(detect(`Russia is blocking about 150 popular VPN services\n\n${body}`).events[0]).toMatchObject({
      action: 'blocked',
      orderedBy: 'Russia',
    });
    expect(detect(`TikTok says it dismantled networks that tried to sway Harbor’s election\n\n${body}`).events[0]).toMatchObject({
      platformId: 'tiktok',
      target: 'networks',
    });
    expect(detect(`Harbor council dismantled its youth networks\n\n${body}`).detected).toBe(false);
    expect(detect(`AfreecaTV streamer permanently banned after her first stream\n\n${body}`).events[0]).toMatchObject({
      platform: 'AfreecaTV',
    });
    expect(detect(`Nexus Mods bans a modder for a hateful mod\n\n${body}`).events[0]).toMatchObject({ platform: 'Nexus Mods' });
  });

  it('reads an act after a quoted question, and a state body that used its powers to block', () => {
    expect(detect(`'How could this happen?': Spotify removed these artists' music\n\n${body}`).detected).toBe(true);
    expect(detect(`Spotify could remove these artists' music\n\n${body}`).detected).toBe(false);
    expect(
      detect("News\n\nSlovakia's National Security Authority used new powers to block the website of a propaganda outlet.").events[0],
    ).toMatchObject({ action: 'blocked', orderedBy: "Slovakia's National Security Authority" });
  });

  it('reads advertisers pulling ads, demands, rulings on old acts, a ban on an ideology and someone deleting their own account as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Top brands pull Google and YouTube ads over extremist videos')).toBe(true);
    expect(headlineReportsNoAct('YouTube pulls ads from extremist videos')).toBe(false);
    expect(headlineReportsNoAct('Vimeo within its rights to take down a network’s videos: court')).toBe(true);
    expect(headlineReportsNoAct('Doctor’s lawsuit over channel removal fails')).toBe(true);
    expect(headlineReportsNoAct('Justice rejects X’s appeal against blocking an influencer’s profiles')).toBe(true);
    expect(headlineReportsNoAct('Harbor star just deleted his Twitter after a row')).toBe(true);
    expect(headlineReportsNoAct('Twitter deleted his posts after a row')).toBe(false);
    expect(headlineReportsNoAct("'Remove the controversial episode,' commission writes to YouTube")).toBe(true);
    expect(headlineReportsNoAct('Harbor to Twitter and YouTube: Block the propaganda channels!')).toBe(true);
    expect(headlineReportsNoAct('Prosecutors demand Facebook, Twitter crack down on anti-vaccine posts')).toBe(true);
    expect(headlineReportsNoAct('Barcelona demands Airbnb remove 4,100 listings')).toBe(false);
    expect(headlineIntendsAct('Government warns of possible social media bans over rules')).toBe(true);
    expect(detect(`Facebook bans white nationalism\n\nThe company said the rule starts next week.`).detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets CJ, CK (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads a court ordering a platform blocked, and ordering search results erased', () => {
    expect(detect(`Judge orders Telegram blocked in Harbor for two days\n\n${body}`).events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'blocked',
      orderedBy: 'Judge',
    });
    expect(detect(`Court orders Microsoft to erase search results on a man’s arrest\n\n${body}`).events[0]).toMatchObject({
      platformId: 'microsoft',
      action: 'removed',
    });
  });

  it('reads rulings, settlements, laws passed, fines for delay and denials as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    for (const headline of [
      'Government’s power extends to blocking accounts: High Court',
      'Platforms seek stay on order removing a defamatory video',
      'Court summons Twitter over banned account restoration',
      'Meta agrees to pay $25 million to resolve lawsuit over account suspension',
      'Site-blocking laws pass Parliament as critics object',
      'Russia fines Twitter for not removing posts',
      'YouTube fined for delaying court order to restore video',
      'Rights court finds Harbor guilty for blocking Google Sites',
      'Court rejects Wikipedia’s appeal over the website’s blocking',
      'YouTube wins another case over removing user videos',
      'Twitter says they don’t shadow ban',
      'YouTube under no obligation to host a doctor’s videos, court says',
      'Man blocked from mayor’s Facebook page can pursue lawsuit',
    ])
      expect(headlineReportsNoAct(headline), headline).toBe(true);
    expect(headlineReportsNoAct('Court orders Twitter to block 50 accounts')).toBe(false);
  });

  it('reads a platform “to block” accounts after a government’s orders as complying, not only planning', async () => {
    const { headlineIntendsAct } = await import('../../analysis/enforcement');
    expect(headlineIntendsAct('X to block over 8,000 accounts in India after government orders')).toBe(false);
    expect(headlineIntendsAct('X to block over 8,000 accounts in India next month')).toBe(true);
    expect(headlineIntendsAct('Harbor’s media watchdog warns it will block Twitter within a month')).toBe(true);
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Government’s power not tweet-specific, extends to blocking accounts: High Court')).toBe(true);
  });
});

describe('enforcement detection: held-out sets CM–CT (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads acts that did not happen, a suit, an own account closed and a ruling on blocked critics as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    for (const headline of [
      'Telegram chief on why the platform isn’t banning militant channels',
      'Study documents YouTube’s failure to quickly and permanently remove extremist videos',
      'YouTube will stop removing false claims about the last election',
      'Streamer suspended by Twitch in 2016 is now suing the company',
      'Court dismisses studio’s $1B suit against YouTube',
      'Mayor will have to start unblocking his critics on Twitter',
      'Harbor politician quits public Twitter account after years of abuse',
      'Harbor police force quits X as councils cut their use of the platform',
    ])
      expect(headlineReportsNoAct(headline), headline).toBe(true);
    // (A failure given as the reason for an act still leaves the act to report.)
    expect(headlineReportsNoAct('Russia slows Twitter over failure to remove banned content')).toBe(false);
    expect(headlineReportsNoAct('Twitter suspends account of politician who quit the party')).toBe(false);
  });

  it('reads a court refusing to restore, an appeal to a court, and a ban on state electronics as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('High Court refuses to restore a party’s X account for now')).toBe(true);
    expect(headlineReportsNoAct('X appeals to Harbor’s highest court over account bans')).toBe(true);
    expect(headlineReportsNoAct('Another blocked Facebook user loses in court')).toBe(true);
    expect(detect(`Governor bans TikTok on state electronics\n\n${body}`).detected).toBe(false);
  });

  it('reads a headline told ahead of the act as the act when its lead reports it done', () => {
    const done = detect(
      'Ofcom to restrict access to seven websites\n\nOfcom has ordered internet providers to block access to seven websites that it says spread propaganda. The providers must comply within a day.',
    );
    expect(done.detected).toBe(true);
    expect(done.events[0]).toMatchObject({ action: 'blocked' });
    const ahead = detect(
      'Twitch to ban gambling streams\n\nTwitch said on Tuesday that it will ban streams of gambling sites from next month. Streamers reacted with dismay.',
    );
    expect(ahead.detected).toBe(false);
    // (A threat stays a threat whatever its lead says.)
    expect(
      detect(
        'Russia threatens to block YouTube\n\nYouTube suspended the German channels of RT on Tuesday, citing its rules. Officials reacted.',
      ).detected,
    ).toBe(false);
  });

  it('reads a state blocking a service named with its origin ("blocks Chinese DeepSeek")', () => {
    expect(mayReportEnforcement('Italy blocks Chinese DeepSeek over privacy concerns')).toBe(true);
    expect(
      detect(
        `Italy blocks Chinese DeepSeek over privacy concerns\n\nThe privacy regulator has blocked the Chinese AI assistant DeepSeek, saying it was told too little about its use of personal data.`,
      ).events[0],
    ).toMatchObject({
      platform: 'DeepSeek',
      action: 'blocked',
    });
  });

  it('reads staff barred from an app, a company kept from a business practice, and hacks as no act', async () => {
    expect(
      detect(
        'Telegram has been banned by the Harbor Defence Force\n\nThe department has banned employees from using Telegram, officials said.',
      ).detected,
    ).toBe(false);
    expect(detect(`A Judge Blocked Microsoft From Collecting These Fees\n\n${body}`).detected).toBe(false);
    expect(detect(`Judge blocks Microsoft from the Harbor market\n\n${body}`).detected).toBe(true);
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    expect(headlineReportsNoAct('Hackers post false report on a broadcaster’s Twitter account')).toBe(true);
    expect(headlineReportsNoAct('Warning for millions of WhatsApp users – your app might be hacked')).toBe(true);
    expect(headlineReportsNoAct('Twitter locks hacked accounts of a broadcaster')).toBe(false);
    expect(headlineReportsNoAct('Woman arrested in Harbor over dance videos on Instagram')).toBe(true);
    expect(headlineReportsNoAct('Harbor jails Facebook user for eight years over posts')).toBe(true);
    expect(headlineReportsNoAct('Blogger arrested as YouTube blocks his channel')).toBe(false);
  });

  it('knows Proton Mail as a service a court can order blocked', () => {
    expect(detect(`High Court directs government to take steps for blocking Proton Mail in Harbor\n\n${body}`).events[0]).toMatchObject({
      platform: 'Proton Mail',
      platformId: null,
      action: 'blocked',
    });
  });

  it('reads a ban on the ads of someone named as an act on them, and a ban on a kind of ad as a rule', () => {
    expect(detect(`Facebook bans ads from the Harbor Liberty Fund, a campaign group\n\n${body}`).events[0]).toMatchObject({
      platformId: 'facebook',
      action: 'banned',
    });
    expect(detect(`Facebook bans ads\n\nThe rule starts next month, the company said.`).detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets DC–DJ (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads petitions, calls for an act, lawsuits faced, deals blocked and users leaving as no act', async () => {
    const { headlineReportsNoAct, headlineIntendsAct } = await import('../../analysis/enforcement');
    for (const headline of [
      'TikTok ban: lawmakers oppose petition filed by a Harbor trader',
      'App ban in Harbor: petition',
      'Harbor search firm faces High Court action over refusal to remove YouTube clips',
      'Harbor council turns off Facebook comments after a wave of abuse',
      'Twitter’s new block feature is rolling out to everyone',
      'Harbor video app eyes the Harbor market after Twitter ban',
      'Studio signs deal for a new joint venture to avoid a ban',
      'Harbor Games takeover blocked by competition regulator',
      'Phone maker’s $20bn takeover of a chip firm blocked by regulator',
      'Google suspends parts of its business with a Harbor phone maker',
      'Harbor senator deletes Twitter after a week of abuse',
      'Stars Who Have Left X Since the Takeover',
      'Abuse online prompts Harbor MP to swear off tweeting',
    ])
      expect(headlineReportsNoAct(headline), headline).toBe(true);
    expect(headlineIntendsAct('Harbor politician answers a call by a lobby group for Twitter to suspend him')).toBe(true);
    expect(headlineIntendsAct('Streaming site prepares to welcome back banned creators')).toBe(true);
    // (An act ordered after a petition, or a platform removing an app, is still told.)
    for (const headline of [
      'Court orders TikTok blocked after a petition by parents',
      'Apple deletes Twitter from its store in Harbor',
      'Twitter suspends the account of a Harbor senator who deleted posts',
    ])
      expect(headlineReportsNoAct(headline), headline).toBe(false);
  });

  it('reads a guide to what happens when a platform acts on your work as no act', () => {
    expect(detect(`When YouTube takes down your video, it is not always a libel\n\n${body}`).detected).toBe(false);
  });

  it('reads a listing put back on sale, and a fundraising site named in three words', () => {
    expect(
      detect('Amazon relists a disputed book about Harbor after banning it for four years\n\nAmazon has put the book back on sale.')
        .events[0],
    ).toMatchObject({ platform: 'Amazon', action: 'reinstated' });
    expect(mayReportEnforcement('Go Fund Me freezes the Harbor convoy’s funds\n\nGo Fund Me has frozen the money raised.')).toBe(true);
  });
});

describe('enforcement detection: an app back in a store (our own words)', () => {
  it('reads an app back on an app store as a reinstatement by the store’s owner', () => {
    expect(
      detect('Harbor Quest is back on the App Store after a two-year fight\n\nApple had removed the game in 2022 over its payment system.')
        .events[0],
    ).toMatchObject({ platformId: 'apple-app-store', action: 'reinstated', target: 'Harbor Quest' });
  });

  it('does not read shoppers returning to shops, or a store returning to itself, as an act', () => {
    expect(detect('Shoppers return to Apple stores as the lockdown ends\n\nQueues formed outside on Monday morning.').detected).toBe(false);
    expect(detect('Harbor Quest returns to the arcade\n\nThe game is back in Harbor halls this week.').detected).toBe(false);
  });
});

describe('enforcement detection: a state act named as a noun (our own words)', () => {
  const body = 'The watchdog said the step would last until the company complied with the law.';

  it('reads "throttling of a platform in a country" as the state restricting it', () => {
    expect(detect(`Throttling of Twitter in Russia\n\n${body}`).events[0]).toMatchObject({
      platformId: 'x',
      action: 'restricted',
      orderedBy: 'Russia',
    });
    expect(detect(`The blocking of Telegram in Iran has sent users to other apps\n\n${body}`).events[0]).toMatchObject({
      platformId: 'telegram',
      action: 'blocked',
      orderedBy: 'Iran',
    });
  });

  it('does not read a ban debated or struck down as an act', () => {
    expect(detect(`Ban of TikTok in the US would hurt small firms, study says\n\nThe authors surveyed 500 owners.`).detected).toBe(false);
    expect(detect(`Ban of TikTok in Montana struck down by a judge\n\nThe state plans to appeal.`).detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets DK–DP (our own words)', () => {
  const body = 'Officials confirmed the step on Monday. Users said they had been told nothing in advance.';

  it('reads bills, cyberattacks, sports sanctions, fines for business practices and politicians blocking people as no act', async () => {
    const { headlineReportsNoAct } = await import('../../analysis/enforcement');
    for (const headline of [
      'Parliament is preparing a bill to regulate Telegram',
      'Harbor telecom restores mobile data after a cyberattack',
      'League suspends two players while it looks into match-fixing',
      'Esports body lifts lifetime bans on match fixers',
      'Regulator fines Google 42.1 billion won for restricting local app developers to its store',
      'Harbor Senator Blocks Facebook User And Is Fined',
      'Resident files lawsuit after being blocked from a councilman’s Facebook page',
    ])
      expect(headlineReportsNoAct(headline), headline).toBe(true);
    // (A state blocking a petition site, or officials blocking a platform, is an act.)
    for (const headline of ['Government blocks Change.org to stop petitions', 'Officials block X across Harbor'])
      expect(headlineReportsNoAct(headline), headline).toBe(false);
  });

  it('knows a live-streaming app, a petition site and an online game as services that act or are acted on', () => {
    expect(detect(`Regulator blocks Bigo, warns TikTok over vulgar content\n\n${body}`).events[0]).toMatchObject({
      platform: 'Bigo',
      platformId: null,
    });
    expect(
      detect(
        'Harbor blocks a petition site\n\nThe Harbor government ordered internet providers on Friday to block access to Change.org, the petition site.',
      ).events[0],
    ).toMatchObject({ platform: 'Change.org', action: 'blocked' });
    expect(detect(`World of Warcraft bans 100,000 accounts for botting\n\n${body}`).events[0]).toMatchObject({
      platform: 'World of Warcraft',
      action: 'banned',
    });
  });
});

describe('enforcement detection: "Facebook jail" (our own words)', () => {
  it('reads an account "in Facebook jail" as restricted by the platform, and a user jailed as no act', () => {
    expect(
      detect('Harbor police department is in Facebook jail\n\nFacebook restricted the page for 30 days after a post about a suspect.')
        .events[0],
    ).toMatchObject({ platformId: 'facebook', action: 'restricted', target: 'Harbor police department' });
    expect(detect('Harbor man jailed over Facebook posts\n\nA court sentenced him to two years on Monday.').detected).toBe(false);
  });
});

describe('enforcement detection: held-out sets DQ, DR (our own words)', () => {
  it('reads playlists as something a platform removes, and a fine called a punishment as no act', () => {
    expect(
      detect('Spotify removes playlists of two Harbor artists\n\nThe company said the lists broke its rules.').events[0],
    ).toMatchObject({
      platformId: 'spotify',
      action: 'removed',
    });
    expect(
      detect(
        'TikTok fined $300m in Harbor\n\nRegulators hit TikTok with a $300 million fine on Friday, the first time the video app has been punished for breaching the privacy law.',
      ).detected,
    ).toBe(false);
  });

  it('lets a state blocking "a social network" past the prefilter', () => {
    expect(
      mayReportEnforcement('Harbor’s telecom authority blocks access to a popular social network\n\nThe site was unreachable on Monday.'),
    ).toBe(true);
  });
});

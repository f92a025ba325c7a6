/**
 * The content script's cheap first look: can this text possibly report platform enforcement? One of
 * the detector's action cues must occur near the name of a platform, with something platforms act on
 * where the detector looks for it. Two short regular expressions scan the article's opening natively
 * (platform names; the first letters of cue words), and only the few candidates near a platform are
 * looked up word by word, so that most articles (sport, weather, politics without platforms) are set
 * aside in the page's main thread before any real work.
 *
 * The cue words are written out here rather than derived from the detector's vocabulary
 * (`enforcement-cues.ts`) when the page loads: building them there costs a fresh page 5–15 ms in
 * Chromium, and compiling the whole vocabulary into one expression 1–3 ms more. A unit test holds these
 * lists equal to the detector's.
 *
 * A fresh page compiles every expression it runs, and Chromium compiles one it first runs on a short
 * string slowly: a word's end is written `(?!\w)` rather than `\b` (the same test where a letter comes
 * before it, but a trailing `\b` after a long alternation took 5–10 times as long to compile), and the
 * object nouns are looked up as words.
 *
 * Tuned for recall, the full detector decides; but a page this lets through pays for the question to
 * the background (binding the extension's messaging, 2–6 ms in Chromium), so it asks for what the
 * detector's readings need: a platform in the cue's sentence or the one before, and an object, an
 * agent, a rule broken, or a platform named right next to the cue. Checked on every labelled real
 * article we have (docs/eval): no opening the detector flags is turned away.
 */

/** How far from a cue a platform name may stand, in characters: about two sentences. */
const NEAR = 300;

/**
 * Written as here, case and all: "Meta" is a platform, "meta" is not; "X" is, "x" is not. Camel-case brand
 * names may lose their inner capital ("Tiktok", "Youtube"), as the matcher allows.
 */
export const PLATFORM =
  /Facebook|Instagram|Twitter|\bX(?!\w)|𝕏|You[Tt]ube|Tik[Tt]ok|Telegram|\bMeta(?!\w)|Google|Apple|App Store|Reddit|Discord|Twitch|Spotify|Snapchat|Whats[Aa]pp|Threads|Linked[Ii]n|Bluesky|Rumble|Substack|Patreon|Pay[Pp]al|Cloudflare|\bKick(?!\w)|\bVK(?!\w)|Weibo|We[Cc]hat|Pinterest|Tumblr|Gab(?!\w)|Parler|Truth Social|Microsoft|Amazon|Steam|Valve|Epic Games|Roblox|Git[Hh]ub|Signal|Viber|Zoom|Go ?Fund ?[Mm]e|Visa|Mastercard|Stripe|Airbnb|Etsy|[Ee][Bb]ay|Uber|Lyft|Nextdoor|Only[Ff]ans|Venmo|Netflix|Dailymotion|Douyin|Bilibili|Wikipedia|Wikimedia|Medium\.com|4chan|8chan|8kun|BitChute|Clubhouse|GETTR|Gettr|Kiwi Farms|\bKoo(?!\w)|Mastodon|Messenger|\bMinds(?!\w)|OK\.ru|Odnoklassniki|Odysee|Quora|Sound[Cc]loud|Vimeo|Kickstarter|[Ii]tch\.io|Porn[Hh]ub|Name[Cc]heap|Go[Dd]addy|\bLINE(?!\w)|Nintendo|Play[Ss]tation|\bPSN(?!\w)|Xbox|Battle\.net|Blizzard|Riot Games|Ubisoft|Activision|Fortnite|Minecraft|Call of Duty|Valorant|League of Legends|Counter-Strike|Apex Legends|PUBG|Niantic|Pok[eé]mon G[Oo]|Tinder|Grindr|OkCupid|Bumble|Match\.com|\bGrab|\bBolt(?!\w)|Gojek|DoorDash|Deliveroo|Postmates|Instacart|\bDidi(?!\w)|iTunes|Deezer|Bandcamp|Audible|WordPress|Mozilla|Chrome Web Store|AfreecaTV|Nexus Mods|Squarespace|\bWix(?!\w)|Blogger|Flickr|DeviantArt|Imgur|Mailchimp|DreamHost|Hostinger|Bluehost|HostGator|DigitalOcean|Linode|Hetzner|Tucows|Gandi|Porkbun|\bEpik(?!\w)|Nominet|EURid|Veri[Ss]ign|Network Solutions|DENIC|CZ\.NIC|hosting compan|registrars?|AliExpress|Taobao|Shopee|Lazada|Tokopedia|Bukalapak|Flipkart|Meesho|Daraz|Jumia|Coupang|Pinduoduo|\bTemu(?!\w)|Shein|Mercado ?Libre|Mercado Pago|Paytm|PhonePe|GCash|Safaricom|M-P[Ee][Ss][Aa]|Zello|\bBigo(?!\w)|Change\.org|World of Warcraft|Dota 2|Overwatch|Proton ?(?:Mail|VPN)|Fiverr|Upwork|Craigslist|\bYelp(?!\w)|Trip[Aa]dvisor|Indiegogo|GiveSendGo|OpenSea|Rarible|Hugging Face|Disney\+|Disney Plus|Hulu|HBO Max|Prime Video|Paramount\+|Coinbase|Binance|Tether|KuCoin|Kucoin|OKX|Bybit|Kraken|Bitfinex|Worldcoin|Robinhood|Cash ?App|KakaoTalk|\bKik(?!\w)|MeWe|Periscope|ShareChat|Kuaishou|Xiaohongshu|Zhihu|Baidu|Naver|ChatGPT|DeepSeek|OpenAI|Open AI|Alphabet|ByteDance|Byte Dance|Tencent|Trump Media|Yandex|Grok|Replika|Character(?:\.| )AI|Midjourney|ВКонтакте|微博|微信|抖音|哔哩哔哩|Shopify|\bplatforms?(?!\w)|[Ss]ocial media|[Ss]ocial networks?(?!\w)|\bapps?(?!\w)|\bapplications?(?!\w)|\bchatbots?(?!\w)|\bmessengers?(?!\w)|\bVPNs?(?!\w)|\bsites(?!\w)|\bportals?(?!\w)|(?:[Dd]igital|[Oo]nline|[Ww]eb|[Ii]nternet) (?:newspapers?|magazines?|outlets?|publications?)(?!\w)|\bwebsites?(?!\w)|\bdomains?(?!\w)|\bURLs?(?!\w)|\bISPs?(?!\w)|\binternet(?!\w)|[Dd]ark[- ]?[Ww]eb|[Dd]arknet|\bmarketplaces?(?!\w)/g;

/** Where a cue may begin: the first letters of every cue's first word (none is a prefix of another). */
export const CUE_START =
  /\b(?:age\-r|axe|axing|ban|barre|blac|block|boot|cance|close|closi|crack|cut|deact|de\-i|de\-l|de\-pl|deind|delet|delis|demon|depla|desig|disab|disma|disru|drop|elimi|eras|expel|fact\-|flag|freez|froze|geo\-b|geobl|goes|goin|gone|halt|hid|inacc|kick|label|lift|limit|lock|pull|punis|purge|purgi|quara|reac|reins|relis|remov|resto|restr|revok|ridd|rids|scrub|seiz|sever|shado|shut|slow|stop|suspe|switc|tag|take|takin|termi|throt|took|turn|unban|unblo|un\-pu|unpub|unsus|warni|went|wipe|wipin|withh|yank)/gi;

/** Words that are a cue on their own, in lower case. */
export const CUE_WORDS: ReadonlySet<string> = new Set(
  [
    'age-restrict age-restricted age-restricting age-restricts axe axed axes axing ban banhammer banned banning ',
    'bans barred blacklist blacklisted blacklisting blacklists block blocked blocking blocks boot booted booting boots cancel canceled canceling cancelled cancelling cancels close closed closes closing ',
    'deactivate deactivated deactivates deactivating deactivation deactivations de-index de-indexed de-indexes de-indexing de-platform de-platformed de-platforming de-platforms deindex deindexed deindexes deindexing delete deleted deletes deleting de-list de-listed de-listing de-lists delist ',
    'delisted delisting delists demonetisation demonetise demonetised demonetises demonetising ',
    'demonetization demonetize demonetized demonetizes demonetizing deplatform deplatformed ',
    'deplatforming deplatforms designate designated designates designating disable disabled disables disabling dismantle dismantled dismantles dismantling disrupt disrupted disrupting disrupts drop dropped dropping drops eliminate eliminated eliminates eliminating erase erased erases erasing expel expelled expelling expels ',
    'fact-check fact-checked fact-checking fact-checks freeze freezes freezing froze frozen geo-block ',
    'geo-blocked geo-blocking geo-blocks geoblock geoblocked geoblocking geoblocks hid hidden hide ',
    'hides hiding inaccessible label labeled labeling labelled labelling labels lock locked locking locks pull ',
    'pulled pulling pulls punish punished punishes punishing purge purged purges purging quarantine quarantined quarantines quarantining reactivate reactivated reactivates reactivating reinstate reinstated reinstates reinstating ',
    'relist relisted relisting relists removal remove removed removes removing restore restored restores restoring restrict restricted ',
    'restricting restriction restrictions restricts revoke revoked revokes revoking ridding rids scrub scrubbed scrubbing scrubs seize seized seizes seizing shadow-ban shadow-baned shadow-baning ',
    'shadow-banned shadow-banning shadow-bans shadowban shadowbaned shadowbaning shadowbanned shadowbanning shadowbans shut slowed slowing slows ',
    'shutdown shutdowns shuts shutter shuttered shuttering shutters shutting suspend suspended suspending suspends suspension suspensions tag tagged tagging ',
    'tags take-down take-downs takedown takedowns terminate terminated terminates terminating ',
    'throttle throttled throttles throttling unban unbaned unbaning unbanned unbanning unbans unblock ',
    'unblocked unblocking unblocks un-publish un-published un-publishes un-publishing unpublish unpublished unpublishes unpublishing unsuspend unsuspended unsuspending unsuspends withheld withhold ',
    'wipe wiped wipes wiping withholding withholds yank yanked yanking yanks',
  ]
    .join('')
    .split(' '),
);

function followedBy(firsts: string[], rests: string[]): [string, string[]][] {
  return firsts.map((first) => [first, rests]);
}

/**
 * "Facebook took the department's page down", "takes some loan apps off Play Store", "shut the site
 * down", "kicking children off Instagram": phrasal verbs written around their object. The detector reads
 * them after every cue written whole, with the words between as the object; the prefilter looks for the
 * particle a few words on.
 */
export const SPLIT_CUE_FIRSTS: readonly string[] = [
  'take',
  'takes',
  'took',
  'taken',
  'taking',
  'shut',
  'shuts',
  'shutting',
  'kick',
  'kicks',
  'kicked',
  'kicking',
];
/** From just after the first word: up to five words (none of them the particle), then "down" or "off". */
export const SPLIT_CUE_REST = /((?:\s+(?!(?:down|off)\b)[\w'’.-]+){1,5}?)\s+(?:down|off)\b/y;

/** Words that are a cue only with what follows them ("took down", "lifted the ban"). */
export const CUE_PHRASES: ReadonlyMap<string, readonly string[]> = new Map([
  ...followedBy(['cut', 'cuts', 'cutting'], ['off', 'service', 'services', 'ties']),
  ...followedBy(['kick', 'kicked', 'kicking', 'kicks'], ['off']),
  ...followedBy(['flag', 'flagged', 'flagging', 'flags'], ['a', 'as', 'post', 'posts', 'the', 'tweet', 'tweets']),
  ...followedBy(
    ['lift', 'lifted', 'lifting', 'lifts'],
    [
      'a ban',
      'a restriction',
      'a restrictions',
      'a suspension',
      'its ban',
      'its restriction',
      'its restrictions',
      'its suspension',
      'the ban',
      'the restriction',
      'the restrictions',
      'the suspension',
    ],
  ),
  ...followedBy(['limit', 'limited', 'limiting', 'limits'], ['the distribution', 'the reach', 'the visibility']),
  ...followedBy(
    ['stop', 'stopped', 'stopping', 'stops'],
    [
      'accepting payments',
      'downloads',
      'hosting',
      'offering',
      'payment services',
      'payments',
      'processing',
      'providing',
      'selling',
      'serving',
      'supporting',
    ],
  ),
  ...followedBy(['halt', 'halted', 'halting', 'halts'], ['downloads', 'new downloads', 'payment processing', 'payments', 'processing']),
  ...followedBy(['crack', 'cracked', 'cracking', 'cracks'], ['down on']),
  ...followedBy(['slow'], ['down']),
  ...followedBy(['turn', 'turned', 'turning', 'turns', 'switch', 'switched', 'switches', 'switching'], ['off']),
  ...followedBy(['sever', 'severed', 'severing', 'severs'], ['access']),
  ...followedBy(['goes', 'went', 'gone', 'going'], ['dark']),
  ...followedBy(['take', 'taken', 'takes', 'taking', 'took'], ['down']),
  ...followedBy(['warning'], ['label', 'labels']),
]);

/**
 * The detector's object nouns (`OBJECT` in `enforcement-not-acts.ts`), as words to look up rather than an
 * expression: a fresh page compiles every expression it runs, and this one, the largest run on short
 * strings, cost 4 ms there. A unit test expands the detector's expression and holds these lists to it.
 */
export const OBJECT_WORDS: ReadonlySet<string> = new Set(
  [
    'account accounts ads advert advertisement advertisements adverts album albums app application applications apps avatar avatars ',
    'book booking bookings books botnet botnets bots broadcast broadcasts campaign campaigns channel channels chatbot chatbots clip clips comment ',
    'comedies comedy comments communities community content creator creators documentaries documentary domain domains donation donations driver drivers ebook ',
    'ebooks episode episodes extension extensions film films forum forums fundraiser fundraisers funds game gamer gamers games ',
    'group groups handle handles hashtag hashtags host hosts image images influencer influencers item items licence ',
    'licences license licenses link links listing listings livestream livestreams marketplace marketplaces material member members merchandise ',
    'message messages messenger messengers movie movies music network networks newsletter newsletters nfts page pages payment payments persona personas photo ',
    'paybill paybills photos picture pictures player players playlist playlists podcast podcasts poem poems poetry portal portals post posts product products profile ',
    'profiles project projects publication publications ratings reel reels repositories repository reservation reservations review reviews ',
    'search searche searches searchs seller sellers series server servers site sites song songs storefront storefronts stories ',
    'stream streamer streamers streams subreddit subreddits subs track tracks tweet tweets url urls user users video ',
    'videos vpn vpns wallet wallets website websites',
  ]
    .join('')
    .split(' '),
);
/** Two-word objects whose second word is no object alone: "troll farms", "online stores" ("e-commerce" is read as "commerce"). */
export const OBJECT_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([
  // ("a content creator" is a person: the detector reads the two words as one object.)
  ...followedBy(['content'], ['creator', 'creators']),
  ...followedBy(['fundraising'], ['drive', 'drives', 'effort', 'efforts']),
  ...followedBy(['influence'], ['operation', 'operations']),
  ...followedBy(['internet', 'ip'], ['addresses']),
  ...followedBy(['nft'], ['collection', 'collections']),
  ...followedBy(['commerce', 'ecommerce', 'merch', 'online'], ['shop', 'shops', 'store', 'stores']),
  ['web', ['addresses', 'market', 'markets', 'shop', 'shops', 'store', 'stores']],
  ...followedBy(['darknet'], ['market', 'markets']),
  ...followedBy(['troll'], ['farm', 'farms']),
]);

/** Word characters as `\w` has them: the object nouns are whole runs of these. */
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Whether `text` holds one of the detector's object nouns as a whole word ("removed [the accounts]"). */
export function hasObjectNoun(text: string): boolean {
  let previous = '';
  let previousEnd = -2;
  for (let i = 0; i < text.length;) {
    if (!isAsciiWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isAsciiWord(text.charCodeAt(i))) i++;
    // Longer than any object noun: not worth copying out.
    if (i - start > 16) continue;
    const word = text.slice(start, i).toLowerCase();
    if (OBJECT_WORDS.has(word)) return true;
    if (previousEnd === start - 1 && text.charCodeAt(previousEnd) === 32 && OBJECT_PAIRS.get(previous)?.includes(word)) return true;
    previous = word;
    previousEnd = i;
  }
  return false;
}
/** How far around a weak cue its object or platform may stand: past the detector's 70-character reach. */
const OBJECT_REACH = 90;
const AGENT_OR_PLACE = /^\s+(?:from|on|by|access)(?!\w)/i;
/**
 * "for violating its … policy", "for breaching the rules" this far after a cue: an act under a rule, which
 * the detector reads as a strong cue whatever its object. Shared with the detector, so both look as far.
 */
export const VIOLATION_NEAR = /\bfor (?:violating|breaching|breaking|(?:a |an )?(?:violations?|breach(?:es)?) of)(?!\w)/i;
export const VIOLATION_REACH = 180;
/**
 * "designated 'state-affiliated media' by Twitter": a quoted label between a passive cue and its agent.
 * Shared with the detector, which reads past the label to the agent.
 */
export const QUOTED_LABEL = /^\s+(?:as\s+)?(?:an?\s+)?[“"‘'][^“”"‘’']{2,40}[”"’'](?=\s+(?:by|on)\b)/;
const PASSIVE_AUX = /\b(?:been|was|were|is|are|be|being|get|got)\s+(?:\w+ly\s+)?$/i;

const HYPHEN = 45;
/** Longer than any cue, even hyphenated: not worth copying out to look up. */
const MAX_WORD = 48;

/** Letters, digits and (as word characters) surrogate halves; not the general punctuation block. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return c >= 0xc0 && (c < 0x2000 || c > 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

/** Whether `rest` ("the ban") follows position `at` after one space, in any case, and ends a word. */
function restFollows(text: string, at: number, rest: string): boolean {
  if (text.charCodeAt(at) !== 32) return false;
  const end = at + 1 + rest.length;
  return text.slice(at + 1, end).toLowerCase() === rest && !(end < text.length && isWordCode(text.charCodeAt(end)));
}

/**
 * "Twitter flags Amit Malviya's tweet": a flag on someone's post, the owner named right after the verb.
 * Shared with the detector, which reads it as a label.
 */
export const FLAG_FORMS = /^flag(?:s|ged|ging)?$/i;
export const OWNER_AFTER_FLAG = /^\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s/u;

function isCue(word: string, text: string, end: number): boolean {
  const lower = word.toLowerCase();
  if (CUE_WORDS.has(lower)) return true;
  if (FLAG_FORMS.test(lower) && OWNER_AFTER_FLAG.test(text.slice(end, end + 60))) return true;
  if (SPLIT_CUE_FIRSTS.includes(lower)) {
    SPLIT_CUE_REST.lastIndex = end;
    if (SPLIT_CUE_REST.test(text)) return true;
  }
  return CUE_PHRASES.get(lower)?.some((rest) => restFollows(text, end, rest)) ?? false;
}

interface PlatformName {
  start: number;
  end: number;
  /** "platform", "apps", "social media": a kind of service, not one named. */
  generic: boolean;
}

/** What the platform expression finds that is a kind of service, not one named, in lower case. */
const GENERIC_PLATFORM: ReadonlySet<string> = new Set(
  'platform|platforms|social media|app|apps|application|applications|chatbot|chatbots|messenger|messengers|vpn|vpns|sites|portal|portals|website|websites|domain|domains|url|urls|isp|isps|internet|hosting compan|registrar|registrars|dark web|dark-web|darkweb|darknet|marketplace|marketplaces'.split(
    '|',
  ),
);

/** PLATFORM anchored where it is asked to look; built on first use, since the page gate never asks. */
let platformAt: RegExp | null = null;

/** Whether a platform is named (not a kind of service, "apps") right at `at`. */
export function namesPlatformAt(text: string, at: number): boolean {
  const sticky = (platformAt ??= new RegExp(PLATFORM.source, 'y'));
  sticky.lastIndex = at;
  const name = sticky.exec(text);
  return name !== null && !isGenericPlatform(name[0]);
}

/** A kind of service ("apps", "an online newspaper"), not one named. */
function isGenericPlatform(name: string): boolean {
  // (Run on every platform name a page's opening holds: the expression only for names of two words.)
  return (
    GENERIC_PLATFORM.has(name.toLowerCase()) || (name.includes(' ') && /\s(?:newspapers?|magazines?|outlets?|publications?)$/.test(name))
  );
}

/** Between a platform and its act: "Instagram blocked", "X services remain suspended", "Twitter has now banned". */
const PLATFORM_BEFORE_CUE =
  /^(?:['’]s)?(?:\s+(?:services|operations|app|website|access))?(?:,[^,;:.]{1,40},)?\s+(?:(?:has|have|had|is|was|were|are|been|being|also|now|then|will|just|already|remains?|remained|quietly|reportedly|on \w+|(?:decided|moved|agreed|chose|began|started|voted) to|(?:made|makes|took|takes) (?:the|a) (?:[\w-]+ )?decision to|begins|began|starts|started|continues|continued|keeps|kept|\w+ly)\s+)*$/i;
/**
 * Between an act and the platform it is done to: "drops Kiwi Farms", "suspend the use of the Telegram platform",
 * "slowing [down] YouTube", "blocks Chinese DeepSeek".
 */
const CUE_BEFORE_PLATFORM =
  /^\s+(?:(?:down|off)\s+)?(?:(?:of|on|against)\s+)?(?:(?:the|its|their)\s+)?(?:(?:services?|support|hosting|ties|access|use|operations?)\s+(?:to|for|with|of)\s+(?:the\s+)?)?(?:[a-z]{2,}(?:ese|ian|ish|ean)\s+|(?:US|U\.S\.|American|Israeli|Iraqi|Pakistani|Saudi|Thai)\s+)?(?:[a-z]+-[\w-]+\s+){0,2}(?:(?:forum|message board|imageboard|website|site|platform|app|network)\s+)?$/i;
/** "had its domain registration revoked": what someone had done to them. */
const CAUSATIVE = /\b(?:had|has|have|having|got|gets|get)\s+((?:its|their|his|her|the|a)\s+[^,;:]{0,60}?)\s+(?:\w+ly\s+)?$/i;

/** "slammed Twitch for [banning him]": between a platform and the gerund it is blamed (or thanked) for. Shared with the detector. */
export const BLAMED_FOR = /^\s+for\s+(?:\w+ly\s+)?$/i;
/** "put [the subreddit] into", "placed [two communities] under": what a measure was put on, before the noun. Shared with the detector. */
export const PUT_UNDER =
  /\b(?:put|puts|putting|placed|places|placing)\s+((?:the|its|a|an|their|two|three|several|many|dozens of)\s+[^,;:.]{1,60}?)\s+(?:in|into|under)\s+(?:a\s+)?$/i;

/** A named platform standing right before the cue as its subject, or right after it as its object. */
function platformNextTo(text: string, at: number, end: number, platforms: readonly PlatformName[]): boolean {
  return platforms.some(
    (p) =>
      !p.generic &&
      ((p.end <= at && at - p.end <= 60 && PLATFORM_BEFORE_CUE.test(text.slice(p.end, at))) ||
        // "slammed Twitch for banning him": what the platform is blamed for, as the detector reads it.
        (p.end <= at && at - p.end <= 20 && BLAMED_FOR.test(text.slice(p.end, at)) && /ing$/i.test(text.slice(at, end))) ||
        (p.start >= end && p.start - end <= 60 && CUE_BEFORE_PLATFORM.test(text.slice(end, p.start))) ||
        // "takes down Paranautical Activity from Steam": a name, then the platform it was taken off.
        (p.start >= end && p.start - end <= 90 && /\s(?:from|off)\s+(?:the\s+)?$/i.test(text.slice(end, p.start)))),
  );
}

/** Nouns of the act: their object may stand before them ("community bans") or be owned ("their ban of …"). */
const ACT_NOUN = /^(?:bans?|suspensions?|removals?|take-?downs?|shutdowns?|deactivations?|restrictions?|freezes?)$/i;
/** A headline's bare participle: "Popular Twitch streamer suspended after …". */
const BARE_PARTICIPLE = /(?:ed|froze|frozen|hid|hidden|shut)$/i;
/** "orders ISPs to block …": the providers a court or a regulator licenses, told to act. */
const PROVIDERS_TOLD =
  /\b(?:ISPs|(?:internet |service |telecom |network |mobile )?(?:providers|operators)|telcos|carriers)(?!\w)[^.;]{0,40}\bto\s+(?:\w+ly\s+)?$/i;

/** The words of the clause right before `at`, back to a comma, colon, semicolon or line break. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 80), at);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n')) + 1);
}

/**
 * Something platforms act on where the detector looks for it: an object after the cue ("removed [the
 * accounts]"), a passive's subject before it ("the accounts were removed"), what someone had done to
 * them, a place or an agent after it, a rule broken, or a named platform right next to it.
 */
/**
 * "shut down [mobile internet]", "blocked [social media]": a whole network, right after the cue, which the
 * detector reads as what a state cut off. Shared with the detector, so both read the same words.
 */
export const NETWORK_AFTER =
  /^\s+(?:(?:the|all|its)\s+)?(?:(?:popular|major|several|some|many|most|other|foreign|western|main|key)\s+)?((?:mobile |fixed |broadband )?internet(?: services?| access| connections?)?|social[- ]media(?: platforms?| sites| apps| services)?|messaging (?:apps|services)|mobile data(?: services)?)(?!\w)/i;

function hasObjectNear(text: string, at: number, end: number, platforms: readonly PlatformName[]): boolean {
  if (AGENT_OR_PLACE.test(text.slice(end, end + 12))) return true;
  if (QUOTED_LABEL.test(text.slice(end, end + 50))) return true;
  // (After the whole cue: "shut" is looked up here, "shut down" read by the detector.)
  if (NETWORK_AFTER.test(text.slice(end, end + 50).replace(/^\s+(?:down|off)(?!\w)/i, ''))) return true;
  // "removed the song for violating its policy": the detector reads an act under a rule as a strong cue.
  if (VIOLATION_NEAR.test(text.slice(end, end + VIOLATION_REACH))) return true;
  // "LinkedIn blocked in Russia", "Cloudflare drops Kiwi Farms": a platform as subject or object.
  if (platformNextTo(text, at, end, platforms)) return true;
  if (hasObjectNoun(text.slice(end, end + OBJECT_REACH))) return true;
  const before = text.slice(Math.max(0, at - OBJECT_REACH - 10), at);
  if (PASSIVE_AUX.test(before) && hasObjectNoun(before)) return true;
  const causative = CAUSATIVE.exec(before);
  if (causative !== null && hasObjectNoun(causative[1]!)) return true;
  if (PROVIDERS_TOLD.test(before)) return true;
  const word = text.slice(at, end);
  // "put the subreddit into quarantine": the noun, with what was put under it before it.
  if (/^quarantine$/i.test(word) && PUT_UNDER.test(before) && hasObjectNoun(before)) return true;
  // "community bans", "their permanent ban of the commentator", "TikTok ban", "social media restrictions".
  if (
    ACT_NOUN.test(word) &&
    (hasObjectNoun(before.slice(-30)) ||
      /\b(?:its|their)\s+(?:[\w-]+\s+)?$/i.test(before) ||
      platforms.some((p) => p.end <= at && at - p.end <= 2))
  )
    return true;
  // "Social media suspended in Gabon", "Social media platforms in Gabon have been suspended": a country's
  // block of them all, told in the passive. (Only there: "tagging me on social media" acts on no one.)
  if ((PASSIVE_AUX.test(before) || BARE_PARTICIPLE.test(word)) && /\bsocial[- ]media\b/i.test(clauseBefore(text, at))) return true;
  // "Access to The Herald website restricted in Russia", "Popular Twitch streamer suspended after …".
  return BARE_PARTICIPLE.test(word) && !PASSIVE_AUX.test(before) && hasObjectNoun(clauseBefore(text, at));
}

const isStop = (c: number) => c === 46 || c === 33 || c === 63;
/** '"', '”', '’', ')': a closing mark a sentence may end in after its stop. */
const isClosing = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

/** Where the sentence holding `at` begins: after a line break, or after ". " (a closing mark allowed). */
function sentenceStart(text: string, at: number): number {
  for (let i = Math.min(at, text.length); i > 0; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 10) return i;
    if (c !== 32 || i < 2) continue;
    const before = text.charCodeAt(i - 2);
    if (isStop(before) || (isClosing(before) && i >= 3 && isStop(text.charCodeAt(i - 3)))) return i;
  }
  return 0;
}

const SENTENCE_END = /[.!?]["”’)]?\s|\n/g;

function sentenceEnd(text: string, at: number): number {
  SENTENCE_END.lastIndex = at;
  const m = SENTENCE_END.exec(text);
  return m ? m.index + 1 : text.length;
}

/** "the company", "the platform": a platform named earlier, again, as the detector reads it. */
const PLATFORM_PRONOUN =
  /\bthe (?:[a-z-]+ ){0,2}?(?:company|platform|firm|social (?:media )?(?:network|platform|giant)|tech giant|app|site|service|retailer|marketplace)(?!\w)/i;

/** "my account was", "their channel has been": someone's own account, the subject of a passive. */
const OWN_ACCOUNT_PASSIVE =
  /\b((?:my|our|his|her|their|your)\s+(?:[\w-]+\s+)?(?:accounts?|channels?|pages?|profiles?|publications?|newsletters?|servers?|stores?|shops?|listings?))\s+(?:(?:has|have|had)\s+been|was|were|got)\s+(?:\w+ly\s+)?$/i;

/** "they deactivated [my account]", "it suspended [his channel]": someone's own account, the object. */
const OWN_ACCOUNT_OBJECT =
  /^\s+((?:my|our|his|her|their|your)\s+(?:[\w-]+\s+)?(?:accounts?|channels?|pages?|profiles?|publications?|newsletters?|servers?|stores?|shops?|listings?))(?!\w)/i;
const PRONOUN_SUBJECT = /(?:^|[^\w'’])(?:they|it)\s+(?:(?:had|have|has|then|just|also|finally|simply)\s+)*(?:\w+ly\s+)?$/i;

/**
 * Someone's own account acted on by no one the sentence names: the subject of a passive ("my account
 * was suspended") or the object after "they" or "it" ("they deactivated my account"). Null otherwise.
 * Shared with the detector, which takes the platform from the headline.
 */
export function ownAccountActedOn(before: string, after: string): string | null {
  if (/^\s+by\b/i.test(after)) return null;
  const passive = OWN_ACCOUNT_PASSIVE.exec(before);
  if (passive) return passive[1]!;
  return PRONOUN_SUBJECT.test(before) ? (OWN_ACCOUNT_OBJECT.exec(after)?.[1] ?? null) : null;
}

/**
 * The detector reads a sentence with the platforms it names, the one named in the sentence before
 * (a passive that goes on with its story), or any named earlier when the sentence says "the company".
 */
function platformInReach(text: string, at: number, end: number, platforms: readonly PlatformName[]): boolean {
  const own = sentenceStart(text, at);
  const from = sentenceStart(text, own - 2);
  const to = sentenceEnd(text, end);
  if (platforms.some((p) => p.start >= from && p.start < to)) return true;
  // "Why I am leaving Vimeo … Last month my channel was suspended", "… until they deactivated my
  // account": someone's own account acted on, in a story whose headline (the first line) names the platform.
  if (ownAccountActedOn(text.slice(Math.max(0, at - 80), at), text.slice(end, end + 60)) !== null) {
    const headlineEnd = text.indexOf('\n');
    if (headlineEnd > 0 && platforms.some((p) => !p.generic && p.end <= headlineEnd)) return true;
  }
  const sentence = text.slice(own, to);
  return PLATFORM_PRONOUN.test(sentence) && platforms.some((p) => p.start < from && p.start >= at - NEAR);
}

/**
 * Whether the word starting at `at` (or, for "anti-ban", one of its parts) is an action cue with
 * something platforms act on near it and a platform within the detector's reach.
 */
function isCueAt(text: string, at: number, platforms: readonly PlatformName[]): boolean {
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (isWordCode(c) || (c === HYPHEN && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1)))) end++;
    else break;
  }
  if (end - at > MAX_WORD) return false;
  const word = text.slice(at, end);
  const parts = word.includes('-') ? [word, ...word.split('-')] : [word];
  const cues = parts.filter((part) => isCue(part, text, end));
  if (cues.length === 0) return false;
  // The reach first: it is mostly a walk over characters, and most cues fail it.
  return platformInReach(text, at, end, platforms) && hasObjectNear(text, at, end, platforms);
}

export function mayReportEnforcement(text: string): boolean {
  // Most articles name no platform at all: one pass of the smaller expression settles them.
  const platforms: PlatformName[] = [];
  PLATFORM.lastIndex = 0;
  for (let m = PLATFORM.exec(text); m; m = PLATFORM.exec(text))
    platforms.push({ start: m.index, end: m.index + m[0].length, generic: isGenericPlatform(m[0]) });
  if (platforms.length === 0) return false;
  let p = 0;
  CUE_START.lastIndex = 0;
  for (let m = CUE_START.exec(text); m; m = CUE_START.exec(text)) {
    const at = m.index;
    while (p < platforms.length && platforms[p]!.start < at - NEAR) p++;
    if (p === platforms.length) return false;
    if (platforms[p]!.start <= at + NEAR && isCueAt(text, at, platforms)) return true;
  }
  return false;
}

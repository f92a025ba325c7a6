/**
 * Services that act on accounts, posts, apps or listings but have no card yet: game networks, dating
 * apps, ride-hailing and delivery apps, podcast directories, blog hosts, marketplaces. The enforcement
 * detector recognises them as the platform that acted, so that "Nintendo bans consoles …" is read like
 * "Twitch bans a streamer …"; nothing is said about them beyond the name the article uses (no card, no
 * badge, `platformId: null`). A name that gets a card moves to the card, which then wins any overlap.
 *
 * Written case and all, matched as whole words. Names that are also ordinary words ("Grab") count only
 * where the name acts or owns: followed by a verb in the third person or the past, "has", or "'s".
 */
import { charClass, WORD } from './text-classes';

/** Names that are only ever the service. */
export const UNCARDED_PLATFORM_NAMES: readonly string[] = [
  // Games and game networks
  'Nintendo',
  'Nintendo eShop',
  'Nintendo Switch Online',
  'PlayStation',
  'PlayStation Network',
  'PlayStation Store',
  // As often written with a lower-case s.
  'Playstation',
  'Playstation Store',
  'PSN',
  'Xbox',
  'Xbox Live',
  'Battle.net',
  'Blizzard',
  'Riot Games',
  'Ubisoft',
  'Activision',
  'Fortnite',
  'Minecraft',
  'Call of Duty',
  'Valorant',
  'League of Legends',
  'Counter-Strike',
  'Apex Legends',
  'PUBG',
  'World of Warcraft',
  'Dota 2',
  'Overwatch',
  'Niantic',
  'Pokémon Go',
  'Pokemon Go',
  'Pokémon GO',
  'Pokemon GO',
  // Dating
  'Tinder',
  'Grindr',
  'OkCupid',
  'Bumble',
  'Match.com',
  // Ride-hailing and delivery
  'GrabCar',
  'Gojek',
  'DoorDash',
  'Deliveroo',
  'Uber Eats',
  'Postmates',
  'Instacart',
  'Didi',
  // Audio and podcast directories
  'iTunes',
  'Apple Podcasts',
  'Apple Music',
  'Google Podcasts',
  'Deezer',
  'Bandcamp',
  'Audible',
  // Publishing, hosting and commerce
  'WordPress',
  'Squarespace',
  'Wix',
  'Blogger',
  'Flickr',
  'DeviantArt',
  'Imgur',
  'Mailchimp',
  // Live-streaming and modding sites that ban streamers and modders
  'AfreecaTV',
  'Nexus Mods',
  // Browser makers, which run the stores their extensions and add-ons are pulled from
  'Mozilla',
  'Chrome Web Store',
  // Web hosts and domain registrars
  'DreamHost',
  'Hostinger',
  'Bluehost',
  'HostGator',
  'DigitalOcean',
  'Linode',
  'Hetzner',
  'Tucows',
  'Gandi',
  'Porkbun',
  'Epik',
  // Domain registries, which suspend and put on hold the names under their top-level domain
  'Nominet',
  'EURid',
  'Verisign',
  'VeriSign',
  'Network Solutions',
  'DENIC',
  'CZ.NIC',
  'AliExpress',
  'Taobao',
  // Marketplaces in Asia, Africa and Latin America, which delist products and suspend sellers
  'Shopee',
  'Lazada',
  'Tokopedia',
  'Bukalapak',
  'Flipkart',
  'Meesho',
  'Daraz',
  'Jumia',
  'Coupang',
  'Pinduoduo',
  'Temu',
  'Shein',
  'Mercado Libre',
  'MercadoLibre',
  'Fiverr',
  'Upwork',
  'Craigslist',
  'Yelp',
  'Tripadvisor',
  'TripAdvisor',
  'Indiegogo',
  'GiveSendGo',
  // NFT marketplaces, which delist collections
  'OpenSea',
  'Rarible',
  'Coinbase',
  'Binance',
  // Crypto exchanges and stablecoin issuers, which freeze wallets and accounts; an identity project states suspended
  'Tether',
  'KuCoin',
  'Kucoin',
  'OKX',
  'Bybit',
  'Kraken',
  'Bitfinex',
  'Worldcoin',
  'Robinhood',
  'Cash App',
  'CashApp',
  'Mercado Pago',
  'Paytm',
  'PhonePe',
  'GCash',
  // Mobile money, which suspends merchants' paybill and till numbers on regulators' orders
  'Safaricom',
  'M-Pesa',
  'M-PESA',
  // Messaging and social networks
  'KakaoTalk',
  'Kik',
  'MeWe',
  'Periscope',
  'ShareChat',
  'Kuaishou',
  'Xiaohongshu',
  'Zhihu',
  'Baidu',
  'Naver',
  // A push-to-talk app states have blocked during protests
  'Zello',
  // A live-streaming app, and a petition site, that states have blocked
  'Bigo Live',
  'Bigo',
  'Change.org',
  // Encrypted mail and VPN services, which states and courts have ordered blocked
  'Proton Mail',
  'ProtonMail',
  'Proton VPN',
  'ProtonVPN',
  // AI chatbots, which states have blocked and stores have pulled
  'ChatGPT',
  'DeepSeek',
  'Grok',
  'Replika',
  'Character.AI',
  'Character AI',
  // AI image services, which ban users over what they generate
  'Midjourney',
  // AI model hubs, which states have blocked
  'Hugging Face',
  // Video streaming services, which pull episodes and films where a state objects
  'Disney+',
  'Disney Plus',
  'Hulu',
  'HBO Max',
  'Prime Video',
  'Paramount+',
];

/**
 * Names that are also ordinary words or other names: the service only where it acts or owns something,
 * or is the agent of a passive ("suspended by Grab"), and not as the last word of a longer name ("Usain
 * Bolt").
 */
export const UNCARDED_PLATFORM_WORDS: readonly string[] = ['Grab', 'Bolt'];

export interface UncardedMention {
  name: string;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so that "Xbox Live" wins over "Xbox". */
const byLength = (names: readonly string[]) => [...names].sort((a, b) => b.length - a.length).map(escape);

// Plain alternations (no Unicode flag, no look-behind): the scan runs over every analysed article, and
// the word boundaries are checked by hand on the few hits.
const NAMES = new RegExp(byLength(UNCARDED_PLATFORM_NAMES).join('|'), 'g');
const WORDS = new RegExp(byLength(UNCARDED_PLATFORM_WORDS).join('|'), 'g');
// ("Bolt also revealed …": an adverb may come between. "Grab driver banned …": or the service's people.)
const ACTS_OR_OWNS =
  /^(?:['’]s\b|\s+(?:(?:also|now|then|later|since|\w+ly)\s+)?(?:has|have|had|is|was|said|says|[a-z]+(?:s|ed))\b|\s+(?:drivers?|riders?|couriers?|users?|accounts?|merchants?|passengers?|app)\b)/;
const AGENT_OF_PASSIVE = /\bby\s$/;
/** A capitalised word just before, other than a sentence's opening word: "Usain Bolt", "Chevy Bolt". */
const NAME_BEFORE = /(?<!\b(?:The|A|An|In|On|At|By|For|After|But|And|When|While|Now|Then|So|As)\s)\b\p{Lu}[\p{L}.-]*\s$/u;

/** A name's edges are word edges: no letter or digit around it, and no dot before it (a host name's tail). */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 32;
  if (before === 46 || charClass(before) === WORD) return false;
  return end >= text.length || charClass(text.charCodeAt(end)) !== WORD;
}

/** Every occurrence of an uncarded service's name, left to right. */
export function findUncardedPlatforms(text: string): UncardedMention[] {
  const out: UncardedMention[] = [];
  for (const [pattern, mustAct] of [
    [NAMES, false],
    [WORDS, true],
  ] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const end = m.index + m[0].length;
      if (!standsAlone(text, m.index, end)) continue;
      if (mustAct) {
        const before = text.slice(Math.max(0, m.index - 24), m.index);
        if (NAME_BEFORE.test(before) || !(ACTS_OR_OWNS.test(text.slice(end, end + 32)) || AGENT_OF_PASSIVE.test(before))) continue;
      }
      out.push({ name: m[0], start: m.index, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The words that report an enforcement action, shared by the detector (`enforcement.ts`) and the content
 * script's prefilter (`enforcement-hint.ts`), so that the prefilter can never turn away an article the
 * detector would have recognised. They are written as plain phrases, not regular expressions: the
 * detector compiles them into one expression per action, while the prefilter only looks words up, so a
 * page that is turned away never pays for compiling a large expression (1.3–1.8 ms in V8).
 */

export type CueStrength = 'strong' | 'weak';

export interface CueGroup {
  /** The action the phrases name, as events report it. */
  action: string;
  /**
   * A strong cue ("banned", "suspended") read with a platform as its subject is enforcement whatever its
   * object; a weak one ("removed", "blocked", "closed") only when its object is something platforms act
   * on ("accounts", "the app"), since platforms also remove features and close offices.
   */
  strength: CueStrength;
  /** Every word form, spelled out (no stemming surprises), lower case; words separated by one space. */
  phrases: readonly string[];
}

/** `stem` with each ending: forms('suspend', '', 's', 'ed') → suspend, suspends, suspended. */
function forms(stem: string, ...endings: string[]): string[] {
  return endings.map((e) => stem + e);
}

/** Every phrase "first second", for each first and each second word. */
function pairs(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((f) => seconds.map((s) => `${f} ${s}`));
}

/** The same words written closed up and hyphenated: "geoblock" and "geo-block". */
function hyphenOptional(prefix: string, words: readonly string[]): string[] {
  return words.flatMap((w) => [prefix + w, `${prefix}-${w}`]);
}

export const CUE_GROUPS: readonly CueGroup[] = [
  {
    action: 'reinstated',
    strength: 'strong',
    phrases: [
      ...forms('reinstat', 'e', 'es', 'ed', 'ing'),
      ...forms('unban', '', 's', 'ned', 'ning', 'ed', 'ing'),
      ...forms('unsuspend', '', 's', 'ed', 'ing'),
      ...forms('unblock', '', 's', 'ed', 'ing'),
      ...pairs(pairs(forms('lift', '', 's', 'ed', 'ing'), ['the', 'its', 'a']), ['ban', 'suspension', 'restriction', 'restrictions']),
      // "Facebook restriction lifted": the noun of the act, then its end, in a headline's passive.
      ...pairs(['ban', 'restriction', 'restrictions', 'suspension', 'block'], ['lifted']),
    ],
  },
  {
    // Also said of service after an outage: a reinstatement only with an object platforms act on.
    action: 'reinstated',
    strength: 'weak',
    // ("Facebook reactivated our ad account": what a platform had deactivated, turned back on.)
    // ("Amazon relists the book": a listing put back on sale.)
    phrases: [
      ...forms('restor', 'e', 'es', 'ed', 'ing'),
      ...forms('reactivat', 'e', 'es', 'ed', 'ing'),
      ...forms('relist', '', 's', 'ed', 'ing'),
    ],
  },
  {
    action: 'demonetized',
    strength: 'strong',
    phrases: [
      ...forms('demonetis', 'e', 'es', 'ed', 'ing', 'ation'),
      ...forms('demonetiz', 'e', 'es', 'ed', 'ing', 'ation'),
      // "disabled monetization on 12 of his videos": the same act, said in two words.
      ...pairs(forms('disabl', 'e', 'es', 'ed', 'ing'), ['monetization', 'monetisation']),
    ],
  },
  {
    action: 'geo-blocked',
    strength: 'weak',
    phrases: [
      ...hyphenOptional('geo', forms('block', '', 's', 'ed', 'ing')),
      ...forms('withhold', '', 's', 'ing'),
      'withheld',
      'inaccessible',
    ],
  },
  { action: 'suspended', strength: 'strong', phrases: [...forms('suspend', '', 's', 'ed', 'ing'), 'suspension', 'suspensions'] },
  // Also said of bombs and alarms: only with an object platforms act on ("deactivated drivers").
  { action: 'suspended', strength: 'weak', phrases: [...forms('deactivat', 'e', 'es', 'ed', 'ing', 'ion', 'ions')] },
  {
    action: 'banned',
    strength: 'strong',
    phrases: [
      ...forms('ban', '', 's', 'ned', 'ning'),
      'banhammer',
      ...hyphenOptional('de', forms('platform', '', 's', 'ed', 'ing')),
      ...pairs(forms('kick', '', 's', 'ed', 'ing'), ['off']),
      ...pairs(forms('boot', '', 's', 'ed', 'ing'), ['off', 'from']),
      'barred',
      ...forms('ax', 'e', 'es', 'ed', 'ing'),
      ...forms('expel', '', 's', 'led', 'ling'),
    ],
  },
  {
    // As often said of computers and budgets: enforcement only with an object platforms act on.
    action: 'banned',
    strength: 'weak',
    phrases: [...forms('boot', '', 's', 'ed', 'ing'), ...pairs(['cut', 'cuts', 'cutting'], ['off'])],
  },
  {
    action: 'locked',
    strength: 'strong',
    phrases: [...forms('lock', '', 's', 'ed', 'ing'), ...forms('freez', 'e', 'es', 'ing'), 'froze', 'frozen'],
  },
  {
    action: 'removed',
    strength: 'weak',
    phrases: [
      ...forms('remov', 'e', 'es', 'ed', 'ing', 'al'),
      // "Facebook unpublished the page", "Amazon is un-publishing COVID-19 poetry".
      ...hyphenOptional('un', forms('publish', '', 'es', 'ed', 'ing')),
      ...pairs(['take', 'takes', 'took', 'taken', 'taking'], ['down']),
      ...hyphenOptional('take', ['down', 'downs']),
      ...forms('delet', 'e', 'es', 'ed', 'ing'),
      // "eliminating 10.8 million posts": as often said of jobs and fees, so only with an object platforms act on.
      ...forms('eliminat', 'e', 'es', 'ed', 'ing'),
      // ("orders Google to erase search results": "erase" too, as often said of debts and records.)
      ...forms('eras', 'e', 'es', 'ed', 'ing'),
      ...forms('purg', 'e', 'es', 'ed', 'ing'),
      ...forms('scrub', '', 's', 'bed', 'bing'),
      // "Government posts wiped after Facebook ban": as often said of data and debts, so weak.
      ...forms('wip', 'e', 'es', 'ed', 'ing'),
      ...forms('pull', '', 's', 'ed', 'ing'),
      ...forms('yank', '', 's', 'ed', 'ing'),
      ...forms('disabl', 'e', 'es', 'ed', 'ing'),
      ...forms('terminat', 'e', 'es', 'ed', 'ing'),
      ...pairs(['shut', 'shuts', 'shutting'], ['down']),
      ...pairs(forms('clos', 'e', 'es', 'ed', 'ing'), ['down']),
      ...['shut', 'shuts', 'shutting', 'shutdown', 'shutdowns'],
      ...forms('shutter', '', 's', 'ed', 'ing'),
      // "turned off the internet", "switched off mobile data": said of lights and phones too, so weak.
      ...pairs(forms('turn', '', 's', 'ed', 'ing'), ['off']),
      ...pairs(forms('switch', '', 'es', 'ed', 'ing'), ['off']),
      ...hyphenOptional('de', forms('list', '', 's', 'ed', 'ing')),
      ...hyphenOptional('de', forms('index', '', 'es', 'ed', 'ing')),
      ...forms('clos', 'e', 'es', 'ed', 'ing'),
      ...forms('revok', 'e', 'es', 'ed', 'ing'),
      // "seized 13 web domains": as often said of drugs and assets, so only with an object platforms act on.
      ...forms('seiz', 'e', 'es', 'ed', 'ing'),
      'rids',
      'ridding',
    ],
  },
  {
    action: 'blocked',
    strength: 'weak',
    // ("OpenSea blacklists NFT collections": a marketplace barring listings from sale.)
    // ("Ministry severs access to the app": access cut, in other words.)
    phrases: [
      ...forms('block', '', 's', 'ed', 'ing'),
      ...forms('blacklist', '', 's', 'ed', 'ing'),
      ...pairs(forms('sever', '', 's', 'ed', 'ing'), ['access']),
      // "TikTok goes dark in the US as the ban takes effect": unreachable where a state blocks it (an
      // outage in the sentence is ruled out where the block is read).
      ...pairs(['goes', 'went', 'gone', 'going'], ['dark']),
    ],
  },
  {
    action: 'restricted',
    strength: 'weak',
    phrases: [
      ...forms('restrict', '', 's', 'ed', 'ing', 'ion', 'ions'),
      ...forms('throttl', 'e', 'es', 'ed', 'ing'),
      // "began slowing down YouTube traffic", "Russia begins slowing YouTube": throttling, in plain words.
      // (Not "slow" alone: "was slow to act".)
      ...pairs(forms('slow', '', 's', 'ed', 'ing'), ['down']),
      ...forms('slow', 's', 'ed', 'ing'),
      ...hyphenOptional('shadow', forms('ban', '', 's', 'ned', 'ning', 'ed', 'ing')),
      ...forms('quarantin', 'e', 'es', 'ed', 'ing'),
      ...forms('punish', '', 'es', 'ed', 'ing'),
      ...pairs(pairs(forms('limit', '', 's', 'ed', 'ing'), ['the']), ['reach', 'visibility', 'distribution']),
      ...forms('age-restrict', '', 's', 'ed', 'ing'),
      ...forms('hid', '', 'e', 'es', 'den', 'ing'),
    ],
  },
  {
    action: 'labelled',
    strength: 'weak',
    phrases: [
      ...forms('label', '', 's', 'ed', 'led', 'ing', 'ling'),
      ...pairs(forms('flag', '', 's', 'ged', 'ging'), ['as', 'the', 'a', 'post', 'posts', 'tweet', 'tweets']),
      'warning label',
      'warning labels',
      // "added fact-check labels to his tweets": one cue, read as the label it is.
      ...pairs(['fact-check', 'fact-checking'], ['label', 'labels']),
      ...forms('fact-check', '', 's', 'ed', 'ing'),
      ...forms('tag', '', 's', 'ged', 'ging'),
      // "NPR designated 'state-affiliated media' by Twitter": only with the label itself (`enforcement-not-acts.ts`).
      ...forms('designat', 'e', 'es', 'ed', 'ing'),
    ],
  },
  {
    // "Stripe will halt payment processing for the campaign's site", "Visa to stop payments for …": a
    // payment provider cutting someone off; only with an object platforms act on or a platform.
    action: 'payments cut off',
    strength: 'weak',
    phrases: [
      ...pairs(forms('halt', '', 's', 'ed', 'ing'), ['payment processing', 'processing', 'payments']),
      ...pairs(forms('stop', '', 's', 'ped', 'ping'), ['processing', 'payments', 'accepting payments', 'payment services']),
      ...pairs(forms('cancel', '', 's', 'ed', 'led', 'ing', 'ling'), ['payment processing']),
    ],
  },
  // "YouTube cracks down on conspiracy channels": only with an object platforms act on.
  { action: 'restricted', strength: 'weak', phrases: pairs(['crack', 'cracks', 'cracked', 'cracking'], ['down on']) },
  {
    // Common words in other senses ("shares dropped", "stopped offering refunds"): kept last, so that a
    // sentence's other cues are read first, and enforcement only with an object platforms act on or
    // another platform as the object ("Cloudflare drops Kiwi Farms").
    action: 'removed',
    strength: 'weak',
    phrases: [
      ...forms('drop', '', 's', 'ped', 'ping'),
      // ("Apple has stopped downloads in Brazil of the app Secret from the App Store".)
      // ("Amazon stops selling book by …": a store taking an item off sale.)
      ...pairs(forms('stop', '', 's', 'ped', 'ping'), [
        'providing',
        'serving',
        'hosting',
        'supporting',
        'offering',
        'downloads',
        'selling',
      ]),
      // ("Regulator halts new downloads of DeepSeek": the same as stopping them.)
      ...pairs(forms('halt', '', 's', 'ed', 'ing'), ['downloads', 'new downloads']),
      ...pairs(['cut', 'cuts', 'cutting'], ['service', 'services', 'ties']),
      ...forms('disrupt', '', 's', 'ed', 'ing'),
      // ("TikTok says it dismantled networks that tried to interfere": said of networks of accounts.)
      ...forms('dismantl', 'e', 'es', 'ed', 'ing'),
      // "Airbnb canceled bookings for those planning to attend": as often said of flights and events.
      ...forms('cancel', '', 's', 'ed', 'led', 'ing', 'ling'),
    ],
  },
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * One case-insensitive expression per group, in the order given (the detector reads the first group
 * that matches). Longer phrases come first, so "shut down" is read whole where it is written.
 */
export function compileCues(groups: readonly CueGroup[]): [RegExp, string, CueStrength][] {
  return groups.map((g) => [
    new RegExp(
      `\\b(?:${[...g.phrases]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|')})\\b`,
      'i',
    ),
    g.action,
    g.strength,
  ]);
}

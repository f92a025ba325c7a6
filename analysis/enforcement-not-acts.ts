/**
 * Sentences where an enforcement word reports no act of enforcement, read from the words around the cue
 * alone. The detector (`enforcement.ts`) asks these before it looks for an actor and a target; the
 * guards that need the sentence's entities (who ordered, which platform) stay with it. Each rule has
 * its own unit test in `tests/unit/enforcement.test.ts`.
 */
import type { CueStrength } from './enforcement-cues';

/** One cue, as found in its sentence. */
export interface CueReading {
  /** The cue as written: "banned", "labels", "taking down". */
  cue: string;
  action: string;
  strength: CueStrength;
  /** The sentence up to the cue, and from just after it. */
  before: string;
  next: string;
  sentence: string;
  /** The article's headline, for what a sentence leaves to it. */
  headline: string;
}

/** What platforms act on. The prefilter keeps a copy (`enforcement-hint.ts`), held equal by a unit test. */
export const OBJECT =
  /\b(?:accounts?|pages?|profiles?|channels?|posts?|videos?|tweets?|content creators?|content|material|groups?|networks?|apps?|applications?|games?|extensions?|servers?|subreddits?|forums?|communit(?:y|ies)|podcasts?|episodes?|films?|movies?|documentar(?:y|ies)|series|comed(?:y|ies)(?: specials?)?|songs?|tracks?|playlists?|music|nfts|nft collections?|albums?|(?:live)?streams?|broadcasts?|handles?|users?|creators?|streamers?|influencers?|sellers?|listings?|reservations?|bookings?|products?|(?:e-?)?books?|poems?|poetry|members?|hosts?|payments?|donations?|searche?s?|search terms|search results|campaigns?|items?|merchandise|projects?|funds|subs|drivers?|influence (?:operations?|campaigns?)|troll farms?|bot networks?|fundraisers?|fundraising (?:efforts?|drives?)|newsletters?|publications?|ads|adverts?|advertisements?|portals?|(?:operating |business )?licen[cs]es?|messages?|messengers?|bots|botnets?|chatbots?|VPNs?(?: services| apps| providers)?|clips?|reels?|stories|photos?|pictures?|images?|players?|gamers?|storefronts?|(?:merch(?:andise)?|online|web|e-?commerce) (?:stores?|shops?)|comments?|reviews?|ratings|websites?|sites?|domain names?|domains?|links?|repositor(?:y|ies)|hashtags?|livestreams?|personas?|avatars?|urls?|(?:web|ip|internet) addresses|(?:darknet|web) markets?|marketplaces?|paybills?(?: (?:numbers?|services?|accounts?))?|wallets?)\b/i;
/** The action named as a noun: "a ban", "account suspensions". */
export const ACTION_NOUN = /^(?:bans?|suspensions?|removals?|take-?downs?|deactivations?|shutdowns?|freezes?)$/i;
/** Service failing, not a decision: "restored after the outage", "suspended because of a bug". */
export const OUTAGE = /\b(?:outages?|glitch(?:es)?|bugs?|downtime|technical (?:problems?|issues?|faults?|difficulties))\b/i;

const LICENSING =
  /\b(?:expir\w* of (?:[\w-]+ ){0,3}licen[cs]es?|licen[cs](?:e|es|ing)\s+(?:deal|agreement|dispute|contract|rights|terms|expir\w*|ran out|lapsed)|licen[cs]es?\s+(?:ran out|expired|lapsed|ended)|(?:streaming|distribution|broadcast) rights|rights (?:deal|dispute|expired|lapsed)|contract (?:dispute|expired|ran out)|carriage (?:deal|dispute|agreement|fees?)|deal for a (?:renewed |new )?contract)\b/i;
/**
 * Devices, networks and people an employer or a school governs: "government phones", "banned for state
 * employees", "school networks", "access to the chatbot in schools". (Not any mention of employees:
 * "Government employees organised a stay away" is a strike, not an employer's rule.)
 */
export const EMPLOYER_DEVICES =
  /\b(?:(?:government|govt|gov['’]t|official|work|state|federal|staff|public|department|agency|council|school|campus|university)[- ](?:(?:issued|owned|mobile) ){0,2}(?:devices|electronic devices|electronics|phones|cell ?phones|smartphones|tablets|laptops|networks|computers)|(?:\b(?:for|among|to|by)\s+(?:all\s+)?)(?:state|government|federal|public) (?:workers|employees|staff)|(?:state|government|federal|public) (?:workers|employees|staff)(?=\s+from\s+(?:using|downloading|installing|accessing)|['’]s?\s+(?:devices|phones|computers|laptops))|state['’]s network|(?:House|Senate|congressional|parliamentary|military|army|Pentagon)(?: of Representatives)?(?:[- ](?:managed|issued|owned))? (?:devices|phones|smartphones|computers)|(?:in|at|across) (?:(?:the|its|all|public|state|city|city['’]s|local)\s+){0,2}schools|\b(?:bann?(?:ed|ing|s)?|barr?(?:ed|ing|s)?|prohibit(?:ed|ing|s)?)\s+(?:its\s+|all\s+)?(?:employees|staff|personnel|troops|soldiers|servicemen|officials|public servants|civil servants)\s+from\s+(?:using|downloading|installing|accessing))\b/i;
const STAFF_BARRED =
  /^\s+(?:its|their|all|federal|government|state|public)?\s*(?:officials|employees|staff(?:ers)?|workers|civil servants|lawmakers|troops|soldiers|personnel|officers)\s+from\b/i;
/** People an employer or a school governs, right before what they are barred from. */
const STAFF_BEFORE =
  /\b(?:officials|employees|staff(?:ers)?|workers|civil servants|lawmakers|troops|soldiers|servicemen|military men|personnel|officers|ministers|teachers|students|pupils)(?:\s+(?:in|of|at|across)\s+(?:the\s+)?[\w-]+)?\s+(?:(?:are|were|is|was|have been|has been|will be|being)\s+)?(?:\w+ly\s+)?$/i;
const USING_NEXT = /^\s+from\s+(?:using|accessing|installing|downloading|having)\b/i;
/** "TikTok's new community guidelines", "the platform's rules": a rule, as the subject of the cue. */
const RULE_SUBJECT =
  /['’]s\s+(?:[\w-]+\s+){0,2}?(?:guidelines|rules|polic(?:y|ies)|terms(?: of (?:service|use))?|community standards)\s+(?:(?:will|would|now|also|further)\s+)?$/i;
/** A practice named by a noun: "the balance of removing", "the process of shutting down". */
const PRACTICE_OF =
  /\b(?:(?:balance|practice|process|goal|aim|purpose|importance|cost|costs|way|ways|approach|business|job|task|role|responsibility|standard|history|habit|policy|policies) of|(?:approach|approaches|strategy|way|ways|stance|line) (?:to|in|on|for))\s+(?:\w+ing(?:\s+(?:down|off|up))?\s+(?:and|or)\s+)?$/i;
/** After an "-ing" cue: a short object, then the verb it is the subject of ("removing this content does curb"). */
const GERUND_SUBJECT = /^\s+(?:[\w'’-]+\s+){1,4}?(?:does|do|did|is|was|would|will|can|could|has|had|might|may|helps?|makes?)\s/i;
const TALK_NEXT = /^\s+(?:rumou?rs?|fears?|threats?|speculation|talk|chatter|hoax(?:es)?|scares?|jitters)\b/i;
const RULE_NOUN_NEXT = /^\s+(?:polic(?:y|ies)|rules?|guidelines|process(?:es)?|system|feature|tools?|appeals?|notices?|warnings?)\b/i;

const BELOW_THRESHOLD_NEXT =
  /^\s+(?:all\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:songs|tracks|videos|content|posts|channels|accounts|creators|streams|podcasts|apps)\s+(?:(?:that|which)\s+(?:have|get|earn|draw)\s+)?(?:below|under|with\s+(?:fewer|less)\s+than|fewer\s+than|less\s+than)\s+[\d,.]+/i;
const GENERATING_NEXT = /^\s+(?:[\p{L}\d.'’-]+\s+){1,3}?from\s+(?:generating|producing|rendering|editing|answering|responding)\b/iu;
const DESIGNATED_LABEL =
  /^\s+(?:(?:[\p{Lu}@][\p{L}\d'’.&-]*|its|the|their|his|her)\s+){0,4}(?:as\s+)?(?:an?\s+)?(?:["'‘“]|(?:state|government|publicly)[- ](?:affiliated|controlled|funded|sponsored|backed|owned)\b)/u;

/**
 * Kinds of content or conduct a rule bans, as the last word of what was banned: "bans fake news and
 * conspiracy theories", "a ban on parties", "banned sexually explicit content". A rule, not an act on
 * anyone's account.
 */
export const BANNED_KIND =
  /\b(?:news|misinformation|disinformation|theories|hoaxes|content|ads|advertising|advertisements|nfts?|crypto(?:currenc(?:y|ies))?|gambling|parties|guns|firearms|weapons|deepfakes|nudity|pornography|porn|speech|promotions|nationalism|separatism|supremacy|extremism)$/i;
const BAN_ON_KIND = new RegExp(`^\\s+on\\s+(?:all\\s+)?(?:[\\w-]+\\s+){0,3}?${BANNED_KIND.source.slice(0, -1)}\\b`, 'i');

const ING = /ing$/i;

/** A company's name, then the business it is kept from (Title Case too: "Apple From Collecting"). */
const BUSINESS_PRACTICE =
  /^\s+(?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}?[Ff]rom\s+(?:[Cc]ollecting|[Cc]harging|[Ii]mposing|[Ee]nforcing|[Rr]equiring|[Aa]cquiring|[Bb]uying|[Mm]erging|[Ss]elling|[Pp]aying|[Tt]racking|[Tt]raining|[Ss]haring)\b/u;

/** Each rule: when it applies, the cue reports no act. */
const NOT_AN_ACT: readonly ((c: CueReading) => boolean)[] = [
  // "removed the episodes after its licensing deal expired": a catalogue changing hands, not a decision
  // about what was said or who said it.
  (c) => c.strength === 'weak' && LICENSING.test(c.sentence),
  // Government phones and networks: an employer's rule, not an act on the platform's users. The
  // headline may be the only place that says whose devices "those devices" are.
  (c) => EMPLOYER_DEVICES.test(c.sentence) || EMPLOYER_DEVICES.test(c.headline),
  // "US govt bans its officials from using TikTok": an employer's rule for its own staff.
  (c) => STAFF_BARRED.test(c.next),
  // "military men and public officials banned from using Telegram": the same rule, in the passive.
  (c) => /^(?:banned|barred|prohibited|forbidden)$/i.test(c.cue) && STAFF_BEFORE.test(c.before) && USING_NEXT.test(c.next),
  // "TikTok's new community guidelines crack down on …": a rule is the subject, not the platform acting.
  (c) => RULE_SUBJECT.test(c.before),
  // "with them closing their online shops": someone else, named by a pronoun, does it.
  (c) => ING.test(c.cue) && /\b(?:them|us|you|him|her)\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "A judge blocked Apple from collecting these commissions": a company kept from a business practice.
  (c) => BUSINESS_PRACTICE.test(c.next),
  // "the app is banned from being used on House-issued devices": a rule for staff devices.
  (c) => /^\s+from\s+being\s+used\s+on\b/i.test(c.next),
  // "access was restored after the outage": service coming back, not a decision reversed.
  (c) => c.action === 'reinstated' && c.strength === 'weak' && OUTAGE.test(c.sentence),
  // "accidentally suspended millions of users" because of a bug: a software fault, not a decision about
  // anyone. A moderation mistake ("mistakenly demonetized", "‘erroneously’ blocked") is still an act.
  (c) => /\b(?:accidentally|inadvertently|mistakenly|erroneously)\s+[‘'"“]?$/i.test(c.before) && OUTAGE.test(c.sentence),
  // "traditional clothing will be banned from sale", "users who break it will be suspended": a passive
  // still to come is a rule or a plan, not an act.
  (c) => /\bwill\s+(?:(?:soon|now|also|then|all|only|either)\s+)?be\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "will warn users before their accounts are banned": a condition, not an act.
  (c) => /\b(?:before|until|unless|in case)\b[^.;,]{0,60}\b(?:are|is|get|gets|can be|could be|will be)\s+$/i.test(c.before),
  // "will warn users before blocking the account", "will warn you before you like a labeled tweet": what
  // a rule says will happen first (a past "warned him twice before banning him" is an act).
  (c) => /\b(?:will|would|must|should|can|could|to)\s+[^.;]{0,80}\b(?:before|until|unless|once|whenever)\s+[^.;,]{0,40}$/i.test(c.before),
  // "will block macros … by default": how a product behaves.
  (c) => c.strength === 'weak' && /\bby default\b/i.test(c.sentence),
  // "the balance of removing harmful content", "the process of shutting down": a practice, named.
  (c) => ING.test(c.cue) && PRACTICE_OF.test(c.before),
  // "insist the app be banned": a demand in the subjunctive.
  (c) => /(?<!\b(?:will|to|can|could|must|would|should|may|might|not|cannot|won['’]t)\s)\bbe\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "reverses ban on posting explicit content": a rule against doing something.
  (c) => /^bans?$/i.test(c.cue) && /^\s+on\s+(?:\w+ly\s+)?\w+ing\b/i.test(c.next),
  // "designated a terrorist group", "designated TikTok a gatekeeper": a status a state gives. Labelling
  // only with a label a platform shows, quoted or of state media, right after the name it was put on.
  (c) => /^designat/i.test(c.cue) && !DESIGNATED_LABEL.test(c.next),
  // "X has restricted Grok from generating images of real people": what a product may do, not an act on
  // anyone's account.
  (c) => c.action === 'restricted' && GENERATING_NEXT.test(c.next),
  // "demonetizes all songs below 1,000 streams": a threshold every item is held to is a rule, not an
  // act on anyone's account.
  (c) => BELOW_THRESHOLD_NEXT.test(c.next),
  // "Twitter three new labels warn users": a new kind of label is a feature.
  (c) => c.action === 'labelled' && /^labels?$/i.test(c.cue) && /\bnew\s+(?:[\w-]+\s+)?$/i.test(c.before),
  // "rules on banned content", "a list of blocked sites": a kind of thing, not an act on one.
  (c) =>
    /ed$/i.test(c.cue) &&
    /\b(?:on|of|about|against|with|any|such)\s+$/i.test(c.before) &&
    /^\s+[a-z-]+\b/.test(c.next) &&
    (OBJECT.exec(c.next.slice(0, 30))?.index ?? Infinity) <= 12,
  // "its account deactivation policy": the name of a rule.
  (c) => ACTION_NOUN.test(c.cue) && RULE_NOUN_NEXT.test(c.next),
  // "cracks down on AI videos with July monetization changes": the crackdown is a change of rules.
  (c) =>
    /^crack/i.test(c.cue) &&
    /^[^.;]{0,60}?\bwith\s+(?:[\w-]+\s+){0,3}(?:changes?|rules?|polic(?:y|ies)|updates?|guidelines)\b/i.test(c.next),
  // "fueling Telegram ban rumors", "TikTok ban fears": talk of an act, not the act.
  (c) => ACTION_NOUN.test(c.cue) && TALK_NEXT.test(c.next),
  // "finds unpublished chapters of her book": the adjective, work not yet published.
  (c) =>
    /^un-?published$/i.test(c.cue) &&
    /^\s+(?!(?:the|a|an|its|his|her|their|all|some|several|dozens|hundreds|thousands|by|from|on|after|for|over)\b)\p{L}/iu.test(c.next) &&
    // (After an auxiliary, or a name that is its subject, "Facebook unpublished pages …", it is the verb.)
    !/\b(?:is|was|were|been|be|being|has|have|had|got|gets)\s+(?:\w+ly\s+)?$/i.test(c.before) &&
    !/\p{Lu}[\p{L}.'’-]*\s+$/u.test(c.before),
  // "lifts travel ban on Telegram founder Durov", "a stadium ban": a ban on a person's movements.
  (c) => /^bans?$/i.test(c.cue) && /\b(?:travel|exit|entry|stadium|flight|flying|driving|residency)[- ]$/i.test(c.before),
  // "Kaohsiung restaurant's ban on TikTok": a venue's house rule on filming, not an act on the service.
  (c) =>
    /^bans?$/i.test(c.cue) &&
    /\b(?:restaurant|caf[eé]|bar|pub|hotel|shop|store|gym|museum|venue|club|stadium|theat(?:re|er)|cinema|mall|school|church|hospital)['’]s\s+(?:[\w-]+\s+)?$/i.test(
      c.before,
    ),
  // "TikTok filming is banned at our restaurant", "influencers are banned from entering": a place's rule.
  (c) =>
    /^(?:bann|prohibit|block)/i.test(c.cue) &&
    /^\s+(?:(?:at|in|inside)\s+(?:our|the|this|its|their)\s+(?:[\w-]+\s+)?(?:restaurant|caf[eé]|bar|pub|hotel|shop|store|gym|museum|venue|premises|club|stadium|theat(?:re|er)|cinema|mall|church|hospital)s?|from\s+entering)\b/i.test(
      c.next,
    ),
  // "quote a post that's been labeled as such": a kind of post, described.
  (c) =>
    c.action === 'labelled' &&
    /\b(?:a|an|any|every|such)\s+(?:[\w-]+\s+)?(?:posts?|tweets?|videos?|accounts?|content|stories|images?|photos?)\s+(?:that|which)(?:['’]s|\s+(?:has|have|had|is|are|was|were))?\s+(?:been\s+)?$/i.test(
      c.before,
    ),
  // "before you like a labeled tweet": a kind of post, not one that was labelled.
  (c) =>
    c.action === 'labelled' &&
    /ed$/i.test(c.cue) &&
    /\b(?:a|an|any|every|such)\s+$/i.test(c.before) &&
    /^\s+\w+/.test(c.next) &&
    OBJECT.test(c.next.slice(0, 20)),
  // "while removing this content does curb some misinformation": a practice as the subject of a sentence.
  (c) =>
    ING.test(c.cue) &&
    /(?:^|[,;:“"]|\b(?:while|that|because|since|although|though|if|when))\s*$/i.test(c.before) &&
    GERUND_SUBJECT.test(c.next),
  // "YouTube to stop removing …": a practice given up.
  (c) => ING.test(c.cue) && /\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|end|ends|ended|ending)\s+$/i.test(c.before),
  // "banned app developers from informing users": a prohibition of conduct, not an act on an account
  // ("banned TikTok Shop from operating" is a platform shut out).
  (c) =>
    /^ban/i.test(c.cue) &&
    /^\s+[^.;,]{1,60}?\bfrom ["“]?(?:\w+ly )?(?!posting|tweeting|streaming|uploading|using|accessing|livestreaming|selling|hosting|advertising|monetizing|operating)\w+ing\b/i.test(
      c.next,
    ),
  // "its permanent ban on parties": a rule against a kind of content or conduct.
  (c) => /^bans?$/i.test(c.cue) && BAN_ON_KIND.test(c.next),
  // "will face consequences that include account suspension": what a rule threatens.
  (c) =>
    /\b(?:will|would|could|may|might|can)\s+(?:\w+\s+){0,2}?(?:face|risk|result in|lead to|include|mean)\b[^.;]{0,80}$/i.test(c.before),
  // "the group was to be blocked", "the app should be banned": a plan or a demand, not yet done.
  (c) => /\b(?:(?:is|are|was|were)\s+to|should|ought to)\s+(?:\w+ly\s+)?be\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "will ban you … and drivers suspended from the app if you violate the guidelines": what happens to
  // whoever breaks a rule.
  (c) =>
    /^[^.;]{0,80}\b(?:if|unless|should)\s+(?:you|they|users?|drivers?|riders?|hosts?|guests?|anyone|someone|a user|creators?)\s/i.test(
      c.next,
    ),
  // "Permanently banned streamers can now appeal": the participle names a kind of user, not an act.
  (c) =>
    /ed$/i.test(c.cue) &&
    /(?:^|[:;]\s*|\b(?:permanently|temporarily|some|many|most|all)\s+)$/i.test(c.before) &&
    /^\s+(?:[a-z-]+\s+)?(?:streamers|users|accounts|creators|players|members|people|sellers|drivers)\s+(?:can|could|will|may|might|must|should|now|get|gets)\b/i.test(
      c.next,
    ),
  // "ordered the freezing of the accounts and assets of …", "froze his bank accounts": money held, not
  // an online account locked.
  (c) =>
    /^(?:freez|froze)/i.test(c.cue) &&
    /^\s+(?:of\s+)?(?:(?:the|his|her|their|its)\s+)?(?:[\w'’-]+\s+){0,3}?(?:(?:bank|financial|savings)\s+accounts?|accounts?\s+and\s+(?:assets|funds|properties|property)|assets|funds)\b/i.test(
      c.next,
    ),
  // "Kanye West barred from performing at the Grammys": kept from an event or a place, offline.
  (c) =>
    /^(?:barred|banned|bans?|bars?)$/i.test(c.cue) &&
    /^\s+from\s+(?:performing|attending|entering|competing|playing|travel(?:l?ing)|running|holding|coaching|voting|leaving|driving|flying|boarding|visiting)\b/i.test(
      c.next,
    ),
  // "have suspended processing government requests": a company pausing its own work, not an act on anyone.
  (c) =>
    /^(?:suspend|halt|paus)/i.test(c.cue) &&
    /^\s+(?!during\b|following\b|pending\b|according\b|including\b|starting\b|beginning\b|nothing\b|anything\b|something\b|everything\b)[a-z]+ing\s+(?!of\b)[a-z]/.test(
      c.next,
    ),
  // "users across the globe were locked out of their accounts": a login failure, not a lock placed on someone.
  (c) => /^lock/i.test(c.cue) && /^\s+out\s+of\b/i.test(c.next) && /\busers\b/i.test(c.before),
  // "a lawsuit against Vimeo over its decision to remove his videos": the act is what the case is about.
  (c) =>
    /\b(?:lawsuits?|suits?|complaints?|litigation|case)\b[^.;]{0,120}\bover\s+(?:its|the|their|a)\s+(?:decision|move|choice)\s+to\s+$/i.test(
      c.before,
    ),
  // "a lawsuit over video takedowns": the act as what a case is about, which is what the sentence reports.
  (c) =>
    ACTION_NOUN.test(c.cue) &&
    /\b(?:lawsuits?|suits?|cases?|complaints?|disputes?|litigation)\s+(?:over|about|against|challenging)\s+(?:[\w-]+\s+){0,2}$/i.test(
      c.before,
    ),
  // "Montana TikTok ban likely violates rights": the ban as a law being judged, not an act.
  (c) => /^bans?$/i.test(c.cue) && /^\s+(?:likely\s+)?(?:violates?|would|could|faces?|is\s+unconstitutional)\b/i.test(c.next),
  // "Twitch bans that were completely bogus": a kind of ban, listed.
  (c) => /^bans$/i.test(c.cue) && /^\s+(?:that|which)\s+(?:were|are|have|had)\b/i.test(c.next),
  // "drivers fight back against accounts being randomly deactivated": a practice opposed.
  // ("speaks out about app being pulled" is one app, and an act.)
  (c) => /\b(?:against|over|about|protest(?:s|ing)?|fight(?:s|ing)?)\s+(?:[\w-]+\s+){0,2}[\w-]+s\s+being\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "chose not to extend a temporary order for X to hide the videos": an order not made.
  (c) => /\b(?:not|declin\w*|refus\w*)\s+to\s+(?:extend|grant|issue|make|renew)\b[^.;]{0,100}$/i.test(c.before),
  // "Usually, a streamer is removed because of …": what happens as a rule, not what happened.
  (c) => /^\s*[“"]?(?:usually|typically|generally|normally|in general|in most cases|most of the time)\b/i.test(c.before),
  // "Instagram outage: user accounts 'suspended' by bug", "the accidental wave of account suspensions
  // turning out to be an outage": a fault, whatever the notices said.
  (c) => OUTAGE.test(c.headline) || (OUTAGE.test(c.sentence) && /\b(?:accident(?:al|ally)|by mistake|in error)\b/i.test(c.sentence)),
  // "a former driver, whose name was withheld from case documents": a name kept private, not a post
  // withheld in a country.
  (c) =>
    /^withh/i.test(c.cue) &&
    (/\b(?:names?|identit(?:y|ies)|surnames?)\s+(?:(?:was|were|is|are|has been|have been|being)\s+)?(?:\w+ly\s+)?$/i.test(c.before) ||
      /^\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:names?|identit(?:y|ies))\b/i.test(c.next)),
  // "Dutch court locks Apple into a fine": the idiom.
  (c) => /^lock/i.test(c.cue) && /^\s+[^.;]{0,40}?\binto\b/i.test(c.next),
  // "a feature that labels posts made with AI": what a product does, not an act on someone.
  // "a policy that bans Covid-related apps unless …": what a rule says.
  (c) =>
    /\b(?:feature|tool|system|option|setting|filter|polic(?:y|ie)|rule|guideline|law)s?\s+(?:that|which)\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "its election policy in December 2020, which barred users from …": the same, past a short adjunct.
  (c) => /\b(?:polic(?:y|ie)|rule|guideline)s?\b[^.;,]{0,40},\s+which\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "Twitch is known for banning streamers": a reputation, not an act.
  (c) =>
    ING.test(c.cue) &&
    /\b(?:(?:well[- ])?known|notorious|famous|infamous|reputation|renowned)\s+(?:\w+\s+)?for\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "a new strike system for handling account bans": a practice.
  (c) => /\b(?:for|of)\s+(?:handling|managing|appealing|issuing|reviewing|tracking|explaining)\s+(?:[\w/-]+\s+){0,2}$/i.test(c.before),
  // "seeking to reactivate his suspended Twitter account": the state it is in, not an act reported.
  (c) => /ed$/i.test(c.cue) && /\b(?:his|her|their|its|my|our|your)\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "an order that the suspended accounts be restored": the participle describes them.
  (c) =>
    /ed$/i.test(c.cue) &&
    /\b(?:the|these|those)\s+$/i.test(c.before) &&
    /^\s+(?:[\w-]+\s+)?(?:accounts?|channels?|pages?|users?|profiles?)\b/i.test(c.next),
  // "YouTube to allow some banned creators to return": a kind of people, described by what was done to
  // them once; the news is what happens to them now.
  (c) =>
    /ed$/i.test(c.cue) &&
    /\b(?:some|many|several|most|all|previously|formerly|once)\s+$/i.test(c.before) &&
    /^\s+(?:[\w-]+\s+)?(?:accounts|channels|users|creators|streamers|members|sellers|players)\b/i.test(c.next),
  // "Airbnb bans hosts from using indoor cameras": a rule for everyone of a kind, about what they may do.
  (c) =>
    /^(?:bans?|barr?(?:s|ed)?)$/i.test(c.cue) &&
    /^\s+(?:all\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:hosts|guests|users|sellers|merchants|creators|streamers|drivers|riders|advertisers|developers|members|customers|people|anyone)\s+from\s+\w+ing\b/i.test(
      c.next,
    ),
  // "legislation which included the TikTok ban": the ban as part of a law.
  (c) =>
    /^bans?$/i.test(c.cue) &&
    /\b(?:legislation|laws?|bills?|package|measures?|act)\b[^.;]{0,40}\b(?:includ|contain)\w*\s+(?:[^.;]{0,30}\s)?$/i.test(c.before),
  // "creators noticed their funds were inaccessible": out of reach, not blocked in a country.
  (c) => /^inaccessible$/i.test(c.cue) && !/^\s+(?:in|to (?:users|people|readers) in)\s+\p{Lu}/u.test(c.next),
  // "granting a preliminary injunction, said that the TikTok ban …": a ban as a law, blocked or judged.
  (c) =>
    /^bans?$/i.test(c.cue) &&
    /\b(?:injunction|unconstitutional|struck down|strikes? down|halt(?:s|ed)?|blocked|blocks|overturn(?:s|ed)?)\b[^.;]{0,80}$/i.test(
      c.before,
    ),
  // "a state law banning TikTok", "the TikTok ban deadline", "the deadline for the TikTok closing".
  (c) => /\b(?:laws?|bills?|legislation|measures?)\s+(?:that\s+(?:would\s+)?|to\s+)?$/i.test(c.before) && /^ban/i.test(c.cue),
  // "the TikTok ban petitioner", "ban supporters", "the ban hearing": people or proceedings about a ban.
  (c) =>
    ACTION_NOUN.test(c.cue) &&
    /^\s+(?:deadline|law|bill|legislation|date|petition(?:er)?s?|proponents?|advocates?|opponents?|supporters?|critics?|campaigners?|debates?|hearings?|votes?|challenges?)\b/i.test(
      c.next,
    ),
  // "TikTok ban pushed by Hawley", "the ban proposed by lawmakers": a proposal, named by who backs it.
  (c) =>
    ACTION_NOUN.test(c.cue) &&
    /^\s+(?:\w+ly\s+)?(?:pushed|proposed|sought|backed|championed|introduced|sponsored|floated)\s+by\b/i.test(c.next),
  // "court declares Nigeria's Twitter ban unlawful": a ban judged.
  (c) => /^bans?$/i.test(c.cue) && /^\s+(?:was\s+|is\s+)?(?:unlawful|illegal|unconstitutional|void)\b/i.test(c.next),
  // "a government ban on devices", "a ban on iPhones at work", "banning security cameras inside homes":
  // hardware bought or used, not content online.
  (c) =>
    /^ban(?:s|ned|ning)?$/i.test(c.cue) &&
    /^\s+(?:on\s+)?(?:the\s+)?(?:use of\s+)?(?:[\w-]+\s+){0,2}?(?:devices?|iPhones?|phones?|smartphones?|handsets?|hardware|equipment|laptops?|computers?|chips?|drones?|vehicles?|cameras?)\b/i.test(
      c.next,
    ),
  (c) => /\b(?:deadlines?|dates?)\s+(?:for|of)\s+(?:the\s+)?(?:[\w-]+\s+)?$/i.test(c.before),
  // "will continue to enforce removal of content": a practice kept up.
  (c) => ACTION_NOUN.test(c.cue) && /\benforc(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?$/i.test(c.before),
  // "Airbnb enacts permanent ban on party houses": a rule against a kind of thing, announced (a ban on a
  // name, "announced a ban on Alex Jones", is an act).
  (c) =>
    /^bans?$/i.test(c.cue) &&
    /\b(?:enact|announc|introduc|codif|adopt|unveil|implement|institut)\w*\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}$/i.test(
      c.before,
    ) &&
    /^\s+on\s+(?:all\s+|any\s+)?[a-z]/.test(c.next),
  // "eBay to let regulators remove listings": a permission granted, not an act.
  (c) => /\b(?:let|lets|letting)\s+(?:[\w'’-]+\s+){1,3}$/i.test(c.before),
  (c) => /\b(?:enabl|allow|permit|empower)(?:e|es|ed|s|ing)?\s+[^.;]{0,80}\bto\s+(?:[\w'’-]+\s+){0,4}$/i.test(c.before),
  (c) => /\b(?:will|would|could|may|might)\s+(?:\w+\s+)?be\s+able\s+to\s+(?:\w+ly\s+)?$/i.test(c.before),
  // "no other state has passed a TikTok ban": legislation, not an act.
  (c) => /^bans?$/i.test(c.cue) && /\bpass(?:ed|es)?\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}$/i.test(c.before),
  // "regular drops of new games": releases, a noun.
  (c) => /^drops?$/i.test(c.cue) && /^\s+of\b/i.test(c.next),
  // "booted up 1.6 million pages": started, not threw out.
  (c) => /^boot/i.test(c.cue) && /^\s+up\b/i.test(c.next),
  // "she pulled up an Instagram video of the speech": brought up on a screen, not taken down.
  (c) => /^pull/i.test(c.cue) && /^\s+up\b/i.test(c.next),
  // "could be forced to take down content", "the power to order Wikipedia to remove images": an order
  // that might come, or that someone may give, not one given.
  (c) =>
    /\b(?:(?:could|would|might|may)\s+(?:\w+\s+){0,2}?(?:be\s+)?(?:forced|ordered|required|compelled|made)|(?:power|powers|authority|right)\s+to\s+(?:order|force|compel|require|direct))\s+(?:[^.;]{0,60}\s)?to\s+(?:\w+ly\s+)?$/i.test(
      c.before,
    ) ||
    // "If the ministry orders us to block X, we will": an order supposed.
    /\b(?:if|unless|whenever)\b[^.;,]{0,60}\b(?:orders?|directs?|instructs?|requires?|asks?)\s+(?:[\w'’-]+\s+){1,4}?to\s+$/i.test(c.before),
  // "Twitch is banning several gambling sites next month": an act announced for a later date.
  (c) =>
    /\b(?:is|are|will|to)\s+(?:\w+ly\s+)?$/i.test(c.before) &&
    /^[^.;]{0,60}?\b(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter)|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months))\b/i.test(
      c.next,
    ),
  // "US judge blocks the administration's TikTok app store ban": a ban halted, not an act on anyone.
  (c) =>
    /^(?:block|halt)/i.test(c.cue) &&
    /^\s+(?:(?!(?:after|over|for|in|amid|following|despite|because|as)\b)[\p{L}\d’'.-]+\s+){0,5}?bans?\b(?!\s+(?:from|on)\b)/iu.test(
      c.next,
    ),
  // "Shut down IPOB-linked YouTube channels – Buhari govt tells Google": a demand, quoted as a headline.
  (c) => /(?:^|:\s*)$/.test(c.before) && /^[^.;]{0,80}\s[–—-]\s+[^.;–—]{1,40}\b(?:tells?|urges?|asks?|begs?|wants)\b/i.test(c.next),
  // "boys suspended for five days from Old Plank Christian Academy": a school's, party's or league's
  // sanction, not an online service's.
  (c) =>
    /^(?:suspen|expel|ban|bar)/i.test(c.cue) &&
    /^\s+(?:for\s+[^.;,]{1,25}?\s+)?from\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:school|academy|college|university|classes|class|league|team|party|club|caucus|stadium|games?|competition|tournament)\b/iu.test(
      c.next,
    ),
  // "was suspended by the Overwatch League and his own team": a league's, a club's, a party's or a school's
  // sanction, told with its agent.
  (c) =>
    /^(?:suspen|expel|ban|bar|disciplin|fin)/i.test(c.cue) &&
    /^[^.;]{0,30}?\bby\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}(?:[Ll]eague|[Tt]eam|[Cc]lub|[Aa]ssociation|[Ff]ederation|[Pp]arty|[Ss]chool|[Uu]niversity|[Cc]ollege|NCAA|NFL|NBA|NHL|MLB|FIFA|UEFA)\b/u.test(
      c.next,
    ),
  // "suspends Apple from selling iPhones without a charger": a company barred from a trade, not an act on
  // anything online ("suspended the seller from selling on its marketplace" still is one).
  (c) =>
    /^(?:suspen|ban|bar|block)/i.test(c.cue) &&
    /^\s+(?:[\p{Lu}][\p{L}'’.&-]*\s+){1,3}from\s+(?:selling|marketing|importing|exporting|distributing|manufacturing)\b(?![^.;]{0,40}\b(?:on|via|through|online)\b)/u.test(
      c.next,
    ),
  // "banned over 55 million accounts and 68 thousand servers in six months": a total over a period, as
  // in a transparency report, not an act on anyone ("removed 8,000 accounts linked to …" still is one).
  (c) =>
    /^\s+(?:(?:over|more than|nearly|almost|about|around|some|roughly|a record)\s+)?[\d.,]+\s*(?:million|thousand|billion|mn|m|k)?\s+(?:[\w-]+\s+){0,2}?(?:accounts|videos|posts|servers|channels|comments|pieces of content|apps|ads)\b[^.;]{0,60}?\b(?:in\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|previous)\s+)?(?:(?:\d+|six|three|two|twelve)\s+)?(?:months?|quarters?|half|year|weeks)|from\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{4}\s+)?(?:to|through|until)|between\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|in\s+(?:Q[1-4]|H[12])\b)/i.test(
      c.next,
    ),
  // "its bans are targeting the right people": bans in general as the subject of a sentence.
  (c) =>
    /^(?:bans|suspensions|removals|takedowns)$/i.test(c.cue) &&
    /\b(?:its|their|the|these|those|such)\s+(?:[\w-]+\s+)?$/i.test(c.before) &&
    /^\s+(?:are|were)\s+(?:\w+ly\s+)?\w+ing\b/i.test(c.next),
  // "Twitch canceled its streams at the convention": a company calling off its own, not an act on anyone.
  (c) => /^cancel/i.test(c.cue) && /^\s+(?:all\s+)?(?:its|their|our|my)\b/i.test(c.next),
  // "sued Amazon for terminating its hosting": the act is the reason for a lawsuit or a fine, which is
  // what the sentence reports ("faces backlash for blocking" still reports the blocking).
  (c) =>
    ING.test(c.cue) &&
    /\b(?:su(?:e|es|ed|ing)|fin(?:e|es|ed|ing)|lawsuit|suit|complaint|damages)\b[^.;]{0,60}\b(?:for|over)\s+$/i.test(c.before),
];

export function isNotAnAct(reading: CueReading): boolean {
  return NOT_AN_ACT.some((rule) => rule(reading));
}

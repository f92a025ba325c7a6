/**
 * What a headline says the story is about, when that is something other than an act told: a guide, a
 * denial, a demand, a lawsuit or a ruling, a total, an outage, someone else's act; or an act only intended.
 * Pure functions over the headline's text, used by the detector and by the model's reading alike.
 */
import { namesPlatformAt } from './enforcement-hint';
import { isPlaceName } from './place-names';

/**
 * Headlines of guides, explainers and listicles: how, why or what in general, reasons, tips, and what it
 * means "when a platform takes down your video".
 */
const GUIDE_HEADLINE =
  /^(?:when\s+[^,.;:]{0,60}\byour\b|explainer\b|how (?:to|do|can|does|you)\b|why (?:is|are|does|do|you|your)\b|what (?:to do|do i|do you|can|happens|is|are|makes|will get)\b|\d+ (?:reasons|ways|tips|things|steps)\b|(?:a |the )?(?:complete |ultimate |beginner['’]?s? )?guide\b|faq\b|tips\b)|\b(?:how to (?:fix|avoid|appeal|recover|get|check)|what to do (?:if|when))\b/i;

/**
 * A headline denying an act ("Regulator denies blocking news portals") or a report ("Meta belies report of
 * meeting …"): the denial is the news. So is a refusal ("LINE refuses the junta's request to monitor
 * chats"), but not a refusal given as the act's cause ("Rumble is blocked in Russia after refusing censorship
 * requests"). (A dot inside a name, "Itch.io", ends nothing.)
 */
export const DENIED_ACT =
  /\bden(?:y|ies|ied|ying)\b(?:[^.;:]|\.(?=\w)){0,60}\b(?:block|ban|remov|suspend|restrict|censor|take ?down|shadow-?ban|delist)|\b(?:den(?:y|ies|ied|ying)|beli(?:e|es|ed)|refut(?:e|es|ed|ing)|debunk(?:s|ed|ing)?|reject(?:s|ed)?)\s+(?:the\s+)?(?:[\w'’‘-]+,?\s+){0,6}?(?:reports?|claims?|allegations?|rumou?rs?|accusations?|stor(?:y|ies))\b|(?<!\b(?:after|for|over|following)\s+)\b(?:refus(?:e|es|ed|ing)|reject(?:s|ed|ing)?)\s+(?:[\w’'-]+\s+){0,3}?(?:requests?|demands?|orders?|calls?)\b|\b(?:dismiss(?:es|ed)?|reject(?:s|ed)?|den(?:y|ies|ied)|throws? out|threw out|turns? down|turned down)\s+(?:[\w’'-]+\s+){0,3}?(?:pleas?|bids?|requests?|petitions?|motions?|appeals?)\s+to\s+(?:lift|reinstate|restore|unban|unblock|ban|block|remove|suspend)\b/i;

/**
 * A headline whose news is a legal fight ending: "Judge dismisses Trump's case over Twitter ban",
 * "Australia drops federal case against X", "Court decides not to extend ban", "Court allows the video
 * to stay on X". The act it is about, if any, is told as background.
 */
const LEGAL_FIGHT_ENDS =
  /\b(?:dismiss(?:es|ed|ing)?|throws? out|threw out|toss(?:es|ed)?|drops?|dropped|ends?|ended|abandons?|abandoned|withdraws?|withdrew)\s+(?:[\w'’$.-]+\s+){0,4}?(?:lawsuit|suit|case|legal (?:fight|battle|challenge|bid|action)|injunction)\b|\bdecides? not to\b|\ballows?\b.{0,60}\bto (?:stay|remain)\b/i;

/**
 * A headline whose news is an act only intended, threatened, possible or asked for ("officials looking
 * to block Telegram", "Brazilian judge threatens to suspend X", "lawmakers press Apple to remove apps", "Can TikTok
 * be blocked in Azerbaijan?", "poll asking whether to reinstate the account", "demands to ban some channels",
 * "X should remove the militia's accounts", "responds to a call for the site to suspend him", "prepares to
 * welcome back banned creators").
 * The model reads the words of enforcement in such
 * stories and never decides them; the rules do only where the headline itself also reports an act
 * ("Twitter suspends Trump's account …, threatens to suspend it for good"). (Outage headlines are not
 * in it: "Itch goes down" was a registrar's takedown.)
 */
export const INTENDED_ACT_HEADLINE =
  /\b(?:lawmakers|legislators|senators|congressmen|MPs|politicians|activists|campaigners|critics|users|parents|advocates|advocacy groups|petitioners|fans|residents|families)\s+(?:ask|asks|asked|asking)\s+(?:[\w.'’,&-]+\s+){1,5}?to\s+(?:\w+\s+)?(?:block|ban|remove|suspend|restrict|shut|censor|delist|take down)\b|\bwarn(?:s|ed|ing)?\b[^.;:]{0,60}\bwill\s+(?:soon\s+)?be\s+(?:\w+ly\s+)?(?:pulled|removed|banned|blocked|suspended|delisted|deleted|taken down|restricted)\b|\bthreaten(?:s|ed|ing)?\s+(?:[\w.'’-]+\s+){1,5}?with\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:bans?|suspensions?|removal|blocks?|blocking|takedowns?|termination|demonetization)\b|^(?:can|could|will|would|should|may|might)\s+(?:[\w'’.-]+\s+){1,5}?be\s+(?:\w+ly\s+)?(?:blocked|banned|removed|suspended|restricted|shut down|censored|delisted)\b|\bcan (?:now )?(?:block|ban|remove|suspend|restrict|censor|delist)\b|\b(?:should|ought to)\s+(?:\w+ly\s+)?(?:block|ban|remove|suspend|restrict|shut|censor|take down|delist|deplatform|drop)\b|\bwhether (?:or not )?to (?:\w+ )?(?:block|ban|remove|suspend|restrict|reinstate|restore|unban|unblock)\b|\bdemand(?:s|ed|ing)? to (?:block|ban|remove|suspend|restrict|delist)\b|\b(?:looking|votes?|voted|voting|seek(?:s|ing)?|plan(?:s|ning)?|threaten(?:s|ing)?|wants?|mulls?|mulling|consider(?:s|ing)?|weighs?|weighing|may|could|might|poised|vows?|proposes?) (?:to )?(?:\w+ )?(?:block|ban|remove|suspend|restrict|shut|censor|take down|delist)|\b(?:press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|calls? on|called on|push(?:es|ed|ing)?|lobb(?:y|ies|ied|ying)|requests?|requested|wants?|wanted) (?:[\w.'’,&-]+ ){1,5}?to (?:block|ban|remove|suspend|restrict|shut|censor|take down|delist|pull|drop)|\b(?:a|with|in a|the)\s+(?:[\w-]+\s+)?move to (?:block|ban|bar|remove|suspend|restrict|shut)|\bwarn(?:s|ed|ing)?\s+(?:that\s+)?(?:it|they)\s+(?:will|would|could|may|might)\s+(?:\w+\s+)?(?:block|ban|remove|suspend|restrict|shut|throttle|slow|delist)\b|\bwarn(?:s|ed|ing)?\s+of\s+(?:a\s+)?(?:possible|potential|likely|imminent|looming|future)\s+(?:[\w-]+\s+){0,2}?(?:bans?|blocks?|blocking|shutdowns?|suspensions?|removals?)\b|\bcalls?\s+(?:by\s+[^.;:]{1,60}?\s+)?for\s+(?:[\w.'’,&-]+\s+){1,4}?to\s+(?:block|ban|remove|suspend|restrict|shut|censor|take down|delist|deplatform)\b|\bprepar(?:es?|ing)\s+to\s+(?:\w+\s+){0,2}?(?:block|ban|banned|remove|suspend|restrict|shut|reinstate|restore|unban|unblock)\b/i;

/**
 * "Papua New Guinea to block access to Facebook for one month", "Nasdaq to delist …", "Google set to ban
 * all crypto ads", "Google News search to remove sites …" (a service named with its kind), "YouTube to
 * reinstate creators …": a headline's future, the act (or its reversal) not yet done. (Title Case headlines are left out: "Did Citibank Pressure OpenSea To
 * Remove NFTs?" is a past act.)
 */
const FUTURE_ACT_HEADLINE =
  /^(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){1,4}(?:(?:[a-z]+\s+)?(?:search|platform|app|site|service|giant|firm|company|network|store|chatbot|maker|parent|owner|government|authorities|regulator|ministry|court|watchdog|police)\s+(?:\p{Lu}[\p{L}\p{N}.'’&-]*\s+){0,2})?(?:(?:is\s+|are\s+)?(?:set|poised|about|due|expected|preparing|ready)\s+)?to\s+(?:\p{Ll}+ly\s+)?(?:block|ban|remove|suspend|restrict|shut down|censor|take down|delist|pull|reinstate|restore|unban|unblock|lift)\b/u;

/** A headline about an act intended, threatened, asked for or still to come. */
export function headlineIntendsAct(headline: string): boolean {
  return INTENDED_ACT_HEADLINE.test(headline) || headlineTellsActAhead(headline);
}

/**
 * "Spotify to take down a podcast", "Regulator to restrict access to seven websites": the act in the
 * infinitive headlines use for what is about to happen, not a threat, a plan or a demand.
 */
export function headlineTellsActAhead(headline: string): boolean {
  return FUTURE_ACT_HEADLINE.test(headline) && !COMPLYING_WITH_ORDER.test(headline) && !INTENDED_ACT_HEADLINE.test(headline);
}

/**
 * "X to block over 8,000 accounts in India after government orders": a platform complying with an order
 * given, which the story goes on to report being done, not an act only planned.
 */
const COMPLYING_WITH_ORDER =
  /\b(?:after|following|under|in response to|to comply with)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:orders?|directives?|rulings?|injunctions?)\b/i;

/**
 * A headline that says an act did not happen: "Fact Check: WhatsApp has not been banned, viral message is
 * hoax", "Amazon fails to remove … books from sale", "Spotify will not silence Joe Rogan", "Trump can't block
 * Twitter users", "defends decision not to ban Alex Jones", "Cloudflare indicates services will continue for Kiwi
 * Farms", "Telegram CEO on why the platform isn't banning Hamas groups", "Study documents YouTube's failure to
 * remove extremist content", "YouTube will stop removing false claims", "deal for a new venture to avoid a ban". (Not a failure given as the reason:
 * "Russia slows Twitter over failure to remove banned content" reports the slowing.)
 */
const ACT_DID_NOT_HAPPEN =
  /\b(?:do|does)(?:\s*n['’]t|\s+not)\s+(?:shadow[- ]?ban|ban|block|censor|remove|suspend|throttle)\b|\b(?:(?:is|are|was|were|it['’]s|they['’]re)\s+not|(?:is|are|was|were)n['’]t)\s+(?:[“"‘']?\w+ly[”"’']?\s+)?(?:banning|blocking|removing|suspending|deleting|censoring)\b|\b(?:has|have|was|were|is|are)\s+not\s+(?:been\s+)?(?:banned|blocked|suspended|removed|shut down|deleted)\b|\b(?:fail(?:s|ed)?|refus(?:es|ed)|declin(?:es|ed))\s+to\s+(?:\w+ly\s+(?:(?:and|or)\s+\w+ly\s+)?)?(?:block|ban|remove|suspend|take down|delete|pull|delist|restore|reinstate|unblock|unban)\b|(?<!\b(?:over|for|after|following|amid)\s+(?:(?:its|their|the|[\w-]+['’]s?)\s+)?)\bfailures?\s+to\s+(?:\w+ly\s+(?:(?:and|or)\s+\w+ly\s+)?)?(?:block|ban|remove|suspend|take down|delete|pull|delist)\b|\b(?:will not|won['’]t|would not|wouldn['’]t)\s+(?:block|ban|remove|suspend|take down|delete|pull|delist|drop|silence|censor)\b|\bcan(?:not|['’]t)\s+(?:be\s+(?:forced|compelled|made|ordered|required)\s+to\s+)?(?:block|ban|remove|suspend|take down|delete|pull|delist)\b|\b(?:decision|decides?|decided|chooses|chose|opts?|opted)\s+not\s+to\s+(?:block|ban|remove|suspend|take down|delete|pull|delist|deplatform)\b|\bservices?\s+(?:will|to)\s+(?:continue|remain)\b|\b(?:(?:will|to)\s+stop|stops)\s+(?:removing|banning|blocking|suspending|deleting|labell?ing|flagging)\b|\b(?:will|to)\s+(?:continue|keep)\s+(?:to\s+)?(?:host|hosting|serv(?:e|ing)|protect(?:ing)?|support(?:ing)?)\b|\bto\s+(?:avoid|avert|escape|dodge|stave off|head off|prevent)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+)?(?:ban|block|shutdown|removal)\b/i;

/** "US judge blocks Trump administration's TikTok app store ban": a court halting a ban, not an act on anyone. */
const BAN_HALTED =
  /\b(?:judges?|courts?|justices)\s+(?:\w+\s+){0,2}?(?:blocks?|halts?|pauses?|suspends?|strikes? down|overturns?)\s+[^.;:]{0,60}\bban\b/i;

/**
 * "Shut down IPOB-linked YouTube channels – Buhari govt tells Google": a demand, quoted as the headline;
 * "Google asked by Punjab chief minister to remove app": a demand, told in the passive; "'Remove the episode,'
 * commission writes to YouTube", "Poland to Twitter and YouTube: Block Russian channels!", "Prosecutors demand
 * Facebook, Twitter crack down on anti-vaccine posts": a demand, addressed or quoted. (A city that "demands
 * Airbnb remove 4,100 listings" orders it.)
 */
const DEMANDED_ACT =
  /(?:^|:\s*)(?:shut down|block|ban|remove|suspend|take down|delete|pull|delist)\b[^.;]{0,80}\s[–—-]\s+[^.;–—]{1,40}\b(?:tells?|urges?|asks?|begs?|wants)\b|\basked\b(?:\s+by\b[^.;:]{1,60}?)?\s+to\s+(?:block|ban|remove|suspend|take down|delete|pull|delist)\b|\bdemand(?:s|ed|ing)?\s+(?:[\w.'’,&-]+\s+){1,5}?(?:to\s+)?crack down\b|^[‘'“"]\s*(?:shut down|block|ban|remove|suspend|take down|delete|pull|delist)\b.{0,100}?[’'”"]\s*,?\s+[^.;]{1,60}?\b(?:writes?|wrote|tells?|told|urges?|urged|asks?|asked|demands?|demanded|says?|said)\b|^[^:]{1,60}\s+to\s+[^:]{1,60}:\s*(?:shut down|block|ban|remove|suspend|take down|delete|pull|delist)\b/i;

/**
 * "Streamer sues Twitch over ban", "Instagram sued for deactivating a business's accounts", "Account
 * termination case fails", "Banned streamer wins lawsuit against Twitch", "Users file a lawsuit against PayPal
 * for freezing accounts", "Streamer suspended by Twitch in 2016 is now suing them", "Another blocked user loses
 * in court", "Google faces High Court action over refusal to remove videos": the lawsuit, or its end, is the
 * news; the act it is about is old, or did not happen.
 */
const LAWSUIT_OVER_ACT =
  /\b(?:is|are|was|were)\s+(?:now\s+)?suing\b|\bfil(?:es|ed|ing)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:lawsuit|suit|complaint)\s+(?:over|after|for)\b|\bfac(?:es|ed|ing)\s+(?:[\w-]+\s+){0,3}?(?:action|lawsuit|suit|case|challenge)\s+over\b|\b(?:sues?|sued|suing|(?:lawsuits?|suits?|complaints?)\s+against)\b[^.;:]{0,60}?\b(?:over|for|after)\s+(?:[\w'’“”"-]+\s+){0,2}?(?:ban|block|suspen|remov|deactivat|terminat|delet|censor|restrict|takedown|de-?platform|freez|froze)|\b(?:case|lawsuit|suit|legal challenge)s?\s+(?:fails|failed|rejected|dismissed|tossed|thrown out)\b|\b(?:wins?|won|loses?|lost|settles?|settled)\s+(?:[\w'’-]+\s+){0,3}?(?:lawsuit|suit|case|legal (?:fight|battle|challenge))\s+(?:against|over)\b|\b(?:wins?|won|loses?|lost)\s+(?:again\s+)?(?:in|at)\s+(?:[\w-]+\s+)?court\b|\b(?:launch(?:es|ed)?|files?|filed|lodges?|lodged|mounts?|mounted|brings?|brought)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:challenge|appeal|lawsuit|suit)\s+(?:to|against)\b[^.;:]{0,60}?\bban\b/i;

/**
 * "FB moves Delhi HC challenging order to globally remove links …", "X Corp moves Karnataka HC in appeal
 * against judgment that upheld takedown orders": a challenge to an order, the fight being the news.
 * ("Twitter fights Turkish order to block …" is left out: fighting an order it obeys; so is a challenge
 * dismissed, which leaves the order standing.)
 */
/**
 * "IHC issues notices to PTA against ban on X", "HC seeks Centre's reply on plea against app ban", "X appeals
 * to Turkey's highest court over account bans": a step in a case over an act, which is the news; the act is
 * its background.
 */
const COURT_STEP_OVER_ACT =
  /\bappeal(?:s|ed)?\s+to\s+(?:[\w'’-]+\s+){0,4}?(?:court|tribunal)\s+(?:over|against)\b|\b(?:(?:issues?|issued|sends?|sent|serves?|served)\s+notices?|summons(?:es)?|summoned|seeks?\s+(?:[\w-]+['’]s?\s+)?(?:reply|replies|response|report)|hears?\s+(?:a\s+|the\s+)?(?:plea|petition)s?)\b.*\b(?:ban|bans|banned|banning|block|blocking|blockade|suspension|removal|takedown|restoration|reinstatement)\b/i;

/**
 * "TikTok ban: MPs oppose petition filed by a businessman", "App ban: petition": a petition over a ban is
 * the news, unless the headline tells an order, or an act by its verb ("Government blocks a petition site to stop
 * petitions").
 */
const PETITION_OVER_ACT =
  /^(?!.*\b(?:orders?|ordered|blocks|blocked|bans|banned|suspends|suspended|removes|removed|restricts|restricted)\b).*(?<!\b(?:after|following|over)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2})\bpetition(?:s|ed|ers?)?\b/i;

const ORDER_CHALLENGED =
  /^(?!.*\b(?:dismiss|reject|toss|uphold|upheld))(?:.*)\b(?:challeng(?:e|es|ed|ing)|appeal(?:s|ed|ing)?(?:\s+against)?|contest(?:s|ed|ing))\s+(?:[\w’'-]+\s+){0,4}?(?:order|ruling|judgment|decision|directive|direction|verdict|injunction)s?\b/i;

/**
 * "Prince removes his music from streaming services": an owner withdrawing their own work; "Official
 * violated First Amendment by blocking critic on Facebook", "President blocks blogger Abraham Mutai on
 * Twitter": a user blocking another; "Sonakshi Sinha on deactivating her account": someone leaving; "Twitter's revamped block feature", "Council
 * turns off Facebook comments", "Senator blocks a Facebook user": users' own tools and pages. None is a platform's act or a state's.
 */
const OWN_OR_USER_ACT =
  /\b(?:to|after|by|on)\s+(?:delet(?:e|ing)|remov(?:e|ing)|wip(?:e|ing))\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:posts|photos|pictures|videos|tweets|content)\s+(?:on|from)\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:account|page|profile|channel)s?\b|\b(?:remov|pull|withdr[ae]w|yank|delet)\w*\s+(?:his|her|their)\s+(?:own\s+)?(?:[\w-]+\s+)?(?:music|songs?|catalog(?:ue)?|albums?|content|videos?|podcasts?|books?|work)\s+(?:from|off)\b|\b(?:un)?block(?:s|ed|ing)?\s+(?:[\w-]+\s+)?(?:critics?|followers?|constituents?|reporters?|journalists?|bloggers?|activists?)(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+(?:on|from)\b|,)|\bon\s+(?:deactivating|deleting|quitting|leaving|closing)\s+(?:his|her|their|my)\b|\b(?:developers?|creators?|makers?)\s+(?:pulls?|pulled|removes?|removed|withdraws?|withdrew|yanks?|yanked|takes?\s+down|took\s+down)\b|\b(?:taken\s+down|pulled|removed|withdrawn)\s+by\s+(?:its\s+|the\s+)?(?:developers?|creators?|makers?)\b|\bblock\s+(?:feature|function|functionality|button|tool|option)s?\b|\b(?:senators?|lawmakers?|mayors?|council(?:l?ors?|m[ae]n|wom[ae]n)|politicians?|sheriffs?|MPs?|representatives?|congress(?:m[ae]n|wom[ae]n))\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:un)?block(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?(?:users?|constituents?|residents?|voters?|commenters?|citizens?|people)\b|\b(?:council|police|government|ministry|department|club|school|company|firm|brand|newspaper|station|team|office)\s+(?:turns?|turned|switch(?:es|ed)?)\s+off\s+(?:its\s+)?(?:[\w-]+\s+)?comments\b/iu;

/**
 * "Bluesky gains a million new users from Brazil after X ban", "Koo launches in Nigeria after Twitter
 * suspension", "Koo eyes Nigerian market after Twitter ban": another service's gain is the news, the act only its occasion.
 */
const GAIN_AFTER_ACT =
  /\b(?:eyes|eyeing|targets|expands?|expanding|enters|gains?|gained|launch(?:es|ed)?|surges?|surged|booms?|boomed|soars?|soared|jumps?|jumped|benefits?|benefited|rises?|rose|tops?|topped|climbs?|climbed|welcomes?|welcomed)\b[^.;:]{0,60}\b(?:after|following|amid)\b[^.;:]{0,40}\b(?:ban|block|blocking|suspension|shutdown)\b/i;

/**
 * "Google fined by Russian court for refusal to delete prohibited information": the fine is the news, for
 * an act not done; "Regulator fines Google for restricting local developers to its store": a fine for a
 * business practice.
 */
const FINED_FOR_NOT_ACTING =
  /\bfine[sd]?\b(?:[^.;:]|\.(?=\d)){0,60}\bfor\s+(?:unfairly\s+)?(?:restricting|blocking|barring|forcing|limiting)\s+(?:[\w-]+\s+){0,3}?(?:developers|rivals|competitors|makers|sellers|merchants|publishers)\b|\bfine[sd]?\b[^.;:]{0,80}\b(?:(?:for|over)\s+(?:its\s+)?(?:refusal|refusing|failure|failing|not)\s+(?:to\s+)?\w+|(?:for\s+)?(?:delaying|delay(?:s|ed)?\s+in|being\s+(?:late|slow)))/i;

/**
 * "Indian Army asks personnel to delete Facebook, Instagram and 87 apps": an employer's rule for its own
 * staff's phones, not an act on any platform.
 */
const STAFF_TOLD_TO_DELETE =
  /\b(?:asks?|asked|orders?|ordered|tells?|told|directs?|directed|instructs?|instructed)\s+(?:its\s+|their\s+|all\s+)?(?:personnel|staff|employees|soldiers|officers|troops|workers|officials|civil servants|members)\s+to\s+(?:delete|remove|uninstall|stop using|quit)\b/i;

/**
 * "Councillor suspended by Conservative group after concerns about Facebook posts", "Two students
 * suspended after posting racist image on Snapchat", "Youth league suspends member who used a slur on
 * WhatsApp": a person disciplined by a party, school or employer over what they posted; "League suspends two
 * players over match-fixing": a sports body's sanction. (Not "… suspended from Twitter": the platform's act.)
 */
const PERSON_DISCIPLINED =
  /\bmatch[- ]?fix(?:ing|ers?)\b|\bdoping\b|\b(?:councill?ors?|MPs?|mayors?|teachers?|officers?|police(?:man|men|woman|women)?|nurses?|doctors?|students?|players?|coach(?:es)?|employees?|staff|officials?|lawmakers?|senators?|candidates?|members?|workers?|professors?|judges?|soldiers?|pilots?)\s+(?:is\s+|was\s+|has been\s+|have been\s+)?(?:suspended|sacked|fired|expelled|disciplined|reinstated|rehired)\b(?!\s+(?:from|on|by|to)\s+(?:\w+\s+){0,2}?(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Twitch|Reddit|Snapchat|LinkedIn|Discord|Telegram|WhatsApp|platform|site|app|account))|(?<!\b(?:Twitter|Facebook|X|Instagram|YouTube|TikTok|Twitch|Reddit|Snapchat|LinkedIn|Discord|Telegram|WhatsApp|Meta|Google|Kick|Rumble|platform|site|app|network)\s+)\b(?:suspends?|expels?|expelled|sacks?|sacked|disciplines?|disciplined)\s+(?:a\s+|the\s+|its\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:councill?ors?|MPs?|members?|teachers?|officers?|students?|players?|employees?|staff(?:ers?)?|officials?|candidates?|workers?)\b(?!\s+(?:from|on)\s+(?:\w+\s+){0,2}?(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Twitch|Reddit|Snapchat|LinkedIn|Discord|Telegram|WhatsApp|platform|site|app))/i;

/**
 * "TikTok removed 49 million videos in the second half of 2019", "23 lakhs accounts banned by WhatsApp in
 * October 2022": totals over a period, the story of a report, not of one act.
 */
const TOTALS_OVER_PERIOD =
  /\b\d[\d,.]*\s*(?:lakhs?|crores?|million|mn|billion|bn)\b[^.;:]{0,60}?\bin\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past)\s+(?:half|quarter|six months|three months)|(?:H|Q)[1-4]|\d+\s+months|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

/**
 * "TikTok cracks down on misinformation in latest global transparency report": totals over a period,
 * and "… viral to claim govt banned Instagram: Fact-check": a claim debunked. Neither reports an act.
 */
const TOTALS_OR_DEBUNK =
  /\btransparency report\b|\bfact[- ]?check\b.*\b(?:claim|viral|fake|false|edited|hoax|misleading)\b|\b(?:claim|viral|fake|false|edited|hoax|misleading)\b.*\bfact[- ]?check\b/i;

/**
 * "Instagram down: thousands of users locked out …", "Telegram down users mystery outage": a service
 * failing, not acted on. ("Twitter down in Turkey" is a state's throttling, and has no colon.)
 */
const OUTAGE_HEADLINE = /^[^:]{1,40}\sdown\s*:|\boutages?\b/i;

/** Headlines whose news is something other than an act, whatever words of enforcement they use. */
/**
 * "YouTube launches 'Second Chance' program to reinstate banned users", "Meta unveils tool to remove
 * deepfakes": a new means of acting, not an act done.
 */
const NEW_MEANS_TO_ACT =
  /\b(?:launch(?:es|ed)?|unveil(?:s|ed)?|introduc(?:es|ed)|rolls? out|rolled out|tests?|tested|pilots?|piloted|announc(?:es|ed))\s+(?:[^.;:]{0,40}?\s)?(?:program(?:me)?s?|pilots?|tools?|features?|process(?:es)?|systems?|initiatives?|polic(?:y|ies)|options?)\s+to\s+(?:\w+ly\s+)?(?:reinstate|restore|unban|ban|block|remove|suspend|flag|label|detect|delete|take down)\b/i;

/**
 * "Twitter accounts of Uttar Pradesh government hacked briefly", "News website gets hacked", "Hackers post false
 * report on a broadcaster's Twitter account", "Your app might be hacked", "Telecom restores service after cyberattack": a break-in, and its owners getting the
 * account back, is the news. (Not "Twitter locks hacked accounts": a platform acting on them; nor "Tanzania
 * restricts access to X after police accounts hacked": a state acting after the hack.)
 */
const HACKED_HEADLINE =
  /^(?!.*\b(?:suspend|ban|block|remov|lock|delet|terminat|disabl|restrict|throttl|shut|tak(?:e|es|en)\s+down|took\s+down))(?:[^.;:]*\b(?:accounts?|handles?|pages?|channels?|profiles?|apps?|phones?|devices?|websites?|sites?)\b[^.;:]{0,60}\b(?:hacked|compromised)\b|[^.;:]*\b(?:hackers?|cyber-?attacks?)\b)/i;

/**
 * "Top U.S. brands pull Google and YouTube ads over extremist videos": advertisers taking their own money
 * away, not a platform acting. (Not "YouTube pulls ads from …": the platform's act.)
 */
const ADVERTISERS_PULL =
  /\b(?:brands|advertisers|companies|firms|marketers|sponsors)\s+(?:\w+\s+){0,2}?(?:pull|pulls|pulled|halt|halts|halted|pause|pauses|paused|suspend|suspends|suspended|stop|stops|stopped|freeze|freezes|froze)\s+(?:their\s+)?(?:[\w-]+\s+){0,3}?(?:ads|advertising|advertisements|spending)\b/i;

/**
 * "Vimeo within its rights to take down Christian network's videos: court", "Anti-vaxxer's lawsuit over
 * channel removal fails", "Justice rejects X's appeal against blocking profiles", "Government's power extends to
 * blocking accounts: High Court", "Meta agrees to pay $25 million to settle lawsuit over suspension", "ECHR finds
 * Turkey guilty for blocking Google Sites", "Site-blocking laws pass Parliament", "Internet giants seek stay on
 * order removing video": a ruling, a settlement, a law or a step in a fight over an act is the news.
 */
const RULING_OVER_ACT =
  /\bwithin (?:its|their) rights?\s+to\b|\b(?:case|lawsuit|suit|legal challenge)s?\s+(?:over|against|about)\s+(?:[\w'’-]+\s+){0,5}?(?:fails|failed|rejected|dismissed|tossed|thrown out)\b|\b(?:rejects?|rejected|dismiss(?:es|ed)?|den(?:y|ies|ied))\s+(?:[\w'’-]+\s+){0,3}?appeals?\s+(?:against|over)\s+(?:[\w'’-]+\s+){0,3}?(?:block|ban|suspen|remov)|\bunder no obligation\b|\bpowers?\b[^.;:]{0,40}?\bextends?\s+to\b|\b(?:has|have|had)\s+(?:the\s+)?powers?\s+to\b|\b(?:settles?|settled|settlement|resolves?|resolved?)\b[^.;:]{0,60}\b(?:lawsuit|suit|case|claims?)\b|\b(?:can|may)\s+(?:pursue|proceed with|continue)\b[^.;:]{0,40}\b(?:lawsuit|suit|case|claims?)\b|\b(?:lawsuit|suit|case|claims?)\b[^.;:]{0,40}\b(?:allowed to proceed|can proceed|may proceed|moves forward)\b|\b(?:finds?|found|rules?|ruled|declares?|declared)\b[^.;:]{0,40}\b(?:guilty|unlawful|illegal|unconstitutional|in breach|in violation)\b|\b(?:blocking|block|ban|removal|takedown)\b[^.;:]{0,40}\bviolate[sd]?\b|\b(?:is|was|were|are)\s+(?:illegal|unlawful|unconstitutional)\b|\b(?:laws?|bills?|legislation)\s+(?:passe[sd]|pass)\b|\bseeks?\s+(?:a\s+)?stay\s+(?:on|of)\b/i;

/**
 * "PewDiePie just deleted his Twitter", "Helen Zille quits public Twitter account", "Police force quits X",
 * "Celebrities who have left X", "An MP swears off tweeting": someone closing their own account, or leaving a
 * platform.
 */
const OWN_ACCOUNT_CLOSED =
  /\b(?:delet|deactivat)(?:es|ed|e|ing)\s+(?:his|her|their)\s+(?:own\s+)?(?:Twitter|Facebook|Instagram|TikTok|YouTube|Snapchat|LinkedIn|Threads|X)\b(?!\s+(?:posts?|videos?|tweets?|photos?))|\bquits?\s+(?:(?:his|her|their|a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:Twitter|Facebook|Instagram|TikTok|YouTube|Snapchat|LinkedIn|Threads|X)\s+accounts?\b|\b(?:quits?|quitting|leaves|leaving|exits|ditch(?:es|ing)?|abandons|[Hh](?:ave|as|ad)\s+(?:[Nn]ow\s+)?[Ll]eft|deletes|deleted)\s+(?:Twitter|Facebook|Instagram|TikTok|YouTube|Snapchat|LinkedIn|Threads|X)\b(?!['’]s\b|\s+(?:posts?|videos?|tweets?|photos?|accounts?\s+of|apps?|from))|\b(?:swears?|swearing|swore)\s+off\b/;

/**
 * "Woman arrested in Iran over dance videos on Instagram", "Vietnam jails Facebook user over posts": the police
 * or a court acting on a person is the news, unless the headline also tells a platform's act. ("In Facebook jail"
 * is a platform's restriction.)
 */
const ARRESTED_HEADLINE =
  /^(?!.*\b(?:suspend|ban|block|remov|lock|delet|eras|terminat|disabl|restrict|throttl|shut|order|tak(?:e|es|en)\s+down|took\s+down))[^.;:]*\b(?:arrested|detain(?:s|ed)|(?<!\b(?:Facebook|Twitter|Instagram|X|YouTube|TikTok)\s)jail(?:s|ed)?|sentenced|convicted|imprisoned)\b/i;

/**
 * "Takeover of a game maker blocked by UK regulator", "Google suspends parts of business with Huawei": a deal or
 * a trade barred, not an act on anything online.
 */
/**
 * "Parliament is preparing a bill to regulate Telegram": a law in the making, not an act.
 */
const BILL_IN_MAKING =
  /\b(?:bill|draft law|draft legislation|legislation)\s+(?:that would\s+|to\s+)(?:regulate|ban|block|restrict|curb)\b|\b(?:drafting|preparing|introduc(?:es|ed|ing)|tabl(?:es|ed|ing)|propos(?:es|ed|ing))\s+(?:a\s+|the\s+)?(?:new\s+)?(?:bill|draft law|legislation)\b/i;

const DEAL_BLOCKED =
  /\b(?:takeover|merger|acquisition|buyout|deal)s?\s+(?:(?:of|for|with)\s+(?:[\w'’$.-]+\s+){1,4}?)?(?:is\s+|was\s+|has been\s+)?(?:blocked|halted|barred|vetoed)\b|\b(?:blocks?|blocked|halts?|halted|vetoe?s|vetoed)\s+(?:[\w'’$.-]+\s+){0,4}?(?:takeover|merger|acquisition|buyout)\b|\b(?:suspend|halt|end|stop|cut)(?:s|ed|ped|ing)?\s+(?:[\w-]+\s+){0,3}?(?:business|dealings|trade)\s+with\b/i;

const NO_ACT_HEADLINES: readonly RegExp[] = [
  BILL_IN_MAKING,
  DEAL_BLOCKED,
  PETITION_OVER_ACT,
  HACKED_HEADLINE,
  ARRESTED_HEADLINE,
  ADVERTISERS_PULL,
  RULING_OVER_ACT,
  OWN_ACCOUNT_CLOSED,
  NEW_MEANS_TO_ACT,
  OUTAGE_HEADLINE,
  TOTALS_OR_DEBUNK,
  TOTALS_OVER_PERIOD,
  LAWSUIT_OVER_ACT,
  COURT_STEP_OVER_ACT,
  ORDER_CHALLENGED,
  PERSON_DISCIPLINED,
  STAFF_TOLD_TO_DELETE,
  FINED_FOR_NOT_ACTING,
  OWN_OR_USER_ACT,
  GAIN_AFTER_ACT,
  DENIED_ACT,
  LEGAL_FIGHT_ENDS,
  ACT_DID_NOT_HAPPEN,
  BAN_HALTED,
  DEMANDED_ACT,
];

/**
 * A headline that reports no act, whatever its words: a denial, a legal fight that ends, an act said not
 * to have happened, a ban halted, a demand, a total, an outage, someone else's act or gain.
 */
export function headlineReportsNoAct(headline: string): boolean {
  return NO_ACT_HEADLINES.some((pattern) => pattern.test(headline));
}

/** Whether `words` open on a country's name or a state body: "Australia censoring …", "the government blocking …". */
function namesStateAt(words: string): boolean {
  if (/^the\s+(?:[\p{L}-]+\s+){0,2}?(?:government|authorities|regulator|court|ministry|watchdog)\b/iu.test(words)) return true;
  const names = /^(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}/u.exec(words)?.[0].trim().split(/\s+/) ?? [];
  return names.some((_, i) => isPlaceName(names.slice(0, i + 1).map((w) => w.toLowerCase())));
}

export function isGuideHeadline(headline: string): boolean {
  // "Why are Apple and Google removing apps …": asking why a named platform does something takes for
  // granted that it does; "Why are accounts suspended?" asks in general.
  const why = /^why (?:is|are)\s+/i.exec(headline);
  if (why && namesPlatformAt(headline, why[0].length)) return false;
  // "Why is Australia censoring …", "Why is the government blocking …": a state's act, the same way.
  if (why && namesStateAt(headline.slice(why[0].length))) return false;
  // "Explainer: What can make …": the label before a colon, and the words after it.
  return GUIDE_HEADLINE.test(headline) || GUIDE_HEADLINE.test(headline.replace(/^[^:]{0,25}:\s*/, ''));
}

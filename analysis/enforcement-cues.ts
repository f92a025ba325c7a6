/**
 * The words that report an enforcement action, shared by the detector (`enforcement.ts`) and the content
 * script's prefilter (`enforcement-hint.ts`), so that the prefilter can never turn away an article the
 * detector would have recognised.
 */

/**
 * Enforcement cues and the action each one names. Word forms are spelled out: no stemming surprises.
 * A strong cue ("banned", "suspended") read with a platform as its subject is enforcement whatever its
 * object; a weak one ("removed", "blocked", "closed") only when its object is something platforms
 * act on ("accounts", "the app"), since platforms also remove features and close offices.
 */
export const ACTION_CUES: readonly [RegExp, string, 'strong' | 'weak'][] = [
  [
    /\b(?:reinstat(?:e|es|ed|ing)|restor(?:e|es|ed|ing)|unbann?(?:ed|ing)?|unsuspend(?:s|ed|ing)?|unblock(?:s|ed|ing)?|lift(?:s|ed|ing)? (?:the|its|a) (?:ban|suspension|restrictions?))\b/i,
    'reinstated',
    'strong',
  ],
  [/\bdemoneti[sz](?:e|es|ed|ing|ation)\b/i, 'demonetized', 'strong'],
  [/\bgeo-?block(?:s|ed|ing)?\b|\bwithh(?:e|o)ld(?:s|ing)?\b|\bwithheld\b/i, 'geo-blocked', 'weak'],
  [/\bsuspend(?:s|ed|ing)?\b|\bsuspensions?\b/i, 'suspended', 'strong'],
  [
    /\b(?:ban|bans|banned|banning)\b|\bde-?platform(?:s|ed|ing)?\b|\bkick(?:s|ed|ing)? off\b|\bboot(?:s|ed|ing)? (?:off|from)\b|\bbarred\b|\bax(?:e|es|ed|ing)\b/i,
    'banned',
    'strong',
  ],
  [/\block(?:s|ed|ing)?\b|\bfr(?:eez(?:e|es|ing)|oze|ozen)\b/i, 'locked', 'strong'],
  [
    /\bremov(?:e|es|ed|ing|al)\b|\bt(?:ake|akes|ook|aken|aking) down\b|\btake-?downs?\b|\bdelet(?:e|es|ed|ing)\b|\bpurg(?:e|es|ed|ing)\b|\bpull(?:s|ed|ing)?\b|\byank(?:s|ed|ing)?\b|\bdisabl(?:e|es|ed|ing)\b|\bterminat(?:e|es|ed|ing)\b|\bshut(?:s|ting)?(?: down)?\b|\bdelist(?:s|ed|ing)?\b|\bclos(?:e|es|ed|ing)\b/i,
    'removed',
    'weak',
  ],
  [/\bblock(?:s|ed|ing)?\b/i, 'blocked', 'weak'],
  [
    /\brestrict(?:s|ed|ing|ions?)?\b|\bthrottl(?:e|es|ed|ing)\b|\bshadow-?bann?(?:ed|ing)?\b|\blimit(?:s|ed|ing)? the (?:reach|visibility|distribution)\b|\bage-restrict(?:s|ed|ing)?\b|\bhid(?:e|es|den|ing)?\b/i,
    'restricted',
    'weak',
  ],
  [
    /\blabel(?:s|ed|led|ing|ling)?\b|\bflag(?:s|ged|ging)? (?:as|the|a|posts?|tweets?)\b|\bwarning labels?\b|\bfact-check(?:s|ed|ing)?\b|\btag(?:s|ged|ging)?\b/i,
    'labelled',
    'weak',
  ],
];

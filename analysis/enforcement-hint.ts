/**
 * The content script's cheap first look: can this text possibly report platform enforcement? One of
 * the detector's own action cues must occur near the name of a platform. One pass over the words of
 * the article's opening, looking each up in a set, so that most articles (sport, weather, politics
 * without platforms) are set aside in the page's main thread before any real work. No regular
 * expression: compiling the cue vocabulary into one would cost a page more than the whole look.
 * Tuned for recall: the full detector decides.
 */
import { CUE_GROUPS } from './enforcement-cues';

/** How far from a cue a platform name may stand, in characters: about two sentences. */
const NEAR = 300;

/** Written as here, case and all: "Meta" is a platform, "meta" is not; "X" is, "x" is not. */
const PLATFORM_WORDS = new Set([
  ...['Facebook', 'Instagram', 'Twitter', 'X', '𝕏', 'YouTube', 'YouTuber', 'YouTubers', 'TikTok', 'TikToker', 'TikTokers'],
  ...['Telegram', 'Meta', 'Google', 'Apple', 'Reddit', 'Discord', 'Twitch', 'Spotify', 'Snapchat', 'WhatsApp', 'Threads'],
  ...['LinkedIn', 'Bluesky', 'Rumble', 'Substack', 'Patreon', 'PayPal', 'Cloudflare', 'Kick', 'VK', 'Weibo', 'WeChat'],
  ...['Pinterest', 'Tumblr', 'Gab', 'Parler', 'Microsoft', 'Amazon', 'Steam', 'Roblox', 'GitHub', 'Signal', 'Viber', 'Zoom'],
  ...['GoFundMe', 'Visa', 'Mastercard', 'Stripe', 'platform', 'platforms', 'app', 'apps'],
]);
/** Platforms named in two words: the first word, and what must follow it. */
const PLATFORM_PHRASES = new Map([
  ['App', ['Store']],
  ['Truth', ['Social']],
  ['social', ['media']],
]);

/** A phrase's first word → null when the word alone is a cue, else the words that must follow it. */
const ACTION_FIRST_WORDS = new Map<string, string[][] | null>();
for (const group of CUE_GROUPS) {
  for (const phrase of group.phrases) {
    const [first, ...rest] = phrase.split(' ') as [string, ...string[]];
    const known = ACTION_FIRST_WORDS.get(first);
    if (rest.length === 0) ACTION_FIRST_WORDS.set(first, null);
    else if (known !== null) ACTION_FIRST_WORDS.set(first, [...(known ?? []), rest]);
  }
}

const HYPHEN = 45;
/** The longest word worth looking up ("age-restricting"); longer words are skipped without a copy. */
const MAX_WORD = 16;

/** ASCII letters and digits; above ASCII, anything but the general punctuation block (curly quotes, dashes). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) ASCII_WORD[c] = c <= 57 || (c >= 65 && c <= 90) || c >= 97 ? 1 : 0;

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return c >= 0xc0 && (c < 0x2000 || c > 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

/** Whether `words` follow position `at`, each after exactly one space, compared in lower case when `fold`. */
function followedBy(text: string, at: number, words: readonly string[], fold: boolean): boolean {
  let i = at;
  for (const word of words) {
    if (text.charCodeAt(i) !== 32) return false;
    const written = text.slice(i + 1, i + 1 + word.length);
    if ((fold ? written.toLowerCase() : written) !== word) return false;
    i += 1 + word.length;
    if (i < text.length && isWordCode(text.charCodeAt(i))) return false;
  }
  return true;
}

function isPlatform(word: string, text: string, end: number): boolean {
  if (PLATFORM_WORDS.has(word)) return true;
  const next = PLATFORM_PHRASES.get(word);
  return next !== undefined && followedBy(text, end, next, false);
}

function isActionCue(word: string, text: string, end: number): boolean {
  const continuations = ACTION_FIRST_WORDS.get(word.toLowerCase());
  if (continuations === null) return true;
  return continuations !== undefined && continuations.some((rest) => followedBy(text, end, rest, true));
}

export function mayReportEnforcement(text: string): boolean {
  let lastPlatform = -Infinity;
  let lastAction = -Infinity;
  const length = text.length;
  let i = 0;
  // Plain loops and look-ups only: this runs once per page, mostly before the engine has optimised it.
  while (i < length) {
    let c = text.charCodeAt(i);
    if (c < 128 ? ASCII_WORD[c] === 0 : !isWordCode(c)) {
      i++;
      continue;
    }
    const start = i++;
    let hyphenated = false;
    // A hyphen between word characters stays inside the word: "geo-blocked", "fact-checked".
    for (; i < length; i++) {
      c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) continue;
      if (c !== HYPHEN || i + 1 >= length || !isWordCode(text.charCodeAt(i + 1))) break;
      hyphenated = true;
    }
    if (i - start > MAX_WORD && !hyphenated) continue;
    const word = text.slice(start, i);
    let platform = isPlatform(word, text, i);
    let action = isActionCue(word, text, i);
    if (hyphenated) {
      // "Facebook-owned", "anti-ban": the parts count too.
      for (const part of word.split('-')) {
        platform ||= isPlatform(part, text, i);
        action ||= isActionCue(part, text, i);
      }
    }
    if (platform) {
      if (start - lastAction <= NEAR) return true;
      lastPlatform = start;
    }
    if (action) {
      if (start - lastPlatform <= NEAR) return true;
      lastAction = start;
    }
  }
  return false;
}

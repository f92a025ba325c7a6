/**
 * The content script's cheap first look: can this text possibly report platform enforcement? One of
 * the detector's own action cues must occur near the name of a platform. Two short regular expressions
 * scan the article's opening natively (platform names; the first letters of cue words), and only the
 * few candidates near a platform are looked up word by word, so that most articles (sport, weather,
 * politics without platforms) are set aside in the page's main thread before any real work. The whole
 * cue vocabulary is not compiled into one expression here: on a fresh page that alone costs 1–3 ms.
 * Tuned for recall: the full detector decides.
 */
import { CUE_GROUPS } from './enforcement-cues';

/** How far from a cue a platform name may stand, in characters: about two sentences. */
const NEAR = 300;

/** Written as here, case and all: "Meta" is a platform, "meta" is not; "X" is, "x" is not. */
const PLATFORM =
  /Facebook|Instagram|Twitter|\bX\b|𝕏|YouTube|TikTok|Telegram|\bMeta\b|Google|Apple|App Store|Reddit|Discord|Twitch|Spotify|Snapchat|WhatsApp|Threads|LinkedIn|Bluesky|Rumble|Substack|Patreon|PayPal|Cloudflare|\bKick\b|\bVK\b|Weibo|WeChat|Pinterest|Tumblr|Gab\b|Parler|Truth Social|Microsoft|Amazon|Steam|Roblox|GitHub|Signal|Viber|Zoom|GoFundMe|Visa|Mastercard|Stripe|\bplatforms?\b|social media|\bapps?\b/g;

/** A phrase's first word → null when the word alone is a cue, else the words that must follow it. */
const ACTION_FIRST_WORDS = new Map<string, string[][] | null>();
for (const group of CUE_GROUPS) {
  for (const phrase of group.phrases) {
    const [first, ...rest] = phrase.split(' ') as [string, ...string[]];
    // As written in prose, in a headline and in capitals: words are looked up as they are, since
    // lower-casing every word of a page costs more than the rest of the look.
    for (const form of [first, first[0]!.toUpperCase() + first.slice(1), first.toUpperCase()]) {
      const known = ACTION_FIRST_WORDS.get(form);
      if (rest.length === 0) ACTION_FIRST_WORDS.set(form, null);
      else if (known !== null) ACTION_FIRST_WORDS.set(form, [...(known ?? []), rest]);
    }
  }
}

/** How many leading letters of a cue's first word the expression below looks for. */
const STEM_LENGTH = 5;
/**
 * Where a cue may begin: the first letters of every cue's first word. A short expression compiles in
 * a fraction of the time the whole vocabulary would take, and the engine scans the text natively;
 * each candidate it finds near a platform is then looked up word by word.
 */
const CUE_START = new RegExp(
  `\\b(?:${[...new Set([...ACTION_FIRST_WORDS.keys()].map((w) => w.toLowerCase().slice(0, STEM_LENGTH)))]
    .map((stem) => stem.replace(/-/g, '\\-'))
    .join('|')})`,
  'gi',
);

const HYPHEN = 45;
/** Longer than any cue, even hyphenated: not worth copying out to look up. */
const MAX_WORD = 48;

/** ASCII letters and digits; above ASCII, anything but the general punctuation block (curly quotes, dashes). */
const ASCII_WORD = new Uint8Array(128);
for (let c = 48; c < 123; c++) ASCII_WORD[c] = c <= 57 || (c >= 65 && c <= 90) || c >= 97 ? 1 : 0;

function isWordCode(c: number): boolean {
  if (c < 128) return ASCII_WORD[c] === 1;
  return c >= 0xc0 && (c < 0x2000 || c > 0x206f) && c !== 0x3000 && c !== 0xfeff;
}

/** Whether `words` follow position `at`, each after exactly one space, in any case. */
function followedBy(text: string, at: number, words: readonly string[]): boolean {
  let i = at;
  for (const word of words) {
    if (text.charCodeAt(i) !== 32) return false;
    const written = text.slice(i + 1, i + 1 + word.length);
    if (written.toLowerCase() !== word) return false;
    i += 1 + word.length;
    if (i < text.length && isWordCode(text.charCodeAt(i))) return false;
  }
  return true;
}

function isActionCue(word: string, text: string, end: number): boolean {
  const continuations = ACTION_FIRST_WORDS.get(word);
  if (continuations === null) return true;
  return continuations !== undefined && continuations.some((rest) => followedBy(text, end, rest));
}

/** Whether the word starting at `at` (or, for "anti-ban", one of its parts) is an action cue. */
function isCueAt(text: string, at: number): boolean {
  let end = at;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c)) end++;
    else if (c === HYPHEN && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1))) end++;
    else break;
  }
  if (end - at > MAX_WORD) return false;
  const word = text.slice(at, end);
  if (isActionCue(word, text, end)) return true;
  return word.includes('-') && word.split('-').some((part) => isActionCue(part, text, end));
}

export function mayReportEnforcement(text: string): boolean {
  // Most articles name no platform at all: one pass of the smaller expression settles them.
  const platforms: number[] = [];
  PLATFORM.lastIndex = 0;
  for (let m = PLATFORM.exec(text); m; m = PLATFORM.exec(text)) platforms.push(m.index);
  if (platforms.length === 0) return false;
  let p = 0;
  CUE_START.lastIndex = 0;
  for (let m = CUE_START.exec(text); m; m = CUE_START.exec(text)) {
    const at = m.index;
    while (p < platforms.length && platforms[p]! < at - NEAR) p++;
    if (p === platforms.length) return false;
    if (platforms[p]! <= at + NEAR && isCueAt(text, at)) return true;
  }
  return false;
}

/**
 * The content script's cheap first look: can this text possibly report platform enforcement? One of
 * the detector's own action cues must occur near the name of a platform. One pass of a regular
 * expression over the opening of the article, so that most articles (sport, weather, politics without
 * platforms) are set aside in the page's main thread before any real work. Tuned for recall: the full
 * detector decides.
 */
import { ACTION_CUES } from './enforcement-cues';

const ACTION = new RegExp(ACTION_CUES.map(([cue]) => cue.source).join('|'), 'gi');
const PLATFORM =
  /Facebook|Instagram|Twitter|\bX\b|𝕏|YouTube|TikTok|Telegram|\bMeta\b|Google|Apple|App Store|Reddit|Discord|Twitch|Spotify|Snapchat|WhatsApp|Threads|LinkedIn|Bluesky|Rumble|Substack|Patreon|PayPal|Cloudflare|\bKick\b|\bVK\b|Weibo|WeChat|Pinterest|Tumblr|Gab\b|Parler|Truth Social|Microsoft|Amazon|Steam|Roblox|GitHub|Signal|Viber|Zoom|GoFundMe|Visa|Mastercard|Stripe|\bplatforms?\b|social media|\bapps?\b/;
/** How far from a cue a platform name may stand, in characters: about two sentences. */
const NEAR = 300;

export function mayReportEnforcement(text: string): boolean {
  // Most articles name no platform at all: one pass of the smaller expression settles them.
  if (!PLATFORM.test(text)) return false;
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(text); m; m = ACTION.exec(text)) {
    if (PLATFORM.test(text.slice(Math.max(0, m.index - NEAR), m.index + NEAR))) return true;
  }
  return false;
}

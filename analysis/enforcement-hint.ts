/**
 * The content script's cheap first look: can this text possibly report platform enforcement? One
 * pass of two small regular expressions over the article's raw text, so that the great majority of
 * articles (sport, weather, politics without platforms) are set aside before any real work, in the
 * page's main thread. Tuned for recall: the full detector decides.
 */

const ACTION = /\b(?:ban(?:s|ned|ning)?|suspen(?:d|ds|ded|ding|sion)|remov(?:e|ed|es|ing|al)|t(?:ake|ook|aken|akes) down|takedowns?|block(?:s|ed|ing)?|restrict(?:s|ed|ing|ions?)?|label(?:s|ed|led)?|demoneti[sz]|reinstat|deplatform|delist|disabled|terminated|withh(?:e|o)ld|geo-?block|purg(?:e|ed)|shut down|kicked off|clos(?:e|es|ed|ing))/i;
const PLATFORM =
  /\b(?:account|channel|page|profile|post|video|tweet|app|server|subreddit|podcast|platform|stream|network)s?\b|Facebook|Instagram|Twitter|\bX\b|𝕏|YouTube|TikTok|Telegram|Meta|Google|Apple|Reddit|Discord|Twitch|Spotify|Snapchat|WhatsApp|Threads|LinkedIn|Bluesky|Rumble|Substack|Patreon|PayPal|Cloudflare|Kick|VK|Weibo|WeChat/;

export function mayReportEnforcement(text: string): boolean {
  return ACTION.test(text) && PLATFORM.test(text);
}

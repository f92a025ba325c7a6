/**
 * The one message protocol of the extension, named by direction. Every answer is a `Result`, never a
 * thrown error across the boundary. Types only: the runtime validation of requests lives with their
 * receivers (`background/request-schema.ts`), so the content script doesn't ship a schema library.
 */
import type { Card } from '../cards/schema';
import type { ArticleSpeakers } from '../analysis/analyze-article';
import type { EnforcementResult } from '../analysis/enforcement';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Articles longer than this are refused: no news article is this long. */
export const MAX_ARTICLE_CHARS = 400_000;
export const MAX_BATCH = 200;

/** Content script or popup → background. */
export type BackgroundRequest =
  /**
   * A first, cheap-for-the-page question: does this raw article text report enforcement at all? With
   * `load`, the background starts injecting that script as soon as the answer is yes: the page asks
   * for it next (`load-script`), and gets the injection already under way.
   */
  | { type: 'screen-article'; text: string; title: string | null; load?: 'annotator' }
  /**
   * The article's actors and quotes, for the badges; then, asked for at once after it, its enforcement
   * reading, for the banner. The background answers them in that order, so the badges don't wait for
   * the second, slower reading.
   */
  | { type: 'read-speakers'; text: string }
  | { type: 'read-enforcement'; text: string; title: string | null }
  | { type: 'get-cards'; ids: string[] }
  /**
   * From a content script: inject one of the extension's page scripts into its frame. The annotator,
   * once the page gate finds a page that reports enforcement; the card and banner UI, once the
   * annotator draws badges.
   */
  | { type: 'load-script'; script: PageScript };

/** The scripts the background injects on request: bundles of `entrypoints/`, never a path from the page. */
export type PageScript = 'annotator' | 'overlay-ui';

/** A card lookup answers every id: the card, or an explicit "no card". */
export type CardLookup =
  { id: string; found: true; card: Card; stale: boolean; relatedNames: Record<string, string> } | { id: string; found: false };

export interface Screening {
  detected: boolean;
  score: number;
  /** The reader turned Source Context off on this site: the page is not read any further. */
  disabled: boolean;
}

/** The reader's settings for the site that asked: read by the background while it analyses the article. */
export interface SiteSettings {
  /** Source Context is off on this site: the analysis is dropped, nothing is drawn. */
  disabled: boolean;
  /** The enforcement panel is hidden on this site. */
  bannerHidden: boolean;
  /** Every mention gets a badge, not only the first in each section. */
  everyMention: boolean;
}

export const DEFAULT_SITE_SETTINGS: SiteSettings = { disabled: false, bannerHidden: false, everyMention: false };

/** The actors and quotes of a page's article, with what the page needs to know to draw them. */
export interface PageSpeakers {
  speakers: ArticleSpeakers;
  settings: SiteSettings;
}

export interface BackgroundResponses {
  'screen-article': Screening;
  'read-speakers': PageSpeakers;
  'read-enforcement': EnforcementResult;
  'get-cards': CardLookup[];
  'load-script': null;
}

/**
 * Popup → content script of the active tab: what did you find, and (after the reader turned the site
 * back on) look at the page again.
 */
export type TabRequest = { type: 'page-summary' } | { type: 'look-again' };

export function isTabRequest(message: unknown): message is TabRequest {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return type === 'page-summary' || type === 'look-again';
}

export interface PageSummary {
  url: string;
  state: 'not-article' | 'not-enforcement' | 'disabled' | 'annotated' | 'working' | 'error';
  actors: { id: string; name: string; kind: string; mentions: number; quoted: number }[];
}
export interface TabResponses {
  'page-summary': PageSummary;
  'look-again': PageSummary;
}

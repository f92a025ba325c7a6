/** How each kind of card is named and drawn: one place, so badges, cards and the popup agree. */

export interface KindStyle {
  /** Read out by screen readers and shown on the card. */
  label: string;
  /** A one-character glyph: readable without colour, and at any zoom. */
  glyph: string;
  /** Accent hue; the theme picks lightness so contrast holds on light and dark pages. */
  hue: number;
}

const PLATFORM: KindStyle = { label: 'platform', glyph: '▣', hue: 210 };
const STATE: KindStyle = { label: 'government', glyph: '⚑', hue: 265 };
const RESEARCH: KindStyle = { label: 'think tank or NGO', glyph: '◆', hue: 160 };

export const KIND_STYLES: Record<string, KindStyle> = {
  platform: PLATFORM,
  company: { label: 'company', glyph: '▣', hue: 210 },
  'platform-team': { label: 'platform team', glyph: '▣', hue: 200 },
  'oversight-body': { label: 'oversight body', glyph: '⚖', hue: 280 },
  'industry-body': { label: 'industry body', glyph: '▣', hue: 190 },
  regulator: { label: 'regulator', glyph: '⚖', hue: 285 },
  court: { label: 'court', glyph: '⚖', hue: 290 },
  government: STATE,
  military: { label: 'military', glyph: '⚑', hue: 255 },
  'think-tank': { label: 'think tank', glyph: '◆', hue: 160 },
  'research-group': { label: 'research group', glyph: '◆', hue: 150 },
  ngo: { ...RESEARCH, label: 'NGO' },
  media: { label: 'news media', glyph: '✎', hue: 30 },
  'designated-organization': { label: 'designated organization', glyph: '⚠', hue: 0 },
  'designation-list': { label: 'designation list', glyph: '☰', hue: 10 },
  law: { label: 'law', glyph: '§', hue: 300 },
  person: { label: 'person', glyph: '●', hue: 45 },
  // A speaker without a card whom the article calls a company, group or agency ("AI startup Hugging Face").
  organization: { label: 'organization', glyph: '▣', hue: 200 },
  policy: { label: 'platform policy', glyph: '§', hue: 330 },
  unknown: { label: 'not in our cards', glyph: '?', hue: 0 },
};

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? KIND_STYLES.unknown!;
}

/** The accessible name says what the badge is and what pressing it does. */
export function badgeLabel(name: string, kind: string, quotedTimes: number): string {
  const quoted = quotedTimes > 0 ? `, quoted ${quotedTimes} ${quotedTimes === 1 ? 'time' : 'times'}` : '';
  return `${name}, ${kindStyle(kind).label}${quoted} — open context card`;
}

/** A kind as a class name on a badge: `sc-k-<kind>`, the kind's colours set by `kindRules`. */
export function kindClass(kind: string): string {
  return `sc-k-${kind in KIND_STYLES ? kind : 'unknown'}`;
}

/**
 * A badge's lightness, by theme: 27% keeps every kind's hue at 4.5:1 on its 95% fill at the badge's 0.92
 * opacity on a light page, and 78% on 20% does the same on a dark one.
 */
const BADGE_LIGHTNESS = { light: { text: 27, fill: 95 }, dark: { text: 78, fill: 20 } } as const;

/**
 * Two CSS rules per kind, light and dark, so that a badge needs a single class for its colours, and
 * its glyph is its text. The colours are written out rather than computed from custom properties: an
 * article's hundreds of badges are styled at once, and with `hsl(var(…))` and a glyph from `content:
 * var(…)` that styling took three times as long in Chromium (measured 2026-12-06: 1,000 badges, 107 ms
 * to style and lay out against 54 ms).
 */
export function kindRules(): string {
  const colours = (hue: number, { text, fill }: { text: number; fill: number }) =>
    `color:hsl(${hue} 65% ${text}%);background:hsl(${hue} 70% ${fill}%);border-color:hsl(${hue} 55% ${text}%)`;
  return Object.entries(KIND_STYLES)
    .map(
      ([kind, { hue }]) =>
        `.sc-k-${kind}{${colours(hue, BADGE_LIGHTNESS.light)}}\n.sc-dark .sc-k-${kind}{${colours(hue, BADGE_LIGHTNESS.dark)}}`,
    )
    .join('\n');
}

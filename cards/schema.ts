/**
 * The schema of a context card: the contract between the card files in `cards/data/`, the build step
 * that compiles them, the background that serves them and the UI that shows them.
 *
 * Trust rules encoded here rather than in review: every fact and every summary names its sources,
 * every source has a URL, a title and the date it was read, and every card has a `reviewed` date.
 */
import { z } from 'zod';

/** A calendar date, as precise as the source allows: `2001`, `2001-04` or `2001-04-15`. */
export const partialDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

/** A full calendar date, `YYYY-MM-DD`. */
export const fullDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

export const cardId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lowercase words joined by hyphens, e.g. "fdd" or "meta-doi-policy"');

export const ENTITY_KINDS = [
  'platform', // a service people post on or install from: Facebook, X, YouTube, the App Store
  'company', // a business that owns or runs platforms: Meta, Alphabet, ByteDance
  'platform-team', // a company's threat-intelligence or trust-and-safety unit: MTAC, Google TAG
  'oversight-body', // Meta Oversight Board
  'industry-body', // GIFCT, Tech Against Terrorism
  'regulator',
  'court',
  'government', // a state, its ministries and agencies
  'military',
  'think-tank',
  'research-group', // academic or commercial research labs: Citizen Lab, Graphika, DFRLab
  'ngo', // advocacy, civil-liberties, human-rights and monitoring organizations
  'media', // news agencies and outlets
  'designated-organization', // groups on terrorist or sanctions lists
  'designation-list', // the lists themselves: US FTO list, SDGT, EU terrorist list
  'law', // statutes and regulations, e.g. the EU Digital Services Act
  'person',
] as const;
export const CARD_KINDS = [...ENTITY_KINDS, 'policy'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/**
 * A name the matcher looks for. `caseSensitive` defaults to true for names with an upper-case letter
 * after the first character ("FDD", "MTAC", "YouTube") and false otherwise. `ambiguous` declares that the
 * name is also an ordinary word or another entity's name ("X", "AP", "Meta", "Apple"): the matcher
 * only accepts it when the article also uses an unambiguous name of the same card or one of the card's
 * `contextTerms`. Two cards may share an alias only when both declare it ambiguous.
 */
export const alias = z.strictObject({
  text: z.string().min(1).max(120),
  caseSensitive: z.boolean().optional(),
  ambiguous: z.boolean().optional(),
});
export type Alias = z.infer<typeof alias>;

export const source = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  title: z.string().min(3).max(300),
  /** When we read it. */
  accessed: fullDate,
  /** When the source itself was published or last updated, if it says. */
  published: partialDate.optional(),
  publisher: z.string().min(2).max(120).optional(),
});
export type Source = z.infer<typeof source>;

/** Keys into the card's `sources` table; at least one per fact. */
const sourceRefs = z.array(z.string().min(1)).min(1, 'every fact needs at least one source');

const factBase = {
  sources: sourceRefs,
  /** The date the fact was true or last confirmed, when it can change (roles, ownership, counts). */
  asOf: partialDate.optional(),
};
const text = z.string().min(3).max(600);

export const fact = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('founded'), value: partialDate, text: text.optional(), ...factBase }),
  z.strictObject({ type: z.literal('headquarters'), value: z.string().min(2).max(160), ...factBase }),
  z.strictObject({ type: z.literal('ownership'), text, ...factBase }),
  z.strictObject({ type: z.literal('funding'), text, ...factBase }),
  z.strictObject({
    type: z.literal('leadership'),
    name: z.string().min(2).max(120),
    title: z.string().min(2).max(160),
    personId: cardId.optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    ...factBase,
  }),
  z.strictObject({
    type: z.literal('role'),
    title: z.string().min(2).max(160),
    organization: z.string().min(2).max(160).optional(),
    organizationId: cardId.optional(),
    from: partialDate.optional(),
    to: partialDate.optional(),
    ...factBase,
  }),
  z.strictObject({
    type: z.literal('designation'),
    designator: z.string().min(2).max(160),
    list: z.string().min(2).max(160),
    listId: cardId.optional(),
    date: partialDate.optional(),
    status: z.enum(['in-force', 'revoked', 'superseded']),
    text: text.optional(),
    ...factBase,
  }),
  /** How someone else describes the entity: always attributed, never our own adjective. */
  z.strictObject({ type: z.literal('characterization'), by: z.string().min(2).max(160), text, ...factBase }),
  z.strictObject({ type: z.literal('note'), text, ...factBase }),
  // Policy facts.
  z.strictObject({ type: z.literal('prohibits'), text, ...factBase }),
  z.strictObject({ type: z.literal('tier'), name: z.string().min(1).max(120), text, ...factBase }),
  z.strictObject({ type: z.literal('penalty'), text, ...factBase }),
  z.strictObject({ type: z.literal('allows'), text, ...factBase }),
  z.strictObject({ type: z.literal('cites'), text, ids: z.array(cardId).optional(), ...factBase }),
  z.strictObject({ type: z.literal('change'), date: partialDate, text, ...factBase }),
]);
export type Fact = z.infer<typeof fact>;
export type FactType = Fact['type'];

export const relation = z.strictObject({
  id: cardId,
  /** How this card relates to the other, read as "<this card> <relation> <other card>". */
  relation: z.enum([
    'part-of',
    'owned-by',
    'owns',
    'works-for',
    'worked-for',
    'leads',
    'led',
    'policy-of',
    'enforced-by',
    'designated-by',
    'listed-on',
    'affiliated-with',
    'successor-of',
    'predecessor-of',
    'see-also',
  ]),
});

export const SUMMARY_MAX = 420;

const cardBase = {
  id: cardId,
  name: z.string().min(1).max(160),
  /** Overrides the default case rule for `name` itself (see `alias`), e.g. false for "HOPE not hate". */
  nameCaseSensitive: z.boolean().optional(),
  aliases: z.array(alias).max(40).default([]),
  /** Words whose presence in an article confirms an ambiguous alias ("Zuckerberg" for "Meta"). */
  contextTerms: z.array(z.string().min(2).max(60)).max(30).optional(),
  summary: z.string().min(20).max(SUMMARY_MAX),
  summarySources: sourceRefs,
  facts: z.array(fact).default([]),
  related: z.array(relation).default([]),
  sources: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'source keys are lowercase words joined by hyphens'), source),
  /** When a person last checked the whole card against its sources. */
  reviewed: fullDate,
  /** What we looked for and did not find, said plainly ("Funding sources are not published."). */
  gaps: z.array(z.string().min(3).max(300)).optional(),
};

export const entityCard = z.strictObject({
  ...cardBase,
  kind: z.enum(ENTITY_KINDS),
});

export const policyCard = z.strictObject({
  ...cardBase,
  kind: z.literal('policy'),
  /** The card of the platform or company whose rule this is. */
  platformId: cardId,
  /** Key into `sources` of the official text of the rule. */
  officialSource: z.string().min(1),
});

export const card = z.discriminatedUnion('kind', [policyCard, entityCard]);
export type EntityCard = z.infer<typeof entityCard>;
export type PolicyCard = z.infer<typeof policyCard>;
export type Card = z.infer<typeof card>;

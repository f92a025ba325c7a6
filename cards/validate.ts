/**
 * Validates the card data set as a whole: each file against the schema, then the rules that span
 * files (unique ids, resolvable references, declared alias collisions). Pure: takes file contents,
 * returns problems, so the build, the tests and the report share one implementation.
 */
import { card as cardSchema, type Card } from './schema';
import { foldAlias, isCaseSensitive } from './alias-rules';

export interface CardFile {
  /** Path as shown to the person fixing the problem, e.g. `cards/data/entities/fdd.json`. */
  path: string;
  content: string;
}

export interface CardProblem {
  file: string;
  cardId: string | null;
  /** Dotted path into the card, e.g. `facts.2.sources`. */
  field: string;
  message: string;
}

export interface ValidationResult {
  cards: Card[];
  problems: CardProblem[];
}

export function formatProblem(p: CardProblem): string {
  return `${p.file}: card "${p.cardId ?? '?'}", field "${p.field || '(root)'}": ${p.message}`;
}

export function validateCards(files: readonly CardFile[], today: string): ValidationResult {
  const problems: CardProblem[] = [];
  const cards: Card[] = [];
  const fileOf = new Map<string, string>();

  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(file.content);
    } catch (error) {
      problems.push({ file: file.path, cardId: null, field: '', message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : null;
    const parsed = cardSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: file.path, cardId: rawId, field: issue.path.join('.'), message: issue.message });
      }
      continue;
    }
    const c = parsed.data;
    const expectedName = `${c.id}.json`;
    if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
      problems.push({ file: file.path, cardId: c.id, field: 'id', message: `file must be named ${expectedName}` });
    }
    const earlier = fileOf.get(c.id);
    if (earlier) {
      problems.push({ file: file.path, cardId: c.id, field: 'id', message: `duplicate id, also used by ${earlier}` });
      continue;
    }
    fileOf.set(c.id, file.path);
    problems.push(...checkInternalReferences(c, file.path, today));
    cards.push(c);
  }

  const ids = new Set(cards.map((c) => c.id));
  for (const c of cards) problems.push(...checkCrossReferences(c, fileOf.get(c.id)!, ids));
  problems.push(...checkAliasCollisions(cards, fileOf));
  return { cards: cards.sort((a, b) => (a.id < b.id ? -1 : 1)), problems };
}

function checkInternalReferences(c: Card, file: string, today: string): CardProblem[] {
  const out: CardProblem[] = [];
  const problem = (field: string, message: string) => out.push({ file, cardId: c.id, field, message });
  const keys = new Set(Object.keys(c.sources));
  const used = new Set<string>();
  const checkRefs = (refs: readonly string[], field: string) => {
    refs.forEach((ref, i) => {
      used.add(ref);
      if (!keys.has(ref)) problem(`${field}.${i}`, `source "${ref}" is not in this card's sources`);
    });
  };
  checkRefs(c.summarySources, 'summarySources');
  c.facts.forEach((f, i) => checkRefs(f.sources, `facts.${i}.sources`));
  if (c.kind === 'policy') {
    used.add(c.officialSource);
    if (!keys.has(c.officialSource)) problem('officialSource', `source "${c.officialSource}" is not in this card's sources`);
  }
  for (const key of keys) if (!used.has(key)) problem(`sources.${key}`, 'source is never cited by a fact or the summary');
  if (c.reviewed > today) problem('reviewed', `review date ${c.reviewed} is in the future`);
  for (const [key, s] of Object.entries(c.sources)) {
    if (s.accessed > today) problem(`sources.${key}.accessed`, `access date ${s.accessed} is in the future`);
  }
  const seen = new Set<string>();
  c.aliases.forEach((a, i) => {
    const folded = foldAlias(a.text);
    if (folded.length === 0) problem(`aliases.${i}.text`, 'alias has no letters or digits');
    if (seen.has(folded)) problem(`aliases.${i}.text`, `alias "${a.text}" is listed twice`);
    seen.add(folded);
  });
  c.facts.forEach((f, i) => {
    if ('from' in f && 'to' in f && f.from && f.to && f.to < f.from) problem(`facts.${i}.to`, 'ends before it starts');
  });
  return out;
}

function checkCrossReferences(c: Card, file: string, ids: ReadonlySet<string>): CardProblem[] {
  const out: CardProblem[] = [];
  const need = (id: string | undefined, field: string) => {
    if (id !== undefined && !ids.has(id)) out.push({ file, cardId: c.id, field, message: `no card with id "${id}"` });
  };
  c.related.forEach((r, i) => {
    need(r.id, `related.${i}.id`);
    if (r.id === c.id) out.push({ file, cardId: c.id, field: `related.${i}.id`, message: 'a card cannot relate to itself' });
  });
  if (c.kind === 'policy') need(c.platformId, 'platformId');
  c.facts.forEach((f, i) => {
    if (f.type === 'leadership') need(f.personId, `facts.${i}.personId`);
    if (f.type === 'role') need(f.organizationId, `facts.${i}.organizationId`);
    if (f.type === 'designation') need(f.listId, `facts.${i}.listId`);
    if (f.type === 'cites') f.ids?.forEach((id, j) => need(id, `facts.${i}.ids.${j}`));
  });
  return out;
}

/** Every name a card answers to: its name plus its aliases. */
export function namesOf(c: Card): { text: string; caseSensitive: boolean; ambiguous: boolean; field: string }[] {
  return [
    { text: c.name, caseSensitive: isCaseSensitive(c.name, c.nameCaseSensitive), ambiguous: false, field: 'name' },
    ...c.aliases.map((a, i) => ({
      text: a.text,
      caseSensitive: isCaseSensitive(a.text, a.caseSensitive),
      ambiguous: a.ambiguous ?? false,
      field: `aliases.${i}`,
    })),
  ];
}

function checkAliasCollisions(cards: readonly Card[], fileOf: ReadonlyMap<string, string>): CardProblem[] {
  const out: CardProblem[] = [];
  const owners = new Map<string, { id: string; ambiguous: boolean; field: string }[]>();
  for (const c of cards) {
    for (const n of namesOf(c)) {
      const key = foldAlias(n.text);
      const list = owners.get(key) ?? [];
      if (!list.some((o) => o.id === c.id)) list.push({ id: c.id, ambiguous: n.ambiguous, field: n.field });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    if (list.length < 2) continue;
    for (const o of list) {
      if (o.ambiguous) continue;
      const others = list.filter((x) => x.id !== o.id).map((x) => x.id);
      out.push({
        file: fileOf.get(o.id)!,
        cardId: o.id,
        field: o.field,
        message: `name "${key}" is also used by ${others.join(', ')}: mark it "ambiguous": true on every card that uses it, or drop it`,
      });
    }
  }
  return out;
}

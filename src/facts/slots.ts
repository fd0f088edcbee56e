import type { DateMention, Mention, MoneyMention, OrganizationMention, PlaceMention, SectorMention } from '../types.js';
import { alternation } from '../text/lexicon.js';
import { ANAPHORS, ATTRIBUTION_VERBS, SOURCE_BEFORE } from './data/cues.js';

/** A mention (or a demonym) placed in the text: UTF-16 offsets, and the clause it stands in. */
export interface Placed<M = Mention> {
  mention: M;
  start: number;
  end: number;
  clause: number;
  /** For a mention inside an aside: the clause the aside comments on, and where the aside starts. */
  host?: { clause: number; before: number };
}

/** A demonym or country adjective: not a mention, but it names a country ("Japanese investors" → JP). */
export interface Demonym {
  type: 'demonym';
  text: string;
  country: string;
}

export type Item = Placed<Mention | Demonym>;

/** One sentence with what was found in it. */
export interface SentenceItems {
  start: number;
  end: number;
  items: Item[];
  /** True when the sentence opens with a word that points back ("It", "The deal"). */
  anaphoric: boolean;
  /** True when the previous sentence is in the same paragraph. */
  joinsPrevious: boolean;
}

/** What a fact row needs from each slot. */
export interface Slots {
  date?: Placed<DateMention>;
  organizations: Placed<OrganizationMention>[];
  sectors: Placed<SectorMention>[];
  places: Placed<PlaceMention>[];
  demonyms: Placed<Demonym>[];
}

type Kind = 'date' | 'organization' | 'sector' | 'place' | 'demonym';

const ANAPHOR_START = new RegExp(`^["“‘']?(?:${alternation(ANAPHORS)})\\b`, 'i');
const SOURCE_BEFORE_END = new RegExp(`\\b(?:${alternation(SOURCE_BEFORE)})\\s+(?:the\\s+)?$`, 'i');
const SAYING = alternation(ATTRIBUTION_VERBS);
/** "..., the ministry said", "BOI head Narit told ...", "the Board of Investment (BOI) said". */
const SAYING_AFTER = new RegExp(`^[^,.;:!?"“”]{0,40}?\\b(?:${SAYING})\\b`, 'i');
/** '...," said Amy Hood, chief financial officer of Microsoft': a verb of saying after a comma or quote. */
const SAYING_BETWEEN = new RegExp(`[,"“”]\\s*(?:[^,.;]*\\s)?(?:${SAYING})\\b`, 'i');
/** Between two organisations named together: "Toyota and Honda", "Sony, Panasonic". */
const COORDINATION = /^\s*(?:,\s*)?(?:(?:and|&|or)\s+)?$/;
/** A comma or conjunction between a candidate and an amount puts them in different phrases: it counts as this many characters. */
const PHRASE_DISTANCE = 40;

export const startsWithAnaphor = (sentence: string): boolean => ANAPHOR_START.test(sentence);

const kindOf = (item: Item): string => item.mention.type;

/** A date that names a time: not a duration, a set, a vague "recently" nor the article's own dateline. */
function isUsableDate(m: DateMention): boolean {
  return m.timex_type !== 'DURATION' && m.timex_type !== 'SET' && m.function !== 'CREATION_TIME' && /\d/.test(m.value);
}

/** An organisation that only reports the figure: "according to the ministry", "..., the ministry said". */
function isSource(item: Item, text: string, money: Item): boolean {
  if (SOURCE_BEFORE_END.test(text.slice(Math.max(0, item.start - 24), item.start))) return true;
  if (item.start < money.end) return false;
  return SAYING_AFTER.test(text.slice(item.end, item.end + 60)) || SAYING_BETWEEN.test(text.slice(money.end, item.start));
}

/** Marks that separate phrases: a comma or a conjunction between a candidate and an amount. */
const PHRASE_BREAK = /,|\b(?:and|or|but|while|whereas)\b/g;

/** How far apart two spans are: characters between them, each comma or conjunction counting as many. */
function distance(a: Item, b: Item, text: string): number {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = text.slice(first.end, Math.max(first.end, second.start));
  return between.length + PHRASE_DISTANCE * (between.match(PHRASE_BREAK)?.length ?? 0);
}

/**
 * Candidates named before the first amount of a scope are shared by all of
 * its amounts (the subject: "In 2024, Toyota earned $5bn and Honda $3bn");
 * one named after it belongs to the nearest amount ("$5bn in 2024 from $4bn
 * in 2023"), the earlier one on a tie.
 */
function owner(candidate: Item, monies: readonly Item[], text: string): Item | undefined {
  if (candidate.end <= monies[0].start) return undefined;
  let nearest = monies[0];
  for (const m of monies) if (distance(candidate, m, text) < distance(candidate, nearest, text)) nearest = m;
  return nearest;
}

/**
 * The candidates of one kind a scope gives an amount. `ownOnly`: none are
 * shared (a list of asides: "A ($1bn), B ($2bn)").
 */
function chooseIn(kind: Kind, scope: readonly Item[], money: Item, text: string, ownOnly = false): Item[] {
  // An amount in an aside stands, for the clause the aside comments on, after what comes before the aside.
  const monies = scope.includes(money) ? scope.filter((i) => kindOf(i) === 'money') : [...scope.filter((i) => kindOf(i) === 'money'), money];
  const usableHere = scope.filter((i) => kindOf(i) === kind && usable(i, text, money));
  const own = usableHere.filter((c) => owner(c, monies, text) === money);
  const shared = ownOnly ? [] : usableHere.filter((c) => owner(c, monies, text) === undefined);
  if (kind === 'date') {
    const candidates = [...shared, ...own];
    return candidates.length ? [candidates.reduce((best, c) => (distance(c, money, text) < distance(best, money, text) ? c : best))] : [];
  }
  if (kind === 'organization') return subjectAndObjects([...shared, ...own].sort((a, b) => a.start - b.start), money, text);
  // One named just before the amount, after an earlier amount, is its own subject and replaces the shared ones:
  // "Korea topped the list with $83bn, ahead of Singapore with $73bn".
  return own.some((c) => c.end <= money.start) ? own : [...shared, ...own];
}

/**
 * The subject is the nearest organisation before the amount, with those named
 * together with it ("Toyota and Honda"); objects are those after it
 * ("invested $1bn in VinFast").
 */
function subjectAndObjects(candidates: readonly Item[], money: Item, text: string): Item[] {
  const before = candidates.filter((c) => c.end <= money.start);
  const subject: Item[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    if (subject.length && !COORDINATION.test(text.slice(before[i].end, subject[0].start))) break;
    subject.unshift(before[i]);
  }
  return [...subject, ...candidates.filter((c) => c.start >= money.end)];
}

function usable(item: Item, text: string, money: Item): boolean {
  const m = item.mention;
  if (m.type === 'date') return isUsableDate(m);
  if (m.type === 'organization') return !isSource(item, text, money);
  return true;
}

/** What identifies a candidate when counting distinct ones in the sentence before. */
function keyOf(item: Item): string {
  const m = item.mention;
  if (m.type === 'date') return m.value;
  if (m.type === 'organization') return m.canonical ?? m.text;
  if (m.type === 'sector') return m.isic;
  return m.text;
}

/**
 * How far beyond the clause each kind is looked for. Sectors stay in the
 * clause: "in the X sector" sits next to its amount. Organisations from
 * elsewhere in the sentence must come before the amount and outside asides:
 * the subject of the main clause, not a "— Reuters" sign-off or a "(Yonhap)".
 */
const SENTENCE_WIDE: ReadonlySet<Kind> = new Set(['date', 'organization', 'place', 'demonym']);

function sentenceScope(kind: Kind, sentence: SentenceItems, money: Item): Item[] {
  if (kind !== 'organization') return sentence.items;
  return sentence.items.filter((i) => kindOf(i) !== 'organization' || (i.clause >= 0 && i.end <= money.start));
}

/**
 * What an aside comments on: the clause it interrupts, up to the aside. When
 * the aside follows a candidate directly ("Mauritius ($8.24 billion)"), that
 * candidate alone.
 */
function hostScope(kind: Kind, sentence: SentenceItems, money: Item, text: string): Item[] {
  const { host } = money;
  if (!host) return [];
  const scope = sentence.items.filter((i) => i.clause === host.clause && i.end <= host.before);
  const last = scope[scope.length - 1];
  if (last && kindOf(last) === kind && /^\s*$/.test(text.slice(last.end, host.before))) return [last];
  return scope;
}

/** Amounts in the other asides of the clause an aside comments on ("A ($1bn), B ($2bn)"). */
function siblingAmounts(sentence: SentenceItems, money: Item): Item[] {
  const { host } = money;
  if (!host) return [];
  return sentence.items.filter((i) => i !== money && kindOf(i) === 'money' && i.host?.clause === host.clause && i.end <= host.before);
}

/**
 * The candidates of one kind for an amount: from its clause; for an amount
 * in an aside, else from what the aside comments on ("Japan, Vietnam's
 * largest investor—with projects worth $78.9bn—"); else from its sentence;
 * else, when the sentence opens by pointing back ("It is worth $2bn") and the
 * sentence before in the same paragraph names exactly one, that one.
 */
function choose(kind: Kind, money: Item, sentence: SentenceItems, previous: SentenceItems | undefined, text: string): Item[] {
  const clause = sentence.items.filter((i) => i.clause === money.clause);
  const found = chooseIn(kind, clause, money, text);
  if (found.length) return found;
  // In a list of amounts in brackets, an amount whose label is not known gets no one else's.
  const inList = siblingAmounts(sentence, money).length > 0 && kind !== 'date';
  const hostItems = [...hostScope(kind, sentence, money, text), ...siblingAmounts(sentence, money)].sort((a, b) => a.start - b.start);
  const hosted = chooseIn(kind, hostItems, money, text, inList);
  if (hosted.length || inList || !SENTENCE_WIDE.has(kind)) return hosted;
  const wide = chooseIn(kind, sentenceScope(kind, sentence, money), money, text);
  if (wide.length) return wide;
  if (!previous || !sentence.joinsPrevious || !sentence.anaphoric) return [];
  const before = previous.items.filter((i) => kindOf(i) === kind && usable(i, text, money));
  return new Set(before.map(keyOf)).size === 1 ? [before[0]] : [];
}

/**
 * The amount another one converts ("¥1.6 trillion (RM61.12 billion)",
 * "3.7 billion francs (3.3 billion euros, $3.9 billion)"): a money in an
 * aside that opens right after an amount. It takes that amount's slots.
 */
function convertedFrom(money: Item, sentence: SentenceItems, text: string): Placed<MoneyMention> | undefined {
  const { host } = money;
  if (!host) return undefined;
  const before = sentence.items.filter((i) => i.end <= host.before && i.clause === host.clause);
  const last = before[before.length - 1];
  return last && kindOf(last) === 'money' && /^\s*$/.test(text.slice(last.end, host.before)) ? (last as Placed<MoneyMention>) : undefined;
}

/** "($1 = 35.46 baht)": an exchange rate, about nothing in the sentence. */
const isExchangeRate = (money: Item, text: string): boolean => /^\s*=/.test(text.slice(money.end, money.end + 3)) || /=\s*$/.test(text.slice(Math.max(0, money.start - 3), money.start));

const NO_SLOTS: Slots = { organizations: [], sectors: [], places: [], demonyms: [] };

/** Fills the slots of one amount. */
export function slotsOf(money: Placed<MoneyMention>, sentence: SentenceItems, previous: SentenceItems | undefined, text: string): Slots {
  if (isExchangeRate(money, text)) return NO_SLOTS;
  const anchor = convertedFrom(money, sentence, text) ?? money;
  const pick = <M>(kind: Kind) => choose(kind, anchor, sentence, previous, text) as Placed<M>[];
  return {
    date: pick<DateMention>('date')[0],
    organizations: pick<OrganizationMention>('organization'),
    sectors: pick<SectorMention>('sector'),
    places: pick<PlaceMention>('place'),
    demonyms: pick<Demonym>('demonym'),
  };
}

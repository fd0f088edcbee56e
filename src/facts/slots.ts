import type { DateMention, Mention, MoneyMention, OrganizationMention, PlaceMention, SectorMention } from '../types.js';
import { alternation } from '../text/lexicon.js';
import { ANAPHORS, SOURCE_AFTER, SOURCE_BEFORE } from './data/cues.js';

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
const SOURCE_AFTER_START = new RegExp(`^['’]?s?\\s*,?\\s*(?:${alternation(SOURCE_AFTER)})\\b`, 'i');
/** Between two organisations named together: "Toyota and Honda", "Sony, Panasonic". */
const COORDINATION = /^\s*(?:,\s*)?(?:(?:and|&|or)\s+)?$/;

export const startsWithAnaphor = (sentence: string): boolean => ANAPHOR_START.test(sentence);

const kindOf = (item: Item): string => item.mention.type;

/** A date that names a time: not a duration, a set, a vague "recently" nor the article's own dateline. */
function isUsableDate(m: DateMention): boolean {
  return m.timex_type !== 'DURATION' && m.timex_type !== 'SET' && m.function !== 'CREATION_TIME' && /\d/.test(m.value);
}

/** An organisation that only reports the figure: "according to the ministry", "..., the ministry said". */
function isSource(item: Item, text: string, money: Item): boolean {
  if (SOURCE_BEFORE_END.test(text.slice(Math.max(0, item.start - 24), item.start))) return true;
  return item.start >= money.end && SOURCE_AFTER_START.test(text.slice(item.end, item.end + 24));
}

/** Gap in characters between two spans. */
const gap = (a: Item, b: Item): number => Math.max(a.start - b.end, b.start - a.end, 0);

/**
 * Candidates named before the first amount of a scope are shared by all of
 * its amounts (the subject: "In 2024, Toyota earned $5bn and Honda $3bn");
 * one named after it belongs to the nearest amount ("$5bn in 2024 from $4bn
 * in 2023"), the earlier one on a tie.
 */
function belongsTo(candidate: Item, money: Item, monies: readonly Item[]): boolean {
  if (candidate.end <= monies[0].start) return true;
  let nearest = monies[0];
  for (const m of monies) if (gap(candidate, m) < gap(candidate, nearest)) nearest = m;
  return nearest === money;
}

/** The candidates of one kind a scope gives an amount. */
function chooseIn(kind: Kind, scope: readonly Item[], money: Item, text: string): Item[] {
  // The amount itself is missing from the clause an aside comments on.
  const monies = scope.includes(money) ? scope.filter((i) => kindOf(i) === 'money') : [money];
  const candidates = scope.filter((i) => kindOf(i) === kind && usable(i, text, money) && belongsTo(i, money, monies));
  if (candidates.length === 0) return [];
  if (kind === 'date') return [candidates.reduce((best, c) => (gap(c, money) < gap(best, money) ? c : best))];
  if (kind !== 'organization') return candidates;
  // The subject is the nearest organisation before the amount, with those named together with it;
  // objects are those after it ("invested $1bn in VinFast").
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

/** Sectors are read from the clause only: "in the X sector" sits next to its amount. */
const SENTENCE_WIDE: ReadonlySet<Kind> = new Set(['date', 'organization', 'place', 'demonym']);

/**
 * The candidates of one kind for an amount: from its clause; for an amount
 * in an aside, else from what the aside comments on ("Japan, Vietnam's
 * largest investor—with projects worth $78.9bn—"); else from its sentence;
 * else, when the sentence opens by pointing back ("It is worth $2bn") and the
 * sentence before in the same paragraph names exactly one, that one.
 */
function choose(kind: Kind, money: Item, sentence: SentenceItems, previous: SentenceItems | undefined, text: string): Item[] {
  const clause = sentence.items.filter((i) => i.clause === money.clause);
  const { host } = money;
  const hosting = host ? sentence.items.filter((i) => i.clause === host.clause && i.end <= host.before) : [];
  const scopes = SENTENCE_WIDE.has(kind) ? [clause, hosting, sentence.items] : [clause, hosting];
  for (const scope of scopes) {
    const found = chooseIn(kind, scope, money, text);
    if (found.length) return found;
  }
  if (!SENTENCE_WIDE.has(kind) || !previous || !sentence.joinsPrevious || !sentence.anaphoric) return [];
  const before = previous.items.filter((i) => kindOf(i) === kind && usable(i, text, money));
  return new Set(before.map(keyOf)).size === 1 ? [before[0]] : [];
}

/** Fills the slots of one amount. */
export function slotsOf(money: Placed<MoneyMention>, sentence: SentenceItems, previous: SentenceItems | undefined, text: string): Slots {
  const pick = <M>(kind: Kind) => choose(kind, money, sentence, previous, text) as Placed<M>[];
  return {
    date: pick<DateMention>('date')[0],
    organizations: pick<OrganizationMention>('organization'),
    sectors: pick<SectorMention>('sector'),
    places: pick<PlaceMention>('place'),
    demonyms: pick<Demonym>('demonym'),
  };
}

import type { Found } from '../../types.js';
import { alternation } from '../../text/lexicon.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { isSpaceCode } from '../../text/chars.js';
import type { SectorHit } from './rules.js';
import { INDUSTRY_HEADS, INSTITUTION_NOUNS, LIST_LINKS, LIST_NOUNS, LIST_VERBS } from './data/heads.js';

// Sector lists: "the electronics, food, and auto sectors", "banking and
// financial services", "sectors such as energy, retail ...". An item confirms
// its neighbours, and a head they share leaves the last item's span.

/** What may stand between two items of a list: a comma or a conjunction, maybe after an amount in parentheses. */
const LIST_GAP = /^\s*(?:\([^()\n]{0,40}\)\s*)?(?:[,;]\s*(?:(?:and|or|&)\s+)?|(?:and|or|&|as well as|and\/or)\s+|\/)$/i;
/** After a list item: punctuation, a conjunction or the end; not another noun ("R&D centers"). */
const ITEM_END = /^\s*(?:[,;.:!?)(’'"”]|(?:and|or|as well as)\b|&|\/|$)/i;
/** Words introducing a list, optionally followed by earlier items that are not sectors ("areas of high technology, ..."). */
const LIST_CUE = new RegExp(
  `(?:${WORD_START}(?:${alternation(LIST_NOUNS)})\\s*,?\\s+(?:${alternation(LIST_LINKS)})|${WORD_START}(?:${alternation(LIST_VERBS)})|${WORD_START}(?:${alternation(LIST_NOUNS)})\\s*[:—–])` +
    `\\s+(?:the\\s+)?(?:[^,.;:()\\n]{1,30},\\s*)*$`,
  'iu',
);
/** The words a cue starts with: LIST_CUE, slow to try at every position, is tried only where one stands. */
const CUE_WORD = new RegExp(alternation([...LIST_NOUNS, ...LIST_VERBS]), 'iu');
/** How a cue without earlier items ends: its last word, "the", or a colon or dash after a list noun. */
const CUE_ENDINGS = ['the', ...[...LIST_LINKS, ...LIST_VERBS].map((cue) => cue.split(' ').at(-1)!)];
const CUE_END = new RegExp(`(?:${alternation(CUE_ENDINGS)}|[:—–])$`, 'iu');
const LONGEST_CUE_END = Math.max(...CUE_ENDINGS.map((word) => word.length));
const SHARED_HEAD = new RegExp(`\\s+(?:${alternation(INDUSTRY_HEADS)})$`, 'i');

/** A capitalised sector word inside a name: "Samsung Electronics", "Ministry of Agriculture". */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}\p{N}&.'’-]*)[ \t]+$/u;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const CAPITALISED_JOINED = /(?:^|[^\p{L}])\p{Lu}[\p{L}\p{N}]*(\s+(?:and|&|of)\s+)$/u;
const CAPITALISED_AFTER = /^[ \t]+\p{Lu}/u;
const INSTITUTION_OF = new RegExp(
  `${WORD_START}(?:${alternation(INSTITUTION_NOUNS)})\\s+(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}&'’-]*,?\\s+(?:(?:and|&)\\s+)?){0,6}$`,
  'u',
);
/** Capitalised words that start a clause rather than a name. */
const CLAUSE_STARTERS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'Our', 'In', 'On', 'For', 'From', 'With', 'By', 'At', 'To', 'As', 'And', 'But', 'Of', 'Leading', 'Global', 'Local', 'Foreign']);

/**
 * Whether a capitalised mention is part of a name: next to another
 * capitalised word ("Samsung Electronics"), joined to one that is no sector
 * ("Ashland Paving and Construction"), or after an institution's "of".
 */
function insideName(text: string, m: SectorHit, sectorEnds: ReadonlySet<number>): boolean {
  if (!startsCapitalised(text, m)) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const previous = capitalisedBefore(before);
  if (previous && !CLAUSE_STARTERS.has(previous)) return true;
  const joined = endsWithJoin(before) ? CAPITALISED_JOINED.exec(before) : null;
  if (joined && !sectorEnds.has(m.start - joined[1]!.length)) return true;
  return CAPITALISED_AFTER.test(text.slice(m.end, m.end + 3)) || (endsLikeInstitutionOf(before) && INSTITUTION_OF.test(before));
}

/**
 * Whether `before` ends as an INSTITUTION_OF match must: "of" or "for", then
 * only words that may be names, "the", "and" or "&", then spaces. Few do,
 * and this walk back is cheaper than the pattern.
 */
function endsLikeInstitutionOf(before: string): boolean {
  let at = before.length;
  if (at === 0 || !isSpaceCode(before.charCodeAt(at - 1))) return false;
  while (at > 0) {
    while (at > 0 && isSpaceCode(before.charCodeAt(at - 1))) at--;
    const end = at;
    while (at > 0 && !isSpaceCode(before.charCodeAt(at - 1))) at--;
    if (wordIs(before, at, end, 'of') || wordIs(before, at, end, 'for')) return true;
    const first = before.charCodeAt(at);
    // A name starts with a capital, perhaps one outside ASCII.
    const mayBeName = (first >= 0x41 && first <= 0x5a) || first >= 0x80;
    if (!mayBeName && !wordIs(before, at, end, 'the') && !wordIs(before, at, end, 'and') && !wordIs(before, at, end, '&')) return false;
  }
  return false;
}

function wordIs(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && text.startsWith(word, start);
}

function startsCapitalised(text: string, m: SectorHit): boolean {
  const first = text.charCodeAt(m.start);
  return first < 128 ? first >= 65 && first <= 90 : STARTS_CAPITALISED.test(text.slice(m.start, m.end));
}

/**
 * The capitalised word CAPITALISED_BEFORE finds at the end of `before`. That
 * word and the character before it follow the last space before the trailing
 * blanks, so the pattern runs from there, not over the whole of `before`.
 */
function capitalisedBefore(before: string): string | undefined {
  let blanks = before.length;
  while (blanks > 0 && (before[blanks - 1] === ' ' || before[blanks - 1] === '\t')) blanks--;
  if (blanks === 0 || blanks === before.length) return undefined;
  const space = before.lastIndexOf(' ', blanks - 1);
  return CAPITALISED_BEFORE.exec(space < 0 ? before : before.slice(space))?.[1];
}

/** Whether `before` ends with "and", "&" or "of" between spaces, without which CAPITALISED_JOINED cannot match. */
function endsWithJoin(before: string): boolean {
  let end = before.length;
  while (end > 0 && isSpaceCode(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return false;
  const join = before.endsWith('and', end) ? 3 : before.endsWith('of', end) ? 2 : before.endsWith('&', end) ? 1 : 0;
  return join > 0 && end > join && isSpaceCode(before.charCodeAt(end - join - 1));
}

/** Groups of mentions that stand in one list, in text order. */
function listsOf(found: SectorHit[], text: string): SectorHit[][] {
  const groups: SectorHit[][] = [];
  for (const m of found) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && LIST_GAP.test(text.slice(previous.end, m.start))) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/** Whether words introducing a list stand just before `start`. */
function cueBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 100);
  if (!endsLikeCue(text, from, start)) return false;
  const before = text.slice(from, start);
  return CUE_WORD.test(before) && LIST_CUE.test(before);
}

/**
 * Whether the text between `from` and `start` ends as a LIST_CUE match must:
 * with a comma (the last earlier item), or with a cue or "the" and a space.
 */
function endsLikeCue(text: string, from: number, start: number): boolean {
  let end = start;
  while (end > from && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end === from) return false;
  return text.charCodeAt(end - 1) === 0x2c || (end < start && CUE_END.test(text.slice(Math.max(from, end - LONGEST_CUE_END), end)));
}

/**
 * Confirms weak items by their list, drops what stays unconfirmed and names,
 * and splits shared heads. `found` holds sectors (no blocking hits) in text
 * order without overlaps; the mentions kept are named after `rule`.
 */
export function resolveLists(found: SectorHit[], text: string, rule: string): Found<'sector'>[] {
  const ends = new Set(found.map((m) => m.end));
  const candidates = found.filter((m) => !insideName(text, m, ends));
  const kept: Found<'sector'>[] = [];
  for (const group of listsOf(candidates, text)) {
    // The cue is looked for only when the list itself confirms nothing.
    const confirmed = group.some((m) => !m.latent) || cueBefore(text, group[0]!.start);
    const members = group.filter((m) => !m.latent || (confirmed && ITEM_END.test(text.slice(m.end, m.end + 12))));
    members.forEach(({ isic, isic_section, sector, start, end }, i) => {
      // A head the items share leaves the last one: "the electronics, food, and auto sectors".
      if (i > 0 && i === members.length - 1) end -= SHARED_HEAD.exec(text.slice(start, end))?.[0].length ?? 0;
      kept.push({ isic, isic_section, sector, type: 'sector', start, end, text: text.slice(start, end), rule });
    });
  }
  return kept;
}

import type { Found } from '../../types.js';
import { alternation } from '../../text/lexicon.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { NO_SECTOR } from './rules.js';
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
function insideName(text: string, m: Found<'sector'>, sectorEnds: ReadonlySet<number>): boolean {
  if (!STARTS_CAPITALISED.test(m.text)) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  const previous = CAPITALISED_BEFORE.exec(before)?.[1];
  if (previous && !CLAUSE_STARTERS.has(previous)) return true;
  const joined = CAPITALISED_JOINED.exec(before);
  if (joined && !sectorEnds.has(m.start - joined[1]!.length)) return true;
  return CAPITALISED_AFTER.test(text.slice(m.end, m.end + 3)) || INSTITUTION_OF.test(before);
}

/** Groups of mentions that stand in one list, in text order. */
function listsOf(found: Found<'sector'>[], text: string): Found<'sector'>[][] {
  const groups: Found<'sector'>[][] = [];
  for (const m of found) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && LIST_GAP.test(text.slice(previous.end, m.start))) group.push(m);
    else groups.push([m]);
  }
  return groups;
}

/**
 * Confirms weak items by their list, drops what stays unconfirmed and names,
 * and splits shared heads. `found` is in text order without overlaps.
 */
export function resolveLists(found: Found<'sector'>[], text: string): Found<'sector'>[] {
  const hits = found.filter((m) => m.isic !== NO_SECTOR);
  const ends = new Set(hits.map((m) => m.end));
  const candidates = hits.filter((m) => !insideName(text, m, ends));
  const kept: Found<'sector'>[] = [];
  for (const group of listsOf(candidates, text)) {
    // The cue is looked for only when the list itself confirms nothing.
    const confirmed = group.some((m) => !m.latent) || LIST_CUE.test(text.slice(Math.max(0, group[0]!.start - 100), group[0]!.start));
    const members = group.filter((m) => !m.latent || (confirmed && ITEM_END.test(text.slice(m.end, m.end + 12))));
    const last = members.at(-1);
    if (members.length > 1 && last) {
      const head = SHARED_HEAD.exec(last.text);
      if (head) {
        last.end -= head[0].length;
        last.text = last.text.slice(0, -head[0].length);
      }
    }
    kept.push(...members.map(({ latent: _latent, ...m }) => m as Found<'sector'>));
  }
  return kept;
}

import { POSITION, POSITION_OF, type DateParse } from './patterns.js';
import { POSITIONS } from './data/deixis.js';
import { isSpaceCode } from '../../text/chars.js';
import type { Mod } from './time.js';

/** A rule's hit with its span and rule name. */
export type Candidate = DateParse & { start: number; end: number; rule: string };

/**
 * A candidate with every field present, in one order: candidates then share
 * one object shape, and the passes over them read their fields fast.
 */
export const candidate = (hit: DateParse, start: number, end: number, rule: string): Candidate =>
  ({ start, end, rule, expr: hit.expr, time: hit.time, mod: hit.mod, fiscal: hit.fiscal, latent: hit.latent });

/**
 * Which UTF-16 units the kept hits cover. One buffer serves every call: each
 * call clears what it marked, so a fresh (and costly) ArrayBuffer is not made per text.
 */
let taken = new Uint8Array(1 << 16);

function isTaken(start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

function mark(start: number, end: number, value: 0 | 1): void {
  for (let i = start; i < end; i++) taken[i] = value;
}

/**
 * Sorts stably. A text has a few dozen candidates: sorting them by insertion
 * is several times faster than `sort`, which calls the comparison through the runtime.
 */
function sortStably<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 64) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i];
    let j = i - 1;
    for (; j >= 0 && compare(item, list[j]) < 0; j--) list[j + 1] = list[j];
    list[j + 1] = item;
  }
  return list;
}

const byRank = (a: Candidate, b: Candidate): number => b.end - b.start - (a.end - a.start) || Number(!!a.latent) - Number(!!b.latent) || a.start - b.start;
const byStart = (a: Candidate, b: Candidate): number => a.start - b.start;

/** Whether each candidate begins after the one before it ends: then none overlaps, and none needs dropping. */
function inOrderApart(candidates: Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i].start < candidates[i - 1].end || candidates[i].start <= candidates[i - 1].start) return false;
  return true;
}

/** Keeps the longest of overlapping hits; a trusted hit beats a latent one of the same length. */
export function dropOverlaps(candidates: Candidate[]): Candidate[] {
  if (inOrderApart(candidates)) return candidates;
  const ranked = sortStably([...candidates], byRank);
  let size = 0;
  for (const c of candidates) size = Math.max(size, c.end);
  if (size > taken.length) taken = new Uint8Array(size);
  const kept: Candidate[] = [];
  for (const c of ranked) {
    if (isTaken(c.start, c.end)) continue;
    mark(c.start, c.end, 1);
    kept.push(c);
  }
  for (const c of kept) mark(c.start, c.end, 0);
  return sortStably(kept, byStart);
}

/** What may stand between the two ends of a range, and what may open it. */
const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till|and)\s*$/i;
const RANGE_OPENER = /(?:from|between|since)\s+$/i;

const isCalendar = (c: Candidate): boolean =>
  !!c.expr && !c.expr.to && (c.expr.anchor.type === 'fixed' || c.expr.anchor.type === 'infer') && c.expr.point.grain !== 'minute';

/**
 * Joins two calendar expressions written as a range into one mention, markers
 * included: "from January to September", "between 2026 and 2030", "March-May".
 */
export function joinRanges(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b && isCalendar(a) && isCalendar(b) && a.expr!.point.grain === b.expr!.point.grain) {
      const gap = text.slice(a.end, b.start);
      const opener = RANGE_OPENER.exec(text.slice(Math.max(0, a.start - 10), a.start));
      const and = /\band\b/i.test(gap);
      if (RANGE_GAP.test(gap) && (!and || /between/i.test(opener?.[0] ?? '')) && (!a.latent || !b.latent || opener || /[-–—]/.test(gap))) {
        const start = opener && !/^\s*[-–—]\s*$/.test(gap) ? a.start - opener[0].length : a.start;
        const anchor = a.expr!.point.year === undefined && b.expr!.point.year !== undefined ? b.expr!.anchor : a.expr!.anchor;
        const expr = { anchor, point: a.expr!.point, to: b.expr!.point };
        out.push(candidate({ expr, fiscal: a.fiscal || b.fiscal ? true : undefined }, start, b.end, `range(${a.rule},${b.rule})`));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const POSITION_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}_])(${POSITION})(?:\\s+|(?<=-))$`, 'iu');
/** How position spellings end ("of", "ly", "d-"): ASCII, onto which the `iu` flags fold no other characters. */
const POSITION_ENDINGS = new Set(POSITIONS.map(([s]) => s.slice(-2)));

/** Whether a position word may end at `end`, spaces aside, after `from`: when not, POSITION_BEFORE need not be tried. */
function mayEndPosition(text: string, from: number, end: number): boolean {
  let k = end;
  while (k > from && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k - 2 >= from && POSITION_ENDINGS.has(text.slice(k - 2, k).toLowerCase());
}

/**
 * Takes in a position word written before a period and sets its mod: "early
 * 2026" (START), "the end of the year" (END), "mid-March" (MID); it also
 * confirms an anaphor such as "the year".
 */
export function attachPositions(candidates: Candidate[], text: string): Candidate[] {
  return candidates.map((c, i) => {
    if (!c.expr || c.time) return c;
    const previousEnd = i > 0 ? candidates[i - 1].end : 0;
    const from = Math.max(previousEnd, c.start - 24);
    const before = mayEndPosition(text, from, c.start) ? POSITION_BEFORE.exec(text.slice(from, c.start)) : null;
    if (before) {
      const mod = POSITION_OF.get(before[1].toLowerCase().replace(/\s+/g, ' ')) as Mod | null | undefined;
      return { ...c, start: c.start - before[0].length, latent: false, mod: mod || c.mod };
    }
    // "the 2023-25 period", "the Apr-Mar'20 period"; most hits are followed by no space, the regex is not needed then.
    const period = isSpaceCode(text.charCodeAt(c.end)) ? /^\s+period\b/i.exec(text.slice(c.end, c.end + 8)) : null;
    if (period && /\bthe\s+$/i.test(text.slice(Math.max(previousEnd, c.start - 4), c.start))) {
      return { ...c, start: text.lastIndexOf('the', c.start), end: c.end + period[0].length };
    }
    return c;
  });
}

import { bounds, containing, isoOf, shift, weekdayOf, addDays, type Grain, type Point, type Time } from './time.js';

/**
 * How an expression finds the calendar position it is written against, in the
 * manner of HeidelTime's UNDEF placeholders.
 */
export type Anchor =
  /** The expression states its year. */
  | { type: 'fixed' }
  /** Year from the sentence, else from the article's date, leaning on tense ("in June"). */
  | { type: 'infer'; lean?: 'past' | 'future' | 'current' }
  /** The period of `grain` around the article's date, moved by `offset` ("last year", "yesterday"). */
  | { type: 'dct'; grain: Grain; offset: number }
  /** A weekday: offset -1 last, +1 next, 0 the nearest one that tense points to. */
  | { type: 'weekday'; weekday: number; offset: -1 | 0 | 1 }
  /**
   * The date written before it in the sentence, moved by `offset` of `grain`
   * ("a year earlier"); `as` sets the result's grain ("the previous month").
   */
  | { type: 'compare'; grain: Grain; offset: number; as?: Grain };

/** A point's fields as written; what is missing comes from the anchor. */
export type Template = Partial<Point>;

export interface Expr {
  anchor: Anchor;
  point: Template;
  /** For a range, the end as written ("October 6-8" → { day: 8 }). */
  to?: Template;
  /** A period of this many months that ends with the point's month ("the year to March" → 12). */
  monthsEnding?: number;
}

export type Tense = 'past' | 'future' | 'unknown';

/** What the resolver may use besides the expression itself. */
export interface Situation {
  /** The article's date as a day. */
  dct?: Point;
  /** The year of the nearest explicit date in the sentence. */
  sentenceYear?: number;
  /** The latest date resolved before this one in the sentence (or the one before). */
  previous?: Time;
  tense: Tense;
}

/**
 * The base with the fields the template writes (those not undefined). Every
 * point made here has all fields, in one order: one object shape, read fast.
 */
function merge(base: Point, template: Template): Point {
  return {
    grain: template.grain !== undefined ? template.grain : base.grain,
    year: template.year !== undefined ? template.year : base.year,
    index: template.index !== undefined ? template.index : base.index,
    season: template.season !== undefined ? template.season : base.season,
    month: template.month !== undefined ? template.month : base.month,
    day: template.day !== undefined ? template.day : base.day,
    dayPart: template.dayPart !== undefined ? template.dayPart : base.dayPart,
    hour: template.hour !== undefined ? template.hour : base.hour,
    minute: template.minute !== undefined ? template.minute : base.minute,
  };
}

const firstDay = (p: Point): string | undefined => {
  const b = bounds(p);
  return b ? isoOf(b[0]) : undefined;
};

/** The article's date and the day two months before it, as ISO days: a document's dates all resolve against the same ones. */
let around: { dct: Point; today: string; twoMonthsBefore: string } | undefined;
function aroundDct(dct: Point): { today: string; twoMonthsBefore: string } {
  if (around?.dct !== dct) around = { dct, today: isoOf(dct), twoMonthsBefore: isoOf(shift(dct, -2, 'month')) };
  return around;
}

/** A year for a yearless point: the sentence's year, else the article's, moved to agree with tense. */
function inferYear(template: Template, situation: Situation, lean?: Tense | 'current'): number | undefined {
  if (situation.sentenceYear !== undefined && (!lean || lean === 'current')) return situation.sentenceYear;
  const { dct } = situation;
  if (lean === 'current') return dct?.year;
  if (!dct) return undefined;
  const candidate = merge({ grain: 'year', year: dct.year }, template);
  const { today, twoMonthsBefore } = aroundDct(dct);
  const span = bounds(candidate);
  const first = span && isoOf(span[0]);
  const last = span && isoOf(span[1]);
  // The sentence's tense (costly to read) matters only for a period that starts after the article or ended well before it.
  const tense = lean ?? ((first ?? '') > today || (last ?? '9') < twoMonthsBefore ? situation.tense : 'unknown');
  // News looks back: a period that starts after the article is last year's, unless the sentence is about the future.
  if (lean === 'past' && (last ?? '') >= today) return dct.year! - 1;
  // Without a tense, a day keeps the article's year ("payable Dec. 7").
  if (tense === 'past' || (tense === 'unknown' && candidate.grain !== 'day')) {
    if ((first ?? '') > today) return dct.year! - 1;
  }
  if (lean === 'future' && (first ?? '9') <= today) return dct.year! + 1;
  // A period just ended is still talked about in the future tense ("expects to report third-quarter results").
  if (tense === 'future' && (last ?? '9') < twoMonthsBefore) return dct.year! + 1;
  return dct.year;
}

/** The weekday nearest the article's date, before or after it by `offset`, or (0) as the tense points; the tense is read only then. */
function weekdayNear(dct: Point, weekday: number, offset: -1 | 0 | 1, situation: Situation): Point {
  const delta = weekday - weekdayOf(dct.year!, dct.month!, dct.day!);
  const forward = offset === 1 || (offset === 0 && situation.tense === 'future');
  const days = forward ? (delta > 0 || (offset === 0 && delta === 0) ? delta : delta + 7) : delta < 0 || (offset === 0 && delta === 0) ? delta : delta - 7;
  return addDays(dct, days);
}

function base(anchor: Anchor, template: Template, situation: Situation): Point | Time {
  const { dct } = situation;
  switch (anchor.type) {
    case 'fixed':
      return merge({ grain: 'year' }, template);
    case 'infer':
      return merge({ grain: 'year', year: template.year ?? inferYear(template, situation, anchor.lean) }, template);
    case 'dct':
      if (!dct) return merge({ grain: anchor.grain }, template);
      return merge(shift(containing(dct, anchor.grain), anchor.offset), template);
    case 'weekday':
      if (!dct) return merge({ grain: 'day' }, template);
      return merge(weekdayNear(dct, anchor.weekday, anchor.offset, situation), template);
    case 'compare': {
      const previous = situation.previous;
      const coerce = (p: Point): Point => merge(anchor.as ? containing(firstDayPoint(p), anchor.as) : p, template);
      if (previous?.kind === 'point' && previous.point.year !== undefined) return coerce(shift(previous.point, anchor.offset, anchor.grain));
      if (previous?.kind === 'range' && previous.from.year !== undefined) {
        const from = shift(previous.from, anchor.offset, anchor.grain);
        if (anchor.as) return coerce(from);
        return { kind: 'range', from, to: shift(previous.to, anchor.offset, anchor.grain) };
      }
      const grain = anchor.as ?? anchor.grain;
      if (!dct) return merge({ grain }, template);
      // Nothing to compare with: "the year-earlier quarter" is a year before the last complete quarter.
      const latest = grain !== anchor.grain && grain !== 'year' && grain !== 'day' ? shift(containing(dct, grain), -1) : containing(dct, grain);
      return merge(shift(latest, anchor.offset, anchor.grain), template);
    }
  }
}

function firstDayPoint(p: Point): Point {
  const b = bounds(p);
  return b ? b[0] : p;
}

/** Resolves an expression against the article's date and its sentence. */
export function resolve(expr: Expr, situation: Situation): Time {
  if (expr.monthsEnding !== undefined) return periodEnding(expr, situation);
  if (expr.to === undefined) {
    const at = base(expr.anchor, expr.point, situation);
    return 'kind' in at ? at : { kind: 'point', point: at };
  }
  // A range: the end borrows the start's year (or the start the end's) and comes after it.
  const endFirst = expr.point.year === undefined && expr.to.year !== undefined;
  const known = endFirst ? expr.to : expr.point;
  const other = endFirst ? expr.point : expr.to;
  const anchorResult = base(expr.anchor, known, situation);
  if ('kind' in anchorResult) return anchorResult;
  let second = merge({ ...anchorResult, grain: other.grain ?? anchorResult.grain }, other);
  if (other.year === undefined && second.year !== undefined) {
    const ordered = endFirst ? startsAfter(second, anchorResult) : startsAfter(anchorResult, second);
    if (ordered) second = { ...second, year: second.year + (endFirst ? -1 : 1) };
  }
  return endFirst ? { kind: 'range', from: second, to: anchorResult } : { kind: 'range', from: anchorResult, to: second };
}

function startsAfter(a: Point, b: Point): boolean {
  const sa = firstDay(a);
  const sb = firstDay(b);
  return sa !== undefined && sb !== undefined && sa > sb;
}

/** "the quarter ended Sep 30" → 2021-Q3; "the year to March" → 2017-04/2018-03. */
function periodEnding(expr: Expr, situation: Situation): Time {
  const end = base(expr.anchor, expr.point, situation);
  if ('kind' in end) return end;
  const last: Point = { grain: 'month', year: end.year, month: end.month };
  const first = shift(last, 1 - expr.monthsEnding!, 'month');
  if (last.year === undefined) return { kind: 'range', from: first, to: last };
  if (expr.monthsEnding === 3 && last.month! % 3 === 0) return { kind: 'point', point: { grain: 'quarter', year: last.year, index: last.month! / 3 } };
  if (expr.monthsEnding === 6 && last.month! % 6 === 0) return { kind: 'point', point: { grain: 'half', year: last.year, index: last.month! / 6 } };
  if (expr.monthsEnding === 12 && last.month === 12) return { kind: 'point', point: { grain: 'year', year: last.year } };
  return { kind: 'range', from: first, to: last };
}

/**
 * The date extractor's own model of time: calendar positions at a grain,
 * plus the calendar arithmetic to move them. Values are written from these
 * by normalize.ts only.
 */

export type Grain =
  | 'millennium' | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month'
  | 'week' | 'weekend' | 'day' | 'partOfDay' | 'hour' | 'minute' | 'second';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type DayPart = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
export type Mod = 'START' | 'MID' | 'END' | 'APPROX' | 'LESS_THAN' | 'MORE_THAN' | 'EQUAL_OR_LESS' | 'EQUAL_OR_MORE';

/**
 * A calendar position. `year` absent means the year cannot be known (X).
 * `index` is the position inside the year at the grain: half 1-2, quarter 1-4,
 * week 1-53. Decades and centuries keep their first year in `year`.
 */
export interface Point {
  grain: Grain;
  year?: number;
  index?: number;
  season?: Season;
  month?: number;
  day?: number;
  dayPart?: DayPart;
  hour?: number;
  minute?: number;
}

export type Time =
  | { kind: 'point'; point: Point }
  | { kind: 'range'; from: Point; to: Point }
  /** A length of time; amount absent means unknown ("years" → PXY). amountMax for "18 to 24 months". */
  | { kind: 'duration'; grain: Grain; amount?: number; amountMax?: number }
  | { kind: 'reference'; ref: Reference };

/** The date of the article as a day point, or undefined when unknown. */
export function dayOf(dct: string | undefined): Point | undefined {
  const m = dct ? /^(\d{4})-(\d\d)-(\d\d)/.exec(dct) : null;
  return m ? { grain: 'day', year: +m[1], month: +m[2], day: +m[3] } : undefined;
}

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Counted for the usual years and months; Date settles the rest (it reads years 0-99 as 1900-1999).
  if (Number.isInteger(year) && year >= 100 && year <= 9999 && Number.isInteger(month) && month >= 1 && month <= 12) {
    return month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : MONTH_DAYS[month - 1];
  }
  return utc(year, month + 1, 0).getUTCDate();
}

/** ISO weekday, Monday = 1. */
export function weekdayOf(year: number, month: number, day: number): number {
  return ((utc(year, month, day).getUTCDay() + 6) % 7) + 1;
}

/** ISO week-year and week number of a day. */
export function isoWeek(year: number, month: number, day: number): { year: number; week: number } {
  const date = utc(year, month, day);
  const thursday = new Date(date.getTime() + (4 - (((date.getUTCDay() + 6) % 7) + 1)) * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS / 7) + 1;
  return { year: weekYear, week };
}

/** Monday of an ISO week. */
function mondayOf(weekYear: number, week: number): Date {
  const jan4 = utc(weekYear, 1, 4);
  return new Date(jan4.getTime() - (((jan4.getUTCDay() + 6) % 7) * DAY_MS) + (week - 1) * 7 * DAY_MS);
}

function dayPoint(date: Date, grain: Grain = 'day'): Point {
  return { grain, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(p: Point, days: number): Point {
  return { ...p, ...dayPoint(new Date(utc(p.year!, p.month!, p.day!).getTime() + days * DAY_MS), p.grain) };
}

/** The week (ISO) that contains a day. */
export function weekOf(day: Point, grain: 'week' | 'weekend' = 'week'): Point {
  const { year, week } = isoWeek(day.year!, day.month!, day.day!);
  return { grain, year, index: week };
}

/** The period of a given grain that contains a day (the day itself for day and finer). */
export function containing(day: Point, grain: Grain): Point {
  const year = day.year!;
  const month = day.month!;
  switch (grain) {
    case 'millennium': return { grain, year: year - (year % 1000) };
    case 'century': return { grain, year: year - (year % 100) };
    case 'decade': return { grain, year: year - (year % 10) };
    case 'year': return { grain, year };
    case 'half': return { grain, year, index: month <= 6 ? 1 : 2 };
    case 'quarter': return { grain, year, index: Math.ceil(month / 3) };
    case 'season': {
      const season: Season = month >= 3 && month <= 5 ? 'SP' : month >= 6 && month <= 8 ? 'SU' : month >= 9 && month <= 11 ? 'FA' : 'WI';
      return { grain, year: month <= 2 ? year - 1 : year, season };
    }
    case 'month': return { grain, year, month };
    case 'week':
    case 'weekend': return weekOf(day, grain);
    default: return { ...day, grain: 'day' };
  }
}

const SEASON_ORDER: readonly Season[] = ['SP', 'SU', 'FA', 'WI'];
const PER_YEAR: Partial<Record<Grain, number>> = { half: 2, quarter: 4, month: 12 };
const YEARS_PER: Partial<Record<Grain, number>> = { millennium: 1000, century: 100, decade: 10, year: 1 };

/** Moves a known point by n of its own grain ("last quarter" = this quarter shifted by -1). */
export function shift(p: Point, n: number, by: Grain = p.grain): Point {
  if (n === 0 || p.year === undefined) return p;
  const years = YEARS_PER[by];
  if (years !== undefined) return { ...p, year: p.year + n * years };
  if (by === 'season') {
    const i = SEASON_ORDER.indexOf(p.season!) + n;
    return { ...p, year: p.year + Math.floor(i / 4), season: SEASON_ORDER[((i % 4) + 4) % 4] };
  }
  const perYear = PER_YEAR[by];
  if (perYear !== undefined) {
    if (by === 'month' && p.grain !== 'month') return shiftMonthsOf(p, n);
    if (p.grain === by) {
      const i = p.year * perYear + ((by === 'month' ? p.month! : p.index!) - 1) + n;
      const year = Math.floor(i / perYear);
      const at = (i % perYear) + 1;
      return by === 'month' ? { ...p, year, month: at } : { ...p, year, index: at };
    }
    return shiftMonthsOf(p, n * (12 / perYear));
  }
  if (by === 'week' || by === 'weekend') {
    if (p.grain === 'week' || p.grain === 'weekend') {
      const monday = mondayOf(p.year, p.index!);
      return weekOf(dayPoint(new Date(monday.getTime() + n * 7 * DAY_MS)), p.grain);
    }
    return p.day !== undefined ? addDays(p, 7 * n) : p;
  }
  if (by === 'day' && p.day !== undefined) return addDays(p, n);
  return p;
}

/** Moves a point that carries a month (a day or a month) by n months, keeping its grain. */
function shiftMonthsOf(p: Point, n: number): Point {
  if (p.month === undefined) {
    if (p.grain === 'half' || p.grain === 'quarter') return shift(p, n / (12 / PER_YEAR[p.grain]!), p.grain);
    return { ...p, year: p.year! + Math.trunc(n / 12) };
  }
  const i = p.year! * 12 + (p.month - 1) + n;
  const moved: Point = { ...p, year: Math.floor(i / 12), month: (i % 12) + 1 };
  if (moved.day !== undefined) moved.day = Math.min(moved.day, daysInMonth(moved.year!, moved.month!));
  return moved;
}

/** First and last day of a known point, as [year, month, day] triples. */
export function bounds(p: Point): [Point, Point] | undefined {
  if (p.year === undefined) return undefined;
  const y = p.year;
  const days = (y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): [Point, Point] => [
    { grain: 'day', year: y1, month: m1, day: d1 },
    { grain: 'day', year: y2, month: m2, day: d2 },
  ];
  const months = (y1: number, m1: number, y2: number, m2: number) => days(y1, m1, 1, y2, m2, daysInMonth(y2, m2));
  switch (p.grain) {
    case 'millennium': return months(y, 1, y + 999, 12);
    case 'century': return months(y, 1, y + 99, 12);
    case 'decade': return months(y, 1, y + 9, 12);
    case 'year': return months(y, 1, y, 12);
    case 'half': return p.index ? months(y, p.index * 6 - 5, y, p.index * 6) : undefined;
    case 'quarter': return p.index ? months(y, p.index * 3 - 2, y, p.index * 3) : undefined;
    case 'season': {
      if (!p.season) return undefined;
      const first = { SP: 3, SU: 6, FA: 9, WI: 12 }[p.season];
      return first === 12 ? months(y, 12, y + 1, 2) : months(y, first, y, first + 2);
    }
    case 'month':
      if (p.month === undefined) return undefined;
      return months(y, p.month, y, p.month);
    case 'week':
    case 'weekend': {
      if (p.index === undefined) return undefined;
      const monday = mondayOf(y, p.index);
      const first = p.grain === 'weekend' ? new Date(monday.getTime() + 5 * DAY_MS) : monday;
      return [dayPoint(first), dayPoint(new Date(monday.getTime() + 6 * DAY_MS))];
    }
    default:
      if (p.month === undefined || p.day === undefined) return undefined;
      return days(y, p.month, p.day, y, p.month, p.day);
  }
}

/** Compares two known points by their first day. */
export function startsBefore(a: Point, b: Point): boolean {
  const [sa] = bounds(a) ?? [];
  const [sb] = bounds(b) ?? [];
  if (!sa || !sb) return false;
  return isoOf(sa) < isoOf(sb);
}

/** Two digits of a month or day: "07". */
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

export function isoOf(day: Point): string {
  const { year, month, day: dayOfMonth } = day;
  if (year! >= 1000 && year! <= 9999 && Number.isInteger(year) && TWO_DIGITS[month!] !== undefined && TWO_DIGITS[dayOfMonth!] !== undefined) {
    return `${year}-${TWO_DIGITS[month!]}-${TWO_DIGITS[dayOfMonth!]}`;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

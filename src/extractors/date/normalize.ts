import type { FieldsOf } from '../../types.js';
import { bounds, isoOf, type Grain, type Mod, type Point, type Time } from './time.js';

/** The only writer of TIMEX3 values: at the precision of what is known, X for what is not. */

const pad = (n: number | undefined, width: number): string => (n === undefined ? 'X'.repeat(width) : String(n).padStart(width, '0'));

/** TIMEX3 value of a calendar position. */
export function valueOf(p: Point): string {
  const year = pad(p.year, 4);
  switch (p.grain) {
    case 'millennium': return p.year === undefined ? 'X' : String(Math.floor(p.year / 1000));
    case 'century': return p.year === undefined ? 'XX' : pad(Math.floor(p.year / 100), 2);
    case 'decade': return p.year === undefined ? 'XXX' : pad(Math.floor(p.year / 10), 3);
    case 'year': return year;
    case 'half': return `${year}-H${p.index ?? 'X'}`;
    case 'quarter': return `${year}-Q${p.index ?? 'X'}`;
    case 'season': return `${year}-${p.season}`;
    case 'month': return `${year}-${pad(p.month, 2)}`;
    case 'week': return `${year}-W${pad(p.index, 2)}`;
    case 'weekend': return `${year}-W${pad(p.index, 2)}-WE`;
    default: {
      const day = `${year}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
      if (p.grain === 'partOfDay') return `${day}T${p.dayPart}`;
      if (p.hour !== undefined) return `${day}T${pad(p.hour, 2)}:${pad(p.minute ?? 0, 2)}`;
      return day;
    }
  }
}

/** Duration designators; calendar units above the year are written in years (a decade = P10Y). */
const DURATION_UNIT: Record<Grain, [string, number]> = {
  millennium: ['Y', 1000], century: ['Y', 100], decade: ['Y', 10], year: ['Y', 1], half: ['M', 6], quarter: ['Q', 1],
  season: ['M', 3], month: ['M', 1], week: ['W', 1], weekend: ['D', 2], day: ['D', 1], partOfDay: ['H', 6],
  hour: ['TH', 1], minute: ['TM', 1], second: ['TS', 1],
};
/** Unknown amounts of the big units keep their own designator: "decades" → PXDE. */
const UNKNOWN_UNIT: Partial<Record<Grain, string>> = { decade: 'DE', century: 'CE', millennium: 'ML' };

function durationValue(grain: Grain, amount: number | undefined): string {
  const [unit, factor] = DURATION_UNIT[grain];
  const time = unit.startsWith('T') ? 'T' : '';
  const designator = unit.replace('T', '');
  if (amount === undefined) return `P${time}X${UNKNOWN_UNIT[grain] ?? designator}`;
  const n = Math.round(amount * factor * 1000) / 1000;
  return `P${time}${n}${designator}`;
}

const isTimeOfDay = (p: Point): boolean => p.grain === 'partOfDay' || p.hour !== undefined;

/**
 * Writes the mention fields of a resolved time onto a mention, one by one in
 * their output order: value, date_start, date_end, timex_type, mod, fiscal.
 */
export function normalize<M extends object>(mention: M, time: Time, mod?: Mod, fiscal?: boolean): M & FieldsOf<'date'> {
  const fields = mention as M & FieldsOf<'date'>;
  switch (time.kind) {
    case 'reference':
      fields.value = time.ref;
      break;
    case 'duration': {
      const max = time.amountMax !== undefined ? `/${durationValue(time.grain, time.amountMax)}` : '';
      fields.value = durationValue(time.grain, time.amount) + max;
      break;
    }
    case 'point': {
      fields.value = valueOf(time.point);
      const span = bounds(time.point);
      if (span) {
        fields.date_start = isoOf(span[0]);
        fields.date_end = isoOf(span[1]);
      }
      break;
    }
    case 'range': {
      fields.value = `${valueOf(time.from)}/${valueOf(time.to)}`;
      const first = bounds(time.from);
      const last = bounds(time.to);
      if (first && last) {
        fields.date_start = isoOf(first[0]);
        fields.date_end = isoOf(last[1]);
      }
      break;
    }
  }
  fields.timex_type = time.kind === 'duration' ? 'DURATION' : time.kind === 'point' && isTimeOfDay(time.point) ? 'TIME' : 'DATE';
  if (mod) fields.mod = mod;
  if (fiscal) fields.fiscal = fiscal;
  return fields;
}

import { date } from './index.js';

/** How much of the top of an article may hold its date line. */
const HEAD_CHARS = 800;
const HEAD_LINES = 8;
/**
 * How far into an unlabelled line its date is looked for: such a date stands
 * alone or after a short dateline place, so it starts within some 80
 * characters; the rest of a long first paragraph is not read.
 */
const UNLABELLED_REACH = 160;

/** Words that introduce the article's own date: "Published: ...", "Updated on ...". */
const DATE_LINE_LABEL = /(?:published|updated|posted|last\s+updated|first\s+published|date|dated|released)\s*(?:on|at)?\s*[:\-–—|]?\s*$/i;
/** A line that holds one of those words somewhere, and is read whole. */
const HAS_LABEL = /published|updated|posted|date|released/i;
/** A dateline: "TOKYO, " or "London (Reuters) - " before the date. */
const DATELINE_PLACE = /^\s*[\p{Lu}][\p{L}.' -]{1,40}(?:\([^)]{1,30}\))?\s*[,–—-]\s*$/u;
const FULL_DAY = /^\d{4}-\d\d-\d\d/;
const DIGIT = /\d/;

/**
 * Finds the article's own date in a date line near the top: a line that is
 * only a date ("Thursday, 07 October 2021 10:44:00"), a labelled line
 * ("Published: Oct. 7, 2021 | 10:44 AM", "Updated: 07/10/2021", read month
 * first unless the first number cannot be a month) or a dateline ("LONDON,
 * July 27, 2023 -"). Returns ISO YYYY-MM-DD, or undefined: never the clock.
 */
export function findDct(text: string): string | undefined {
  const lines = text.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES);
  let fallback: string | undefined;
  for (const line of lines) {
    // A whole day needs a year in digits.
    if (!DIGIT.test(line)) continue;
    const labelled = HAS_LABEL.test(line);
    const read = labelled ? line : line.slice(0, UNLABELLED_REACH);
    for (const m of date.extract({ text: read })) {
      if (!FULL_DAY.test(m.value) || m.timex_type === 'DURATION') continue;
      const before = line.slice(0, m.start);
      const day = m.value.slice(0, 10);
      if (labelled && DATE_LINE_LABEL.test(before)) return day;
      if (fallback !== undefined) continue;
      const after = line.slice(m.end);
      const aloneOnLine = /^[\s|•·,(]*$/.test(before) && /^[\s|•·,)]*(?:\d{1,2}:\d\d.*|[AP]M.*|\p{Lu}{2,4})?$/u.test(after);
      if (aloneOnLine || DATELINE_PLACE.test(before)) fallback = day;
    }
  }
  return fallback;
}

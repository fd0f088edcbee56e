import { date } from './index.js';

/** How much of the top of an article may hold its date line. */
const HEAD_CHARS = 800;
const HEAD_LINES = 8;

/** Words that introduce the article's own date: "Published: ...", "Updated on ...". */
const DATE_LINE_LABEL = /(?:published|updated|posted|last\s+updated|first\s+published|date|dated|released)\s*(?:on|at)?\s*[:\-–—|]?\s*$/i;
/** A dateline: "TOKYO, " or "London (Reuters) - " before the date. */
const DATELINE_PLACE = /^\s*[\p{Lu}][\p{L}.' -]{1,40}(?:\([^)]{1,30}\))?\s*[,–—-]\s*$/u;
const FULL_DAY = /^\d{4}-\d\d-\d\d/;

/**
 * Finds the article's own date in a date line near the top: a line that is
 * only a date ("Thursday, 07 October 2021 10:44:00"), a labelled line
 * ("Published: Oct. 7, 2021 | 10:44 AM", "Updated: 07/10/2021", read month
 * first unless the first number cannot be a month) or a dateline ("LONDON,
 * July 27, 2023 -"). Returns ISO YYYY-MM-DD, or undefined: never the clock.
 */
export function findDct(text: string): string | undefined {
  const head = text.slice(0, HEAD_CHARS).split('\n').slice(0, HEAD_LINES).join('\n');
  const days = date.extract({ text: head }).filter((m) => FULL_DAY.test(m.value) && m.timex_type !== 'DURATION');
  let fallback: string | undefined;
  for (const m of days) {
    const lineStart = head.lastIndexOf('\n', m.start - 1) + 1;
    const lineEnd = head.indexOf('\n', m.end) === -1 ? head.length : head.indexOf('\n', m.end);
    const before = head.slice(lineStart, m.start);
    const after = head.slice(m.end, lineEnd);
    const day = m.value.slice(0, 10);
    if (DATE_LINE_LABEL.test(before)) return day;
    const aloneOnLine = /^[\s|•·,(]*$/.test(before) && /^[\s|•·,)]*(?:\d{1,2}:\d\d.*|[AP]M.*|\p{Lu}{2,4})?$/u.test(after);
    if (aloneOnLine || DATELINE_PLACE.test(before)) fallback ??= day;
  }
  return fallback;
}

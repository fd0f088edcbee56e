import type { Span } from '../types.js';
import { isAsciiLetter, isSpaceCode } from './chars.js';

/** Words whose trailing period does not end a sentence. */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st mt ft no nos vs etc inc corp co ltd plc bros dept assn gov govt sen rep gen col ' +
    'capt lt sgt jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.k u.n e.u a.m p.m e.g i.e approx est fig op vol rs').split(' '),
);

/** The last text split and its sentences: the extractors and the output columns all ask for the same document's. */
let last: { text: string; spans: readonly Span[] } | undefined;

/**
 * Splits text into sentences (UTF-16 offsets). A line break always ends a
 * sentence: news text puts headlines, datelines and paragraphs on lines of
 * their own.
 */
export function splitSentences(text: string): readonly Span[] {
  if (last?.text !== text) last = { text, spans: split(text) };
  return last.spans;
}

function split(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /\r\n?|\n|(?<![.!?])[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m !== null; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    const lineBreak = m[0][0] === '\n' || m[0][0] === '\r';
    // Only a full stop can belong to an abbreviation or an initial.
    if (m[0][0] === '.') {
      const word = wordBefore(text, Math.max(start, m.index - 12), m.index).slice(0, -1);
      if (ABBREVIATIONS.has(word.toLowerCase()) || isInitial(word)) continue;
    }
    push(spans, text, start, lineBreak ? m.index : end);
    start = end;
  }
  push(spans, text, start, text.length);
  return spans;
}

/**
 * The letters and full stops that run up to the full stop at `dot` (included),
 * looked for from `from` on: the word the stop may end. ASCII is read here;
 * other letters by the Unicode-aware pattern.
 */
function wordBefore(text: string, from: number, dot: number): string {
  let k = dot;
  while (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c >= 128) return /([\p{L}.]+)\.*$/u.exec(text.slice(from, dot + 1))![1];
    if (c !== 46 && !isAsciiLetter(c)) break;
    k--;
  }
  return text.slice(k, dot + 1);
}

/** Whether a word is one capital letter, as an initial is: ASCII read here, the rest by the Unicode-aware pattern. */
function isInitial(word: string): boolean {
  if (word.length === 0 || word.length > 2) return false;
  const c = word.charCodeAt(0);
  if (word.length === 1 && c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}$/u.test(word);
}

function push(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end > start) spans.push({ start, end, text: text.slice(start, end) });
}

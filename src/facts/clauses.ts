import { alternation } from '../text/lexicon.js';
import { CLAUSE_CONJUNCTIONS, RELATIVE_PRONOUNS } from './data/cues.js';

const words = (list: readonly string[]): string => alternation(list);

/** Hard clause breaks: ";", ": ", ", while ...", ", according to ...". */
const BREAK = new RegExp(`;|:(?=\\s)|,\\s+(?=(?:${words(CLAUSE_CONJUNCTIONS)})\\b)`, 'gi');
/** Asides that interrupt a clause and are clauses of their own: "(...)", "— ... —", ", which ...,". */
const PARENTHESES = /\([^()]*\)/g;
const DASH = /\s*—\s*|\s+--?\s+|\s+–\s+/g;
const RELATIVE = new RegExp(`,\\s+(?:${words(RELATIVE_PRONOUNS)})\\b[^,;]*`, 'gi');

interface Span {
  start: number;
  end: number;
}

/** Where an offset stands: its clause, and for an aside the clause it interrupts. */
export interface ClauseAt {
  clause: number;
  /** For an aside: the clause it comments on, and where the aside starts. */
  host?: { clause: number; before: number };
}

/**
 * Splits a sentence into clauses and returns, for an offset into it, the id
 * of its clause. Asides get ids of their own, so the two halves of a clause
 * around an aside share one id. Breaks inside `protect`ed spans (mentions:
 * "$23 – 26 billion") are ignored.
 */
export function clauseOf(sentence: string, protect: readonly Span[]): (offset: number) => ClauseAt {
  const free = (at: number): boolean => !protect.some((p) => p.start <= at && at < p.end);
  const asides: Span[] = [];
  for (const m of sentence.matchAll(PARENTHESES)) asides.push({ start: m.index, end: m.index + m[0].length });
  for (const m of sentence.matchAll(RELATIVE)) if (free(m.index)) asides.push({ start: m.index, end: m.index + m[0].length });
  // Dashes pair up into asides; an em dash left over is a break, an en dash a mere link ("Vietnam – Japan").
  const dashes = [...sentence.matchAll(DASH)].filter((m) => free(m.index + m[0].search(/\S/)));
  const breaks: number[] = [...sentence.matchAll(BREAK)].filter((m) => free(m.index)).map((m) => m.index);
  for (let i = 0; i + 1 < dashes.length; i += 2) asides.push({ start: dashes[i].index, end: dashes[i + 1].index + dashes[i + 1][0].length });
  const leftover = dashes.length % 2 ? dashes[dashes.length - 1] : undefined;
  if (leftover && leftover[0].includes('—')) breaks.push(leftover.index);
  breaks.sort((a, b) => a - b);
  const main = (offset: number): number => breaks.filter((b) => b <= offset).length;
  return (offset) => {
    const aside = asides.findIndex((a) => a.start <= offset && offset < a.end);
    if (aside < 0) return { clause: main(offset) };
    const { start } = asides[aside];
    return { clause: -1 - aside, host: { clause: main(start), before: start } };
  };
}

/** A dateline opening a sentence: "HANOI —", "SEOUL, July 3 (Yonhap) --", "JAKARTA – (Reuters) –", "KUALA LUMPUR:". */
const DATELINE =
  /^\p{Lu}[\p{Lu}\p{M}.'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}.'’-]+)*(?:,[^:—–()\n]{1,30})?\s*(?:\([^)]{1,30}\)\s*)?(?::|—|–|--?)(?:\s*\([^)]{1,30}\)\s*(?:—|–|--?))?\s+/u;

/** Length of the dateline a sentence opens with (0 when none): where the story was filed, not what a figure is about. */
export function datelineLength(sentence: string): number {
  return DATELINE.exec(sentence)?.[0].length ?? 0;
}

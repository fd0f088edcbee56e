import type { Mention, MentionType } from './types.js';
import { run } from './pipeline.js';
import { findDct } from './extractors/date/dct.js';

export type { Document, Mention, MentionType, MoneyMention, DateMention, OrganizationMention, SectorMention, Span } from './types.js';
export { MENTION_TYPES } from './types.js';

export interface ExtractOptions {
  /** The article's date (YYYY-MM-DD); null when known to be unknown. When absent it is looked for in the text, then `referenceDate` is used. */
  dct?: string | null;
  /** The date to resolve relative dates against when the text states none. */
  referenceDate?: string;
  /** Which types to report (default: all). */
  types?: readonly MentionType[];
  /** ISO code a bare "$" stands for (default USD). */
  dollar?: string;
  /** Extra sector phrases, [phrase, ISIC code], added to or overriding the built-in lexicon. */
  sectorLexicon?: readonly (readonly [string, string])[];
}

/** The document date: given, else found in the text, else the reference date. */
export function documentDate(text: string, options: Pick<ExtractOptions, 'dct' | 'referenceDate'> = {}): string | undefined {
  // An explicit null means the date is known to be unknown: nothing is looked for.
  if (options.dct !== undefined) return options.dct ?? undefined;
  return findDct(text) ?? options.referenceDate;
}

/** Finds money, dates, organisations and sectors in a news text. Offsets are code points. */
export function extract(text: string, options: ExtractOptions = {}): Mention[] {
  const { dollar, sectorLexicon, types } = options;
  return run({ text, dct: documentDate(text, options), dollar, sectorLexicon }, types);
}

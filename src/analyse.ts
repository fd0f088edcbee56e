import type { Document, MentionType } from './types.js';
import { documentDate, extract } from './index.js';
import { toRecords, type Cell } from './io/records.js';
import type { WriterOptions } from './io/writers.js';
import type { Format } from './io/formats.js';
import { FACT_TYPES, toFacts } from './facts/index.js';
import { writerFor } from './format.js';

/** What the output rows are: one per mention, or one per amount of money with its context (facts). */
export type View = 'mentions' | 'facts';

/** One output row: column name → cell. */
export type Row = Record<string, Cell>;

/** What a row counts as in the run's summary. */
export type RowKind = MentionType | 'fact';

/** What every document of a run is analysed and formatted with; it must survive structured cloning, for workers. */
export interface AnalysisSettings {
  view: View;
  types: MentionType[];
  /** The date of articles that state none (--reference-date). */
  referenceDate?: string;
  dollar?: string;
  sectorLexicon?: [string, string][];
  format: Format;
  writer: WriterOptions;
}

/**
 * One document, analysed: its output chunk, ready to write, and how many rows
 * of each kind it holds. A worker sends the chunk as UTF-8 bytes (see worker.ts).
 */
export interface Analysis<Chunk extends string | Uint8Array = string> {
  chunk: Chunk;
  rows: number;
  counts: Partial<Record<RowKind, number>>;
}

/**
 * One document → its formatted rows. Runs in the main thread or in a worker;
 * the document's date is found here too, so that with workers the main
 * thread never loads the extractors.
 */
export function analyse(given: Document, settings: AnalysisSettings): Analysis {
  const facts = settings.view === 'facts';
  const doc: Document = { ...given, dct: documentDate(given.text, { dct: given.dct, referenceDate: settings.referenceDate }) };
  const mentions = extract(doc.text, {
    dct: doc.dct ?? null,
    types: facts ? FACT_TYPES : settings.types,
    dollar: settings.dollar,
    sectorLexicon: settings.sectorLexicon,
  });
  const rows: Row[] = facts ? toFacts(doc, mentions) : toRecords(doc, mentions);
  const counts: Partial<Record<RowKind, number>> = {};
  for (const r of rows) {
    const kind = facts ? 'fact' : (r.type as MentionType);
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return { chunk: writerFor(settings).document(doc, rows), rows: rows.length, counts };
}

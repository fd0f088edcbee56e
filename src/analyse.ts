import type { Document, MentionType } from './types.js';
import { extract } from './index.js';
import { COLUMNS, toRecords, type Cell } from './io/records.js';
import { createWriter, type Format, type Writer, type WriterOptions } from './io/writers.js';
import { FACT_COLUMNS, FACT_TYPES, toFacts } from './facts/index.js';

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
  dollar?: string;
  sectorLexicon?: [string, string][];
  format: Format;
  writer: WriterOptions;
}

/** One document, analysed: its output chunk, ready to write, and how many rows of each kind it holds. */
export interface Analysis {
  chunk: string;
  rows: number;
  counts: Partial<Record<RowKind, number>>;
}

const writers = new WeakMap<AnalysisSettings, Writer>();

/** The writer of a run's settings (made once per settings object). */
export function writerFor(settings: AnalysisSettings): Writer {
  let writer = writers.get(settings);
  if (!writer) writers.set(settings, (writer = createWriter(settings.format, settings.view === 'facts' ? FACT_COLUMNS : COLUMNS, settings.writer)));
  return writer;
}

/** One document → its formatted rows. Runs in the main thread or in a worker. */
export function analyse(doc: Document, settings: AnalysisSettings): Analysis {
  const facts = settings.view === 'facts';
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

/** The part of the settings a worker thread needs. */
export function analysisSettings({ view, types, dollar, sectorLexicon, format, writer }: AnalysisSettings): AnalysisSettings {
  return { view, types, dollar, sectorLexicon, format, writer };
}

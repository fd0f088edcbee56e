import type { Document, MentionType } from './types.js';
import { extract } from './index.js';
import { toRecords, type Cell } from './io/records.js';
import { FACT_TYPES, toFacts } from './facts/index.js';

/** What the output rows are: one per mention, or one per amount of money with its context (facts). */
export type View = 'mentions' | 'facts';

/** One output row: column name → cell. */
export type Row = Record<string, Cell>;

/** What every document of a run is analysed with. */
export interface AnalysisSettings {
  view: View;
  types: MentionType[];
  dollar?: string;
  sectorLexicon?: [string, string][];
}

/** One document → its output rows. Runs in the main thread or in a worker. */
export function analyse(doc: Document, settings: AnalysisSettings): Row[] {
  const facts = settings.view === 'facts';
  const mentions = extract(doc.text, {
    dct: doc.dct ?? null,
    types: facts ? FACT_TYPES : settings.types,
    dollar: settings.dollar,
    sectorLexicon: settings.sectorLexicon,
  });
  return facts ? toFacts(doc, mentions) : toRecords(doc, mentions);
}

/** The part of the settings a worker thread needs (it must survive structured cloning). */
export function analysisSettings({ view, types, dollar, sectorLexicon }: AnalysisSettings): AnalysisSettings {
  return { view, types, dollar, sectorLexicon };
}

import type { Document, MentionType } from './types.js';
import { extract } from './index.js';
import { toRecords, type OutputRecord } from './io/records.js';

/** What every document of a run is analysed with. */
export interface AnalysisSettings {
  types: MentionType[];
  dollar?: string;
  sectorLexicon?: [string, string][];
}

/** One document → its output records. Runs in the main thread or in a worker. */
export function analyse(doc: Document, settings: AnalysisSettings): OutputRecord[] {
  const mentions = extract(doc.text, { dct: doc.dct ?? null, types: settings.types, dollar: settings.dollar, sectorLexicon: settings.sectorLexicon });
  return toRecords(doc, mentions);
}

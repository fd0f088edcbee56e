import type { AnalysisSettings } from './analyse.js';
import { COLUMNS } from './io/records.js';
import { createWriter, type Writer } from './io/writers.js';
import { FACT_COLUMNS } from './facts/columns.js';

const writers = new WeakMap<object, Writer>();

/**
 * The writer of a run's settings, made once per settings object. Workers
 * format their documents with it and the main thread writes the start,
 * separators and end; neither needs the extractors for that.
 */
export function writerFor(settings: Pick<AnalysisSettings, 'view' | 'format' | 'writer'>): Writer {
  let writer = writers.get(settings);
  if (!writer) writers.set(settings, (writer = createWriter(settings.format, settings.view === 'facts' ? FACT_COLUMNS : COLUMNS, settings.writer)));
  return writer;
}

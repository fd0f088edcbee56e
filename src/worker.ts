import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type AnalysisSettings } from './analyse.js';
import type { Document } from './types.js';

/** A worker thread of `--jobs N`: analyses the documents it is sent, in the order sent. */
const settings = workerData as AnalysisSettings;
parentPort?.on('message', ({ seq, doc }: { seq: number; doc: Document }) => {
  try {
    parentPort?.postMessage({ seq, analysis: analyse(doc, settings) });
  } catch (error) {
    parentPort?.postMessage({ seq, error: (error as Error)?.message ?? String(error) });
  }
});

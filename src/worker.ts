import { parentPort, workerData } from 'node:worker_threads';
import { analyse, type AnalysisSettings } from './analyse.js';
import type { Document } from './types.js';

/**
 * A worker thread of `--jobs N`: analyses the documents it is sent, in the
 * order sent. Output goes back as UTF-8 bytes, handed over rather than
 * copied: the main thread then neither copies nor encodes it, and its young
 * generation, which grew with the strings it held, stays small.
 */
const settings = workerData as AnalysisSettings;
const utf8 = new TextEncoder();
parentPort?.on('message', ({ seq, doc }: { seq: number; doc: Document }) => {
  try {
    const analysis = analyse(doc, settings);
    const chunk = utf8.encode(analysis.chunk);
    parentPort?.postMessage({ seq, analysis: { ...analysis, chunk } }, [chunk.buffer]);
  } catch (error) {
    parentPort?.postMessage({ seq, error: (error as Error)?.message ?? String(error) });
  }
});

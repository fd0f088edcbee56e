import { Worker } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { Document, MentionType } from './types.js';
import { analyse, type AnalysisSettings } from './analyse.js';
import type { ReadEvent } from './io/documents.js';
import type { OutputRecord } from './io/records.js';
import { createWriter, type Format } from './io/writers.js';
import type { Output } from './io/output.js';

export interface RunSettings extends AnalysisSettings {
  format: Format;
  maxSize: number;
  jobs: number;
  escapeFormulas: boolean;
  bom: boolean;
  quiet: boolean;
  verbose: boolean;
  progress: boolean;
}

export interface Ui {
  say(line: string): void;
  color: ChalkInstance;
  tableColour: ChalkInstance;
  stderr: Writable;
}

export interface RunStats {
  read: number;
  failed: number;
  mentions: Record<MentionType, number>;
}

type Analysed = { doc: Document; records: OutputRecord[] } | { doc: Document; error: string };

/**
 * Reads, analyses and writes documents one at a time, in input order, so
 * each document's rows are out as soon as it is done.
 */
export async function processDocuments(events: AsyncIterable<ReadEvent>, output: Output, settings: RunSettings, ui: Ui): Promise<RunStats> {
  const { start, writer } = createWriter(settings.format, { escapeFormulas: settings.escapeFormulas, bom: settings.bom, color: ui.tableColour });
  const stats: RunStats = { read: 0, failed: 0, mentions: { money: 0, date: 0, organization: 0, sector: 0 } };
  const progress = progressLine(settings.progress, ui, stats);
  await output.write(start);
  const analyser = settings.jobs > 1 ? new WorkerPool(settings.jobs, settings) : undefined;
  const pending: Promise<Analysed>[] = [];
  const flush = async (limit: number) => {
    while (pending.length > limit) {
      const done = await pending.shift()!;
      if ('error' in done) {
        ui.say(`${done.doc.id}: internal error while extracting (${done.error}); skipped`);
        stats.failed++;
        continue;
      }
      stats.read++;
      for (const r of done.records) stats.mentions[r.type as MentionType]++;
      if (settings.verbose) ui.say(`${done.doc.id}: ${done.records.length} mentions`);
      await output.write(writer.document(done.doc, done.records));
      progress.tick();
    }
  };
  try {
    for await (const event of events) {
      if (event.kind === 'error') {
        await flush(0);
        ui.say(`${event.path}: ${event.reason}`);
        stats.failed++;
      } else if (event.kind === 'note') {
        if (!settings.quiet) ui.say(`${event.path}: ${event.message}`);
      } else {
        pending.push(analyser ? analyser.analyse(event.doc) : analyseSafely(event.doc, settings));
        await flush(analyser ? settings.jobs * 4 : 0);
      }
    }
    await flush(0);
  } finally {
    await analyser?.close();
    progress.stop();
  }
  await output.write(writer.end());
  if (!settings.quiet && settings.progress) ui.say(summary(stats, progress.elapsed()));
  return stats;
}

async function analyseSafely(doc: Document, settings: AnalysisSettings): Promise<Analysed> {
  try {
    return { doc, records: analyse(doc, settings) };
  } catch (error) {
    return { doc, error: (error as Error)?.message ?? String(error) };
  }
}

/** Worker threads that analyse documents; results come back matched by sequence number. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { doc: Document; resolve: (a: Analysed) => void }>();
  private seq = 0;

  constructor(size: number, settings: AnalysisSettings) {
    const { types, dollar, sectorLexicon } = settings;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: { types, dollar, sectorLexicon } });
      worker.on('message', ({ seq, records, error }: { seq: number; records?: OutputRecord[]; error?: string }) => {
        const entry = this.waiting.get(seq);
        if (!entry) return;
        this.waiting.delete(seq);
        entry.resolve(error !== undefined ? { doc: entry.doc, error } : { doc: entry.doc, records: records ?? [] });
      });
      worker.on('error', (error) => this.failAll(error.message));
      return worker;
    });
  }

  analyse(doc: Document): Promise<Analysed> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.waiting.set(seq, { doc, resolve });
      this.workers[seq % this.workers.length].postMessage({ seq, doc });
    });
  }

  private failAll(message: string): void {
    for (const [seq, entry] of this.waiting) {
      this.waiting.delete(seq);
      entry.resolve({ doc: entry.doc, error: `worker failed: ${message}` });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A progress line on a terminal for runs over a second. */
function progressLine(enabled: boolean, ui: Ui, stats: RunStats) {
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    tick() {
      const now = Date.now();
      if (!enabled || now - started < 1000 || now - last < 200) return;
      last = now;
      shown = true;
      ui.stderr.write(`\r\x1b[K${ui.color.dim(`extract: ${stats.read} documents, ${stats.failed} failed…`)}`);
    },
    stop() {
      if (shown) ui.stderr.write('\r\x1b[K');
    },
    elapsed: () => (Date.now() - started) / 1000,
  };
}

function summary(stats: RunStats, seconds: number): string {
  const counts = Object.entries(stats.mentions).map(([t, n]) => `${t} ${n}`).join(', ');
  return `${stats.read} documents read, ${stats.failed} failed; mentions: ${counts}; ${seconds.toFixed(1)} s`;
}

import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Writable } from 'node:stream';
import type { ChalkInstance } from 'chalk';
import type { Document } from './types.js';
import type { Analysis, AnalysisSettings, RowKind } from './analyse.js';
import { writerFor } from './format.js';
import type { ReadEvent } from './io/documents.js';
import type { Output } from './io/output.js';
import { printable } from './io/terminal.js';

export interface RunSettings extends AnalysisSettings {
  maxSize: number;
  jobs: number;
  /** The old-generation heap of each worker thread, in MB. */
  workerMemoryMb: number;
  quiet: boolean;
  verbose: boolean;
  progress: boolean;
}

export interface Ui {
  /** A problem with one input: one line, `extract: PATH: REASON`. */
  say(line: string): void;
  /** Information that is not a failure (a guessed encoding, -v listing). */
  note(line: string): void;
  color: ChalkInstance;
  stderr: Writable;
}

export interface RunStats {
  read: number;
  failed: number;
  /** Rows written: mentions per type asked for, or facts. */
  mentions: Partial<Record<RowKind, number>>;
}

/** A document's chunk comes as text from this thread, as UTF-8 bytes from a worker. */
type Analysed = { doc: Document; analysis: Analysis<string | Uint8Array> } | { doc: Document; error: string; outOfMemory?: boolean };

/**
 * Reads, analyses and writes documents in input order. Each document's rows
 * are written as soon as it and every document before it are done, even
 * while the next input is still awaited (a slow pipe), and at most a few
 * documents per worker wait in memory, so memory does not grow with the corpus.
 */
export async function processDocuments(events: AsyncIterable<ReadEvent>, output: Output, settings: RunSettings, ui: Ui): Promise<RunStats> {
  const facts = settings.view === 'facts';
  const writer = writerFor(settings);
  const kinds: RowKind[] = facts ? ['fact'] : settings.types;
  const stats: RunStats = { read: 0, failed: 0, mentions: Object.fromEntries(kinds.map((t) => [t, 0])) };
  const progress = progressLine(settings.progress, ui, stats);
  let chunks = 0;
  await output.write(writer.start);
  const analyser = settings.jobs > 1 ? new WorkerPool(settings.jobs, settings, settings.workerMemoryMb) : undefined;
  const inFlightLimit = analyser ? settings.jobs * IN_FLIGHT_PER_WORKER : 1;
  // With one job, a long document goes to a worker all the same: running out of memory there fails that document, not the run.
  let isolated: WorkerPool | undefined;
  const analyse = (doc: Document): Promise<Analysed> => {
    if (analyser) return analyser.analyse(doc);
    if (doc.text.length <= ISOLATE_OVER) return analyseSafely(doc, settings);
    isolated ??= new WorkerPool(1, settings, settings.workerMemoryMb);
    return isolated.analyse(doc);
  };

  const emit = async (done: Analysed) => {
    progress.clear();
    if ('error' in done) {
      ui.say(`${printable(done.doc.id)}: ${done.outOfMemory ? 'ran out of memory while extracting (too large to analyse whole)' : `internal error while extracting (${done.error})`}; skipped`);
      stats.failed++;
      return;
    }
    stats.read++;
    const { chunk, rows, counts } = done.analysis;
    for (const [kind, n] of Object.entries(counts) as [RowKind, number][]) stats.mentions[kind] = (stats.mentions[kind] ?? 0) + n;
    if (settings.verbose) ui.note(`${printable(done.doc.id)}: ${count(rows, facts ? 'fact' : 'mention')}`);
    if (chunk.length) {
      if (chunks++ && writer.separator) await output.write(writer.separator);
      await output.write(chunk);
    }
    progress.tick();
  };
  // Every step (a document's rows, a message) runs after the one before it, so output keeps input order.
  let tail: Promise<void> = Promise.resolve();
  const inFlight: Promise<unknown>[] = [];
  const then = (step: () => unknown): Promise<void> => {
    tail = tail.then(step).then(() => undefined);
    return tail;
  };
  const message = (line: () => void) =>
    then(() => {
      progress.clear();
      line();
    });

  try {
    for await (const event of readAhead(events, READ_AHEAD)) {
      if (event.kind === 'error') {
        stats.failed++;
        await message(() => ui.say(`${printable(event.path)}: ${event.reason}`));
      } else if (event.kind === 'note') {
        if (!settings.quiet) await message(() => ui.note(`${printable(event.path)}: ${event.message}`));
      } else {
        const result = analyse(event.doc);
        // A failure (the output broke) is kept in `tail` and thrown at the next await of it.
        inFlight.push(then(() => result.then(emit)).catch(() => {}));
        if (inFlight.length >= inFlightLimit) await inFlight.shift();
      }
    }
    await tail;
  } finally {
    await analyser?.close();
    await isolated?.close();
    progress.clear();
  }
  await output.write(writer.end(chunks));
  if (settings.progress) ui.note(summary(stats, progress.elapsed()));
  return stats;
}

/**
 * Characters over which a document is analysed in a worker even with one job.
 * A 31 MB article needs about 2 GB; a news article is some 5,000 characters.
 */
const ISOLATE_OVER = 2_000_000;

/** Documents read ahead while the current one is analysed, so the disk and the CPU work at once. */
const READ_AHEAD = 4;

/**
 * Documents per worker sent and not yet written: enough to keep each worker
 * busy while output waits for the oldest; eight used more memory and ran no faster.
 */
const IN_FLIGHT_PER_WORKER = 4;

/** Pulls up to `size` items ahead from an async source, in order. */
async function* readAhead<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Promise<IteratorResult<T>>[] = [];
  for (;;) {
    while (queue.length < size) queue.push(iterator.next());
    const next = await queue.shift()!;
    if (next.done) return;
    yield next.value;
  }
}

/** Analyses a document in this thread. The extractors load on first use: with workers, this thread needs them only if workers keep dying. */
async function analyseSafely(doc: Document, settings: AnalysisSettings): Promise<Analysed> {
  try {
    const { analyse } = await import('./analyse.js');
    return { doc, analysis: analyse(doc, settings) };
  } catch (error) {
    return { doc, error: (error as Error)?.message ?? String(error) };
  }
}

/**
 * A document's garbage dies young, so a small young generation keeps each
 * worker's memory down (about 20 MB less apiece than V8's default) at no cost
 * in speed. A bounded old generation is collected before it grows: left to
 * V8's default (4 GB on a machine with 24 GB), it grew with the corpus.
 */
const YOUNG_GENERATION_MB = 8;

/** The part of the settings a worker thread needs (it must survive structured cloning). */
function analysisSettings({ view, types, referenceDate, dollar, sectorLexicon, format, writer }: AnalysisSettings): AnalysisSettings {
  return { view, types, referenceDate, dollar, sectorLexicon, format, writer };
}

/** A worker thread and the documents it has been sent but not yet answered. */
interface Slot {
  worker: Worker;
  inFlight: Set<number>;
}

/**
 * Worker threads that analyse documents; results come back matched by
 * sequence number. A worker that dies (out of memory, a crash) fails only
 * the documents it held and is replaced; if replacements keep dying, the
 * main thread does the work, so a run never waits on a dead worker. The
 * documents of a worker that ran out of memory are done again, in order, by
 * one more worker with V8's whole heap: only a very long document needs it.
 */
class WorkerPool {
  private readonly slots: (Slot | undefined)[];
  private readonly waiting = new Map<number, { doc: Document; resolve: (a: Analysed) => void }>();
  private seq = 0;
  private replacements: number;
  private closing = false;
  /** The worker without a heap limit, made when first needed. */
  private roomy: Slot | undefined;
  private readonly limits: ResourceLimits;

  constructor(
    size: number,
    private readonly settings: AnalysisSettings,
    memoryMb: number,
  ) {
    this.replacements = size * 2;
    this.limits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: memoryMb };
    this.slots = Array.from({ length: size }, () => this.spawn(this.limits));
  }

  private spawn(resourceLimits: ResourceLimits): Slot {
    const slot: Slot = { worker: new Worker(new URL('./worker.js', import.meta.url), { workerData: analysisSettings(this.settings), resourceLimits }), inFlight: new Set() };
    slot.worker.on('message', ({ seq, analysis, error }: { seq: number; analysis?: Analysis<Uint8Array>; error?: string }) => {
      slot.inFlight.delete(seq);
      this.settle(seq, analysis ? { analysis } : { error: error ?? 'no answer' });
    });
    slot.worker.on('error', (error: Error & { code?: string }) => this.lose(slot, error.message, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    slot.worker.on('exit', (code) => this.lose(slot, `exited with code ${code}`, false));
    return slot;
  }

  private settle(seq: number, result: { analysis: Analysis<Uint8Array> } | { error: string; outOfMemory?: boolean }): void {
    const entry = this.waiting.get(seq);
    if (!entry) return;
    this.waiting.delete(seq);
    entry.resolve({ doc: entry.doc, ...result });
  }

  private lose(slot: Slot, why: string, outOfMemory: boolean): void {
    if (this.closing) return;
    const held = [...slot.inFlight];
    slot.inFlight.clear();
    if (slot === this.roomy) {
      this.roomy = undefined;
    } else {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.replacements-- > 0 ? this.spawn(this.limits) : undefined;
      if (outOfMemory) {
        this.roomy ??= this.spawn({ maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
        for (const seq of held) this.send(this.roomy, seq);
        return;
      }
    }
    for (const seq of held) this.settle(seq, { error: `worker failed: ${why}`, outOfMemory });
  }

  analyse(doc: Document): Promise<Analysed> {
    const seq = this.seq++;
    const slot = this.leastBusy();
    if (!slot) return analyseSafely(doc, this.settings);
    return new Promise((resolve) => {
      this.waiting.set(seq, { doc, resolve });
      this.send(slot, seq);
    });
  }

  private send(slot: Slot, seq: number): void {
    slot.inFlight.add(seq);
    slot.worker.postMessage({ seq, doc: this.waiting.get(seq)!.doc });
  }

  /** The live worker with the fewest documents in hand, so that a long document does not queue others behind it. */
  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const slot of this.slots) if (slot && (!best || slot.inFlight.size < best.inFlight.size)) best = slot;
    return best;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots, this.roomy].map((slot) => slot?.worker.terminate()));
  }
}

/**
 * A progress line on a terminal, once a run has gone on for a second. It is
 * cleared before anything else is printed, so it never mixes with output.
 */
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
      ui.stderr.write(`\r\x1b[K${ui.color.dim(`extract: ${count(stats.read, 'document')}, ${stats.failed} failed…`)}`);
    },
    clear() {
      if (shown) ui.stderr.write('\r\x1b[K');
      shown = false;
    },
    elapsed: () => (Date.now() - started) / 1000,
  };
}

function summary(stats: RunStats, seconds: number): string {
  const counts = Object.entries(stats.mentions).map(([t, n]) => `${t} ${n}`).join(', ');
  return `${count(stats.read, 'document')} read, ${stats.failed} failed; mentions: ${counts}; ${seconds.toFixed(1)} s`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

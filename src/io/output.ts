import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { reasonOf } from './reasons.js';

/** Where records go: standard output, or a file that appears whole or not at all. */
export interface Output {
  write(chunk: string | Uint8Array): Promise<void>;
  /** Finishes the output; for a file, renames the temporary file into place. */
  commit(): Promise<void>;
}

/** The output cannot be written; the message names the file and the reason. */
export class OutputError extends Error {}

/** Signals that end a run early, with the exit code a shell expects for each (128 + signal number). */
const INTERRUPTIONS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * With a path, writes to a temporary file beside it and renames it at the
 * end, so an interrupted run (Ctrl-C, SIGTERM, a crash) leaves any old file
 * untouched and no partial one. A run killed with SIGKILL cannot clean up:
 * it leaves a `.NAME.PID.tmp` file beside the old one, still untouched.
 */
export async function openOutput(path: string | undefined, stdout: Writable): Promise<Output> {
  if (!path) return { write: (chunk) => writeWithBackpressure(stdout, chunk), commit: async () => {} };
  const existing = await stat(path).catch(() => undefined);
  if (existing?.isDirectory()) throw new OutputError(`${path}: is a directory`);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  // Cleaning up is armed before the file exists, so no signal can slip in between.
  const discard = () => rmSync(temporary, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.exit(INTERRUPTIONS[signal]);
  };
  const signals = Object.keys(INTERRUPTIONS) as NodeJS.Signals[];
  const disarm = () => {
    for (const signal of signals) process.off(signal, onSignal);
    process.off('exit', discard);
  };
  for (const signal of signals) process.once(signal, onSignal);
  process.once('exit', discard);
  const cannotWrite = (error: unknown) =>
    new OutputError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? `no such directory ${dirname(path)}` : reasonOf(error, 'write')}`);
  // The new file keeps the permissions of the one it replaces.
  const stream = createWriteStream(temporary, { mode: existing ? existing.mode & 0o7777 : 0o666 });
  try {
    await once(stream, 'open');
  } catch (error) {
    disarm();
    throw cannotWrite(error);
  }
  let failure: unknown;
  stream.on('error', (error) => (failure ??= error));
  return {
    write: async (chunk) => {
      if (failure) throw cannotWrite(failure);
      await writeWithBackpressure(stream, chunk).catch((error) => {
        throw cannotWrite(error);
      });
    },
    commit: async () => {
      try {
        if (failure) throw failure;
        stream.end();
        await once(stream, 'finish');
        renameSync(temporary, path);
      } catch (error) {
        discard();
        throw cannotWrite(error);
      } finally {
        disarm();
      }
    },
  };
}

/**
 * How much written output may wait in memory before the run pauses for it.
 * A stream's own mark (16 KB) is less than one document's rows: waiting at
 * it would stop the analysis at every document while the disk catches up.
 */
const MAX_PENDING_OUTPUT = 4 * 1024 * 1024;

/** Waits for the stream to drain when much output is pending, so memory stays flat on large runs. */
async function writeWithBackpressure(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (chunk.length && !stream.write(chunk) && stream.writableLength > MAX_PENDING_OUTPUT) await once(stream, 'drain');
}

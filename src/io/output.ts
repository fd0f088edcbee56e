import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';

/** Where records go: standard output, or a file that appears whole or not at all. */
export interface Output {
  write(chunk: string): Promise<void>;
  /** Finishes the output; for a file, renames the temporary file into place. */
  commit(): Promise<void>;
}

/**
 * With a path, writes to a temporary file beside it and renames it at the
 * end, so an interrupted run (Ctrl-C, SIGTERM, a crash) leaves any old file
 * untouched and no partial one.
 */
export async function openOutput(path: string | undefined, stdout: Writable): Promise<Output> {
  if (!path) return { write: (chunk) => writeWithBackpressure(stdout, chunk), commit: async () => {} };
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temporary);
  await once(stream, 'open');
  const discard = () => rmSync(temporary, { force: true });
  const onSignal = (signal: NodeJS.Signals) => {
    discard();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('exit', discard);
  return {
    write: (chunk) => writeWithBackpressure(stream, chunk),
    commit: async () => {
      stream.end();
      await once(stream, 'finish');
      renameSync(temporary, path);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.off('exit', discard);
    },
  };
}

/** Waits for the stream to drain when its buffer is full, so memory stays flat on large runs. */
async function writeWithBackpressure(stream: Writable, chunk: string): Promise<void> {
  if (chunk && !stream.write(chunk)) await once(stream, 'drain');
}

import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Document } from '../types.js';
import { decode } from './decode.js';
import type { Source } from './inputs.js';
import { InputError, humanSize, reasonOf } from './reasons.js';

export interface ReadOptions {
  input: 'text' | 'jsonl';
  /** Encoding to use instead of detecting one. */
  encoding?: string;
  /** Text inputs (and single JSON lines) larger than this many bytes are refused. */
  maxSize: number;
}

/** What reading one source yields: documents, problems (the run goes on) and notes. */
export type ReadEvent =
  | { kind: 'document'; doc: Document }
  | { kind: 'error'; path: string; reason: string }
  | { kind: 'note'; path: string; message: string };

/** How standard input is named in the `file` column and in messages. */
export const STDIN_NAME = '<stdin>';

/** Reads every source into documents, in order; a bad source becomes an error event, never an exception. */
export async function* readDocuments(sources: readonly Source[], options: ReadOptions, stdin: Readable): AsyncGenerator<ReadEvent> {
  for (const source of sources) {
    const path = source.kind === 'stdin' ? STDIN_NAME : source.path;
    let stream: Readable | undefined;
    try {
      if (source.kind === 'file' && options.input === 'text' && statSync(path, { throwIfNoEntry: false })?.isFile()) {
        yield* readText(path, readRegularFile(path, options.maxSize), options);
        continue;
      }
      stream = source.kind === 'stdin' ? stdin : await openFile(path, options);
      if (options.input === 'jsonl') yield* readJsonLines(path, stream, options);
      else yield* readText(path, await readBounded(stream, options.maxSize), options);
    } catch (error) {
      yield { kind: 'error', path, reason: reasonOf(error) };
    } finally {
      if (source.kind === 'file') stream?.destroy();
    }
  }
}

function* readText(path: string, bytes: Uint8Array, options: ReadOptions): Generator<ReadEvent> {
  const { text, encoding } = decode(bytes, options.encoding);
  if (encoding && !options.encoding) yield { kind: 'note', path, message: `not UTF-8; decoded as ${encoding}` };
  if (text.length === 0) yield { kind: 'note', path, message: 'empty; no rows' };
  yield { kind: 'document', doc: { id: path, path, text } };
}

/**
 * A regular file, read in one go: a few system calls, where a stream takes
 * several trips through the event loop, which cost more than the read on a
 * corpus of small articles. The size is checked on the open file, and a file
 * that grows past it while read is still refused.
 */
function readRegularFile(path: string, maxSize: number): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputError('is a directory');
    if (info.size > maxSize) throw new InputError(`file is ${humanSize(info.size)}, over --max-size ${humanSize(maxSize)}; skipped`);
    // One byte more than the size, to notice a file that grew.
    let buffer = Buffer.allocUnsafe(info.size + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxSize) throw new InputError(`larger than --max-size ${humanSize(maxSize)}; skipped`);
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxSize + 1));
        buffer.copy(bigger);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) return buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a file (or a pipe, a device) for reading. The size is checked on the open file, so a file
 * swapped for a directory or a bigger file after listing is still caught;
 * devices and pipes have no size and are bounded while they are read.
 */
async function openFile(path: string, options: ReadOptions): Promise<Readable> {
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a directory');
    if (options.input === 'text' && info.isFile() && info.size > options.maxSize) {
      throw new InputError(`file is ${humanSize(info.size)}, over --max-size ${humanSize(options.maxSize)}; skipped`);
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle.createReadStream();
}

/** The whole stream, or an error as soon as it passes `maxSize` bytes (a growing file, a device, a pipe). */
async function readBounded(stream: Readable, maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxSize) {
      stream.destroy();
      throw new InputError(`larger than --max-size ${humanSize(maxSize)}; skipped`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * JSON Lines `{"id", "text", "dct"?}`, read line by line so a large corpus
 * never sits in memory whole. A bad line is reported with its number and
 * skipped; the rest of the file is still read.
 */
async function* readJsonLines(path: string, stream: Readable, options: ReadOptions): AsyncGenerator<ReadEvent> {
  let notedEncoding = false;
  for await (const line of linesOf(stream, options.maxSize)) {
    const where = `${path}:${line.number}`;
    if (line.bytes === undefined) {
      yield { kind: 'error', path: where, reason: `line is longer than --max-size ${humanSize(options.maxSize)}; skipped` };
      continue;
    }
    // Lines are split on bytes, which UTF-16 does not survive; a UTF-8 BOM is dropped by decode().
    if (line.number === 1 && (startsWith(line.bytes, UTF16_LE_BOM) || startsWith(line.bytes, UTF16_BE_BOM))) {
      throw new InputError('JSON Lines must be UTF-8 (this file is UTF-16)');
    }
    let text: string;
    try {
      const decoded = decode(line.bytes, options.encoding);
      text = decoded.text;
      if (decoded.encoding && !options.encoding && !notedEncoding) {
        notedEncoding = true;
        yield { kind: 'note', path: where, message: `not UTF-8; decoded as ${decoded.encoding} (and so are later such lines)` };
      }
    } catch (error) {
      yield { kind: 'error', path: where, reason: `${reasonOf(error)}; skipped` };
      continue;
    }
    if (!text.trim()) continue;
    const parsed = parseDocument(text, path, where, options);
    if ('reason' in parsed) yield { kind: 'error', path: where, reason: parsed.reason };
    else {
      if (parsed.note) yield { kind: 'note', path: where, message: parsed.note };
      yield { kind: 'document', doc: parsed.doc };
    }
  }
}

/** One JSON line as a document (named `where`, FILE:LINE, when it has no id), or why it cannot be one. */
function parseDocument(line: string, path: string, where: string, options: ReadOptions): { doc: Document; note?: string } | { reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { reason: 'not valid JSON; line skipped' };
  }
  const record = parsed as { id?: unknown; text?: unknown; dct?: unknown } | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || typeof record.text !== 'string') {
    return { reason: 'no "text" string in this JSON line; skipped' };
  }
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : where;
  // A dct carrying a time ("2021-10-07T10:44:00") counts by its day; anything else is ignored, not fatal.
  const day = typeof record.dct === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(record.dct.trim())?.[1] : undefined;
  const dct = day ?? (record.dct === null ? null : undefined);
  const note = record.dct !== undefined && record.dct !== null && !day ? `"dct" ${JSON.stringify(record.dct).slice(0, 40)} is not a YYYY-MM-DD date; ignored` : undefined;
  return { doc: { id, path, text: record.text, dct }, note };
}

const UTF16_LE_BOM = [0xff, 0xfe];
const UTF16_BE_BOM = [0xfe, 0xff];
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The lines of a byte stream (LF or CRLF), numbered from 1. A line longer
 * than `maxLength` bytes is not kept: it comes out with no bytes, so one
 * huge line cannot exhaust memory.
 */
export async function* linesOf(stream: Readable, maxLength: number): AsyncGenerator<{ number: number; bytes?: Buffer }> {
  let parts: Buffer[] = [];
  let length = 0;
  let tooLong = false;
  let number = 1;
  const finish = () => {
    let bytes: Buffer | undefined;
    if (!tooLong) {
      bytes = Buffer.concat(parts);
      if (bytes[bytes.length - 1] === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
    }
    parts = [];
    length = 0;
    tooLong = false;
    return { number: number++, bytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let from = 0;
    while (from <= chunk.length) {
      const newline = chunk.indexOf(NEWLINE, from);
      const end = newline === -1 ? chunk.length : newline;
      length += end - from;
      if (length > maxLength) {
        tooLong = true;
        parts = [];
      } else if (end > from) parts.push(chunk.subarray(from, end));
      if (newline === -1) break;
      yield finish();
      from = newline + 1;
    }
  }
  if (length > 0 || tooLong) yield finish();
}

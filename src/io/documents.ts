import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Document } from '../types.js';
import { documentDate } from '../index.js';
import { decode, InputError } from './decode.js';
import type { Source } from './inputs.js';

export interface ReadOptions {
  input: 'text' | 'jsonl';
  /** Encoding to use instead of detecting one. */
  encoding?: string;
  /** Files larger than this many bytes are refused. */
  maxSize: number;
  referenceDate?: string;
}

/** What reading one source yields: documents, problems (the run goes on) and notes. */
export type ReadEvent =
  | { kind: 'document'; doc: Document }
  | { kind: 'error'; path: string; reason: string }
  | { kind: 'note'; path: string; message: string };

const STDIN_NAME = '-';

/** Reads every source into documents, in order; a bad source becomes an error event, never an exception. */
export async function* readDocuments(sources: readonly Source[], options: ReadOptions, stdin: Readable): AsyncGenerator<ReadEvent> {
  for (const source of sources) {
    const path = source.kind === 'stdin' ? STDIN_NAME : source.path;
    try {
      if (options.input === 'jsonl') yield* readJsonLines(path, source.kind === 'stdin' ? stdin : createReadStream(path), options);
      else yield* readText(path, source.kind === 'stdin' ? await readAll(stdin, options.maxSize) : await readFileChecked(path, options.maxSize), options);
    } catch (error) {
      yield { kind: 'error', path, reason: reasonOf(error) };
    }
  }
}

function* readText(path: string, bytes: Uint8Array, options: ReadOptions): Generator<ReadEvent> {
  const { text, encoding } = decode(bytes, options.encoding);
  if (encoding && !options.encoding) yield { kind: 'note', path, message: `not UTF-8; decoded as ${encoding}` };
  yield { kind: 'document', doc: { id: path, path, text, dct: documentDate(text, { referenceDate: options.referenceDate }) } };
}

/** JSON Lines `{"id", "text", "dct"?}`, read line by line so a large corpus never sits in memory whole. */
async function* readJsonLines(path: string, stream: Readable, options: ReadOptions): AsyncGenerator<ReadEvent> {
  let lineNumber = 0;
  stream.setEncoding('utf8');
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    if (line.length > options.maxSize) {
      yield { kind: 'error', path: `${path}:${lineNumber}`, reason: `line is longer than --max-size (${options.maxSize} bytes); skipped` };
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield { kind: 'error', path: `${path}:${lineNumber}`, reason: `bad JSON line (${(error as Error).message}); skipped` };
      continue;
    }
    const record = parsed as { id?: unknown; text?: unknown; dct?: unknown };
    if (typeof parsed !== 'object' || parsed === null || typeof record.text !== 'string') {
      yield { kind: 'error', path: `${path}:${lineNumber}`, reason: 'JSON line has no "text" string; skipped' };
      continue;
    }
    const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `${path}:${lineNumber}`;
    const dct = typeof record.dct === 'string' ? record.dct : record.dct === null ? null : undefined;
    yield { kind: 'document', doc: { id, path, text: record.text, dct: documentDate(record.text, { dct, referenceDate: options.referenceDate }) } };
  }
}

async function readFileChecked(path: string, maxSize: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError('is a directory');
  if (info.size > maxSize) throw new InputError(`file is ${megabytes(info.size)}, over --max-size ${megabytes(maxSize)}; skipped`);
  return readFile(path);
}

async function readAll(stream: Readable, maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxSize) throw new InputError(`standard input is over --max-size ${megabytes(maxSize)}; skipped`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** A short, user-facing reason for a failed read: no stack traces for input problems. */
function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const code = (error as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOENT: 'no such file (it may have been removed while the run was going)',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
    EMFILE: 'too many open files',
  };
  if (code && known[code]) return known[code];
  return code ? `cannot read (${code})` : `cannot read (${(error as Error)?.message ?? String(error)})`;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { linesOf, readDocuments, STDIN_NAME, type ReadEvent, type ReadOptions } from '../../src/io/documents.js';
import type { Source } from '../../src/io/inputs.js';

let dir: string;
const at = (name: string) => join(dir, name);
const TEXT: ReadOptions = { input: 'text', maxSize: 1024 };
const JSONL: ReadOptions = { input: 'jsonl', maxSize: 1024 };

async function read(sources: Source[], options: ReadOptions, stdin: Readable = Readable.from([])): Promise<ReadEvent[]> {
  const events: ReadEvent[] = [];
  for await (const event of readDocuments(sources, options, stdin)) events.push(event);
  return events;
}
const fileSource = (name: string): Source => ({ kind: 'file', path: at(name) });
/** Events in a compact form: documents by id and text, problems and notes by path and message. */
const summary = (events: ReadEvent[]) =>
  events.map((e) => (e.kind === 'document' ? ['doc', e.doc.id, e.doc.text, e.doc.dct] : e.kind === 'error' ? ['error', e.path, e.reason] : ['note', e.path, e.message]));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-documents-'));
  writeFileSync(at('plain.txt'), 'Hello.\n');
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('cp1252.txt'), Buffer.from([0x80, 0x35, 0x20, 0x93, 0x68, 0x69, 0x94]));
  writeFileSync(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(at('big.txt'), 'x'.repeat(2000));
  mkdirSync(at('now-a-directory.txt'));
  writeFileSync(
    at('corpus.jsonl'),
    '\ufeff{"id":"a","text":"First.","dct":"2021-10-07T10:44:00"}\r\n' +
      '{"id":"b","text":"Second."\n' +
      '\n' +
      '[1,2]\n' +
      `{"id":"c","text":"${'y'.repeat(2000)}"}\n` +
      '{"id":7,"text":"Third.","dct":"last week"}\n' +
      '{"text":"No id.","dct":null}',
  );
  writeFileSync(at('utf16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('{"text":"x"}\n', 'utf-16le')]));
  writeFileSync(at('latin.jsonl'), Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"'), Buffer.from([0x80, 0x31]), Buffer.from('"}\n')]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readDocuments: text', () => {
  it('reads a file into one document named by its path', async () => {
    expect(summary(await read([fileSource('plain.txt')], TEXT))).toEqual([['doc', at('plain.txt'), 'Hello.\n', undefined]]);
  });

  it.each([
    ['an empty file: a note, an empty document, no error', 'empty.txt', [['note', 'empty; no rows'], ['doc', '']]],
    ['a windows-1252 file: decoded, with a note', 'cp1252.txt', [['note', 'not UTF-8; decoded as windows-1252'], ['doc', '€5 “hi”']]],
    ['a binary file', 'binary.txt', [['error', 'binary file (contains NUL bytes)']]],
    ['a file over --max-size', 'big.txt', [['error', 'file is 2.0 KB, over --max-size 1.0 KB; skipped']]],
    ['a file deleted after listing', 'deleted.txt', [['error', 'no such file (it may have been removed while the run was going)']]],
    ['a file replaced by a directory after listing', 'now-a-directory.txt', [['error', 'is a directory']]],
  ])('%s', async (_name, name, expected) => {
    const events = summary(await read([fileSource(name)], TEXT));
    expect(events.map(([kind, , what]) => [kind, what])).toEqual(expected);
    expect(events.every(([kind, path]) => kind === 'doc' || path === at(name))).toBe(true);
  });

  it('goes on after a bad file', async () => {
    const events = summary(await read([fileSource('binary.txt'), fileSource('plain.txt')], TEXT));
    expect(events.map(([kind]) => kind)).toEqual(['error', 'doc']);
  });

  it('reads standard input, and refuses it over --max-size', async () => {
    expect(summary(await read([{ kind: 'stdin' }], TEXT, Readable.from([Buffer.from('Piped '), Buffer.from('text.')])))).toEqual([['doc', STDIN_NAME, 'Piped text.', undefined]]);
    expect(summary(await read([{ kind: 'stdin' }], TEXT, Readable.from([Buffer.alloc(600, 0x41), Buffer.alloc(600, 0x41)])))).toEqual([
      ['error', STDIN_NAME, 'larger than --max-size 1.0 KB; skipped'],
    ]);
  });

  it('takes empty standard input as an empty document', async () => {
    expect(summary(await read([{ kind: 'stdin' }], TEXT))).toEqual([
      ['note', STDIN_NAME, 'empty; no rows'],
      ['doc', STDIN_NAME, '', undefined],
    ]);
  });
});

describe('readDocuments: JSON Lines', () => {
  it('reports each bad line with its number and reads the rest', async () => {
    const p = at('corpus.jsonl');
    expect(summary(await read([fileSource('corpus.jsonl')], JSONL))).toEqual([
      ['doc', 'a', 'First.', '2021-10-07'],
      ['error', `${p}:2`, 'not valid JSON; line skipped'],
      ['error', `${p}:4`, 'no "text" string in this JSON line; skipped'],
      ['error', `${p}:5`, 'line is longer than --max-size 1.0 KB; skipped'],
      ['note', `${p}:6`, '"dct" "last week" is not a YYYY-MM-DD date; ignored'],
      ['doc', '7', 'Third.', undefined],
      ['doc', `${p}:7`, 'No id.', null],
    ]);
  });

  it('refuses UTF-16 JSON Lines', async () => {
    expect(summary(await read([fileSource('utf16.jsonl')], JSONL))).toEqual([['error', at('utf16.jsonl'), 'JSON Lines must be UTF-8 (this file is UTF-16)']]);
  });

  it('decodes a line that is not UTF-8, with one note', async () => {
    expect(summary(await read([fileSource('latin.jsonl')], JSONL))).toEqual([
      ['doc', `${at('latin.jsonl')}:1`, 'ok', undefined],
      ['note', `${at('latin.jsonl')}:2`, 'not UTF-8; decoded as windows-1252 (and so are later such lines)'],
      ['doc', `${at('latin.jsonl')}:2`, '€1', undefined],
    ]);
  });

  it('reads JSON Lines from standard input', async () => {
    const stdin = Readable.from([Buffer.from('{"id":"x","te'), Buffer.from('xt":"Piped."}\nnot json\n')]);
    expect(summary(await read([{ kind: 'stdin' }], JSONL, stdin))).toEqual([
      ['doc', 'x', 'Piped.', undefined],
      ['error', `${STDIN_NAME}:2`, 'not valid JSON; line skipped'],
    ]);
  });
});

describe('linesOf', () => {
  const lines = async (chunks: string[], max = 100) => {
    const out: [number, string | undefined][] = [];
    for await (const line of linesOf(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push([line.number, line.bytes?.toString()]);
    return out;
  };

  it.each([
    [['a\nb\n'], [[1, 'a'], [2, 'b']]],
    [['a\r\nb'], [[1, 'a'], [2, 'b']]],
    [['a', 'b\n', '\nc'], [[1, 'ab'], [2, ''], [3, 'c']]],
    [['', '\n'], [[1, '']]],
    [[], []],
  ])('splits %j on line feeds, across chunks', async (chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected);
  });

  it('drops the bytes of an overlong line but keeps counting', async () => {
    expect(await lines(['ok\n', 'x'.repeat(60), 'x'.repeat(60), '\nlast'], 100)).toEqual([
      [1, 'ok'],
      [2, undefined],
      [3, 'last'],
    ]);
  });
});

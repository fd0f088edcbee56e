import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandArguments } from '../../src/io/inputs.js';

const isRoot = process.getuid?.() === 0;
let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const file = (path: string) => ({ kind: 'file', path });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-inputs-'));
  for (const d of ['news/b', 'news/a', 'empty', 'photos']) mkdirSync(at(d), { recursive: true });
  for (const f of ['news/z.txt', 'news/b/2.txt', 'news/b/1.TXT', 'news/a/1.txt', 'news/a/skip.csv', 'photos/x.jpg', 'one.txt']) writeFileSync(at(f), 'Text.');
  symlinkSync('..', at('news/a/loop')); // a directory loop
  symlinkSync(at('news/z.txt'), at('news/b/alias.txt')); // the same file twice
  symlinkSync(at('nowhere.txt'), at('dangling.txt'));
});
afterAll(() => {
  chmodSync(at('news'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('expandArguments', () => {
  it('walks directories in sorted order, follows a symlink loop once and lists a file reached twice once', async () => {
    // news/b/alias.txt is news/z.txt under another name: listed where it is first met.
    expect(await expandArguments([at('news')], ['.txt'])).toEqual([file(at('news/a/1.txt')), file(at('news/b/1.TXT')), file(at('news/b/2.txt')), file(at('news/b/alias.txt'))]);
  });

  it('keeps the order of the arguments and takes a named file whatever its extension', async () => {
    expect(await expandArguments([at('photos/x.jpg'), '-', at('one.txt')], ['.txt'])).toEqual([file(at('photos/x.jpg')), { kind: 'stdin' }, file(at('one.txt'))]);
  });

  it('expands glob patterns itself, sorted', async () => {
    expect(await expandArguments([at('news/*/*.txt')], ['.txt'])).toEqual([file(at('news/a/1.txt')), file(at('news/b/2.txt')), file(at('news/b/alias.txt'))]);
  });

  it.each([
    ['a missing file', 'missing.txt', 'no such file or directory'],
    ['a dangling symbolic link', 'dangling.txt', 'broken symbolic link'],
    ['a directory with no .txt', 'photos', 'directory has no .txt files'],
    ['an empty directory', 'empty', 'directory has no .txt files'],
    ['a glob that matches nothing', 'news/**/*.pdf', 'no file matches this pattern'],
    ['a path through a file', 'one.txt/x.txt', 'a part of the path is not a directory'],
  ])('reports %s', async (_name, arg, reason) => {
    expect(await expandArguments([at(arg)], ['.txt'])).toEqual([{ path: at(arg), reason }]);
  });

  it('names the extensions it looked for', async () => {
    expect(await expandArguments([at('photos')], ['.jsonl', '.ndjson'])).toEqual([{ path: at('photos'), reason: 'directory has no .jsonl or .ndjson files' }]);
  });

  it.skipIf(isRoot)('reports an unreadable directory and goes on', async () => {
    chmodSync(at('news/b'), 0o000);
    try {
      expect(await expandArguments([at('news')], ['.txt'])).toEqual([file(at('news/a/1.txt')), { path: at('news/b'), reason: 'permission denied' }, file(at('news/z.txt'))]);
    } finally {
      chmodSync(at('news/b'), 0o755);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { openOutput, OutputError } from '../../src/io/output.js';

let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-output-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openOutput', () => {
  it('writes to standard output when there is no path', async () => {
    const stdout = new PassThrough();
    const chunks: string[] = [];
    stdout.on('data', (c) => chunks.push(String(c)));
    const output = await openOutput(undefined, stdout);
    await output.write('a,b\n');
    await output.commit();
    expect(chunks.join('')).toBe('a,b\n');
  });

  it('leaves the old file untouched until commit, then replaces it whole, keeping its permissions', async () => {
    writeFileSync(at('out.csv'), 'old\n');
    chmodSync(at('out.csv'), 0o640);
    const output = await openOutput(at('out.csv'), new PassThrough());
    await output.write('new 1\n');
    await output.write('new 2\n');
    expect(readFileSync(at('out.csv'), 'utf8')).toBe('old\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
    await output.commit();
    expect(readFileSync(at('out.csv'), 'utf8')).toBe('new 1\nnew 2\n');
    expect(statSync(at('out.csv')).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('removes its temporary file when the process exits without committing', async () => {
    const before = new Set(process.listeners('exit'));
    await openOutput(at('abandoned.csv'), new PassThrough());
    expect(readdirSync(dir).some((n) => n.startsWith('.abandoned.csv.'))).toBe(true);
    // Run only the clean-up it registered, not the test runner's own exit handlers.
    const cleanUps = process.listeners('exit').filter((listener) => !before.has(listener));
    expect(cleanUps).toHaveLength(1);
    for (const cleanUp of cleanUps) {
      process.off('exit', cleanUp);
      cleanUp(0);
    }
    expect(readdirSync(dir).some((n) => n.startsWith('.abandoned.csv.'))).toBe(false);
  });

  it.each([
    ['a missing directory', 'no/such/dir/out.csv', 'no such directory'],
    ['a directory', 'adir', 'is a directory'],
  ])('refuses %s before anything is read', async (_name, name, reason) => {
    mkdirSync(at('adir'), { recursive: true });
    const opening = openOutput(at(name), new PassThrough());
    await expect(opening).rejects.toBeInstanceOf(OutputError);
    await expect(opening).rejects.toThrow(`${at(name)}: ${reason}`);
  });
});

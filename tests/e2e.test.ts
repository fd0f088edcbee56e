import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the built binary on fixtures/*.txt and compares with fixtures/expected/
// byte for byte. After a deliberate output change: node scripts/update-expected.mjs
const root = resolve(import.meta.dirname, '..');
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => `fixtures/${f}`);

const run = (...args: string[]) => execFileSync(process.execPath, ['bin/extract.js', ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });

describe('extract on the fixtures', () => {
  it.each(['csv', 'json', 'jsonl'])('writes the expected %s', (format) => {
    const expected = readFileSync(join(root, 'fixtures', 'expected', `fixtures.${format}`));
    expect(run('-f', format, '-j', '1', ...fixtures).toString()).toBe(expected.toString());
  });

  it('writes the expected facts view', () => {
    const expected = readFileSync(join(root, 'fixtures', 'expected', 'fixtures.facts.csv'));
    expect(run('--facts', '-f', 'csv', '-j', '1', ...fixtures).toString()).toBe(expected.toString());
  });

  // Workers send their chunks as UTF-8 bytes; JSON puts a separator between them.
  it.each(['csv', 'json', 'jsonl', 'table'])('gives the same %s with worker threads', (format) => {
    expect(run('-f', format, '-j', '2', ...fixtures).equals(run('-f', format, '-j', '1', ...fixtures))).toBe(true);
  });

  it('finds all four types in every fixture', () => {
    const rows = run('-f', 'jsonl', ...fixtures)
      .toString()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; type: string });
    for (const file of fixtures) {
      const types = new Set(rows.filter((r) => r.file === file).map((r) => r.type));
      expect([...types].sort(), file).toEqual(['date', 'money', 'organization', 'sector']);
    }
  });
});

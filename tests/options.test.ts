import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The options that change what is extracted, run through the built binary.
const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'newsfacts-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'extract.js'), ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const rows = (stdout: string) => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('options', () => {
  it('--list-sectors prints the lexicon as CSV with ISIC codes and titles', () => {
    const { status, stdout } = extract(['--list-sectors']);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('phrase,isic,isic_section,sector');
    expect(lines.length).toBeGreaterThan(400);
    expect(stdout).toMatch(/\nsemiconductors,C26,C,"Manufacture of computer, electronic and optical products"\n/);
  });

  it('--sector-lexicon adds and overrides phrases', () => {
    writeFileSync(join(dir, 'mine.csv'), 'phrase,isic\nvertical farming,A01\nbanking,K66\n');
    const { status, stdout } = extract(['--sector-lexicon', 'mine.csv', '-t', 'sector', '-f', 'jsonl', '-'], 'Investors poured money into vertical farming and banking last year.\n');
    expect(status).toBe(0);
    expect(rows(stdout).map((r) => [r.text, r.isic])).toEqual([
      ['vertical farming', 'A01'],
      ['banking', 'K66'],
    ]);
  });

  it('--sector-lexicon with a bad code is a usage error naming the line', () => {
    writeFileSync(join(dir, 'bad.csv'), 'phrase,isic\nvertical farming,Z99\n');
    const { status, stderr } = extract(['--sector-lexicon', 'bad.csv', '-'], 'text\n');
    expect(status).toBe(2);
    expect(stderr).toMatch(/^extract: --sector-lexicon bad\.csv: .*line 2/);
  });

  it.each([
    [[], 'USD'],
    [['--dollar', 'aud'], 'AUD'],
  ])('a bare "$" with %j is %s', (args, currency) => {
    const { stdout } = extract([...args, '-t', 'money', '-f', 'jsonl', '-'], 'The miner paid $5 million.\n');
    expect(rows(stdout)).toMatchObject([{ text: '$5 million', amount: 5_000_000, currency, currency_inferred: true }]);
  });

  it.each([
    [[], 'XXXX'],
    [['--reference-date', '2026-03-10'], '2025'],
  ])('"last year" with %j is %s', (args, value) => {
    const { stdout } = extract([...args, '-t', 'date', '-f', 'jsonl', '-'], 'Exports rose last year.\n');
    expect(rows(stdout)).toMatchObject([{ text: 'last year', value }]);
  });

  it('the article date beats --reference-date', () => {
    const { stdout } = extract(['--reference-date', '2020-01-01', '-t', 'date', '-f', 'jsonl', '-'], 'Published: March 4, 2026\n\nExports rose last year.\n');
    expect(rows(stdout).find((r) => r.text === 'last year')).toMatchObject({ value: '2025' });
  });

  it('-t place reports places with their country codes; they are not in the default types', () => {
    const text = 'Japanese firms invested in Vietnam and opened offices in Osaka.\n';
    expect(rows(extract(['-t', 'place', '-f', 'jsonl', '-'], text).stdout).map((r) => [r.text, r.country, r.place_kind])).toEqual([
      ['Vietnam', 'VN', 'country'],
      ['Osaka', 'JP', 'city'],
    ]);
    expect(rows(extract(['-f', 'jsonl', '-'], text).stdout).filter((r) => r.type === 'place')).toEqual([]);
  });

  it('--facts gives one row per amount with its slots', () => {
    const { status, stdout } = extract(['--facts', '-f', 'jsonl', '-'], 'Published: March 4, 2026\n\nMekong Steel Corp will invest US$1.2 billion in a steel mill in Vietnam in 2027.\n');
    expect(status).toBe(0);
    expect(rows(stdout)).toMatchObject([{ money: 'US$1.2 billion', amount: 1.2e9, currency: 'USD', date_value: '2027', organization: 'Mekong Steel Corp', place: 'Vietnam', country: 'VN' }]);
  });

  it('--view facts in JSON names the rows "facts"', () => {
    const docs = JSON.parse(extract(['--view', 'facts', '-f', 'json', '-'], 'Acme Corp paid $5 million.\n').stdout) as { facts: unknown[] }[];
    expect(docs[0].facts).toHaveLength(1);
  });

  it('--facts with -t is a usage error', () => {
    const { status, stderr } = extract(['--facts', '-t', 'money', '-'], 'x\n');
    expect(status).toBe(2);
    expect(stderr).toBe('extract: the facts view uses every type; leave out -t\n');
  });
});

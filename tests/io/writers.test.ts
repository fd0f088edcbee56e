import { describe, expect, it } from 'vitest';
import { COLUMNS, type OutputRecord } from '../../src/io/records.js';
import { createWriter, neutraliseFormula, type WriterOptions } from '../../src/io/writers.js';
import type { Format } from '../../src/io/formats.js';
import type { Document } from '../../src/types.js';

const OPTIONS: WriterOptions = { escapeFormulas: true, bom: false, colorLevel: 0, rowsName: 'mentions' };
const doc = (id: string): Document => ({ id, path: id, text: '', dct: '2026-01-15' });

function record(fields: Partial<OutputRecord>): OutputRecord {
  const empty = Object.fromEntries(COLUMNS.map((c) => [c, null])) as OutputRecord;
  return { ...empty, file: 'a.txt', line: 1, start: 0, end: 3, type: 'money', text: '$5', amount: 5, currency: 'USD', sentence: 'It was $5.', ...fields };
}

/** The whole output of a writer over documents, as one string. */
function write(format: Format, docs: [Document, OutputRecord[]][], options: Partial<WriterOptions> = {}): string {
  const writer = createWriter(format, COLUMNS, { ...OPTIONS, ...options });
  const chunks = docs.map(([d, records]) => writer.document(d, records)).filter(Boolean);
  return writer.start + chunks.join(writer.separator) + writer.end(chunks.length);
}

describe('neutraliseFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-5 percent', "'-5 percent"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['\ncmd', "'\ncmd"],
    ['  =HYPERLINK("http://x")', `'  =HYPERLINK("http://x")`],
    ['\u00a0=1', "'\u00a0=1"],
    ['＝1+1', "'＝1+1"],
    ['＠x', "'＠x"],
  ])('neutralises %j', (value, expected) => {
    expect(neutraliseFormula(value)).toBe(expected);
  });

  it.each(['Bank of Japan', 'US$5 billion', 'e=mc2', '5-6 October', "'already quoted", ''])('leaves %j alone', (value) => {
    expect(neutraliseFormula(value)).toBe(value);
  });
});

describe('csv', () => {
  const risky = record({ text: '=cmd|"/C calc"!A0', sentence: '@SUM(1)', canonical: '+bad', amount: -5, amount_max: 7, file: '-report.txt' });

  /** The CSV row expected for `risky`: each column's cell as written, empty when the record has none. */
  const row = (cells: Partial<Record<string, string>>) => COLUMNS.map((c) => cells[c] ?? '').join(',');
  const common = { line: '1', start: '0', end: '3', type: 'money', amount: '-5', amount_max: '7', currency: 'USD' };

  it('writes the header, then neutralised text cells, leaving numbers as numbers', () => {
    const lines = write('csv', [[doc('a.txt'), [risky]]]).split('\n');
    expect(lines[0]).toBe(COLUMNS.join(','));
    expect(lines[1]).toBe(row({ ...common, file: "'-report.txt", text: `"'=cmd|""/C calc""!A0"`, canonical: "'+bad", sentence: "'@SUM(1)" }));
  });

  it('writes cells unchanged with --no-escape-formulas', () => {
    const lines = write('csv', [[doc('a.txt'), [risky]]], { escapeFormulas: false }).split('\n');
    expect(lines[1]).toBe(row({ ...common, file: '-report.txt', text: `"=cmd|""/C calc""!A0"`, canonical: '+bad', sentence: '@SUM(1)' }));
  });

  it('quotes cells with commas, quotes and line breaks (RFC 4180)', () => {
    const out = write('csv', [[doc('a.txt'), [record({ sentence: 'He said "yes",\nthen left.' })]]]);
    expect(out.split('\n').slice(1).join('\n')).toContain('"He said ""yes"",\nthen left."');
  });

  it('starts with a BOM only when asked', () => {
    expect(write('csv', [], { bom: true }).startsWith('\ufefffile,')).toBe(true);
    expect(write('csv', []).startsWith('file,')).toBe(true);
  });

  it('writes true/false for booleans', () => {
    expect(write('csv', [[doc('a.txt'), [record({ currency_inferred: true })]]])).toContain(',USD,,,true,');
  });
});

describe('jsonl', () => {
  it('writes one object per mention with every field', () => {
    const out = write('jsonl', [[doc('a.txt'), [record({}), record({ text: '=x' })]]]);
    const lines = out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(Object.keys(lines[0])).toEqual([...COLUMNS]);
    expect(lines[1].text).toBe('=x'); // JSON is not for spreadsheets: no neutralising
  });
});

describe('json', () => {
  it.each([0, 1, 3])('streams a valid array of %i documents, each with its mentions and the schemes', (count) => {
    const docs = Array.from({ length: count }, (_, i): [Document, OutputRecord[]] => [doc(`d${i}.txt`), i === 1 ? [] : [record({ file: `d${i}.txt` })]]);
    const parsed = JSON.parse(write('json', docs));
    expect(parsed).toHaveLength(count);
    for (const [i, d] of parsed.entries()) {
      expect(d.file).toBe(`d${i}.txt`);
      expect(d.schemes.money).toBe('ISO 4217');
      expect(d.mentions).toHaveLength(i === 1 ? 0 : 1);
      if (d.mentions.length) expect(d.mentions[0]).not.toHaveProperty('file');
    }
  });
});

describe('table', () => {
  it('lists mentions under their document, plain without colour', () => {
    const out = write('table', [[doc('a.txt'), [record({})]]]);
    expect(out).toContain('a.txt  (dated 2026-01-15)\n');
    expect(out).toMatch(/1:0\s+money\s+\$5\s+5 USD/);
    expect(out).not.toContain('\x1b[');
  });

  it('colours when asked, and never passes control characters from the input to the terminal', () => {
    const out = write('table', [[doc('evil\x1b[2J.txt'), [record({ text: '\x1b]0;pwned\x07$5' })]]], { colorLevel: 1 });
    expect(out).toContain('\x1b[');
    expect(out).not.toContain('\x1b[2J');
    expect(out).not.toContain('\x1b]0;');
    expect(out).toContain('evil\\x1b[2J.txt');
  });
});

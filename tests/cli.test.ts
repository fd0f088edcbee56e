/**
 * The built `extract` binary on bad and awkward inputs, all generated here in
 * a temporary directory. Run `npm run build` first (`npm test` does).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';

// Every case starts node; on a busy machine that alone can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const BIN = fileURLToPath(new URL('../bin/extract.js', import.meta.url));
const isRoot = process.getuid?.() === 0;
const MONEY = 'The central bank lent US$5 million to the cooperative.';

let dir: string;
const at = (name: string) => join(dir, name);

/** A clean environment: no colour settings inherited from whoever runs the tests. */
function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { PATH, HOME, SYSTEMROOT, TMPDIR } = process.env;
  return Object.fromEntries(Object.entries({ PATH, HOME, SYSTEMROOT, TMPDIR, ...extra }).filter(([, v]) => v !== undefined));
}

function extract(args: string[], options: { input?: string | Buffer; env?: Record<string, string>; nodeOptions?: string[] } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [...(options.nodeOptions ?? []), BIN, ...args], { cwd: dir, input: options.input ?? '', env: environment(options.env), encoding: 'utf8', timeout: 60_000 });
}

/** jsonl output as objects. */
const rows = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));

/** A report naming one company per sentence, each with an amount, a date, a sector and an acronym: dense with mentions. */
const longReport = (sentences: number) =>
  Array.from({ length: sentences }, (_, i) => `Kestrel${i} Holdings said on March ${1 + (i % 28)}, 2025 it would invest US$${(i % 90) + 1}.5 million in solar energy, and the Kestrel${i} Holdings (KH${i}) board agreed.`).join(' ');

/** stderr never shows a stack trace, whatever went wrong with the input. */
function expectNoStack(stderr: string) {
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsfacts-cli-'));
  writeFileSync(at('good.txt'), `${MONEY}\n`);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  mkdirSync(at('photos'));
  writeFileSync(at('photos/cover.jpg'), 'not text');
  // windows-1252: 0x80 is €, 0x93/0x94 curly quotes, 0x96 an en dash.
  writeFileSync(at('cp1252.txt'), Buffer.concat([Buffer.from('The fund raised '), Buffer.from([0x80]), Buffer.from('5 million '), Buffer.from([0x96, 0x20, 0x93]), Buffer.from('a record'), Buffer.from([0x94]), Buffer.from('.\n')]));
  writeFileSync(at('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(`Héadline 😀\n${MONEY}\n`, 'utf-16le')]));
  writeFileSync(at('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(`Héadline 😀\n${MONEY}\n`, 'utf-16be')]));
  writeFileSync(at('bom.txt'), `\ufeff${MONEY}\n`);
  writeFileSync(at('crlf.txt'), `Headline\r\n\r\n${MONEY}\r\n`);
  writeFileSync(at('cr.txt'), `Headline\rSubhead\r${MONEY}\r`);
  writeFileSync(at('big.txt'), `${MONEY} `.repeat(1000)); // one line of 56 KB
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bad inputs: one line each on stderr, the other files still read', () => {
  it.each([
    ['a missing file', ['missing.txt'], 'extract: missing.txt: no such file or directory'],
    ['a directory with no .txt', ['photos'], 'extract: photos: directory has no .txt files'],
    ['a binary file', ['binary.txt'], 'extract: binary.txt: binary file (contains NUL bytes)'],
    ['a glob matching nothing', ['news/*.txt'], 'extract: news/*.txt: no file matches this pattern'],
    ['a file over --max-size', ['--max-size', '10K', 'big.txt'], 'extract: big.txt: file is 53.7 KB, over --max-size 10.0 KB; skipped'],
  ])('%s', (_name, args, line) => {
    const result = extract(['-f', 'jsonl', ...args, 'good.txt']);
    expect(result.stderr).toBe(`${line}\n`);
    expect(result.status).toBe(1);
    expect(rows(result.stdout).map((r) => r.file)).toContain('good.txt');
  });

  it.skipIf(isRoot)('an unreadable file', () => {
    writeFileSync(at('secret.txt'), MONEY);
    chmodSync(at('secret.txt'), 0o000);
    const result = extract(['secret.txt', 'good.txt']);
    expect(result.stderr).toBe('extract: secret.txt: permission denied\n');
    expect(result.status).toBe(1);
  });

  it.each([
    ['removed', (path: string) => rmSync(path), 'no such file (it may have been removed while the run was going)'],
    ['replaced by a directory', (path: string) => (rmSync(path), mkdirSync(path)), 'is a directory'],
  ])('a file %s between listing and reading', async (name, change, reason) => {
    // Standard input comes first and is held open: once its first document is out, the file
    // has been listed but not yet read, and it changes under the run.
    const path = at(`${name.replace(/ /g, '-')}.jsonl`);
    writeFileSync(path, JSON.stringify({ id: 'late', text: MONEY }));
    const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '-f', 'jsonl', '-', path], { cwd: dir, env: environment() });
    const out = collect(child);
    child.stdin.write(`${JSON.stringify({ id: 'first', text: MONEY })}\n`);
    await waitFor(() => out.stdout.includes('"first"'));
    change(path);
    child.stdin.end();
    const status = await exited(child);
    expect(out.stderr).toBe(`extract: ${path}: ${reason}\n`);
    expect(status).toBe(1);
  });

  it('every failure at once: one line each, in input order, exit 1', () => {
    const result = extract(['missing.txt', 'binary.txt', 'good.txt', 'photos', 'nothing*.txt']);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'extract: missing.txt: no such file or directory',
      'extract: photos: directory has no .txt files',
      'extract: nothing*.txt: no file matches this pattern',
      'extract: binary.txt: binary file (contains NUL bytes)',
    ]);
    expect(result.status).toBe(1);
    expectNoStack(result.stderr);
  });
});

describe('awkward inputs that are read', () => {
  it('an empty file: no rows, a note, exit 0', () => {
    const result = extract(['empty.txt']);
    expect(result.stdout.trim().split('\n')).toHaveLength(1); // the header alone
    expect(result.stderr).toBe('extract: empty.txt: empty; no rows\n');
    expect(result.status).toBe(0);
  });

  it('a windows-1252 file is decoded (€, curly quotes, en dash), with a note, exit 0', () => {
    const result = extract(['-f', 'jsonl', 'cp1252.txt']);
    expect(result.stderr).toBe('extract: cp1252.txt: not UTF-8; decoded as windows-1252\n');
    expect(result.status).toBe(0);
    const [money] = rows(result.stdout).filter((r) => r.type === 'money');
    expect(money).toMatchObject({ text: '€5 million', currency: 'EUR', amount: 5_000_000 });
    expect(money.sentence).toBe('The fund raised €5 million – “a record”.');
  });

  it('--encoding forces a decoding, with no note', () => {
    const result = extract(['-f', 'jsonl', '--encoding', 'latin1', 'cp1252.txt']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(['utf16le.txt', 'utf16be.txt'])('%s with a BOM: offsets and lines refer to the decoded text', (name) => {
    const result = extract(['-f', 'jsonl', name]);
    expect(result.status).toBe(0);
    const text = `Héadline 😀\n${MONEY}\n`;
    const money = rows(result.stdout).find((r) => r.type === 'money');
    expect(money.line).toBe(2);
    expect(Array.from(text).slice(money.start, money.end).join('')).toBe(money.text);
  });

  it('a UTF-8 BOM does not shift offsets', () => {
    const money = rows(extract(['-f', 'jsonl', 'bom.txt']).stdout).find((r) => r.type === 'money');
    expect(money.start).toBe(MONEY.indexOf('US$'));
  });

  it.each([
    ['crlf.txt', 3],
    ['cr.txt', 3],
  ])('%s: line numbers count CRLF and lone CR', (name, line) => {
    const money = rows(extract(['-f', 'jsonl', name]).stdout).find((r) => r.type === 'money');
    expect(money.line).toBe(line);
  });

  it('a very long line: every mention found, the sentence column kept short', () => {
    const result = extract(['-f', 'jsonl', 'big.txt']);
    expect(result.status).toBe(0);
    const money = rows(result.stdout).filter((r) => r.type === 'money');
    expect(money).toHaveLength(1000);
    expect(Math.max(...money.map((r) => r.sentence.length))).toBeLessThanOrEqual(400);
  });
});

describe('standard input', () => {
  it('reads piped text', () => {
    const result = extract(['-f', 'jsonl'], { input: MONEY });
    expect(rows(result.stdout).find((r) => r.type === 'money')).toMatchObject({ file: '<stdin>', amount: 5_000_000 });
    expect(result.status).toBe(0);
  });

  it('reads piped JSON Lines, reporting a bad line by its number and reading the rest', () => {
    const input = [JSON.stringify({ id: 'a', text: MONEY }), '{"id": "b", "text": ', JSON.stringify({ id: 'c', text: MONEY })].join('\n');
    const result = extract(['--input', 'jsonl', '-f', 'jsonl'], { input });
    expect(result.stderr).toBe('extract: <stdin>:2: not valid JSON; line skipped\n');
    expect(result.status).toBe(1);
    expect([...new Set(rows(result.stdout).map((r) => r.file))]).toEqual(['a', 'c']);
  });

  it.each([
    ['empty', 'node "$0" - </dev/null'],
    ['closed', 'node "$0" - <&-'],
  ])('%s standard input: no rows, exit 0', (_name, script) => {
    const result = spawnSync('sh', ['-c', script, BIN], { cwd: dir, env: environment(), encoding: 'utf8' });
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe('extract: <stdin>: empty; no rows\n');
    expect(result.status).toBe(0);
  });
});

describe('output', () => {
  it('`| head` ends quietly: no stack trace, exit 0', () => {
    const corpus = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `d${i}`, text: MONEY })).join('\n');
    writeFileSync(at('corpus.jsonl'), corpus);
    const script = 'node "$0" --input jsonl -j 1 corpus.jsonl 2>stderr.txt | head -n 2 >/dev/null; echo "${PIPESTATUS[0]}"';
    const result = spawnSync('bash', ['-c', script, BIN], { cwd: dir, env: environment(), encoding: 'utf8' });
    expect(result.stdout.trim()).toBe('0');
    expect(readFileSync(at('stderr.txt'), 'utf8')).toBe('');
  });

  it('csv and jsonl rows, and json documents, come out as each document is done', async () => {
    for (const [format, first] of [['jsonl', '"file":"one"'], ['csv', '\none,'], ['json', '"file": "one"']]) {
      const child = spawn(process.execPath, [BIN, '--input', 'jsonl', '-f', format, '-'], { cwd: dir, env: environment() });
      const out = collect(child);
      child.stdin.write(`${JSON.stringify({ id: 'one', text: MONEY })}\n`);
      await waitFor(() => out.stdout.includes(first)); // while standard input is still open
      child.stdin.end(`${JSON.stringify({ id: 'two', text: MONEY })}\n`);
      expect(await exited(child)).toBe(0);
      if (format === 'json') expect(JSON.parse(out.stdout).map((d: { file: string }) => d.file)).toEqual(['one', 'two']);
    }
  });

  it('-o writes the file whole; SIGTERM mid-run leaves the old file untouched and no temporary file', async () => {
    writeFileSync(at('out.csv'), 'old contents\n');
    const child = spawn(process.execPath, [BIN, '-o', 'out.csv', '-'], { cwd: dir, env: environment() });
    const out = collect(child);
    child.stdin.write(MONEY);
    await waitFor(() => readdirSync(dir).some((n) => n.startsWith('.out.csv.') && n.endsWith('.tmp')));
    child.kill('SIGTERM');
    expect(await exited(child)).toBe(143);
    expect(out.stderr).toBe('');
    expect(readFileSync(at('out.csv'), 'utf8')).toBe('old contents\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    const finished = extract(['-o', 'out.csv', 'good.txt']);
    expect(finished.status).toBe(0);
    expect(finished.stdout).toBe('');
    expect(readFileSync(at('out.csv'), 'utf8')).toMatch(/^file,line,start,end,type,text,[^]*good\.txt,1,/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  describe('CSV formula neutralising', () => {
    // Cells a spreadsheet would run: the document id (file column) and the sentence come from the input.
    const risky = ['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd'];
    const input = risky.map((id) => JSON.stringify({ id, text: `${id === '-1' ? '-1 ' : ''}${MONEY}` })).join('\n');
    const parse = (csv: string) => {
      // Small RFC 4180 reader: enough for these rows.
      const records: string[][] = [];
      let row: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < csv.length; i++) {
        const c = csv[i];
        if (quoted) {
          if (c === '"' && csv[i + 1] === '"') (cell += '"'), i++;
          else if (c === '"') quoted = false;
          else cell += c;
        } else if (c === '"') quoted = true;
        else if (c === ',') row.push(cell), (cell = '');
        else if (c === '\n') row.push(cell), records.push(row), (row = []), (cell = '');
        else cell += c;
      }
      return records;
    };

    it('neutralises = + - @ tab CR at the start of text cells; numbers stay numbers', () => {
      const result = extract(['--input', 'jsonl', '-t', 'money'], { input });
      const [header, ...body] = parse(result.stdout);
      const column = (name: string) => body.map((r) => r[header.indexOf(name)]);
      expect(column('file')).toEqual(risky.map((id) => `'${id}`));
      expect(column('amount')).toEqual(risky.map(() => '5000000'));
      expect(column('start')).toEqual(risky.map((id) => String(id === '-1' ? MONEY.indexOf('US$') + 3 : MONEY.indexOf('US$'))));
      expect(column('sentence')[2]).toBe(`'-1 ${MONEY}`);
    });

    it('--no-escape-formulas writes them as they are', () => {
      const [header, ...body] = parse(extract(['--input', 'jsonl', '-t', 'money', '--no-escape-formulas'], { input }).stdout);
      expect(body.map((r) => r[header.indexOf('file')])).toEqual(risky);
    });

    it('--bom starts the CSV with a UTF-8 byte order mark', () => {
      expect(extract(['--bom', 'good.txt']).stdout.startsWith('\ufefffile,line,')).toBe(true);
      expect(extract(['good.txt']).stdout.startsWith('file,line,')).toBe(true);
    });
  });
});

describe('colour', () => {
  const ANSI = /\x1b\[/;
  it.each([
    ['piped: none', {}, [], false],
    ['FORCE_COLOR: on, even piped', { FORCE_COLOR: '1' }, [], true],
    ['FORCE_COLOR with --no-color: off', { FORCE_COLOR: '1' }, ['--no-color'], false],
    ['NO_COLOR: off', { NO_COLOR: '1' }, [], false],
    ['TERM=dumb: off', { TERM: 'dumb' }, [], false],
  ])('%s', (_name, env, args, coloured) => {
    const result = extract(['-f', 'table', ...args, 'good.txt', 'missing.txt'], { env });
    expect(ANSI.test(result.stdout)).toBe(coloured);
    expect(ANSI.test(result.stderr)).toBe(coloured);
    expect(result.stdout.replace(/\x1b\[\d+m/g, '')).toMatch(/money\s+US\$5 million\s+5000000 USD/);
  });
});

describe('exit codes and usage', () => {
  it('0 when every input is read', () => {
    expect(extract(['good.txt']).status).toBe(0);
  });

  it.each([
    [['--no-such-option', 'good.txt'], "extract: unknown option '--no-such-option'"],
    [['-f', 'xml', 'good.txt'], "extract: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are csv, jsonl, json, table."],
    [['-t', 'money,people', 'good.txt'], 'extract: unknown type people: choose from money, date, organization, sector, place'],
    [['--reference-date', '2026-02-30', 'good.txt'], 'extract: --reference-date must be a date like 2026-01-31, not "2026-02-30"'],
    [['--max-size', 'lots', 'good.txt'], 'extract: --max-size takes a size such as 32M, not "lots"'],
    [['--max-size', '2G', 'good.txt'], 'extract: --max-size can be at most 512M (the longest text one document can be), not "2G"'],
    [['--jobs', '0', 'good.txt'], 'extract: --jobs takes a whole number ≥ 1, not "0"'],
    [['--worker-memory', 'plenty', 'good.txt'], 'extract: --worker-memory takes a size such as 32M, not "plenty"'],
    [['--worker-memory', '0', 'good.txt'], 'extract: --worker-memory takes a size of 1M or more, not "0"'],
    [['--encoding', 'klingon', 'good.txt'], 'extract: unknown encoding "klingon"'],
    [['-o', 'no/such/dir/out.csv', 'good.txt'], 'extract: no/such/dir/out.csv: no such directory no/such/dir'],
    [['-o', 'photos', 'good.txt'], 'extract: photos: is a directory'],
  ])('2 for %j', (args, line) => {
    const result = extract(args);
    expect(result.stderr).toBe(`${line}\n`);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });

  it('--help and --version exit 0', () => {
    expect(extract(['--help']).status).toBe(0);
    expect(extract(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  /** Runs node with a module hook that names every ES module loaded, on stderr; returns those names and stdout. */
  function loading(entry: string[], args: string[]): { loaded: string[]; stdout: string } {
    writeFileSync(at('hook.mjs'), "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOADED ' + r.url + '\\n'); return r; }\n");
    writeFileSync(at('register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(at('hook.mjs')).href)});\n`);
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(at('register.mjs')).href, ...entry, ...args], { cwd: dir, env: environment(), encoding: 'utf8' });
    return { loaded: r.stderr.split('\n').filter((l) => l.startsWith('LOADED file:')), stdout: r.stdout };
  }

  it('--version loads neither the extractors nor csv-stringify nor chalk', () => {
    // tsc's build, where each module is a file of its own.
    writeFileSync(at('tsc-cli.mjs'), `import { runCli } from ${JSON.stringify(new URL('../dist/cli.js', import.meta.url).href)};\nrunCli();\n`);
    const { loaded, stdout } = loading([at('tsc-cli.mjs')], ['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(loaded.some((l) => l.includes('/dist/cli.js'))).toBe(true);
    expect(loaded.filter((l) => /\/dist\/extractors\/|csv-stringify|compromise|chalk/.test(l))).toEqual([]);
  });

  it('the command, bundled, still loads on demand: --version reads no chunk split off at a dynamic import', () => {
    const { loaded, stdout } = loading([BIN], ['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
    const names = loaded.map((l) => l.replace(/^.*\//, ''));
    expect(names).toContain('cli.js');
    // Shared code is in chunk-HASH.js; a chunk made for a dynamic import is named after its module (analyse-HASH.js).
    expect(names.filter((n) => !['register.mjs', 'hook.mjs', 'extract.js', 'cli.js'].includes(n) && !/^chunk-\w+\.js$/.test(n))).toEqual([]);
  });

  it('the command reads the tables the build saved, and never loads compromise', () => {
    // Records every file read (and found), and at exit whether compromise was loaded.
    writeFileSync(
      at('reads.mjs'),
      `import fs from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
const read = fs.readFileSync;
const names = [];
fs.readFileSync = (path, ...rest) => {
  const text = read(path, ...rest);
  names.push(String(path).replace(/^.*\\//, ''));
  return text;
};
syncBuiltinESMExports();
process.on('exit', () => process.stderr.write(JSON.stringify({ names, compromise: Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('compromise')) })));
`,
    );
    writeFileSync(at('names.txt'), 'However, Brightwater Analytics said the deal with Dunmore was off, and its chip plant would close.\n');
    const r = spawnSync(process.execPath, ['--import', pathToFileURL(at('reads.mjs')).href, BIN, '-f', 'jsonl', 'names.txt'], { cwd: dir, env: environment(), encoding: 'utf8' });
    expect(rows(r.stdout).map((m) => `${m.type} ${m.text}`)).toEqual(['organization Brightwater Analytics', 'sector chip']);
    const { names, compromise } = JSON.parse(r.stderr);
    expect(names).toEqual(expect.arrayContaining(['compromise-lexicon.json', 'tries.json']));
    expect(compromise).toBe(false);
  });

  it('-q silences notes; -v lists every file', () => {
    expect(extract(['-q', 'empty.txt', 'cp1252.txt']).stderr).toBe('');
    expect(extract(['-v', 'good.txt', 'empty.txt']).stderr).toBe('extract: good.txt: 1 mention\nextract: empty.txt: empty; no rows\nextract: empty.txt: 0 mentions\n');
  });

  it('--jobs keeps input order', () => {
    const names = ['good.txt', 'crlf.txt', 'cr.txt', 'bom.txt'];
    const files = (jobs: string) => [...new Set(rows(extract(['-f', 'jsonl', '-j', jobs, ...names]).stdout).map((r) => r.file))];
    expect(files('2')).toEqual(names);
    expect(files('1')).toEqual(names);
  });

  it('a document that runs a worker out of memory is done again, and nothing is lost', () => {
    writeFileSync(at('long-report.txt'), longReport(4000));
    const args = ['-q', '-f', 'jsonl', 'long-report.txt', 'good.txt'];
    expect(extract(['-j', '1', '-o', 'alone.jsonl', ...args]).status).toBe(0);
    // 32 MB of heap is too little for a report of 0.6 MB: the worker that takes it runs out of memory.
    const squeezed = extract(['-j', '2', '--worker-memory', '32M', '-o', 'squeezed.jsonl', ...args]);
    expect(squeezed.stderr).toBe('');
    expect(squeezed.status).toBe(0);
    const alone = readFileSync(at('alone.jsonl'), 'utf8');
    expect(readFileSync(at('squeezed.jsonl'), 'utf8')).toBe(alone);
    expect(rows(alone).length).toBeGreaterThan(20_000);
  });

  it('with one job, a document too large for memory fails alone: the run goes on and says so', () => {
    writeFileSync(at('huge-report.txt'), longReport(16_000));
    // A node with 64 MB of heap: analysed in the main thread, the 2.3-million-character report would end the process.
    const run = extract(['-q', '-f', 'jsonl', '-j', '1', '--worker-memory', '32M', 'huge-report.txt', 'good.txt'], { nodeOptions: ['--max-old-space-size=64'] });
    expect(run.stderr).toBe('extract: huge-report.txt: ran out of memory while extracting (too large to analyse whole); skipped\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(extract(['-q', '-f', 'jsonl', 'good.txt']).stdout);
  });

  it('workers that die as they start lose nothing: the documents they held, then the rest, are done elsewhere', () => {
    const names = ['good.txt', 'crlf.txt', 'cr.txt', 'bom.txt'];
    // No worker can load the extractors in 1 MB of heap: every one runs out of memory, and the replacements run out.
    const starved = extract(['-q', '-f', 'jsonl', '-j', '2', '--worker-memory', '1M', ...names]);
    expect(starved.stderr).toBe('');
    expect(starved.status).toBe(0);
    expect(starved.stdout).toBe(extract(['-q', '-f', 'jsonl', '-j', '1', ...names]).stdout);
  });
});

describe('on a terminal (in process, with terminal-like streams)', () => {
  /** Runs the built CLI's main() with streams that claim to be terminals. */
  async function onTerminal(args: string[], env: Record<string, string> = {}, stdinLines: [number, string][] = []) {
    const { main } = await import(new URL('../dist/cli.js', import.meta.url).href);
    const stream = (tty: boolean) => Object.assign(new PassThrough(), { isTTY: tty });
    const io = { stdin: stream(stdinLines.length === 0), stdout: stream(true), stderr: stream(true), env };
    const text = { stdout: '', stderr: '' };
    io.stdout.on('data', (c) => (text.stdout += c));
    io.stderr.on('data', (c) => (text.stderr += c));
    const feeding = (async () => {
      for (const [delay, line] of stdinLines) {
        await new Promise((r) => setTimeout(r, delay));
        io.stdin.write(line);
      }
      if (stdinLines.length) io.stdin.end();
    })();
    const code = await main(args, io);
    await feeding;
    return { code, ...text };
  }

  it('shows help when there is no file and standard input is a terminal (exit 2)', async () => {
    const result = await onTerminal([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: extract');
  });

  it('writes a coloured table and a closing summary', async () => {
    const result = await onTerminal(['-j', '1', at('good.txt')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\x1b\[/);
    expect(result.stdout).toContain('US$5 million');
    expect(result.stderr).toMatch(/1 document read, 0 failed; mentions: money 1, .*; \d+\.\d s\n$/);
  });

  it.each([
    ['NO_COLOR', { NO_COLOR: '1' }],
    ['TERM=dumb', { TERM: 'dumb' }],
  ])('%s turns colour off on a terminal', async (_name, env) => {
    const result = await onTerminal(['-j', '1', at('good.txt')], env);
    expect(result.stdout).not.toMatch(/\x1b\[/);
    expect(result.stderr).not.toMatch(/\x1b\[/);
  });

  it('-q silences the summary', async () => {
    expect((await onTerminal(['-q', '-j', '1', at('good.txt')])).stderr).toBe('');
  });

  it('shows a progress line, then clears it, on runs over a second', async () => {
    const doc = (id: string) => `${JSON.stringify({ id, text: MONEY })}\n`;
    const result = await onTerminal(['--input', 'jsonl', '-j', '1', '-'], {}, [
      [0, doc('a')],
      [1200, doc('b')],
      [300, doc('c')],
    ]);
    expect(result.stderr).toMatch(/\r\x1b\[K.*extract: 2 documents, 0 failed….*\r\x1b\[K/s);
    expect(result.stderr).toMatch(/3 documents read/);
  });
});

/** Everything a child writes, as it comes. */
function collect(child: ReturnType<typeof spawn>) {
  const out = { stdout: '', stderr: '' };
  child.stdout?.on('data', (c) => (out.stdout += c));
  child.stderr?.on('data', (c) => (out.stderr += c));
  return out;
}

function exited(child: ReturnType<typeof spawn>): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : null))));
}

async function waitFor(condition: () => boolean, timeout = 20_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

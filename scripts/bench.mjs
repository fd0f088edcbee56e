#!/usr/bin/env node
// npm run bench [-- --docs 10000] [--quick]
//
// Builds a deterministic corpus of news-style documents from fixtures/*.txt
// (numbers, names, months and paragraph order varied by a seeded generator so
// nothing is cached away), runs the built `extract` over it end to end with
// --jobs 1 and --jobs 2, and prints documents/s, MB/s, peak RSS and start-up
// times. It also runs plain compromise (.money(), .organizations(),
// compromise-dates .dates()) over a sample of the same corpus in the same run
// and prints the speed ratio, so the comparison holds on a noisy machine.
// Without --quick it also streams --memory-docs documents (default 2,000), then
// ten times as many, through stdin, to check that peak memory does not grow
// with the corpus.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'extract.js');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DOCS = flag('--docs', 10000);
const QUICK = args.includes('--quick');
const COMPROMISE_SAMPLE_BYTES = flag('--compromise-bytes', 500_000);
// The memory check streams MEMORY_DOCS documents, then ten times as many.
const MEMORY_DOCS = flag('--memory-docs', 2000);

// ------------------------------------------------------------------ corpus
/** mulberry32: a small seeded generator, so every run builds the same corpus. */
function random(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NAME_PARTS = ['Mekong', 'Harbor', 'Sunrise', 'Lotus', 'Pacific', 'Granite', 'Northstar', 'Saigon', 'Andes', 'Baltic', 'Coral', 'Delta'];
const NAME_HEADS = ['Holdings', 'Group', 'Bank', 'Corp', 'Energy', 'Logistics', 'Capital', 'Steel'];

const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'));

/** Document i of the corpus: a fixture with its paragraphs shuffled and its figures, months and names changed. */
function makeDocument(i) {
  const rand = random(i + 1);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const [headline, ...paragraphs] = fixtures[i % fixtures.length].split(/\n\n+/);
  for (let j = paragraphs.length - 1; j > 1; j--) {
    const k = 1 + Math.floor(rand() * j);
    [paragraphs[j], paragraphs[k]] = [paragraphs[k], paragraphs[j]];
  }
  const company = `${pick(NAME_PARTS)} ${pick(NAME_PARTS)} ${pick(NAME_HEADS)}`;
  const body = [headline, ...paragraphs, `${company} said it would report again in ${pick(MONTHS)} ${2020 + Math.floor(rand() * 10)}.`]
    .join('\n\n')
    .replace(/\d/g, (d) => (rand() < 0.3 ? String(Math.floor(rand() * 10)) : d))
    .replace(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'), (m) => (rand() < 0.3 ? pick(MONTHS) : m));
  return body + '\n';
}

function buildCorpus(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < DOCS; i++) {
    const text = makeDocument(i);
    bytes += Buffer.byteLength(text);
    // Spread over sub-folders of 1,000 so no folder is huge.
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(2, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `doc-${String(i).padStart(6, '0')}.txt`), text);
  }
  return bytes;
}

// ------------------------------------------------------------------ measuring
/** Runs a command under GNU time; returns wall seconds and peak RSS (MB). */
function timed(command, commandArgs, input) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', command, ...commandArgs], { input, maxBuffer: 1 << 30, encoding: 'utf8', stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const lines = r.stderr.trim().split('\n');
  const rssMb = Number(lines[lines.length - 1]) / 1024;
  if (r.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${r.stderr}`);
  return { seconds, rssMb };
}

/** Median wall time of a short command (`extract` unless another script is given), in ms. */
function startup(commandArgs, runs = 7, script = [bin]) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, [...script, ...commandArgs], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Streams the corpus `times` times as JSON Lines into `extract --input jsonl`, measuring peak RSS. */
function streamed(times, jobs) {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, bin, '--input', 'jsonl', '-f', 'csv', '-q', '--jobs', String(jobs)], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    let bytes = 0;
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(err));
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      done({ seconds, bytes, rssMb: Number(err.trim().split('\n').pop()) / 1024 });
    });
    let i = 0;
    const total = MEMORY_DOCS * times;
    const pump = () => {
      while (i < total) {
        const text = makeDocument(i % DOCS);
        bytes += Buffer.byteLength(text);
        const ok = child.stdin.write(JSON.stringify({ id: `doc-${i}`, text }) + '\n');
        i++;
        if (!ok) return child.stdin.once('drain', pump);
      }
      child.stdin.end();
    };
    pump();
  });
}

/** Plain compromise over the first documents of the corpus (it is too slow for all of it). */
function compromiseSpeed() {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  let bytes = 0;
  let i = 0;
  const started = process.hrtime.bigint();
  while (bytes < COMPROMISE_SAMPLE_BYTES) {
    const text = makeDocument(i++);
    bytes += Buffer.byteLength(text);
    const doc = nlp(text);
    doc.money().json();
    doc.organizations().json();
    doc.dates().json();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { mbps: bytes / 1e6 / seconds, docs: i };
}

// ------------------------------------------------------------------ run
// Start-up first: right after writing 10,000 files the disk is still busy
// flushing them, which is no part of what a user waits for.
const tiny = join(tmpdir(), 'newsfacts-bench-tiny.txt');
writeFileSync(tiny, 'HANOI, March 3, 2026 - Acme Corp said it would invest $5 million in the solar energy sector next year.\n');
const startupLines = [
  `start-up: extract --version ${startup(['--version']).toFixed(0)} ms (median of 7)`,
  `start-up: extract tiny.txt  ${startup([tiny]).toFixed(0)} ms (median of 7)`,
  // What this machine takes to start node at all, to read the two lines above by.
  `start-up: node -e 0         ${startup(['-e', '0'], 7, []).toFixed(0)} ms (median of 7)`,
];
rmSync(tiny);

const corpusDir = join(tmpdir(), 'newsfacts-bench-corpus');
const bytes = buildCorpus(corpusDir);
const mb = bytes / 1e6;
console.log(`corpus: ${DOCS} documents, ${mb.toFixed(1)} MB (deterministic, from fixtures/*.txt), in ${corpusDir}`);
for (const line of startupLines) console.log(line);

const results = {};
for (const jobs of [1, 2]) {
  const r = timed(process.execPath, [bin, corpusDir, '-q', '-f', 'csv', '--jobs', String(jobs), '-o', join(tmpdir(), `newsfacts-bench-${jobs}.csv`)]);
  results[jobs] = r;
  console.log(`--jobs ${jobs}: ${(DOCS / r.seconds).toFixed(0)} documents/s, ${(mb / r.seconds).toFixed(2)} MB/s, peak RSS ${r.rssMb.toFixed(0)} MB, ${r.seconds.toFixed(1)} s`);
}
const same = readFileSync(join(tmpdir(), 'newsfacts-bench-1.csv')).equals(readFileSync(join(tmpdir(), 'newsfacts-bench-2.csv')));
console.log(`--jobs 1 and --jobs 2 output identical: ${same ? 'yes' : 'NO'}`);

const plain = compromiseSpeed();
console.log(`compromise + compromise-dates (.money, .organizations, .dates): ${plain.mbps.toFixed(3)} MB/s on the first ${plain.docs} documents`);
console.log(`ratio: newsfacts --jobs 1 is ${(mb / results[1].seconds / plain.mbps).toFixed(1)}x plain compromise`);

const { extract } = await import(join(root, 'dist', 'index.js'));

// Where the time goes, in this process: each type alone (with what it needs:
// sector runs organisations too), then all four, over the first documents of
// the corpus; CPU time, best of three passes.
{
  const sample = Array.from({ length: Math.min(DOCS, 1000) }, (_, i) => makeDocument(i));
  const sampleMb = sample.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6;
  const line = [];
  for (const types of [['money'], ['date'], ['organization'], ['sector'], ['money', 'date', 'organization', 'sector']]) {
    for (const text of sample.slice(0, 100)) extract(text, { types });
    let best = Infinity;
    for (let pass = 0; pass < 3; pass++) {
      const before = process.cpuUsage();
      for (const text of sample) extract(text, { types });
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1e6);
    }
    line.push(`${types.length > 1 ? 'all four' : types[0]} ${(sampleMb / best).toFixed(1)}`);
  }
  console.log(`in process, extraction only (MB/s of CPU time, ${sample.length} documents): ${line.join(', ')}`);
}

// One long article (a report or a transcript pasted whole): the work per MB
// must not grow with its length. CPU time, all four types.
{
  const articles = (length) => {
    let text = '';
    for (let i = 0; text.length < length; i++) text += makeDocument(i) + '\n\n';
    return text;
  };
  const line = [];
  for (const mbLong of [0.5, 4]) {
    const text = articles(mbLong * 1e6);
    const before = process.cpuUsage();
    extract(text, { dct: '2026-01-15' });
    const used = process.cpuUsage(before);
    line.push(`${mbLong} MB at ${(Buffer.byteLength(text) / 1e6 / ((used.user + used.system) / 1e6)).toFixed(2)} MB/s`);
  }
  console.log(`one long article (articles back to back, CPU time): ${line.join(', ')}`);
}

// Inputs that once made some extractor's work grow faster than the text (speed
// guards live here, not in timed unit tests): CPU ms for each, all four types.
const repeated = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
const ADVERSARIAL = [
  ['one sector word repeated', repeated('oil ', 100_000)],
  ['long capitalised runs', repeated('Global Energy Oil Banking Steel Mining Holdings Group ', 100_000)],
  ['an endless list', repeated('oil, gas, ', 100_000)],
  ['an endless coordination', repeated('oil and gas and ', 100_000)],
  ['a run of digits', '1'.repeat(20_000)],
  ['repeated "Co. "', repeated('Co. ', 10_000)],
  ['repeated "Bank of "', repeated('Bank of ', 10_000)],
  ['punctuation', repeated('?!', 40_000)],
  ['number words', repeated('twenty-five ', 100_000)],
  ['amounts back to back', repeated('$1-', 30_000)],
];
for (const [name, text] of ADVERSARIAL) {
  extract(text.slice(0, 2000));
  const before = process.cpuUsage();
  extract(text, { dct: '2026-01-15' });
  const used = process.cpuUsage(before);
  console.log(`adversarial: ${name} (${(text.length / 1000).toFixed(0)} KB): ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`);
}

if (!QUICK) {
  const once = await streamed(1, 2);
  const tenfold = await streamed(10, 2);
  console.log(`memory: stdin JSONL --jobs 2, 1x corpus (${(once.bytes / 1e6).toFixed(0)} MB) peak RSS ${once.rssMb.toFixed(0)} MB; 10x corpus (${(tenfold.bytes / 1e6).toFixed(0)} MB) peak RSS ${tenfold.rssMb.toFixed(0)} MB, ${(tenfold.bytes / 1e6 / tenfold.seconds).toFixed(2)} MB/s`);
}
rmSync(corpusDir, { recursive: true, force: true });

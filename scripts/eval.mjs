#!/usr/bin/env node
// Scores the built extractor against corpora in ../shared/eval (FORMAT.md).
//
//   npm run eval -- CORPUS.jsonl [score.mjs options: --errors N, --types a,b, --json]
//   npm run eval -- --all              every corpus, each table, then the floor check
//   npm run eval -- --all --update-floors   the same, and raise eval/floors.json
//
// --all fails (exit 1) when a figure falls more than 0.005 below its floor.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = resolve(process.env.NEWSFACTS_EVAL_DIR ?? join(root, '..', 'shared', 'eval'));
const floorsPath = join(root, 'eval', 'floors.json');
const TOLERANCE = 0.005;

const { extract } = await import(join(root, 'dist', 'index.js'));

/** Runs the extractor over a corpus and writes predictions in the scorer's format. */
function predict(corpusPath, outPath) {
  const lines = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim());
  const out = lines.map((line) => {
    const doc = JSON.parse(line);
    const entities = extract(doc.text, { dct: doc.dct ?? null });
    return JSON.stringify({ id: doc.id, entities });
  });
  writeFileSync(outPath, out.join('\n') + '\n');
}

function score(corpusPath, predPath, extra) {
  const r = spawnSync(process.execPath, [join(evalDir, 'score.mjs'), corpusPath, predPath, ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(r.status ?? 2);
  }
  return r.stdout;
}

/** The figures a floor keeps, per type: relaxed F1, strict F1 and value accuracy. */
function figures(result) {
  const out = {};
  for (const [type, t] of Object.entries(result.per_type)) {
    out[type] = { strict_f1: round(t.strict.f1), relaxed_f1: round(t.relaxed.f1) };
    if (t.value.accuracy !== null) out[type].value_acc = round(t.value.accuracy);
  }
  return out;
}
const round = (x) => Math.round(x * 10000) / 10000;

const args = process.argv.slice(2);
const work = mkdtempSync(join(tmpdir(), 'newsfacts-eval-'));
try {
  if (!args.includes('--all')) {
    const corpus = args.find((a) => !a.startsWith('-') && a.endsWith('.jsonl'));
    if (!corpus) {
      console.error('usage: npm run eval -- CORPUS.jsonl [--errors N] [--types a,b] [--json] | --all [--update-floors]');
      process.exit(2);
    }
    const pred = join(work, 'pred.jsonl');
    predict(corpus, pred);
    process.stdout.write(score(corpus, pred, args.filter((a) => a !== corpus)));
  } else {
    if (!existsSync(evalDir)) {
      console.log(`eval: ${evalDir} not found; accuracy floors not checked`);
      process.exit(0);
    }
    const floors = existsSync(floorsPath) ? JSON.parse(readFileSync(floorsPath, 'utf8')) : {};
    const reached = {};
    const drops = [];
    for (const name of readdirSync(evalDir).sort()) {
      const corpus = join(evalDir, name, 'test.jsonl');
      if (!existsSync(corpus)) continue;
      const pred = join(work, `${name}.jsonl`);
      predict(corpus, pred);
      process.stdout.write(`\n## ${name}\n` + score(corpus, pred, []));
      reached[name] = figures(JSON.parse(score(corpus, pred, ['--json'])));
      for (const [type, figs] of Object.entries(floors[name] ?? {})) {
        for (const [fig, floor] of Object.entries(figs)) {
          const now = reached[name][type]?.[fig] ?? 0;
          if (now < floor - TOLERANCE) drops.push(`${name} ${type} ${fig}: ${now} < floor ${floor}`);
        }
      }
    }
    if (args.includes('--update-floors')) {
      writeFileSync(floorsPath, JSON.stringify(reached, null, 2) + '\n');
      console.log(`\neval: floors written to ${floorsPath}`);
    }
    if (drops.length) {
      console.log(`\neval: accuracy fell below its floor:\n  ${drops.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('\neval: every figure at or above its floor');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `--input jsonl --format jsonl` is a line-in, line-out filter with no shared
// state: split a corpus into shards, run them as separate processes (xargs -P,
// as GNU parallel or a Hadoop/Spark mapper would), and the merged output must
// equal a single run's.
const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'newsfacts-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('sharded runs', () => {
  it('merge to the same output as one run', () => {
    const docs = readdirSync(join(root, 'fixtures'))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f, i) => JSON.stringify({ id: `doc-${i}`, text: readFileSync(join(root, 'fixtures', f), 'utf8'), dct: i % 2 ? '2026-03-01' : null }));
    const corpus = join(work, 'corpus.jsonl');
    writeFileSync(corpus, docs.join('\n') + '\n');
    const shards = [0, 1, 2].map((s) => {
      const path = join(work, `shard-${s}.jsonl`);
      writeFileSync(path, docs.filter((_, i) => i % 3 === s).join('\n') + '\n');
      return path;
    });
    const bin = join(root, 'bin', 'extract.js');
    execFileSync('sh', ['-c', `printf '%s\\n' "$@" | xargs -P 3 -I{} sh -c '"${process.execPath}" "${bin}" --input jsonl -f jsonl -j 1 < {} > {}.out'`, 'sh', ...shards]);
    const merged = shards
      .flatMap((s) => readFileSync(`${s}.out`, 'utf8').split('\n').filter(Boolean))
      .sort();
    const single = execFileSync(process.execPath, [bin, '--input', 'jsonl', '-f', 'jsonl', corpus]).toString().split('\n').filter(Boolean).sort();
    expect(single.length).toBeGreaterThan(0);
    expect(merged).toEqual(single);
  });
});

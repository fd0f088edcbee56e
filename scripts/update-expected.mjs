#!/usr/bin/env node
// Rewrites fixtures/expected/ from the built extractor. Run after a deliberate
// change of output, then read the diff before committing it.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = readdirSync(join(root, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => `fixtures/${f}`);
for (const format of ['csv', 'json', 'jsonl']) {
  const out = execFileSync(process.execPath, ['bin/extract.js', '-f', format, '-j', '1', ...fixtures], { cwd: root });
  writeFileSync(join(root, 'fixtures', 'expected', `fixtures.${format}`), out);
}
const facts = execFileSync(process.execPath, ['bin/extract.js', '--facts', '-f', 'csv', '-j', '1', ...fixtures], { cwd: root });
writeFileSync(join(root, 'fixtures', 'expected', 'fixtures.facts.csv'), facts);
console.log('fixtures/expected/ rewritten; review with git diff');

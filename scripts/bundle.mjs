#!/usr/bin/env node
// Part of `npm run build`: bundles the command and its worker (from tsc's
// output in dist/) into dist/bundle/, which bin/extract.js runs. Node
// resolves and reads each ES module on its own, some 0.5 ms apiece; the ~100
// modules of a run (ours and those of commander, chalk and csv-stringify)
// cost about a fifth of a small file's start-up. Dynamic imports stay
// separate chunks, so what a run does not need is still not loaded.
// The library API (dist/index.js) stays tsc's output.
import { copyFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = join(dist, 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(dist, 'cli.js'), join(dist, 'worker.js')],
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Loaded with createRequire, on demand: compromise only to make the lexicon tables, the decoders only for legacy encodings.
  external: ['compromise', 'chardet', 'iconv-lite'],
  // Bundled CommonJS (commander) calls require() for Node's own modules.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});

// The tables the build saved next to their modules are looked for next to the code that reads them: in the bundle, here.
const { SNAPSHOT } = await import('../dist/extractors/organization/lexicon.js');
const { TRIES_SNAPSHOT } = await import('../dist/extractors/sector/rules.js');
for (const saved of [SNAPSHOT, TRIES_SNAPSHOT]) copyFileSync(saved, join(outdir, basename(fileURLToPath(saved))));

#!/usr/bin/env node
// Part of `npm run build`: writes to dist/ the tables the organisation rules
// read from compromise's lexicon, so a run need not load compromise
// (src/extractors/organization/lexicon.ts says why), and the tries of the
// built-in sector lexicon, which take longer to make than to read back
// (src/extractors/sector/rules.ts, SavedTries).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { SNAPSHOT, tablesFromCompromise } = await import('../dist/extractors/organization/lexicon.js');
writeFileSync(fileURLToPath(SNAPSHOT), JSON.stringify(tablesFromCompromise()));

const { BUILT_IN_LEXICON, TRIES_SNAPSHOT, trieSources, triesOf } = await import('../dist/extractors/sector/rules.js');
const sources = trieSources(BUILT_IN_LEXICON);
const tries = Object.fromEntries(Object.entries(triesOf(sources)).map(([name, trie]) => [name, [...trie]]));
writeFileSync(fileURLToPath(TRIES_SNAPSHOT), JSON.stringify({ sources, tries }));

#!/usr/bin/env node
// Part of `npm run build`: writes the tables the organisation rules read from
// compromise's lexicon to dist/, so a run need not load compromise
// (src/extractors/organization/lexicon.ts says why).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { SNAPSHOT, tablesFromCompromise } = await import('../dist/extractors/organization/lexicon.js');
writeFileSync(fileURLToPath(SNAPSHOT), JSON.stringify(tablesFromCompromise()));

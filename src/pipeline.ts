import type { Context, Extractor, Found, Mention, MentionType } from './types.js';
import { ALL_TYPES, MENTION_TYPES } from './types.js';
import { money } from './extractors/money/index.js';
import { date } from './extractors/date/index.js';
import { organization } from './extractors/organization/index.js';
import { sector } from './extractors/sector/index.js';
import { place } from './extractors/place/index.js';
import { resolveOverlaps } from './refine/overlaps.js';
import { linkAcronyms } from './refine/acronyms.js';
import { codePointIndexer } from './text/offsets.js';

/** One extractor per mention type; adding a type is one line here. */
export const EXTRACTORS: { [T in MentionType]: Extractor<T> } = { money, date, organization, sector, place };

/**
 * Types whose mentions another type needs to see to resolve overlaps: a
 * sector word inside an organisation's name ("Mizuho Bank") is no sector,
 * a place inside one ("Bank of Japan") no place.
 */
const NEEDS: Partial<Record<MentionType, MentionType[]>> = { sector: ['organization'], place: ['organization'] };

/** Steps that run over all mentions of a document, in order. */
const REFINERS: ((found: Found[], ctx: Context) => Found[])[] = [resolveOverlaps, linkAcronyms];

/** Runs the extractors and refiners; returns mentions with code point offsets. */
export function run(ctx: Context, types: readonly MentionType[] = MENTION_TYPES): Mention[] {
  const running = ALL_TYPES.filter((t) => types.includes(t) || types.some((w) => NEEDS[w]?.includes(t)));
  let found: Found[] = running.flatMap((t): Found[] => EXTRACTORS[t].extract(ctx));
  for (const refine of REFINERS) found = refine(found, ctx);
  const toCodePoint = codePointIndexer(ctx.text);
  const mentions: Mention[] = [];
  for (const m of found) {
    if (!types.includes(m.type)) continue;
    // Mentions are fresh objects made by the extractors: convert them in place.
    m.start = toCodePoint(m.start);
    m.end = toCodePoint(m.end);
    delete m.latent;
    mentions.push(m);
  }
  return mentions;
}

import type { Context, Extractor, Found } from '../../types.js';
import { runRules } from '../../text/rules.js';
import { PLACE_RULES } from './rules.js';

/** Countries, regions, major cities and provinces, from the gazetteer in data/places.ts. */
export const place: Extractor<'place'> = {
  type: 'place',
  extract: (ctx: Context): Found<'place'>[] => runRules('place', PLACE_RULES, ctx),
};

import type { Context, Extractor, Found } from '../../types.js';
import { runRules } from '../../text/rules.js';
import { demonymPattern, placeRules } from './rules.js';
import { demonyms } from './normalize.js';

/** Countries, regions, major cities and provinces, from the gazetteer in data/places.ts. */
export const place: Extractor<'place'> = {
  type: 'place',
  extract: (ctx: Context): Found<'place'>[] => runRules('place', placeRules(), ctx),
};

/** A demonym found in a text, with the ISO code of its country. UTF-16 offsets. */
export interface DemonymHit {
  start: number;
  end: number;
  text: string;
  country: string;
}

/** Demonyms and country adjectives in a text: no place mentions, but the facts view reads countries from them. */
export function findDemonyms(text: string): DemonymHit[] {
  return [...text.matchAll(demonymPattern())].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    country: demonyms().get(m[0].replace(/’/g, "'").replace(/\s+/g, ' ')) ?? '',
  }));
}

import type { PlaceMention } from '../../types.js';
import { once } from '../../text/once.js';
import { CITIES, COUNTRIES, PROVINCES, REGIONS } from './data/places.js';

/** What a spelling of a place stands for. */
export interface PlaceEntry {
  country?: string;
  place_kind: PlaceMention['place_kind'];
}

/**
 * Every spelling of every place, exact case. When a spelling names two
 * places the first table wins: a country over a province over a city over a
 * region ("Luxembourg" is the country, "Quebec" the province).
 */
function buildPlaces(): Map<string, PlaceEntry> {
  const places = new Map<string, PlaceEntry>();
  const add = (spelling: string, entry: PlaceEntry): void => {
    if (!places.has(spelling)) places.set(spelling, entry);
  };
  for (const [code, name, aliases] of COUNTRIES) for (const s of [name, ...aliases]) add(s, { country: code, place_kind: 'country' });
  for (const [name, code] of PROVINCES) add(name, { country: code, place_kind: 'province' });
  for (const [name, code] of CITIES) add(name, { country: code, place_kind: 'city' });
  for (const name of REGIONS) add(name, { place_kind: 'region' });
  return places;
}

export const places: () => ReadonlyMap<string, PlaceEntry> = once(buildPlaces);

/** Spellings in capitals ("VIETNAM" in a headline) of names of four letters or more; shorter ones are codes ("US"). */
export const allCaps: () => ReadonlyMap<string, string> = once(
  () => new Map([...places().keys()].filter((s) => s.replace(/\P{L}/gu, '').length >= 4 && s !== s.toUpperCase()).map((s) => [s.toUpperCase(), s])),
);

/** The place a spelling stands for, exact case or all capitals. */
export function placeOf(spelling: string): PlaceEntry | undefined {
  return places().get(spelling) ?? places().get(allCaps().get(spelling) ?? '');
}

/**
 * Demonyms and adjectives of countries ("Japanese" → JP): not places, but
 * they tell the facts view a country. One shared by two countries
 * ("Congolese") tells nothing and is left out.
 */
function buildDemonyms(): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const [code, , , demonyms] of COUNTRIES) for (const d of demonyms) owners.set(d, (owners.get(d) ?? new Set()).add(code));
  return new Map([...owners].filter(([, codes]) => codes.size === 1).map(([d, codes]) => [d, [...codes][0]]));
}

export const demonyms: () => ReadonlyMap<string, string> = once(buildDemonyms);

/** Season names and their TIMEX3 codes. */
export const SEASONS: readonly (readonly [string, 'SP' | 'SU' | 'FA' | 'WI'])[] = [
  ['spring', 'SP'], ['springtime', 'SP'],
  ['summer', 'SU'], ['summertime', 'SU'],
  ['autumn', 'FA'], ['fall', 'FA'],
  ['winter', 'WI'], ['wintertime', 'WI'],
];

/** Month a season starts in (northern hemisphere, meteorological) and its length. */
export const SEASON_MONTHS: Readonly<Record<'SP' | 'SU' | 'FA' | 'WI', readonly [number, number]>> = {
  SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2],
};

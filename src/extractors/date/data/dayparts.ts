/** Parts of the day and their TIMEX3 codes. */
export const DAY_PARTS: readonly (readonly [string, 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT'])[] = [
  ['morning', 'MO'], ['mid-morning', 'MO'], ['midmorning', 'MO'],
  ['midday', 'MI'], ['noon', 'MI'],
  ['afternoon', 'AF'], ['mid-afternoon', 'AF'], ['midafternoon', 'AF'], ['mid afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'], ['overnight', 'NI'],
];

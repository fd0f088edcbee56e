/** Holidays on a fixed calendar day: [name, month, day]. */
export const FIXED_HOLIDAYS: readonly (readonly [string, number, number])[] = [
  ["new year's day", 1, 1], ["new year's eve", 12, 31], ['christmas day', 12, 25], ['christmas eve', 12, 24],
  ['christmas', 12, 25], ['boxing day', 12, 26], ['independence day', 7, 4], ['halloween', 10, 31],
  ["valentine's day", 2, 14], ['may day', 5, 1], ['bastille day', 7, 14],
];

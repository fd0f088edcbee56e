/** The columns of a fact row, in order. */
export const FACT_COLUMNS = [
  'file', 'line',
  'money', 'amount', 'amount_max', 'currency', 'qualifier', 'per',
  'date', 'date_value', 'date_start', 'date_end',
  'organization',
  'sector', 'isic',
  'place', 'country',
  'sentence',
] as const;

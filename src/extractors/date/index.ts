import type { Extractor } from '../../types.js';

export const date: Extractor<'date'> = {
  type: 'date',
  extract: () => [],
};

import type { Extractor } from '../../types.js';

export const money: Extractor<'money'> = {
  type: 'money',
  extract: () => [],
};

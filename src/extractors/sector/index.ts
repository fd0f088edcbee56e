import type { Extractor } from '../../types.js';

export const sector: Extractor<'sector'> = {
  type: 'sector',
  extract: () => [],
};

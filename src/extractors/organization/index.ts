import type { Extractor } from '../../types.js';

export const organization: Extractor<'organization'> = {
  type: 'organization',
  extract: () => [],
};

import { createRequire } from 'node:module';
import { once } from './once.js';

/** The compromise API surface we use. */
export type Nlp = typeof import('compromise').default;

/**
 * compromise, loaded on first use only: it costs ~100 ms to load, and a
 * built run never needs it (organization/lexicon.ts). This is the only
 * place that imports it.
 */
export const nlp: () => Nlp = once(() => createRequire(import.meta.url)('compromise') as Nlp);

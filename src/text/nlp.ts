import { createRequire } from 'node:module';

/** The compromise API surface we use. */
export type Nlp = typeof import('compromise').default;

let loaded: Nlp | undefined;

/**
 * compromise, loaded on first use only: it costs ~100 ms to load, and runs
 * that do not ask for organisations should not pay for it. This is the only
 * place that imports it.
 */
export function nlp(): Nlp {
  if (!loaded) loaded = createRequire(import.meta.url)('compromise') as Nlp;
  return loaded;
}

import { readFileSync } from 'node:fs';

/**
 * A table that `npm run build` saved next to its module
 * (scripts/snapshot-lexicon.mjs), or undefined when there is none: run from
 * source, the module makes the table itself.
 */
export function readSnapshot<T>(at: URL): T | undefined {
  try {
    return JSON.parse(readFileSync(at, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

import type { Context, Found } from '../types.js';

/** Links acronyms and short forms of organisations to the full name given in the document. */
export function linkAcronyms(found: Found[], _ctx: Context): Found[] {
  return found;
}

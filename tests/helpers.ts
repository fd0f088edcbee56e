import { extract } from '../src/index.js';
import type { Mention, MentionType } from '../src/types.js';

/** The mentions of one type that `extract` finds in a sentence, with a fixed document date. */
export function mentionsOf<T extends MentionType>(type: T, text: string, dct: string | null = '2025-06-15'): Extract<Mention, { type: T }>[] {
  return extract(text, { dct, types: [type] }).filter((m): m is Extract<Mention, { type: T }> => m.type === type);
}

import type { Found, MentionType } from '../types.js';

/**
 * When mentions of different types overlap, the earlier type in this list
 * wins: a sector word inside an organisation's name ("Mizuho Bank") is part
 * of the name, a year inside an amount is part of the amount, and a place
 * inside an amount ("Hong Kong dollars") is part of the amount.
 */
const PRECEDENCE: readonly MentionType[] = ['organization', 'money', 'date', 'place', 'sector'];

/** Drops latent hits, then keeps one mention per overlapping stretch. */
export function resolveOverlaps(found: Found[]): Found[] {
  const trusted = found.filter((m) => !m.latent);
  // Longest first, then the type with precedence, then the earliest.
  const ranked = [...trusted].sort(
    (a, b) =>
      PRECEDENCE.indexOf(a.type) - PRECEDENCE.indexOf(b.type) ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: Found[] = [];
  for (const m of ranked) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

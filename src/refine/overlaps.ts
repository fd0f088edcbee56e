import type { Found, MentionType } from '../types.js';

/**
 * When overlapping mentions of different types are equally long, the
 * earlier type in this list wins; otherwise the longer one does: a sector
 * word inside an organisation's name ("Mizuho Bank") is part of the name,
 * and an acronym or a place inside an amount ("AU$52.5 million", "Hong Kong
 * dollars") is part of the amount.
 */
const PRECEDENCE: readonly MentionType[] = ['organization', 'money', 'date', 'place', 'sector'];
const RANK = Object.fromEntries(PRECEDENCE.map((type, rank) => [type, rank])) as Record<MentionType, number>;

/** Drops latent hits, then keeps one mention per overlapping stretch: the longest, then by type. */
export function resolveOverlaps(found: Found[]): Found[] {
  const ranked = found
    .filter((m) => !m.latent)
    .sort((a, b) => b.end - b.start - (a.end - a.start) || RANK[a.type] - RANK[b.type] || a.start - b.start);
  // Kept spans sorted by start; they never overlap, so one binary search finds a clash.
  const kept: Found[] = [];
  for (const m of ranked) {
    const at = firstEndingAfter(kept, m.start);
    if (at < kept.length && kept[at].start < m.end) continue;
    kept.splice(at, 0, m);
  }
  return kept;
}

/** Index of the first kept span that ends after `offset` (kept spans are sorted and disjoint). */
function firstEndingAfter(kept: readonly Found[], offset: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (kept[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

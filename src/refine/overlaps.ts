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
  const hits = found.filter((m) => !m.latent);
  // Keys read once into arrays: mentions come in five shapes, and reading their fields inside the comparator was slow.
  const starts = hits.map((m) => m.start);
  const ends = hits.map((m) => m.end);
  const ranks = hits.map((m) => RANK[m.type]);
  const order = hits.map((_, i) => i).sort((a, b) => ends[b]! - starts[b]! - (ends[a]! - starts[a]!) || ranks[a]! - ranks[b]! || starts[a]! - starts[b]!);
  // Kept spans sorted by start; they never overlap, so one binary search finds a clash.
  const kept: number[] = [];
  for (const i of order) {
    const at = firstEndingAfter(kept, ends, starts[i]!);
    if (at < kept.length && starts[kept[at]!]! < ends[i]!) continue;
    kept.splice(at, 0, i);
  }
  return kept.map((i) => hits[i]!);
}

/** Index in `kept` of the first span that ends after `offset` (kept spans are sorted and disjoint). */
function firstEndingAfter(kept: readonly number[], ends: readonly number[], offset: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[kept[mid]!]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

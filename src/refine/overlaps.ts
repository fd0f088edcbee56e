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
  // What kept spans cover, per code unit: a check costs the span's length, not the number kept, so a long text stays linear.
  const cover = coverFor(ends.reduce((a, b) => Math.max(a, b), 0));
  const kept: number[] = [];
  for (const i of order) {
    const start = starts[i]!, end = ends[i]!;
    if (clashes(cover, start, end)) continue;
    cover.fill(COVERED, start, end);
    if (end > start) cover[start] = COVERED | OPENS;
    kept.push(i);
  }
  // Left zeroed for the next document.
  for (const i of kept) cover.fill(0, starts[i]!, ends[i]!);
  // Kept spans never overlap: only an empty one can share a start with another, and goes first.
  return kept.sort((a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]!).map((i) => hits[i]!);
}

/** A code unit inside a kept span; the first of one. */
const COVERED = 1, OPENS = 2;

/** Does [start, end) share a code unit with a kept span, or (when empty) lie strictly inside one? */
function clashes(cover: Uint8Array, start: number, end: number): boolean {
  if (start >= end) return start > 0 && cover[start - 1] !== 0 && cover[start] === COVERED;
  for (let p = start; p < end; p++) if (cover[p] !== 0) return true;
  return false;
}

/** A zeroed mark per code unit up to `length`, kept between documents up to a usual length. */
let keptCover = new Uint8Array(1 << 16);
function coverFor(length: number): Uint8Array {
  if (length < keptCover.length) return keptCover;
  const cover = new Uint8Array(length + 1);
  if (length < 1 << 20) keptCover = cover;
  return cover;
}

// Word lists matched by hand, as case-insensitive regexes without the `u`
// flag match them. As regexes, the phrase tries took V8 tens of milliseconds
// to compile, and again after every garbage collection that flushed their
// code; walking a trie of folded code units costs neither.

/** A code unit as a case-insensitive regex without `u` compares it (ECMAScript Canonicalize): upper case, never folding non-ASCII onto ASCII. */
function fold(unit: number): number {
  if (unit < 128) return unit >= 97 && unit <= 122 ? unit - 32 : unit;
  let folded = FOLDED[unit]!;
  if (folded === 0) {
    const upper = String.fromCharCode(unit).toUpperCase();
    folded = upper.length === 1 && upper.charCodeAt(0) >= 128 ? upper.charCodeAt(0) : unit;
    FOLDED[unit] = folded;
  }
  return folded;
}
/** Non-ASCII code units fold to non-ASCII ones, never to 0: 0 marks one not folded yet. */
const FOLDED = new Uint16Array(65536);

/**
 * Word characters for the word boundaries: ASCII, Latin-1 and Latin Extended
 * (Vietnamese included), and what case-insensitive matching adds to them.
 */
const WORD_CHAR = /[A-Za-z0-9_\u00C0-\u024F\u1E00-\u1EFF]/i;
/** Per code unit: 0 not looked up yet, 1 no word character, 2 a word character. */
const WORD_CHARS = new Uint8Array(65536);

/** Whether a code unit is a word character. */
function isWordUnit(unit: number): boolean {
  let known = WORD_CHARS[unit]!;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(unit)) ? 2 : 1;
    WORD_CHARS[unit] = known;
  }
  return known === 2;
}

/** Whether the code unit at `at` is a word character; false outside the text. */
export function isWordChar(text: string, at: number): boolean {
  return at >= 0 && at < text.length && isWordUnit(text.charCodeAt(at));
}

/** Regex `\s`. */
export function isSpace(unit: number): boolean {
  if (unit < 128) return unit === 32 || (unit >= 9 && unit <= 13);
  return unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
    unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff;
}

/** `[\s\u2010-]`: what a space inside a phrase matches ("cloud-computing", "water-supply"). */
export function isSpaceOrHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || isSpace(unit);
}

/** The end of the run of units passing `test` that starts at `at` (`at` itself when none does). */
export function runEnd(text: string, at: number, test: (unit: number) => boolean): number {
  let end = at;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}

/**
 * A trie of phrases, its chains of single branches joined into one label
 * each, laid out in typed arrays: node `n` has branches `branches[n]` up to
 * `branches[n + 1]`; branch `b` has label `units[labels[b]]` up to
 * `units[labels[b + 1]]`, folded code units or SPACE, and leads to `child[b]`.
 */
export interface Trie {
  /** Per node: 1 where a phrase ends. */
  ends: Uint8Array;
  branches: Int32Array;
  labels: Int32Array;
  units: Int32Array;
  child: Int32Array;
}
/** A space in a phrase, which matches a run of spaces and hyphens. */
const SPACE = -1;

/**
 * A trie of phrases, matched case-insensitively; a space in a phrase matches
 * any run of spaces and hyphens. Empty phrases are left out: they would
 * match between any two non-word characters.
 */
export function trieOf(phrases: Iterable<string>): Trie {
  // Built first one character per node, children in the order they first occur (the order the regex tried them).
  const chars = [''];
  const ends = [0];
  const firstChild = [-1];
  const lastChild = [-1];
  const nextSibling = [-1];
  for (const phrase of phrases) {
    if (!phrase) continue;
    let node = 0;
    for (const char of phrase.toLowerCase()) {
      let child = firstChild[node]!;
      while (child >= 0 && chars[child] !== char) child = nextSibling[child]!;
      if (child < 0) {
        child = chars.length;
        chars.push(char);
        ends.push(0);
        firstChild.push(-1);
        lastChild.push(-1);
        nextSibling.push(-1);
        if (lastChild[node]! < 0) firstChild[node] = child;
        else nextSibling[lastChild[node]!] = child;
        lastChild[node] = child;
      }
      node = child;
    }
    ends[node] = 1;
  }
  // Then laid out node by node, in the order they are numbered, joining chains of single branches.
  const trie = { ends: [] as number[], branches: [] as number[], labels: [] as number[], units: [] as number[], child: [] as number[] };
  const order = [0];
  for (let n = 0; n < order.length; n++) {
    const node = order[n]!;
    trie.ends.push(ends[node]!);
    trie.branches.push(trie.labels.length);
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
      trie.labels.push(trie.units.length);
      let next = child;
      pushUnits(trie.units, chars[next]!);
      while (chars[next] !== ' ' && ends[next] === 0 && firstChild[next]! >= 0 && firstChild[next] === lastChild[next] && chars[firstChild[next]!] !== ' ') {
        next = firstChild[next]!;
        pushUnits(trie.units, chars[next]!);
      }
      trie.child.push(order.length);
      order.push(next);
    }
  }
  trie.branches.push(trie.labels.length);
  trie.labels.push(trie.units.length);
  return {
    ends: Uint8Array.from(trie.ends),
    branches: Int32Array.from(trie.branches),
    labels: Int32Array.from(trie.labels),
    units: Int32Array.from(trie.units),
    child: Int32Array.from(trie.child),
  };
}

function pushUnits(units: number[], char: string): void {
  if (char === ' ') units.push(SPACE);
  else for (let i = 0; i < char.length; i++) units.push(fold(char.charCodeAt(i)));
}

/**
 * Where a phrase of the trie that starts at `at` and ends a word ends, or -1.
 * Like the regex alternation it replaces, branches are tried in order, longer
 * before shorter, and a run of spaces gives back one unit at a time: the
 * first phrase found that way wins, usually the longest.
 */
export function phraseEnd(trie: Trie, text: string, at: number, node = 0): number {
  if (at < text.length) {
    const unit = text.charCodeAt(at);
    const folded = fold(unit);
    const { labels, units } = trie;
    for (let b = trie.branches[node]!, last = trie.branches[node + 1]!; b < last; b++) {
      const label = labels[b]!;
      let end = -1;
      if (units[label] === folded) {
        const stop = labels[b + 1]!;
        let next = at + 1;
        for (let u = label + 1; u < stop && next < text.length && fold(text.charCodeAt(next)) === units[u]; u++) next++;
        if (next - at === stop - label) end = phraseEnd(trie, text, next, trie.child[b]);
      } else if (units[label] === SPACE && isSpaceOrHyphen(unit)) {
        for (let to = runEnd(text, at + 1, isSpaceOrHyphen); to > at && end < 0; to--) end = phraseEnd(trie, text, to, trie.child[b]);
      }
      if (end >= 0) return end;
    }
  }
  return trie.ends[node] === 1 && !isWordChar(text, at) ? at : -1;
}

/**
 * A phrase of the trie after a run of gap units at `at` (a regex `[gap]+`,
 * greedy, giving back one unit at a time): where it starts and ends, or null.
 */
export function phraseAfter(node: Trie, text: string, at: number, isGap: (unit: number) => boolean): { start: number; end: number } | null {
  for (let start = runEnd(text, at, isGap); start > at; start--) {
    const end = phraseEnd(node, text, start);
    if (end >= 0) return { start, end };
  }
  return null;
}

/** Hashes folded code units one at a time: the same units hash the same in a phrase and in the text. */
function hashed(hash: number, unit: number): number {
  return (Math.imul(hash, 31) + fold(unit)) | 0;
}
const EMPTY_HASH = 7;

/**
 * Hashes of the leading word of each phrase, its word characters before any
 * other: a phrase can match only where the text's word hashes as one of them.
 */
export function leadingWords(phrases: Iterable<string>): Set<number> {
  const hashes = new Set<number>();
  for (const phrase of phrases) {
    if (!phrase) continue;
    const lower = phrase.toLowerCase();
    let hash = EMPTY_HASH;
    for (let i = 0; i < lower.length && isWordUnit(lower.charCodeAt(i)); i++) hash = hashed(hash, lower.charCodeAt(i));
    hashes.add(hash);
  }
  return hashes;
}

/**
 * The first word start from `from` (no word character before it) where the
 * word there hashes as one of `words`, or the text's length. Where a
 * character that is no word character follows another, the word there is empty.
 */
export function nextWordIn(words: ReadonlySet<number>, text: string, from: number): number {
  let at = from;
  while (at < text.length && isWordChar(text, at - 1)) at++;
  while (at < text.length) {
    let hash = EMPTY_HASH;
    let end = at;
    for (let unit = text.charCodeAt(end); end < text.length && isWordUnit(unit); unit = text.charCodeAt(++end)) hash = hashed(hash, unit);
    if (words.has(hash)) return at;
    // The unit at `end` is no word character (or the text ends there): the next word can start just after it.
    at = end + 1;
  }
  return text.length;
}

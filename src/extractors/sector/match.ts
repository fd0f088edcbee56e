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

/** A trie of phrases, its chains of single branches joined into one label each. */
export interface Trie {
  end: boolean;
  /** The first unit of each label, scanned for the branches a unit can start. */
  firsts: number[];
  /** Each branch's folded code units, in the order the branches are tried; [SPACE] for a space, which matches a run of spaces and hyphens. */
  labels: number[][];
  children: Trie[];
}
const SPACE = -1;

interface Building {
  end: boolean;
  children: Map<string, Building>;
}

function foldedUnits(char: string): number[] {
  return char === ' ' ? [SPACE] : Array.from(char, (_, i) => fold(char.charCodeAt(i)));
}

function compile(node: Building): Trie {
  const trie: Trie = { end: node.end, firsts: [], labels: [], children: [] };
  for (const [char, child] of node.children) {
    const label = foldedUnits(char);
    let next = child;
    for (let only = onlyBranch(next); only && char !== ' ' && only[0] !== ' '; only = onlyBranch(next)) {
      label.push(...foldedUnits(only[0]));
      next = only[1];
    }
    trie.firsts.push(label[0]!);
    trie.labels.push(label);
    trie.children.push(compile(next));
  }
  return trie;
}

/** The one branch of a node that ends no phrase, if it has only one. */
function onlyBranch(node: Building): [string, Building] | undefined {
  return !node.end && node.children.size === 1 ? node.children.entries().next().value : undefined;
}

/**
 * A trie of phrases, matched case-insensitively; a space in a phrase matches
 * any run of spaces and hyphens. Empty phrases are left out: they would
 * match between any two non-word characters.
 */
export function trieOf(phrases: Iterable<string>): Trie {
  const root: Building = { end: false, children: new Map() };
  for (const phrase of phrases) {
    if (!phrase) continue;
    let node = root;
    for (const char of phrase.toLowerCase()) {
      let child = node.children.get(char);
      if (!child) {
        child = { end: false, children: new Map() };
        node.children.set(char, child);
      }
      node = child;
    }
    node.end = true;
  }
  return compile(root);
}

/**
 * Where a phrase of the trie that starts at `at` and ends a word ends, or -1.
 * Like the regex alternation it replaces, branches are tried in order, longer
 * before shorter, and a run of spaces gives back one unit at a time: the
 * first phrase found that way wins, usually the longest.
 */
export function phraseEnd(node: Trie, text: string, at: number): number {
  if (at < text.length) {
    const unit = text.charCodeAt(at);
    const folded = fold(unit);
    const { firsts } = node;
    for (let i = 0; i < firsts.length; i++) {
      let end = -1;
      if (firsts[i] === folded) {
        const label = node.labels[i]!;
        let next = at + 1;
        for (let j = 1; j < label.length && next < text.length && fold(text.charCodeAt(next)) === label[j]; j++) next++;
        if (next - at === label.length) end = phraseEnd(node.children[i]!, text, next);
      } else if (firsts[i] === SPACE && isSpaceOrHyphen(unit)) {
        for (let to = runEnd(text, at + 1, isSpaceOrHyphen); to > at && end < 0; to--) end = phraseEnd(node.children[i]!, text, to);
      }
      if (end >= 0) return end;
    }
  }
  return node.end && !isWordChar(text, at) ? at : -1;
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

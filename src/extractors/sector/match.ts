// Word lists matched by hand, as case-insensitive regexes without the `u`
// flag match them. As regexes, the phrase tries took V8 tens of milliseconds
// to compile, and again after every garbage collection that flushed their
// code; walking a trie of folded code units costs neither.

import { isSpaceCode } from '../../text/chars.js';

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


/** `[\s\u2010-]`: what a space inside a phrase matches ("cloud-computing", "water-supply"). */
export function isSpaceOrHyphen(unit: number): boolean {
  return unit === 0x2d || unit === 0x2010 || isSpaceCode(unit);
}

/** The end of the run of units passing `test` that starts at `at` (`at` itself when none does). */
export function runEnd(text: string, at: number, test: (unit: number) => boolean): number {
  let end = at;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}

/**
 * A trie of phrases, its chains of single branches joined into one label
 * each, laid out in one array so that a walk reads memory mostly in order.
 * A node at offset `n` holds: 1 if a phrase ends there (else 0), its number
 * of branches, then its branches; a branch holds its label's length, the
 * offset of its child, then its label: folded code units, or SPACE. A node's
 * first child follows its branches. The root, at ROOT, follows a table of
 * the one root branch each ASCII unit other than a space or hyphen can
 * start (-1 for none), so that a walk need not scan the root's many branches.
 */
export type Trie = Int32Array;
/** A space in a phrase, which matches a run of spaces and hyphens. */
const SPACE = -1;
const ROOT = 128;

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
  // Then laid out from the root down, joining chains of single branches.
  const out: number[] = new Array<number>(ROOT).fill(-1);
  const layOut = (node: number): number => {
    const offset = out.length;
    out.push(ends[node]!, 0);
    const children: [slot: number, node: number][] = [];
    for (let child = firstChild[node]!; child >= 0; child = nextSibling[child]!) {
      out[offset + 1]++;
      const branch = out.length;
      out.push(0, 0);
      let next = child;
      pushUnits(out, chars[next]!);
      while (chars[next] !== ' ' && ends[next] === 0 && firstChild[next]! >= 0 && firstChild[next] === lastChild[next] && chars[firstChild[next]!] !== ' ') {
        next = firstChild[next]!;
        pushUnits(out, chars[next]!);
      }
      out[branch] = out.length - branch - 2;
      children.push([branch + 1, next]);
    }
    for (const [slot, child] of children) out[slot] = layOut(child);
    return offset;
  };
  layOut(0);
  for (let branch = ROOT + 2, left = out[ROOT + 1]!; left > 0; left--, branch += 2 + out[branch]!) {
    for (let unit = 0; unit < ROOT; unit++) {
      // A unit starts one root branch at most: phrases are lower-cased, and nothing else folds to ASCII.
      if (fold(unit) === out[branch + 2] && !isSpaceOrHyphen(unit) && out[unit] === -1) out[unit] = branch;
    }
  }
  return Int32Array.from(out);
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
export function phraseEnd(trie: Trie, text: string, at: number, node = ROOT): number {
  if (at < text.length) {
    const unit = text.charCodeAt(at);
    const folded = fold(unit);
    let branch = node + 2;
    let left = trie[node + 1]!;
    if (node === ROOT && unit < ROOT && !isSpaceOrHyphen(unit)) {
      branch = trie[unit]!;
      left = branch < 0 ? 0 : 1;
    }
    for (; left > 0; left--, branch += 2 + trie[branch]!) {
      const length = trie[branch]!;
      const label = branch + 2;
      let end = -1;
      if (trie[label] === folded) {
        let next = at + 1;
        while (next - at < length && next < text.length && fold(text.charCodeAt(next)) === trie[label + next - at]) next++;
        if (next - at === length) end = phraseEnd(trie, text, next, trie[branch + 1]);
      } else if (trie[label] === SPACE && isSpaceOrHyphen(unit)) {
        for (let to = runEnd(text, at + 1, isSpaceOrHyphen); to > at && end < 0; to--) end = phraseEnd(trie, text, to, trie[branch + 1]);
      }
      if (end >= 0) return end;
    }
  }
  return trie[node] === 1 && !isWordChar(text, at) ? at : -1;
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

/** Per ASCII code unit: the unit folded if it is a word character, else -1. */
const ASCII_WORD_UNITS = Int32Array.from({ length: 128 }, (_, unit) => (isWordUnit(unit) ? fold(unit) : -1));

/** A word character's unit folded; -1 for any other unit. */
function foldedWordUnit(unit: number): number {
  if (unit < 128) return ASCII_WORD_UNITS[unit]!;
  return isWordUnit(unit) ? fold(unit) : -1;
}

/** The hash of a word's folded units, one unit added. */
function hashed(hash: number, folded: number): number {
  return (Math.imul(hash, 31) + folded) | 0;
}
const EMPTY_HASH = 7;

/** A set of word hashes as a bitmap of 2^16 bits: small enough to stay in cache, and a few false hits only cost a trie walk. */
export type WordHashes = Uint32Array;

function bitOf(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/** The end of the run of word characters from `at` (`at` itself when there is none). */
export function wordEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length && foldedWordUnit(text.charCodeAt(end)) >= 0) end++;
  return end;
}

/** The folded code unit at `at`, -1 outside the text. */
export function foldedAt(text: string, at: number): number {
  return at < text.length ? fold(text.charCodeAt(at)) : -1;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = EMPTY_HASH;
  for (let at = start; at < end; at++) hash = hashed(hash, foldedWordUnit(text.charCodeAt(at)));
  return hash;
}

function has(words: WordHashes, hash: number): boolean {
  const bit = bitOf(hash);
  return (words[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

/**
 * The hashes of the leading word of each phrase, its word characters before
 * any other: a phrase can match only where the text's word hashes as one of them.
 */
export function leadingWords(phrases: Iterable<string>): WordHashes {
  const words = new Uint32Array(1 << 11);
  for (const phrase of phrases) {
    if (!phrase) continue;
    const lower = phrase.toLowerCase();
    const bit = bitOf(hashOf(lower, 0, wordEnd(lower, 0)));
    words[bit >>> 5] |= 1 << (bit & 31);
  }
  return words;
}

/**
 * The first word start from `from` (no word character before it) where the
 * word there hashes as one of `words`, or the text's length. Where a
 * character that is no word character follows another, the word there is empty.
 */
export function nextWordIn(words: WordHashes, text: string, from: number): number {
  let at = from;
  while (at < text.length && isWordChar(text, at - 1)) at++;
  while (at < text.length) {
    let hash = EMPTY_HASH;
    let end = at;
    while (end < text.length) {
      const folded = foldedWordUnit(text.charCodeAt(end));
      if (folded < 0) break;
      hash = hashed(hash, folded);
      end++;
    }
    if (has(words, hash)) return at;
    // The unit at `end` is no word character (or the text ends there): the next word can start just after it.
    at = end + 1;
  }
  return text.length;
}

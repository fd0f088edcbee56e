import type { DateRule } from './patterns.js';

/** In a rule's `starts`: any digit, or an apostrophe right after a word ("the'90s"). */
export const DIGIT = '0';
export const APOSTROPHE = "'";

/** The first word of a spelling as `starts` lists it: "the day before yesterday" → "the", "1st" → DIGIT. */
export const firstWord = (spelling: string): string => {
  const s = spelling.toLowerCase();
  return /^\d/.test(s) ? DIGIT : /^['’]/.test(s) ? APOSTROPHE : /^[a-z]+/.exec(s)![0];
};

/** The distinct first words of some spellings. */
export const firstWords = (spellings: Iterable<string>): string[] => [...new Set([...spellings].map(firstWord))];

const A = 97;
const LETTERS = 26;

/** ASCII letters, digits and "_": what `\b` (without the `u` flag) counts as a word character. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Builds the lister of the positions where each rule with `starts` may match:
 * a word boundary followed by one of its first words (ASCII letters, folded).
 * A first word counts when it is the whole run of letters there, or any
 * beginning of it for a rule whose first word may run into the next.
 * Rules without `starts` get undefined and are scanned in full.
 */
export function startIndex(rules: readonly DateRule[]): (text: string) => (number[] | undefined)[] {
  // A trie over the first words, in flat arrays: child of node n by letter l at n * 26 + l (0: none).
  const children: number[] = new Array(LETTERS).fill(0);
  const whole: Set<number>[] = [new Set()];
  const prefix: Set<number>[] = [new Set()];
  const digit = new Set<number>();
  const apostrophe = new Set<number>();
  rules.forEach((rule, r) => {
    for (const word of rule.starts ?? []) {
      if (word === DIGIT) digit.add(r);
      else if (word === APOSTROPHE) apostrophe.add(r);
      else {
        let node = 0;
        for (const ch of word) {
          const slot = node * LETTERS + ch.charCodeAt(0) - A;
          if (children[slot] === 0) {
            children[slot] = whole.length;
            whole.push(new Set());
            prefix.push(new Set());
            children.push(...new Array(LETTERS).fill(0));
          }
          node = children[slot];
        }
        (rule.startsMayJoin ? prefix : whole)[node].add(r);
      }
    }
  });
  const trie = Int32Array.from(children);
  const wholeRules = whole.map((s) => [...s]);
  const prefixRules = prefix.map((s) => [...s]);
  const digitRules = [...digit];
  const apostropheRules = [...apostrophe];

  return (text) => {
    const starts = rules.map((rule) => (rule.starts ? [] as number[] : undefined));
    const add = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (list[list.length - 1] !== at) list.push(at);
      }
    };
    const n = text.length;
    let inWord = false;
    for (let p = 0; p < n; p++) {
      const c = text.charCodeAt(p);
      if (!isWordCode(c)) {
        if (inWord && (c === 39 || c === 0x2019)) add(p, apostropheRules);
        inWord = false;
        continue;
      }
      if (inWord) continue;
      inWord = true;
      if (c <= 57) {
        if (c >= 48) add(p, digitRules);
        continue;
      }
      // Walk the run of letters down the trie; `| 32` folds A-Z onto a-z and nothing else onto them.
      let node = 0;
      let q = p;
      for (; q < n; q++) {
        const letter = (text.charCodeAt(q) | 32) - A;
        if (letter < 0 || letter >= LETTERS) break;
        if (node >= 0) {
          node = trie[node * LETTERS + letter] || -1;
          if (node > 0 && prefixRules[node].length) add(p, prefixRules[node]);
        }
      }
      if (node > 0) add(p, wholeRules[node]);
      if (q > p) p = q - 1;
    }
    return starts;
  };
}

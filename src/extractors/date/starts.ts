import type { DateRule } from './patterns.js';

/**
 * In a rule's `starts`: a run of digits of any length, of one or two ("7th",
 * "10:44"), of four or more (years), or an apostrophe right after a word ("the'90s").
 */
export const DIGIT = '0';
export const SHORT_DIGITS = '00';
export const LONG_DIGITS = '0000';
export const APOSTROPHE = "'";
const MARKS = [DIGIT, SHORT_DIGITS, LONG_DIGITS, APOSTROPHE];

/** The first word of a spelling as `starts` lists it: "the day before yesterday" → "the", "1st" → SHORT_DIGITS. */
export const firstWord = (spelling: string): string => {
  const s = spelling.toLowerCase();
  if (MARKS.includes(s)) return s;
  const digits = /^\d+/.exec(s)?.[0];
  if (digits) return digits.length <= 2 ? SHORT_DIGITS : digits.length >= 4 ? LONG_DIGITS : DIGIT;
  return /^['’]/.test(s) ? APOSTROPHE : /^[a-z]+/.exec(s)![0];
};

/** The distinct first words of some spellings. */
export const firstWords = (spellings: Iterable<string>): string[] => [...new Set([...spellings].map(firstWord))];

const A = 97;
const LETTERS = 26;

/** ASCII letters, digits and "_": what `\b` (without the `u` flag) counts as a word character. */
const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
/** What `\s` matches. */
const isSpaceCode = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Builds the lister of the positions where each rule with `starts` may match:
 * a word boundary followed by one of its first words (ASCII letters, folded).
 * A first word counts when it is the whole run of letters there, or when the
 * run begins with it and one of the rule's `joins`. A lead
 * ("the") counts only when spaces and another first word of the rule follow.
 * Rules without `starts` get undefined and are scanned in full.
 */
export function startIndex(rules: readonly DateRule[]): (text: string) => (number[] | undefined)[] {
  // A trie over the first words, in flat arrays: child of node n by letter l at n * 26 + l (0: none).
  const children: number[] = new Array(LETTERS).fill(0);
  const kinds = ['whole', 'prefix', 'lead'] as const;
  const rulesAt: Record<(typeof kinds)[number], Set<number>[]> = { whole: [new Set()], prefix: [new Set()], lead: [new Set()] };
  const digit = new Set<number>();
  const shortDigits = new Set<number>();
  const longDigits = new Set<number>();
  const apostrophe = new Set<number>();
  const addWord = (word: string, r: number, kind: (typeof kinds)[number]): void => {
    let node = 0;
    for (const ch of word) {
      const slot = node * LETTERS + ch.charCodeAt(0) - A;
      if (children[slot] === 0) {
        children[slot] = rulesAt.whole.length;
        for (const k of kinds) rulesAt[k].push(new Set());
        children.push(...new Array(LETTERS).fill(0));
      }
      node = children[slot];
    }
    rulesAt[kind][node].add(r);
  };
  rules.forEach((rule, r) => {
    for (const word of rule.leads ?? []) addWord(word, r, 'lead');
    for (const word of rule.starts ?? []) {
      if (word === DIGIT) digit.add(r);
      else if (word === SHORT_DIGITS) shortDigits.add(r);
      else if (word === LONG_DIGITS) longDigits.add(r);
      else if (word === APOSTROPHE) apostrophe.add(r);
      else if (!rule.leads?.includes(word)) {
        addWord(word, r, 'whole');
        for (const join of rule.joins ?? []) addWord(word + join.toLowerCase(), r, 'prefix');
      }
    }
  });
  const trie = Int32Array.from(children);
  const [wholeRules, prefixRules, leadRules] = kinds.map((k) => rulesAt[k].map((set) => [...set]));
  const digitRules = [...digit];
  const shortDigitRules = [...shortDigits];
  const longDigitRules = [...longDigits];
  const apostropheRules = [...apostrophe];

  return (text) => {
    const starts = rules.map((rule) => (rule.starts ? [] as number[] : undefined));
    // The lead last seen for each rule, and where the word after it must begin.
    const leadAt = new Int32Array(rules.length);
    const leadNext = new Int32Array(rules.length).fill(-1);
    const add = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext[r] === at && (list.length === 0 || list[list.length - 1] < leadAt[r])) list.push(leadAt[r]);
        if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
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
        let q = p + 1;
        while (q < n && text.charCodeAt(q) >= 48 && text.charCodeAt(q) <= 57) q++;
        add(p, digitRules);
        add(p, q - p <= 2 ? shortDigitRules : q - p >= 4 ? longDigitRules : []);
        p = q - 1;
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
      if (node > 0) {
        add(p, wholeRules[node]);
        if (leadRules[node].length) {
          let next = q;
          while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
          if (next > q) {
            for (const r of leadRules[node]) {
              leadAt[r] = p;
              leadNext[r] = next;
            }
          }
        }
      }
      if (q > p) p = q - 1;
    }
    return starts;
  };
}

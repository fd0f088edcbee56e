import type { DateRule } from './patterns.js';

/**
 * In a rule's `starts`: a run of digits of any length, of one or two ("7th",
 * "10:44"), of four or more (years), or an apostrophe before a digit ("the'90s").
 */
export const DIGIT = '0';
export const SHORT_DIGITS = '00';
export const LONG_DIGITS = '0000';
export const APOSTROPHE = "'";
const MARKS = [DIGIT, SHORT_DIGITS, LONG_DIGITS, APOSTROPHE];

/** The first word of a spelling as `starts` lists it: "the day before yesterday" → "the", "1st" → SHORT_DIGITS. */
const firstWord = (spelling: string): string => {
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

/** ASCII digits, letters and "_" are what `\b` (without the `u` flag) counts as word characters. */
const OTHER = 0;
const DIGIT_CLASS = 1;
const LETTER_CLASS = 2;
const UNDERSCORE_CLASS = 3;
const WORD_CLASS = Uint8Array.from({ length: 128 }, (_, c) =>
  c >= 48 && c <= 57 ? DIGIT_CLASS : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER_CLASS : c === 95 ? UNDERSCORE_CLASS : OTHER);
/** What `\s` matches. */
const isSpaceCode = (c: number): boolean =>
  (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * Builds the lister of the positions where each rule with `starts` may match:
 * a word boundary followed by one of its first words (ASCII letters, folded).
 * A first word counts when it is the whole run of letters there, or when the
 * run begins with it and one of the rule's `joins`. A lead ("the") counts
 * only when spaces and another first word of the rule, or one of its
 * `follows`, come after it.
 * Rules without `starts` get undefined and are scanned in full.
 */
export function startIndex(rules: readonly DateRule[]): (text: string) => (number[] | undefined)[] {
  // A trie over the first words, in flat arrays: child of node n by letter l at n * 26 + l (0: none).
  const children: number[] = new Array(LETTERS).fill(0);
  const kinds = ['whole', 'prefix', 'lead', 'follow'] as const;
  const rulesAt: Record<(typeof kinds)[number], Set<number>[]> = { whole: [new Set()], prefix: [new Set()], lead: [new Set()], follow: [new Set()] };
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
    for (const word of rule.follows ?? []) addWord(word, r, 'follow');
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
  const [wholeRules, prefixRules, leadRules, followRules] = kinds.map((k) => rulesAt[k].map((set) => [...set]));
  const digitRules = [...digit];
  const shortDigitRules = [...shortDigits];
  const longDigitRules = [...longDigits];
  const apostropheRules = [...apostrophe];

  return (text) => {
    const starts = rules.map((rule) => (rule.starts ? [] as number[] : undefined));
    // The lead last seen for each rule, and where the word after it must begin.
    const leadAt = new Int32Array(rules.length);
    const leadNext = new Int32Array(rules.length).fill(-1);
    /** Lists the lead before `at` for rules that `at` may follow but not begin ("the future"). */
    const addLead = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext[r] === at && (list.length === 0 || list[list.length - 1] < leadAt[r])) list.push(leadAt[r]);
      }
    };
    const add = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext[r] === at && (list.length === 0 || list[list.length - 1] < leadAt[r])) list.push(leadAt[r]);
        if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
      }
    };
    const n = text.length;
    for (let p = 0; p < n; p++) {
      let c = text.charCodeAt(p);
      if (c >= 128 || WORD_CLASS[c] === OTHER) {
        if ((c === 39 || c === 0x2019) && p + 1 < n && WORD_CLASS[text.charCodeAt(p + 1)] === DIGIT_CLASS) add(p, apostropheRules);
        continue;
      }
      // p begins a run of word characters (the previous one is not one).
      let q = p;
      if (WORD_CLASS[c] === DIGIT_CLASS) {
        while (++q < n && (c = text.charCodeAt(q)) >= 48 && c <= 57);
        add(p, digitRules);
        add(p, q - p <= 2 ? shortDigitRules : q - p >= 4 ? longDigitRules : []);
      } else if (WORD_CLASS[c] === LETTER_CLASS) {
        // Walk the run of letters down the trie; `| 32` folds A-Z onto a-z and nothing else onto them.
        let node = 0;
        for (; q < n; q++) {
          const letter = (text.charCodeAt(q) | 32) - A;
          if (letter < 0 || letter >= LETTERS) break;
          if (node >= 0) {
            node = trie[node * LETTERS + letter] || -1;
            if (node > 0 && prefixRules[node].length) add(p, prefixRules[node]);
          }
        }
        if (node > 0) {
          if (followRules[node].length) addLead(p, followRules[node]);
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
      }
      // Skip the rest of the run.
      while (q < n && (c = text.charCodeAt(q)) < 128 && WORD_CLASS[c] !== OTHER) q++;
      p = q - 1;
    }
    return starts;
  };
}

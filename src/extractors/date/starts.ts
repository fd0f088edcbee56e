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

/** Marks digit tokens among the token bits; the other bits are `near` word sets. */
const DIGITS_TOKEN = 1 << 30;

/** A lookup of the characters a pattern class matches: a table for ASCII, the class itself beyond. */
function charTest(chars: RegExp): (code: number) => boolean {
  const ascii = Uint8Array.from({ length: 128 }, (_, c) => Number(chars.test(String.fromCharCode(c))));
  return (code) => (code < 128 ? ascii[code] === 1 : chars.test(String.fromCharCode(code)));
}

/**
 * Builds the lister of the positions where each rule with `starts` may match:
 * a word boundary followed by one of its first words (ASCII letters, folded).
 * A first word counts when it is the whole run of letters there, or when the
 * run begins with it and one of the rule's `joins`. A lead ("the") counts
 * only when spaces and another first word of the rule, or one of its
 * `follows`, come after it. Digits count only before one of the rule's
 * `afterDigits`, and every start only with the rule's `near` words close after it.
 * Rules without `starts` get undefined and are scanned in full.
 */
export function startIndex(rules: readonly DateRule[]): (text: string) => (number[] | undefined)[] {
  // A trie over the first words, in flat arrays: child of node n by letter l at n * 26 + l (0: none).
  const children: number[] = new Array(LETTERS).fill(0);
  const kinds = ['whole', 'prefix', 'lead', 'follow'] as const;
  const rulesAt: Record<(typeof kinds)[number], Set<number>[]> = { whole: [new Set()], prefix: [new Set()], lead: [new Set()], follow: [new Set()] };
  /** The `near` word sets a node's word belongs to, as bits. */
  const wordBits: number[] = [0];
  const digit = new Set<number>();
  const shortDigits = new Set<number>();
  const longDigits = new Set<number>();
  const apostrophe = new Set<number>();
  const nodeOf = (word: string): number => {
    let node = 0;
    for (const ch of word) {
      const slot = node * LETTERS + ch.charCodeAt(0) - A;
      if (children[slot] === 0) {
        children[slot] = wordBits.length;
        for (const k of kinds) rulesAt[k].push(new Set());
        wordBits.push(0);
        children.push(...new Array(LETTERS).fill(0));
      }
      node = children[slot];
    }
    return node;
  };
  const addWord = (word: string, r: number, kind: (typeof kinds)[number]): void => {
    rulesAt[kind][nodeOf(word)].add(r);
  };
  /** Per rule, its `near` entries: the bit of the word set and the reaches. */
  const nears: { bit: number; within: number; withinDigits: number }[][] = [];
  let nearSets = 0;
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
    nears[r] = (rule.near ?? []).map(({ words, within, withinDigits }) => {
      const bit = 1 << nearSets++;
      if (bit >= DIGITS_TOKEN) throw new Error('too many near word sets');
      for (const word of words) wordBits[nodeOf(word.toLowerCase())] |= bit;
      return { bit, within, withinDigits: withinDigits ?? within };
    });
  });
  const trie = Int32Array.from(children);
  const bitsAt = Int32Array.from(wordBits);
  const [wholeRules, prefixRules, leadRules, followRules] = kinds.map((k) => rulesAt[k].map((set) => [...set]));
  const digitRules = [...digit];
  const shortDigitRules = [...shortDigits];
  const longDigitRules = [...longDigits];
  const apostropheRules = [...apostrophe];
  const afterDigits = rules.map((rule) => (rule.afterDigits ? charTest(rule.afterDigits) : undefined));
  const nearRules = rules.flatMap((rule, r) => (rule.near ? [r] : []));

  // The token bits of the text: kept between texts, grown when a text has more tokens.
  let tokenBits = new Int32Array(1024);

  return (text) => {
    const starts = rules.map((rule) => (rule.starts ? [] as number[] : undefined));
    // For rules with `near`, the token each start begins at.
    const startTokens = rules.map((rule) => (rule.near ? [] as number[] : undefined));
    // The lead last seen for each rule, its token, and where the word after it must begin.
    const leadAt = new Int32Array(rules.length);
    const leadToken = new Int32Array(rules.length);
    const leadNext = new Int32Array(rules.length).fill(-1);
    const push = (r: number, at: number, token: number): void => {
      starts[r]!.push(at);
      startTokens[r]?.push(token);
    };
    /** Lists the lead before `at` for rules that `at` may follow but not begin ("the future"). */
    const addLead = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext[r] === at && (list.length === 0 || list[list.length - 1] < leadAt[r])) push(r, leadAt[r], leadToken[r]);
      }
    };
    /**
     * Lists `at` (and the lead before it) for the rules. After digits, `next` is
     * the character after them and `fraction` the one after a decimal fraction
     * (-1: the end of the text, -2: none); a rule with `afterDigits` takes one of them.
     */
    const add = (at: number, token: number, ruleIndexes: number[], next = -1, fraction = -2): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext[r] === at && (list.length === 0 || list[list.length - 1] < leadAt[r])) push(r, leadAt[r], leadToken[r]);
        const follows = afterDigits[r];
        if (follows && next !== -1 && !follows(next) && !(fraction === -1 || (fraction >= 0 && follows(fraction)))) continue;
        if (list.length === 0 || list[list.length - 1] !== at) push(r, at, token);
      }
    };
    const n = text.length;
    let tokens = 0;
    // Whether the character before p is a word character (for `\b`).
    let wordBefore = false;
    for (let p = 0; p < n; ) {
      let c = text.charCodeAt(p);
      const kind = c < 128 ? WORD_CLASS[c] : OTHER;
      if (kind === OTHER || kind === UNDERSCORE_CLASS) {
        if ((c === 39 || c === 0x2019) && p + 1 < n && WORD_CLASS[text.charCodeAt(p + 1)] === DIGIT_CLASS) add(p, tokens, apostropheRules);
        wordBefore = kind === UNDERSCORE_CLASS;
        p++;
        continue;
      }
      if (tokens === tokenBits.length) {
        const grown = new Int32Array(2 * tokens);
        grown.set(tokenBits);
        tokenBits = grown;
      }
      let q = p + 1;
      if (kind === DIGIT_CLASS) {
        while (q < n && (c = text.charCodeAt(q)) >= 48 && c <= 57) q++;
        tokenBits[tokens] = DIGITS_TOKEN;
        if (!wordBefore) {
          const next = q < n ? c : -1;
          let fraction = -2;
          if (next === 46 && q + 1 < n && WORD_CLASS[text.charCodeAt(q + 1)] === DIGIT_CLASS) {
            let e = q + 2;
            while (e < n && (c = text.charCodeAt(e)) >= 48 && c <= 57) e++;
            fraction = e < n ? c : -1;
          }
          add(p, tokens, digitRules, next, fraction);
          if (q - p <= 2) add(p, tokens, shortDigitRules, next, fraction);
          else if (q - p >= 4) add(p, tokens, longDigitRules, next, fraction);
        }
      } else {
        // Walk the run of letters down the trie; `| 32` folds A-Z onto a-z and nothing else onto them.
        let node = trie[(c | 32) - A] || -1;
        if (node > 0 && !wordBefore && prefixRules[node].length) add(p, tokens, prefixRules[node]);
        for (; q < n; q++) {
          const letter = (text.charCodeAt(q) | 32) - A;
          if (letter < 0 || letter >= LETTERS) break;
          if (node > 0) {
            node = trie[node * LETTERS + letter] || -1;
            if (node > 0 && !wordBefore && prefixRules[node].length) add(p, tokens, prefixRules[node]);
          }
        }
        tokenBits[tokens] = node > 0 ? bitsAt[node] : 0;
        if (node > 0 && !wordBefore) {
          if (followRules[node].length) addLead(p, followRules[node]);
          add(p, tokens, wholeRules[node]);
          if (leadRules[node].length) {
            let next = q;
            while (next < n && isSpaceCode(text.charCodeAt(next))) next++;
            if (next > q) {
              for (const r of leadRules[node]) {
                leadAt[r] = p;
                leadToken[r] = tokens;
                leadNext[r] = next;
              }
            }
          }
        }
      }
      tokens++;
      wordBefore = true;
      p = q;
    }
    for (const r of nearRules) {
      const list = starts[r]!;
      const listTokens = startTokens[r]!;
      let kept = 0;
      for (let k = 0; k < list.length; k++) {
        const first = listTokens[k];
        const isDigits = (tokenBits[first] & DIGITS_TOKEN) !== 0;
        const ok = nears[r].every(({ bit, within, withinDigits }) => {
          const last = Math.min(tokens - 1, first + (isDigits ? withinDigits : within));
          for (let t = first; t <= last; t++) if (tokenBits[t] & bit) return true;
          return false;
        });
        if (ok) list[kept++] = list[k];
      }
      list.length = kept;
    }
    return starts;
  };
}

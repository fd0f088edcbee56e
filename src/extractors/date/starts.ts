import { Buffer } from 'node:buffer';
import type { DateRule } from './patterns.js';
import { isAsciiLetter, isDigit, isSpaceCode } from '../../text/chars.js';

/**
 * In a rule's `starts`: a run of digits of any length, of one or two ("7th",
 * "10:44"), of four or more (years), a run of digits inside a word too
 * ("x2021-10-07", for patterns without `\b`), or an apostrophe before a digit ("the'90s").
 */
export const DIGIT = '0';
export const SHORT_DIGITS = '00';
export const LONG_DIGITS = '0000';
export const ANY_DIGITS = '*0';
export const APOSTROPHE = "'";
const MARKS = [DIGIT, SHORT_DIGITS, LONG_DIGITS, ANY_DIGITS, APOSTROPHE];

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
  isDigit(c) ? DIGIT_CLASS : isAsciiLetter(c) ? LETTER_CLASS : c === 95 ? UNDERSCORE_CLASS : OTHER);
/** What the starts of a rule are checked against once the text is scanned (see `keepStarts`). */
interface Scanned {
  /** The number of the token at each start of one. */
  tokenAt: Int32Array;
  /** The `second` bits of each token. */
  secondOf: Int32Array;
  /** How many tokens the text has. */
  tokens: number;
  /** Per `near` set, the tokens that are its words, in text order. */
  nearTokens: number[][];
  units: Uint16Array;
}

/** Per `near` entry of the rule being checked, how far its sweep through its words has got. */
const sweeps = new Int32Array(32);

/**
 * Keeps the starts whose next token is one of the rule's `second` words (when
 * `bit`, its bit, is set), and that have, for each `near` entry (flattened
 * as set, within, withinDigits), one of its words close enough after them.
 * Starts and words both come in text order: one sweep per entry.
 */
function keepStarts(starts: number[], bit: number, near: Int32Array, scanned: Scanned): void {
  const { tokenAt, secondOf, tokens, nearTokens, units } = scanned;
  sweeps.fill(0, 0, near.length / 3);
  let kept = 0;
  let k = 0;
  starts: for (; k < starts.length; k++) {
    const at = starts[k];
    const first = tokenAt[at];
    if (bit !== 0 && (first + 1 >= tokens || (secondOf[first + 1] & bit) === 0)) continue;
    const digitFirst = isDigit(units[at]);
    for (let i = 0, entry = 0; i < near.length; i += 3, entry++) {
      const words = nearTokens[near[i]];
      let w = sweeps[entry];
      while (w < words.length && words[w] < first) w++;
      sweeps[entry] = w;
      // No word after this start: none after the later ones either.
      if (w === words.length) break starts;
      if (words[w] > first + (digitFirst ? near[i + 2] : near[i + 1])) continue starts;
    }
    starts[kept++] = at;
  }
  // Setting the length goes through the runtime: only when some are dropped.
  if (kept < starts.length) starts.length = kept;
}

/** Whether typed arrays are little-endian, as UTF-16LE is: a Uint16Array over the bytes then reads the code units. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;
let unitBytes = Buffer.alloc(1 << 16);
let unitArray = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);

/**
 * The text's UTF-16 code units in one array kept between texts: the scanner
 * reads a typed array about twice as fast as `charCodeAt`, and Buffer copies them natively.
 */
function unitsOf(text: string): Uint16Array {
  if (unitArray.length < text.length) {
    unitBytes = Buffer.alloc(2 * text.length);
    unitArray = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, text.length);
  }
  if (LITTLE_ENDIAN) unitBytes.write(text, 0, 'utf16le');
  else for (let i = 0; i < text.length; i++) unitArray[i] = text.charCodeAt(i);
  return unitArray;
}

/** The reach of a `near` entry without `within`: any distance. */
const MAX_REACH = 2 ** 30;

/**
 * Builds the lister of the positions where each rule with `starts` may match:
 * a word boundary followed by one of its first words (ASCII letters, folded).
 * A first word counts when it is the whole run of letters there, or when the
 * run begins with it and one of the rule's `joins`. A lead ("the") counts
 * only when spaces and another first word of the rule, or one of its
 * `follows`, come after it. Digits count only before one of the rule's
 * `afterDigits` (or `afterDigitsAndSpaces`), and every start only with the
 * rule's `near` words close after it and one of its `second` words right after it.
 * Rules without `starts` get undefined and are scanned in full.
 */
export function startIndex(rules: readonly DateRule[]): (text: string) => (number[] | undefined)[] {
  // A trie over the first words, in flat arrays: child of node n by letter l at n * 26 + l (0: none).
  const children: number[] = new Array(LETTERS).fill(0);
  const kinds = ['whole', 'prefix', 'lead', 'follow'] as const;
  const rulesAt: Record<(typeof kinds)[number], Set<number>[]> = { whole: [new Set()], prefix: [new Set()], lead: [new Set()], follow: [new Set()] };
  /** The `near` word sets a node's word belongs to, as bits; and the sets whose `after` words it is. */
  const wordBits: number[] = [0];
  const afterBits: number[] = [0];
  /** Per node, the rules (as bits) whose `second` words hold its word; and those that hold DIGIT. */
  const secondBits: number[] = [0];
  let digitSecondBits = 0;
  /** The `near` sets that take a run of digits. */
  let digitBits = 0;
  /** Per `near` set, the bit its `after` words carry (0: none). */
  const needsAfter: number[] = [];
  const digit = new Set<number>();
  const shortDigits = new Set<number>();
  const longDigits = new Set<number>();
  const anyDigits = new Set<number>();
  const apostrophe = new Set<number>();
  const nodeOf = (word: string): number => {
    // The trie has a slot per small ASCII letter only: anything else would land in another word's slot.
    if (!/^[a-z]+$/.test(word)) throw new Error(`date rule word "${word}": only small ASCII letters can start or follow a date`);
    let node = 0;
    for (const ch of word) {
      const slot = node * LETTERS + ch.charCodeAt(0) - A;
      if (children[slot] === 0) {
        children[slot] = wordBits.length;
        for (const k of kinds) rulesAt[k].push(new Set());
        wordBits.push(0);
        afterBits.push(0);
        secondBits.push(0);
        children.push(...new Array(LETTERS).fill(0));
      }
      node = children[slot];
    }
    return node;
  };
  const addWord = (word: string, r: number, kind: (typeof kinds)[number]): void => {
    rulesAt[kind][nodeOf(word)].add(r);
  };
  /** Per rule, its `near` entries: the word set and the reaches. */
  const nears: { set: number; within: number; withinDigits: number }[][] = [];
  let nearSets = 0;
  /** The rules with `second`, and the bit of each. */
  const secondRules: number[] = [];
  const secondBit = new Int32Array(rules.length);
  rules.forEach((rule, r) => {
    if (rule.second) {
      if (secondRules.length === 31) throw new Error('too many rules with second');
      secondBit[r] = 1 << secondRules.length;
      secondRules.push(r);
      for (const word of rule.second) {
        if (word === DIGIT) digitSecondBits |= secondBit[r];
        else secondBits[nodeOf(word)] |= secondBit[r];
      }
    }
    for (const word of rule.leads ?? []) addWord(word, r, 'lead');
    for (const word of rule.follows ?? []) addWord(word, r, 'follow');
    for (const word of rule.starts ?? []) {
      if (word === DIGIT) digit.add(r);
      else if (word === SHORT_DIGITS) shortDigits.add(r);
      else if (word === LONG_DIGITS) longDigits.add(r);
      else if (word === ANY_DIGITS) anyDigits.add(r);
      else if (word === APOSTROPHE) apostrophe.add(r);
      else if (!rule.leads?.includes(word)) {
        addWord(word, r, 'whole');
        for (const join of rule.joins ?? []) addWord(word + join.toLowerCase(), r, 'prefix');
      }
    }
    if ((rule.near?.length ?? 0) > sweeps.length) throw new Error(`date rule ${rule.name}: more than ${sweeps.length} near entries`);
    nears[r] = (rule.near ?? []).map(({ words, after, within = MAX_REACH, withinDigits = within }) => {
      const set = nearSets++;
      if (set >= 31) throw new Error('too many near word sets');
      for (const word of words) {
        if (word === DIGIT) digitBits |= 1 << set;
        else wordBits[nodeOf(word)] |= 1 << set;
      }
      needsAfter[set] = after ? 1 << set : 0;
      for (const word of after ?? []) afterBits[nodeOf(word)] |= 1 << set;
      return { set, within, withinDigits };
    });
  });
  // 16 bits a child keep the trie small enough to stay in the cache.
  if (wordBits.length > 0x7fff) throw new Error('too many words for the start trie');
  const trie = Int16Array.from(children);
  const bitsAt = Int32Array.from(wordBits);
  const afterBitsAt = Int32Array.from(afterBits);
  const secondBitsAt = Int32Array.from(secondBits);
  const [wholeRules, prefixRules, leadRules, followRules] = kinds.map((k) => rulesAt[k].map((set) => [...set]));
  /** Per node, which of its lists have rules: `joins` prefixes, whole words, follows, leads. */
  const PREFIX = 1;
  const WHOLE = 2;
  const FOLLOW = 4;
  const LEAD = 8;
  const listsAt = Uint8Array.from(wordBits, (_, node) =>
    (prefixRules[node].length ? PREFIX : 0) | (wholeRules[node].length ? WHOLE : 0) | (followRules[node].length ? FOLLOW : 0) | (leadRules[node].length ? LEAD : 0));
  // The rules a run of digits may begin, by its length (1-2, 3, 4 or more), at a word's start and inside a word.
  const digitRules = [shortDigits, new Set<number>(), longDigits].map((rulesOfLength) => [...new Set([...digit, ...rulesOfLength, ...anyDigits])]);
  const anyDigitRules = [...anyDigits];
  const apostropheRules = [...apostrophe];
  // Each rule with `afterDigits` or `afterDigitsAndSpaces` gets a bit; per character, the bits of the rules that take it there.
  const afterBit = new Int32Array(rules.length);
  const withAfter = rules.flatMap((rule, r) => (rule.afterDigits || rule.afterDigitsAndSpaces ? [r] : []));
  if (withAfter.length > 31) throw new Error('too many rules with afterDigits');
  withAfter.forEach((r, i) => (afterBit[r] = 1 << i));
  // Per kind of run of digits (1-2, 3, 4 or more digits at a word's start, any inside a word): the rules
  // that take any character after it, and as bits those that take only some.
  const INSIDE_A_WORD = 3;
  const digitKinds = [...digitRules, anyDigitRules].map((ruleIndexes) => ({
    plain: ruleIndexes.filter((r) => afterBit[r] === 0),
    taking: ruleIndexes.reduce((bits, r) => bits | afterBit[r], 0),
  }));
  /** The rules whose class (of the two) takes a character; all of them take the end of the text (-1). */
  const takersBy = (classOf: (rule: DateRule) => RegExp | undefined): ((code: number) => number) => {
    const takersOf = (code: number): number => {
      let bits = 0;
      for (const r of withAfter) if (classOf(rules[r])?.test(String.fromCharCode(code))) bits |= afterBit[r];
      return bits;
    };
    const ascii = Int32Array.from({ length: 128 }, (_, code) => takersOf(code));
    const beyond = new Map<number, number>();
    const takersBeyond = (code: number): number => {
      let bits = beyond.get(code);
      if (bits === undefined) beyond.set(code, (bits = takersOf(code)));
      return bits;
    };
    return (code) => (code === -1 ? -1 : code < 128 ? ascii[code] : takersBeyond(code));
  };
  const takers = takersBy((rule) => rule.afterDigits);
  const spacedTakers = takersBy((rule) => rule.afterDigitsAndSpaces);
  const checkedRules = rules.flatMap((rule, r) => (rule.near || rule.second ? [r] : []));
  // Per rule with `near`, its entries flattened: set, within, withinDigits.
  const nearOf = rules.map((rule, r) => Int32Array.from(nears[r].flatMap(({ set, within, withinDigits }) => [set, within, withinDigits])));

  // Each lead word gets a bit, and each rule the bits of its leads.
  const leadBitAt = new Int32Array(wordBits.length);
  const ledBy = new Int32Array(rules.length);
  let leadWords = 0;
  leadRules.forEach((ruleIndexes, node) => {
    if (ruleIndexes.length === 0) return;
    if (leadWords === 31) throw new Error('too many lead words');
    leadBitAt[node] = 1 << leadWords++;
    for (const r of ruleIndexes) ledBy[r] |= leadBitAt[node];
  });

  // Kept between texts: the number of the token at each start of one and the
  // `second` bits of each token (grown for a longer text), and the tokens
  // that are words of each `near` set.
  let tokenAt = new Int32Array(1024);
  let secondOf = new Int32Array(1024);
  const nearTokens: number[][] = Array.from({ length: nearSets }, () => []);

  return (text) => {
    const starts = rules.map((rule) => (rule.starts ? [] as number[] : undefined));
    // The last lead and where the word after it must begin: a lead counts only for the word right after it.
    let lead = 0;
    let leadAt = -1;
    let leadNext = -1;
    const n = text.length;
    const units = unitsOf(text);
    if (tokenAt.length < n) {
      tokenAt = new Int32Array(n);
      secondOf = new Int32Array(n);
    }
    for (let set = 0; set < nearTokens.length; set++) if (nearTokens[set].length > 0) nearTokens[set] = [];
    /** Lists the lead before `at` for rules that `at` may follow but not begin ("the future"). */
    const addLead = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) {
        const list = starts[r]!;
        if (leadNext === at && (ledBy[r] & lead) !== 0 && (list.length === 0 || list[list.length - 1] < leadAt)) list.push(leadAt);
      }
    };
    /** Lists `at` (and the lead before it) for rule r. */
    const addOne = (at: number, r: number): void => {
      const list = starts[r]!;
      if (leadNext === at && (ledBy[r] & lead) !== 0 && (list.length === 0 || list[list.length - 1] < leadAt)) list.push(leadAt);
      if (list.length === 0 || list[list.length - 1] !== at) list.push(at);
    };
    const add = (at: number, ruleIndexes: number[]): void => {
      for (const r of ruleIndexes) addOne(at, r);
    };
    /**
     * Lists digits at `at` for the rules of a kind of run (see `digitKinds`):
     * those with a class for what follows only when among `taking` (a lead
     * too: its match goes on with the same digits).
     */
    const addDigits = (at: number, kind: number, taking: number): void => {
      add(at, digitKinds[kind].plain);
      for (let bits = taking & digitKinds[kind].taking; bits !== 0; bits &= bits - 1) addOne(at, withAfter[31 - Math.clz32(bits & -bits)]);
    };
    let tokens = 0;
    // Whether the character before p is a word character (for `\b`).
    let wordBefore = false;
    // The `after` sets the last token's word belongs to, and where it ends.
    let lastAfterBits = 0;
    let lastEnd = 0;
    /** The first character from i on that is not a space; -1: the end. */
    const firstAfterSpaces = (i: number): number => {
      while (i < n && isSpaceCode(units[i])) i++;
      return i < n ? units[i] : -1;
    };
    /** Whether only spaces, at least one, stand between the last token and p. */
    const spacedFromLast = (p: number): boolean => {
      if (lastEnd === p) return false;
      for (let i = lastEnd; i < p; i++) if (!isSpaceCode(units[i])) return false;
      return true;
    };
    for (let p = 0; p < n; ) {
      let c = units[p];
      const kind = c < 128 ? WORD_CLASS[c] : OTHER;
      if (kind === OTHER || kind === UNDERSCORE_CLASS) {
        if ((c === 39 || c === 0x2019) && p + 1 < n && WORD_CLASS[units[p + 1]] === DIGIT_CLASS) {
          tokenAt[p] = tokens;
          add(p, apostropheRules);
        }
        wordBefore = kind === UNDERSCORE_CLASS;
        p++;
        continue;
      }
      tokenAt[p] = tokens;
      let q = p + 1;
      // The `near` sets the token belongs to, and the sets whose `after` words it is.
      let bits = 0;
      let afterOf = 0;
      if (kind === DIGIT_CLASS) {
        while (q < n && (c = units[q]) >= 48 && c <= 57) q++;
        bits = digitBits;
        secondOf[tokens] = digitSecondBits;
        if (!wordBefore || anyDigitRules.length > 0) {
          // The rules that take what comes after the digits, or after their decimal fraction.
          const next = q < n ? c : -1;
          let taking = takers(next) | spacedTakers(firstAfterSpaces(q));
          if (next === 46 && q + 1 < n && WORD_CLASS[units[q + 1]] === DIGIT_CLASS) {
            let e = q + 2;
            while (e < n && (c = units[e]) >= 48 && c <= 57) e++;
            taking |= takers(e < n ? c : -1) | spacedTakers(firstAfterSpaces(e));
          }
          addDigits(p, wordBefore ? INSIDE_A_WORD : q - p <= 2 ? 0 : q - p === 3 ? 1 : 2, taking);
        }
      } else {
        // Walk the run of letters down the trie; `| 32` folds A-Z onto a-z and nothing else onto them.
        let node = trie[(c | 32) - A] || -1;
        if (node > 0 && (listsAt[node] & PREFIX) !== 0 && !wordBefore) add(p, prefixRules[node]);
        for (; q < n && node > 0; q++) {
          const letter = (units[q] | 32) - A;
          if (letter < 0 || letter >= LETTERS) break;
          node = trie[node * LETTERS + letter] || -1;
          if (node > 0 && (listsAt[node] & PREFIX) !== 0 && !wordBefore) add(p, prefixRules[node]);
        }
        // The rest of the run, off the trie.
        for (; q < n; q++) {
          const letter = (units[q] | 32) - A;
          if (letter < 0 || letter >= LETTERS) break;
        }
        if (node > 0) {
          bits = bitsAt[node];
          afterOf = afterBitsAt[node];
        }
        secondOf[tokens] = node > 0 ? secondBitsAt[node] : 0;
        if (node > 0 && !wordBefore) {
          const lists = listsAt[node];
          if ((lists & FOLLOW) !== 0) addLead(p, followRules[node]);
          if ((lists & WHOLE) !== 0) add(p, wholeRules[node]);
          if ((lists & LEAD) !== 0) {
            let next = q;
            while (next < n && isSpaceCode(units[next])) next++;
            if (next > q) {
              lead = leadBitAt[node];
              leadAt = p;
              leadNext = next;
            }
          }
        }
      }
      // A set with `after` words takes the token only right after one of them.
      for (; bits !== 0; bits &= bits - 1) {
        const set = 31 - Math.clz32(bits & -bits);
        if (needsAfter[set] === 0 || ((lastAfterBits & needsAfter[set]) !== 0 && spacedFromLast(p))) nearTokens[set].push(tokens);
      }
      lastAfterBits = afterOf;
      lastEnd = q;
      tokens++;
      wordBefore = true;
      p = q;
    }
    const scanned: Scanned = { tokenAt, secondOf, tokens, nearTokens, units };
    for (const r of checkedRules) keepStarts(starts[r]!, secondBit[r], nearOf[r], scanned);
    return starts;
  };
}

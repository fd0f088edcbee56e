/** Small text helpers for organisation names and acronyms. */

/** Words an acronym may skip: "Ministry of Investment, Trade and Industry" → MITI. */
const SKIPPABLE = new Set(['of', 'and', 'for', 'the', 'a', 'an', 'in', 'on', 'de', 'du', 'des', 'la', 'le', '&', 'und', 'y']);

/** The letters of an acronym, without a plural "s" and without dots: "SMEs" → "SME", "U.N." → "UN". */
export function acronymLetters(acronym: string): string {
  return acronym.replace(/[.\s]/g, '').replace(/(?<=\p{Lu})s$/u, '').toUpperCase();
}

/** Splits a phrase into words for initials: hyphens and slashes separate words. */
export function wordsOf(phrase: string): string[] {
  return phrase.split(/[\s\-–/]+/).filter((w) => /[\p{L}\p{N}&]/u.test(w));
}

/**
 * Does the acronym stand for these words? The first letter must open the first
 * word; each further letter opens a later word or continues the current one
 * ("Amperex" → A, "Investment" → I), and only small words may be left out in
 * between. Words after the last letter may be dropped only if they are legal
 * forms or small words.
 */
export function acronymMatches(acronym: string, words: readonly string[], droppable: (word: string) => boolean = () => false): boolean {
  const letters = acronymLetters(acronym).replace(/&/g, '');
  if (letters.length < 2 || words.length === 0) return false;
  const initials = words.map((w) => w.replace(/^[^\p{L}\p{N}]+/u, ''));
  const memo = new Map<string, boolean>();
  // i: next letter; j: current word; k: letters taken from word j so far (0 = not started)
  const go = (i: number, j: number, k: number): boolean => {
    if (i === letters.length) return initials.slice(j + (k > 0 ? 1 : 0)).every((w) => SKIPPABLE.has(w.toLowerCase()) || droppable(w));
    const key = `${i},${j},${k}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    // continue inside the current word
    if (k > 0 && k < initials[j].length && initials[j][k].toUpperCase() === letters[i]) ok = go(i + 1, j, k + 1);
    // open a later word, skipping only small or droppable ones in between
    for (let next = k > 0 ? j + 1 : j; !ok && next < initials.length; next++) {
      if (initials[next][0]?.toUpperCase() === letters[i]) ok = go(i + 1, next, 1);
      if (!SKIPPABLE.has(initials[next].toLowerCase()) && !droppable(initials[next])) break;
    }
    memo.set(key, ok);
    return ok;
  };
  return initials[0][0]?.toUpperCase() === letters[0] && go(1, 0, 1);
}

/** Title case for a canonical name written in lower case: "monetary policy committee" → "Monetary Policy Committee". */
export function titleCase(phrase: string): string {
  return phrase.replace(/\p{L}[\p{L}'’]*/gu, (w) => (SKIPPABLE.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
}

/** Drops a possessive ending: "Toyota’s" → "Toyota", "Workers'" stays for callers that keep it. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

import type { Context, Found } from '../types.js';
import { acronymMatches, titleCase, wordsOf } from '../extractors/organization/normalize.js';
import { BODIES, DEMONYMS, HEADS, IS_DEMONYM, IS_PLACE, LEADING, LEGAL, PLACES, endsInLegalForm, fold, isAcronym, isDateline, tablesOf } from '../extractors/organization/rules.js';

type Org = Found<'organization'>;

/** Organisational heads written in lower case, as in "the monetary policy committee". */
const LOWER_CASE_HEAD = new RegExp(`(?<![\\p{L}])(?:${[...HEADS].filter((h) => /^\p{Lu}\p{Ll}+$/u.test(h)).map((h) => h.toLowerCase()).join('|')})(?![\\p{L}])`, 'gu');

/**
 * Links the short forms of an organisation to the full name the document
 * gives (`canonical`), and finds their later bare uses:
 * - an acronym defined in parentheses either way round ("Japan Chamber of
 *   Commerce and Industry (JCCI)", "JCCI (Japan Chamber …)");
 * - an acronym matching the initials of a name found in the document, or of
 *   a lower-case phrase ending in an organisational head ("the monetary
 *   policy committee … the MPC");
 * - the leading words of a company's name ("Mizuho" for "Mizuho Bank",
 *   "Takeda" for "Takeda Pharmaceutical Co Ltd"), and a name without its
 *   leading place ("People’s Committee" for "Hai Phong People’s Committee").
 * Every name found once is found again wherever the document repeats it.
 */
export function linkAcronyms(found: Found[], ctx: Context): Found[] {
  const orgs: Org[] = [], acronyms: Org[] = [], names: Org[] = [], fullNames: Org[] = [];
  // Each spelling once, in the order first found: a name repeated adds nothing.
  const spellings = new Set<string>();
  for (const m of found) {
    if (m.type !== 'organization') continue;
    orgs.push(m as Org);
    if (isAcronym(m.text)) acronyms.push(m as Org);
    else {
      names.push(m as Org);
      if (m.text.includes(' ')) {
        fullNames.push(m as Org);
        spellings.add(m.text);
      }
    }
  }
  if (!orgs.length) return found;
  linkAcronymsToNames(acronyms, fullNames, spellings, ctx.text);
  const added = findShortForms(orgs, names, spellings, ctx.text);
  if (!added.length) return found;
  const kept: Found[] = [];
  for (const m of found) if (m.type === 'organization' || !overlapsAny(added, m.start, m.end)) kept.push(m);
  return mergeByPlace(kept, added);
}

const byPlace = (a: Found, b: Found) => a.start - b.start || a.end - b.end;

/**
 * kept and added, sorted by place, a tie kept first: what a stable sort of
 * both does. Both lists come sorted (the overlap pass and the text scan sort
 * them), so they are merged; a list out of order is sorted.
 */
function mergeByPlace(kept: Found[], added: Found[]): Found[] {
  if (!isSortedByPlace(kept) || !isSortedByPlace(added)) return [...kept, ...added].sort(byPlace);
  const out: Found[] = [];
  let i = 0, j = 0;
  while (i < kept.length && j < added.length) out.push(byPlace(kept[i], added[j]) <= 0 ? kept[i++] : added[j++]);
  while (i < kept.length) out.push(kept[i++]);
  while (j < added.length) out.push(added[j++]);
  return out;
}

function isSortedByPlace(list: readonly Found[]): boolean {
  for (let i = 1; i < list.length; i++) if (byPlace(list[i - 1], list[i]) > 0) return false;
  return true;
}

function linkAcronymsToNames(acronyms: readonly Org[], fullNames: readonly Org[], spellings: Iterable<string>, text: string): void {
  if (!acronyms.length) return;
  const canonicalOf = new Map<string, string>();
  const names = { byStart: firstAt(fullNames, (n) => n.start), byEnd: firstAt(fullNames, (n) => n.end) };
  for (const a of acronyms) {
    const beside = besideInParentheses(a, names, text);
    if (beside) canonicalOf.set(a.text, beside.text);
  }
  const tried = new Set<string>();
  let byLetter: Map<string, { name: string; words: string[] }[]> | undefined;
  let phrases: string[][] | undefined;
  for (const a of acronyms) {
    if (canonicalOf.has(a.text) || tried.has(a.text)) continue;
    tried.add(a.text);
    byLetter ??= namesByLetter(spellings);
    const name = byLetter.get(a.text[0].toUpperCase())?.find((f) => initialsMatch(a.text, f.words))?.name ?? lowerCasePhrase(a.text, () => (phrases ??= lowerCaseBodies(text)));
    if (name) canonicalOf.set(a.text, name);
  }
  // An acronym written in another case takes the name of the first one linked.
  let byUpperCase: Map<string, string> | undefined;
  for (const a of acronyms) {
    let canonical = canonicalOf.get(a.text);
    if (canonical === undefined && canonicalOf.size) {
      if (!byUpperCase) {
        byUpperCase = new Map();
        for (const [k, name] of canonicalOf) if (!byUpperCase.has(k.toUpperCase())) byUpperCase.set(k.toUpperCase(), name);
      }
      canonical = byUpperCase.get(a.text.toUpperCase());
    }
    if (canonical) a.canonical = canonical;
  }
}

/** Names by the letter they may open an acronym with: the name's first word, or the first after leading places. */
function namesByLetter(spellings: Iterable<string>): Map<string, { name: string; words: string[] }[]> {
  const byLetter = new Map<string, { name: string; words: string[] }[]>();
  for (const name of spellings) {
    const words = wordsOf(name);
    for (let k = 0; k < words.length; k++) {
      const letter = words[k][0]?.toUpperCase() ?? '';
      const named = byLetter.get(letter);
      if (!named) byLetter.set(letter, [{ name, words }]);
      else if (named[named.length - 1].name !== name) named.push({ name, words });
      if (!isPlaceOrPeople(words[k])) break;
    }
  }
  return byLetter;
}
const isPlaceOrPeople = (word: string) => (tablesOf(fold(word)) & (IS_PLACE | IS_DEMONYM)) !== 0;

/** The name written right before "(ACRONYM)", or inside the parentheses right after it. */
function besideInParentheses(a: Org, names: { byStart: Map<number, Org>; byEnd: Map<number, Org> }, text: string): Org | undefined {
  if (text[a.start - 1] === '(') {
    let before = a.start - 1;
    while (before > 0 && WHITE_SPACE.test(text[before - 1])) before--;
    const name = names.byEnd.get(before);
    if (name) return name;
  }
  const open = /^\s*\(/.exec(text.slice(a.end, a.end + 4));
  const inside = open ? names.byStart.get(a.end + open[0].length) : undefined;
  return inside && text[inside.end] === ')' ? inside : undefined;
}

/** Names by an offset of theirs, the first in document order at each: a long document has many names. */
function firstAt(names: readonly Org[], offsetOf: (name: Org) => number): Map<number, Org> {
  const byOffset = new Map<number, Org>();
  for (const name of names) if (!byOffset.has(offsetOf(name))) byOffset.set(offsetOf(name), name);
  return byOffset;
}

/** What trimEnd() takes off. */
const WHITE_SPACE = /\s/;

/** Does the acronym stand for the name (its words), or for its end ("BOI" in "Thailand Board of Investment")? */
function initialsMatch(acronym: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (acronymMatches(acronym, words.slice(k), (w) => LEGAL.has(fold(w)))) return true;
    if (!isPlaceOrPeople(words[k])) return false;
  }
  return false;
}

/** Lower-case noun phrases that end in an organisational head ("the monetary policy committee"), as words. */
function lowerCaseBodies(text: string): string[][] {
  const phrases: string[][] = [];
  for (const m of text.matchAll(LOWER_CASE_HEAD)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index).split(/[^\p{Ll}\s&-]/u).pop() ?? '';
    const words = wordsOf(before).slice(-6);
    if (words.length) phrases.push([...words, m[0]]);
  }
  return phrases;
}

/** The phrase, title-cased, whose initials give the acronym: "MPC" → "Monetary Policy Committee". */
function lowerCasePhrase(acronym: string, phrasesOfText: () => readonly string[][]): string | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3) return undefined;
  for (const words of phrasesOfText()) {
    for (let k = Math.max(0, words.length - letters.length - 3); k <= words.length - letters.length; k++) {
      if (words[k][0] === letters[0].toLowerCase() && acronymMatches(acronym, words.slice(k))) return titleCase(words.slice(k).join(' '));
    }
  }
  return undefined;
}

/**
 * Short forms of each full name: its leading words when the rest is a company
 * descriptor or legal form ("Mizuho" ← "Mizuho Bank"), and the name without
 * leading places ("People’s Committee"). Found names that are short forms get
 * `canonical`; bare uses elsewhere become new mentions.
 */
function findShortForms(orgs: readonly Org[], names: readonly Org[], spellings: Iterable<string>, text: string): Org[] {
  // The one name a short form stands for; null when it stands for several.
  const owners = new Map<string, string | null>();
  for (const name of spellings) {
    for (const short of shortFormsOf(name)) {
      const owner = owners.get(short);
      if (owner === undefined) owners.set(short, name);
      else if (owner !== name) owners.set(short, null);
    }
  }
  const canonicalOf = (short: string) => {
    const owner = owners.get(short);
    return owner && owner !== short ? owner : undefined;
  };
  for (const m of orgs) {
    const canonical = m.canonical ? undefined : canonicalOf(m.text);
    if (canonical) m.canonical = canonical;
  }
  const added: Org[] = [];
  const shorts = new Set(owners.keys());
  for (const m of names) shorts.add(m.text);
  if (!shorts.size) return added;
  for (const { start, name } of occurrences(text, shorts)) {
    const end = start + name.length;
    // Occurrences come in text order and never overlap what was added before: only the last added can reach this one.
    if (overlapsAny(orgs, start, end) || (added.length > 0 && added[added.length - 1].end > start)) continue;
    if (!/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(text.slice(end, end + 12))) continue; // an all-caps line
    if (isDateline(text, start, end)) continue;
    // Made whole at once: a property added later costs an allocation.
    const canonical = canonicalOf(name);
    added.push(canonical ? { type: 'organization', start, end, text: name, rule: 'short-form', canonical } : { type: 'organization', start, end, text: name, rule: 'short-form' });
  }
  return added;
}

/**
 * Where the names occur as whole words, in text order, the longest at each
 * place. The text is searched for the characters names open with (a few
 * capitals), and the names are looked up by the word there: the work grows
 * with the text, not with the text times the names, as a long report has many.
 */
function occurrences(text: string, names: Iterable<string>): { start: number; name: string }[] {
  // The names by first word, longest first: the first that fits at a place is the longest there.
  const byFirstWord = new Map<string, string[]>();
  const openings = new Set<string>();
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    if (!name) continue;
    openings.add(name[0]);
    const first = name.slice(0, nameWordEnd(name, 0));
    const list = byFirstWord.get(first);
    if (list) list.push(name);
    else byFirstWord.set(first, [name]);
  }
  const hits: { start: number; name: string }[] = [];
  for (const opening of openings) {
    for (let at = text.indexOf(opening); at >= 0; at = text.indexOf(opening, at + 1)) {
      // A name starts where no word runs on into it ("House-Senate" is one word).
      if (at > 0 && (isNameChar(text, at - 1) || (isInnerMark(text.charCodeAt(at - 1)) && at > 1 && isNameChar(text, at - 2)))) continue;
      const name = byFirstWord.get(text.slice(at, nameWordEnd(text, at)))?.find((n) => text.startsWith(n, at) && !nameContinues(text, at + n.length));
      if (name !== undefined) hits.push({ start: at, name });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
/** Where the run of name characters from i ends. */
function nameWordEnd(s: string, i: number): number {
  while (i < s.length && isNameChar(s, i)) i++;
  return i;
}
/** Does a span of a list sorted by start, whose spans never overlap (as the overlap pass leaves them), overlap [start, end)? */
function overlapsAny(spans: readonly Found[], start: number, end: number): boolean {
  // The first span that ends after `start`: only it can reach into [start, end).
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/** A character that would make a match part of a longer word. */
const NAME_CHAR = /[\p{L}\p{N}&]/u;
/** ASCII letters and digits (1), and "&" (2): NAME_CHAR's ASCII characters, told without a regex. */
const ASCII_NAME = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) if (NAME_CHAR.test(String.fromCharCode(c))) ASCII_NAME[c] = c === 38 ? 2 : 1;
/** Is text[i], a code unit, a NAME_CHAR? */
function isNameChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 0x80 ? ASCII_NAME[c] !== 0 : NAME_CHAR.test(text[i]);
}
/** Marks inside a word: "House-Senate" and "Aerospace-Thomson" are one word each. */
const isInnerMark = (c: number) => c === 46 || c === 39 || c === 0x2019 || c === 45;
/** The word goes on after the match ("Toyota-owned", "Mizuho.com"); a possessive ending does not ("Toyota’s"). */
const NAME_CONTINUES = /^(?:[\p{L}\p{N}&]|[.-][\p{L}\p{N}]|['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}])/u;
/** Does NAME_CONTINUES match the three code units at `end`? Told from ASCII codes where they settle it, as most do. */
function nameContinues(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (c < 0x80) {
    if (ASCII_NAME[c] !== 0) return true;
    if (c === 46 || c === 45) {
      const next = text.charCodeAt(end + 1);
      if (next < 0x80) return ASCII_NAME[next] === 1;
    } else if (c !== 39) {
      return false;
    }
  }
  return NAME_CONTINUES.test(text.slice(end, end + 3));
}

/** Company descriptors after which the leading words of a name stand for the whole. */
const COMPANY_TAIL = new Set(
  ['Group', 'Holdings', 'Holding', 'Corporation', 'Motor', 'Motors', 'Electronics', 'Materials', 'Bank', 'Industries',
    'Pharmaceutical', 'Pharmaceuticals', 'Energy', 'Petroleum', 'Airlines', 'Steel', 'Chemical', 'Chemicals',
    'Financial', 'Securities', 'Capital', 'Technologies', 'Technology', 'Mining', 'Resources', 'Foods', 'Telecom',
    'Communications', 'Department', 'International', 'Worldwide', 'Global', 'Systems', 'Brands', 'Entertainment',
    'Media', 'Logistics', 'Shipping', 'Partners', 'Investments', 'Enterprises', 'Products', 'Services', 'Solutions'].map(fold),
);

/** The most words a place name has: a longer phrase needs no lookup. */
const LONGEST_PLACE = Math.max(...[...PLACES].map((p) => p.split(' ').length));
/** The first words of place names of several words: a phrase opening with none needs no lookup. */
const PLACE_OPENERS = new Set([...PLACES].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

/** Short forms by name, made once: names recur from document to document. The memo is cleared when full. */
const SHORT_FORMS = new Map<string, readonly string[]>();
function shortFormsOf(name: string): readonly string[] {
  let forms = SHORT_FORMS.get(name);
  if (forms === undefined) {
    if (SHORT_FORMS.size >= 4096) SHORT_FORMS.clear();
    SHORT_FORMS.set(name, (forms = shortForms(name)));
  }
  return forms;
}

function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  const keys = words.map(fold);
  const out: string[] = [];
  // The leading words stand for the whole when the rest from `tail` on is company descriptors, or has no place
  // before a legal form at the end: one pass from the end.
  let descriptors = words.length, noPlace = words.length;
  while (descriptors > 0 && (COMPANY_TAIL.has(keys[descriptors - 1]) || LEGAL.has(keys[descriptors - 1]) || words[descriptors - 1] === '&')) descriptors--;
  let tail = descriptors;
  if (tail > 1 && endsInLegalForm(name)) {
    while (noPlace > 0 && !PLACES.has(keys[noPlace - 1])) noPlace--;
    tail = Math.min(tail, noPlace);
  }
  const isPlacePhrase = (n: number) => n === 1 ? PLACES.has(keys[0]) : n <= LONGEST_PLACE && PLACE_OPENERS.has(keys[0]) && PLACES.has(keys.slice(0, n).join(' '));
  if (tail < words.length && /^\p{Lu}/u.test(words[0]) && !LEADING.has(keys[0])) {
    let prefix = words[0];
    for (let n = 1; n < words.length; n++) {
      if (n > 1) prefix += ' ' + words[n - 1];
      if (n < tail) continue;
      const lastWord = keys[n - 1];
      if (prefix.length < 3 || /^(?:of|and|for|&|de)$/i.test(lastWord)) continue;
      if (isPlacePhrase(n) || DEMONYMS.has(lastWord) || LEGAL.has(lastWord)) continue;
      if (n === 1 && HEADS.has(lastWord) && !BODIES.has(lastWord)) continue; // "Bank" of "Bank of America Corp"
      out.push(prefix);
    }
  }
  let lead = 0;
  while (lead < words.length - 1 && (PLACES.has(keys[lead]) || isPlacePhrase(lead + 2))) lead += PLACES.has(keys[lead]) ? 1 : 2;
  if (lead > 0 && words.length - lead >= 2) out.push(words.slice(lead).join(' '));
  return out;
}

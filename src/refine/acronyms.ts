import type { Context, Found } from '../types.js';
import { acronymMatches, titleCase, wordsOf } from '../extractors/organization/normalize.js';
import { ACRONYM, BODIES, DEMONYMS, ENDS_LEGAL, HEADS, LEADING, LEGAL, PLACES, fold } from '../extractors/organization/rules.js';

type Org = Found<'organization'>;

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
  const orgs = found.filter((m): m is Org => m.type === 'organization');
  if (!orgs.length) return found;
  const fullNames = orgs.filter((m) => !ACRONYM.test(m.text) && m.text.includes(' '));
  linkAcronymsToNames(orgs, fullNames, ctx.text);
  const added = findShortForms(found, fullNames, ctx.text);
  if (!added.length) return found;
  const kept = found.filter((m) => m.type === 'organization' || !added.some((a) => a.start < m.end && m.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
}

function linkAcronymsToNames(orgs: Org[], fullNames: Org[], text: string): void {
  const canonicalOf = new Map<string, string>();
  const acronyms = orgs.filter((m) => ACRONYM.test(m.text));
  for (const a of acronyms) {
    const beside = besideInParentheses(a, fullNames, text);
    if (beside) canonicalOf.set(a.text, beside.text);
  }
  for (const a of acronyms) {
    if (canonicalOf.has(a.text)) continue;
    const name = fullNames.find((f) => initialsMatch(a.text, f.text)) ?? lowerCasePhrase(a.text, text);
    if (name) canonicalOf.set(a.text, typeof name === 'string' ? name : name.text);
  }
  for (const a of acronyms) {
    const canonical = canonicalOf.get(a.text) ?? [...canonicalOf].find(([k]) => k.toUpperCase() === a.text.toUpperCase())?.[1];
    if (canonical) a.canonical = canonical;
  }
}

/** The name written right before "(ACRONYM)", or inside the parentheses right after it. */
function besideInParentheses(a: Org, names: Org[], text: string): Org | undefined {
  if (text[a.start - 1] === '(') {
    const before = text.slice(0, a.start - 1).trimEnd().length;
    const name = names.find((n) => n.end === before);
    if (name) return name;
  }
  const open = /^\s*\(/.exec(text.slice(a.end, a.end + 4));
  return open ? names.find((n) => n.start === a.end + open[0].length && text[n.end] === ')') : undefined;
}

/** Does the acronym stand for the name, or for its end ("BOI" in "Thailand Board of Investment")? */
function initialsMatch(acronym: string, name: string): boolean {
  const words = wordsOf(name);
  for (let k = 0; k < words.length; k++) {
    if (acronymMatches(acronym, words.slice(k), (w) => LEGAL.has(fold(w)))) return true;
    if (!PLACES.has(fold(words[k])) && !DEMONYMS.has(fold(words[k]))) return false;
  }
  return false;
}

/** A lower-case phrase whose initials give the acronym and that ends in a head: "monetary policy committee". */
function lowerCasePhrase(acronym: string, text: string): string | undefined {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3) return undefined;
  const opener = new RegExp(`(?<![\\p{L}\\p{N}])${letters[0].toLowerCase()}\\p{L}+`, 'gu');
  for (const m of text.matchAll(opener)) {
    const words = wordsOf(text.slice(m.index, m.index + 80).split(/[.,;:()\n]/)[0]).slice(0, letters.length + 3);
    for (let n = letters.length; n <= words.length; n++) {
      const head = words[n - 1].replace(/^./, (c) => c.toUpperCase());
      if (HEADS.has(head) && acronymMatches(acronym, words.slice(0, n))) return titleCase(words.slice(0, n).join(' '));
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
function findShortForms(found: Found[], fullNames: Org[], text: string): Org[] {
  const owners = new Map<string, Set<string>>();
  for (const f of fullNames) {
    for (const short of shortForms(f.text)) {
      if (!owners.has(short)) owners.set(short, new Set());
      owners.get(short)!.add(f.text);
    }
  }
  const canonicalOf = (short: string) => {
    const names = owners.get(short);
    return names && names.size === 1 && !names.has(short) ? [...names][0] : undefined;
  };
  const orgs = found.filter((m): m is Org => m.type === 'organization');
  for (const m of orgs) {
    const canonical = m.canonical ? undefined : canonicalOf(m.text);
    if (canonical) m.canonical = canonical;
  }
  const added: Org[] = [];
  const repeated = orgs.filter((m) => !ACRONYM.test(m.text)).map((m) => m.text);
  const shorts = [...new Set([...owners.keys(), ...repeated])];
  if (!shorts.length) return added;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}&])(?:${shorts.map(escape).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}&]|-\\p{Lu})`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const start = m.index, end = start + m[0].length;
    if (orgs.some((o) => o.start < end && start < o.end) || added.some((o) => o.start < end && start < o.end)) continue;
    if (!/\p{Ll}/u.test(m[0]) && /\p{Lu}{2}/u.test(text.slice(end, end + 12))) continue; // an all-caps line
    const mention: Org = { type: 'organization', start, end, text: m[0], rule: 'short-form' };
    const canonical = canonicalOf(m[0]);
    if (canonical) mention.canonical = canonical;
    added.push(mention);
  }
  return added;
}

/** Company descriptors after which the leading words of a name stand for the whole. */
const COMPANY_TAIL = new Set(
  ['Group', 'Holdings', 'Holding', 'Corporation', 'Motor', 'Motors', 'Electronics', 'Materials', 'Bank', 'Industries',
    'Pharmaceutical', 'Pharmaceuticals', 'Energy', 'Petroleum', 'Airlines', 'Steel', 'Chemical', 'Chemicals',
    'Financial', 'Securities', 'Capital', 'Technologies', 'Technology', 'Mining', 'Resources', 'Foods', 'Telecom',
    'Communications', 'Department', 'International', 'Worldwide', 'Global', 'Systems', 'Brands', 'Entertainment',
    'Media', 'Logistics', 'Shipping', 'Partners', 'Investments', 'Enterprises', 'Products', 'Services', 'Solutions'].map(fold),
);

function shortForms(name: string): string[] {
  const words = name.split(/\s+/);
  const out: string[] = [];
  const legalEnd = ENDS_LEGAL.test(name);
  const companyTail = (from: number) =>
    words.slice(from).every((w) => COMPANY_TAIL.has(fold(w)) || LEGAL.has(fold(w)) || w === '&') ||
    (legalEnd && !words.slice(from).some((w) => PLACES.has(fold(w))));
  for (let n = 1; n < words.length; n++) {
    const prefix = words.slice(0, n);
    const lastWord = fold(prefix[n - 1]);
    if (!/^\p{Lu}/u.test(prefix[0]) || prefix.join(' ').length < 3 || /^(?:of|and|for|&|de)$/i.test(lastWord)) continue;
    if (LEADING.has(fold(prefix[0])) || PLACES.has(fold(prefix.join(' '))) || DEMONYMS.has(lastWord) || LEGAL.has(lastWord)) continue;
    if (n === 1 && HEADS.has(lastWord) && !BODIES.has(lastWord)) continue; // "Bank" of "Bank of America Corp"
    if (companyTail(n)) out.push(prefix.join(' '));
  }
  let lead = 0;
  while (lead < words.length - 1 && (PLACES.has(fold(words[lead])) || PLACES.has(fold(words.slice(0, lead + 2).join(' '))))) {
    lead += PLACES.has(fold(words[lead])) ? 1 : 2;
  }
  if (lead > 0 && words.length - lead >= 2) out.push(words.slice(lead).join(' '));
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\\/]/g, '\\$&').replace(/\s+/g, '\\s+');

import type { FieldsOf } from '../../types.js';
import { ISIC_DIVISIONS, ISIC_SECTIONS } from './data/isic.js';
import type { Form, PhraseRow } from './data/phrases.js';

/** Official ISIC Rev.4 title of every section ("C") and division ("C26"). */
const ISIC_TITLES: ReadonlyMap<string, string> = new Map([...ISIC_SECTIONS, ...ISIC_DIVISIONS]);
/** Section letter of each bare two-digit division ("26" → "C"). */
const SECTION_OF_DIVISION: ReadonlyMap<string, string> = new Map(ISIC_DIVISIONS.map(([code]) => [code.slice(1), code[0]!]));

/** The fields a sector mention carries for an ISIC code. */
export function sectorFields(isic: string): FieldsOf<'sector'> {
  return { isic, isic_section: isic[0]!, sector: ISIC_TITLES.get(isic) ?? '' };
}

/**
 * A user's spelling of an ISIC Rev.4 code in the form newsfacts reports it:
 * "c26", "C26" and "26" all give "C26"; "F" gives "F". Undefined when unknown.
 */
export function canonicalIsic(raw: string): string | undefined {
  const code = raw.trim().toUpperCase();
  if (/^\d{2}$/.test(code)) return SECTION_OF_DIVISION.has(code) ? SECTION_OF_DIVISION.get(code)! + code : undefined;
  return ISIC_TITLES.has(code) ? code : undefined;
}

/**
 * The form under which a phrase is looked up: lower case, hyphens and runs of
 * spaces folded to one space, a parenthesised abbreviation dropped
 * ("Electric-vehicle (EV)" → "electric vehicle").
 */
export function phraseKey(text: string): string {
  if (isPlain(text)) return text.toLowerCase();
  return text.replace(PARENTHESISED, '').toLowerCase().replace(SPACES_AND_HYPHENS, ' ').trim();
}
// Hoisted: phraseKey runs for every candidate.
const PARENTHESISED = /\s*\([^()]*\)/g;
const SPACES_AND_HYPHENS = /[\s\u2010-]+/g;

/** ASCII with no parenthesis, hyphen or space but single ones between words: its key is just its lower case. */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20 ? i === 0 || i === text.length - 1 || text.charCodeAt(i - 1) === 0x20 : unit > 0x7e || unit < 0x20 || unit === 0x28 || unit === 0x2d) return false;
  }
  return true;
}

/** English plural of a phrase's last word: "battery" → "batteries", "glass" → "glasses". */
export function pluralOf(phrase: string): string {
  if (/[^aeiou]y$/i.test(phrase)) return phrase.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/i.test(phrase)) return phrase + 'es';
  return phrase + 's';
}

/** The -ing form of a phrase's last word: "retail" → "retailing", "wholesale" → "wholesaling". */
export function ingFormOf(phrase: string): string {
  return /[^e]e$/.test(phrase) ? phrase.slice(0, -1) + 'ing' : phrase + 'ing';
}

/** What each generated form adds: the spellings it yields and whether they name an industry on their own. */
const FORM_SPELLINGS: Record<Form, (phrase: string) => string[]> = {
  s: (phrase) => [pluralOf(phrase)],
  ing: (phrase) => [ingFormOf(phrase)],
  making: (phrase) => [`${phrase}making`, `${phrase} making`],
};

/** A table row's phrase and the forms generated from it, each with whether it stands alone as an industry. */
export function inflections([phrase, , ...forms]: PhraseRow): { phrase: string; standsAlone: boolean }[] {
  const spellings = [{ phrase, standsAlone: false }];
  for (const form of forms) {
    for (const spelling of FORM_SPELLINGS[form](phrase)) spellings.push({ phrase: spelling, standsAlone: form === 'making' });
  }
  return spellings;
}

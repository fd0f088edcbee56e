import type { Rule } from '../../text/rules.js';
import { WORD_END, WORD_START } from '../../text/rules.js';
import { alternation } from '../../text/lexicon.js';
import { AMBIGUOUS_PLACES, CURRENCY_NOUNS, PLACE_PREPOSITIONS } from './data/ambiguous.js';
import { once } from '../../text/once.js';
import { allCaps, demonyms, places, placeOf } from './normalize.js';

const AMBIGUOUS: ReadonlySet<string> = new Set(AMBIGUOUS_PLACES);

/** `alternation()` for a Unicode-mode pattern, where "\-" is no valid escape; either apostrophe matches. */
const names = (words: Iterable<string>): string => alternation(words).replace(/'/g, "['’]");
/** "in Jordan", "to the Gulf": a preposition, maybe an article, right before the name. */
const PLACE_CUE = new RegExp(`${WORD_START}(?:${names(PLACE_PREPOSITIONS)})\\s+(?:the\\s+)?$`, 'iu');

/** After a name: a currency sign or noun makes it part of a currency ("US$", "the US dollar"). */
const NOT_A_CURRENCY = `(?!\\$|\\s+(?:${names(CURRENCY_NOUNS)})${WORD_END})`;

/**
 * A name from the gazetteer, exact case or all capitals, not part of a
 * currency's name. A name inside an organisation's
 * ("Bank of Japan") is dropped later, by the overlap step.
 */
export const placeRules: () => readonly Rule<'place'>[] = once(() => [
  {
    name: 'place/gazetteer',
    pattern: new RegExp(`(?=\\p{Lu})${WORD_START}(?:${names([...places().keys(), ...allCaps().keys()])})${WORD_END}${NOT_A_CURRENCY}`, 'gu'),
    extract(match, ctx) {
      const spelling = match[0].replace(/’/g, "'").replace(/\s+/g, ' ');
      const entry = placeOf(spelling);
      if (!entry) return null;
      const name = allCaps().get(spelling) ?? spelling;
      // A name that is also a person's name or a common word needs a preposition before it.
      const latent = AMBIGUOUS.has(name) && !PLACE_CUE.test(ctx.text.slice(Math.max(0, match.index - 20), match.index));
      return { ...entry, latent };
    },
  },
]);

/** "Japanese", "South Korean": a country's demonym or adjective, not a place ("Japanese investors"). */
export const demonymPattern: () => RegExp = once(() => new RegExp(`(?=\\p{Lu})${WORD_START}(?:${names(demonyms().keys())})${WORD_END}${NOT_A_CURRENCY}`, 'gu'));

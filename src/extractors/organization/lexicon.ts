/**
 * What the organisation rules ask of compromise's lexicon: the name tags
 * (people, places, organisations, teams) of a word or phrase, and whether it
 * is a known common word. No tagging is run. Loading compromise costs about
 * 250 ms and tens of megabytes in every process and worker, so the build
 * snapshots these two tables to JSON next to this module
 * (scripts/snapshot-lexicon.mjs); run from source, they come from compromise.
 */
import { nlp } from '../../text/nlp.js';
import { once } from '../../text/once.js';
import { readSnapshot } from '../../text/snapshot.js';

export interface LexiconTables {
  /** Word or phrase (lower case) → its compromise tags, for entries with a name tag. */
  names: Record<string, string[]>;
  /** Words (lower case) compromise knows with other tags only: "two", "however". */
  common: string[];
}

/** Where the build writes the snapshot. */
export const SNAPSHOT = new URL('./compromise-lexicon.json', import.meta.url);

/** compromise lexicon tags of a person's name. */
export const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
/** compromise lexicon tags that make a name a person's or a place. */
export const PERSON_OR_PLACE = new Set([...PERSON_TAGS, 'LastName', 'City', 'Country', 'Place', 'Region']);
/** compromise lexicon tags of names: a word with other tags only is a common word. */
const NAME_TAGS = new Set([...PERSON_OR_PLACE, 'Organization', 'SportsTeam', 'ProperNoun', 'Honorific']);

export function tablesFromCompromise(): LexiconTables {
  type Lexicon = Record<string, string | string[] | undefined>;
  const lexicon = (nlp() as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;
  const tables: LexiconTables = { names: {}, common: [] };
  for (const word of Object.keys(lexicon)) {
    const value = lexicon[word];
    if (value === undefined) continue;
    const tags = Array.isArray(value) ? value : [value];
    if (tags.some((t) => NAME_TAGS.has(t))) tables.names[word] = tags;
    else tables.common.push(word);
  }
  return tables;
}

const lookups = once(() => {
  const tables = readSnapshot<LexiconTables>(SNAPSHOT) ?? tablesFromCompromise();
  return { names: new Map<string, readonly string[]>(Object.entries(tables.names)), common: new Set(tables.common) };
});

const NO_TAGS: readonly string[] = [];

/** The name tags compromise's lexicon gives a word or phrase (any case). */
export function lexiconTags(phrase: string): readonly string[] {
  return lookups().names.get(phrase.toLowerCase()) ?? NO_TAGS;
}

/** Does compromise's lexicon know the word, as a common word only ("two", "however")? */
export function isCommonWord(word: string): boolean {
  return lookups().common.has(word.toLowerCase());
}

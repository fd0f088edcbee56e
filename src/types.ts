/** The kinds of mention newsfacts finds. */
export type MentionType = 'money' | 'date' | 'organization' | 'sector' | 'place';
/** The types reported by default; `place` only when asked for, or by the facts view. */
export const MENTION_TYPES: readonly MentionType[] = ['money', 'date', 'organization', 'sector'];
export const ALL_TYPES: readonly MentionType[] = [...MENTION_TYPES, 'place'];

/**
 * One input article. `dct` is its creation date (ISO 8601), when known: as
 * given on input (null: known to be unknown), then as found by analysis.
 */
export interface Document {
  id: string;
  path?: string;
  text: string;
  dct?: string | null;
}

/** A stretch of the text. Offsets are Unicode code points, end-exclusive. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

interface MentionBase extends Span {
  /** Name of the rule that produced the mention, for debugging and `-v` output. */
  rule: string;
}

export interface MoneyMention extends MentionBase {
  type: 'money';
  amount: number;
  amount_max?: number;
  currency: string;
  /** "about", "more than", ... written before the amount, kept out of the span. */
  qualifier?: string;
  /** Unit of a price: "$80 a barrel" → "barrel". */
  per?: string;
  /** True when the currency was not written but inferred (bare "$", "¥"). */
  currency_inferred?: boolean;
}

export interface DateMention extends MentionBase {
  type: 'date';
  /** TIMEX3 value: 2026-01, 2026-Q1, 2026/2030, P10Y, PAST_REF, XXXX-03-08 ... */
  value: string;
  /** First and last calendar day covered, when the value pins them down. */
  date_start?: string;
  date_end?: string;
  /** TIMEX3 mod: START, MID, END, APPROX ... */
  mod?: string;
  timex_type?: 'DATE' | 'DURATION' | 'TIME' | 'SET';
  fiscal?: boolean;
  /** CREATION_TIME for the article's own dateline. */
  function?: string;
}

export interface OrganizationMention extends MentionBase {
  type: 'organization';
  /** The full name an acronym or short form stands for in this document. */
  canonical?: string;
}

export interface SectorMention extends MentionBase {
  type: 'sector';
  /** Most specific ISIC Rev.4 code: section letter plus division ("C26") or letter alone ("F"). */
  isic: string;
  isic_section: string;
  /** The official ISIC title of `isic`. */
  sector: string;
}

export interface PlaceMention extends MentionBase {
  type: 'place';
  /** ISO 3166-1 alpha-2 code of the country the place is in, when known. */
  country?: string;
  place_kind: 'country' | 'region' | 'city' | 'province';
}

export type Mention = MoneyMention | DateMention | OrganizationMention | SectorMention | PlaceMention;

/** Fields a mention of type T carries besides its span, type and rule. */
export type FieldsOf<T extends MentionType> = Omit<Extract<Mention, { type: T }>, keyof MentionBase | 'type'>;

/**
 * A mention while the pipeline works on it: offsets are UTF-16 indexes into
 * the JavaScript string; they become code points only when leaving `extract()`.
 */
export type Found<T extends MentionType = MentionType> = Extract<Mention, { type: T }> & {
  /** Matched but not trusted on its own; dropped unless context confirms it. */
  latent?: boolean;
};

/** What every extractor may look at besides the text. */
export interface Context {
  text: string;
  /** Document creation date, ISO (YYYY-MM-DD), when known. */
  dct?: string;
  /** ISO code that a bare "$" stands for (default USD). */
  dollar?: string;
  /** The user's own sector phrases (`--sector-lexicon`): [phrase, ISIC code], added to or overriding the built-in ones. */
  sectorLexicon?: readonly (readonly [string, string])[];
}

export interface Extractor<T extends MentionType = MentionType> {
  type: T;
  extract(ctx: Context): Found<T>[];
}

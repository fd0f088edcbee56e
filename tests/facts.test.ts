import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { FACT_COLUMNS, FACT_TYPES, toFacts } from '../src/facts/index.js';
import type { Mention } from '../src/types.js';

/**
 * Sentences marked up with their mentions, so that the joining rules are
 * tested apart from the extractors: `{org:JCCI=Japan Chamber of Commerce}`
 * is an organisation with a canonical name, `{place:Hanoi=VN}` a place in
 * Vietnam, `{sector:banking=K64}` a sector, `{date:2024}` a date,
 * `{dur:five years}` a duration, `{ref:recently}` a vague date,
 * `{money:$5 billion}` an amount.
 */
function marked(source: string): { text: string; mentions: Mention[] } {
  const mentions: Mention[] = [];
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\{(\w+):([^=}]+)(?:=([^}]+))?\}/g)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const [, kind, span, extra] = m;
    const base = { start: text.length, end: text.length + span.length, text: span, rule: 'test' };
    text += span;
    mentions.push(mentionOf(kind, base, extra));
  }
  return { text: text + source.slice(last), mentions };
}

function mentionOf(kind: string, base: { start: number; end: number; text: string; rule: string }, extra?: string): Mention {
  switch (kind) {
    case 'money':
      return { ...base, type: 'money', amount: 1, currency: 'USD' };
    case 'date':
      return { ...base, type: 'date', value: extra ?? '2024', timex_type: 'DATE' };
    case 'dur':
      return { ...base, type: 'date', value: 'P5Y', timex_type: 'DURATION' };
    case 'ref':
      return { ...base, type: 'date', value: 'PAST_REF', timex_type: 'DATE' };
    case 'org':
      return { ...base, type: 'organization', ...(extra ? { canonical: extra } : {}) };
    case 'sector':
      return { ...base, type: 'sector', isic: extra ?? 'C', isic_section: (extra ?? 'C')[0], sector: '' };
    case 'place':
      return { ...base, type: 'place', place_kind: extra ? 'country' : 'region', ...(extra ? { country: extra } : {}) };
  }
  throw new Error(`unknown mention kind ${kind}`);
}

/** The slots of a fact row that the joining rules fill. */
interface Want {
  date?: string;
  organization?: string;
  sector?: string;
  isic?: string;
  place?: string;
  country?: string;
}

const facts = (source: string): Want[] => {
  const { text, mentions } = marked(source);
  return toFacts({ id: 'test', text }, mentions).map((row) => {
    const want: Want = {};
    for (const key of ['date', 'organization', 'sector', 'isic', 'place', 'country'] as const) if (row[key] !== null) want[key] = row[key] as string;
    return want;
  });
};

describe('toFacts: joining rules', () => {
  it.each<[string, Want[]]>([
    // the clause: subject, object, date, place
    ['{org:Toyota} will invest {money:$1 billion} in {place:Vietnam=VN} {date:next year}.', [{ organization: 'Toyota', date: 'next year', place: 'Vietnam', country: 'VN' }]],
    ["In {date:2024}, {org:Samsung}'s revenue rose to {money:$5 billion}.", [{ date: '2024', organization: 'Samsung' }]],
    ['{org:Toyota} and {org:Honda} will invest {money:$2 billion} in {place:Thailand=TH}.', [{ organization: 'Toyota; Honda', place: 'Thailand', country: 'TH' }]],
    ['{org:EVN} borrowed {money:$300 million} from the {org:Asian Development Bank} in {date:2022}.', [{ organization: 'EVN; Asian Development Bank', date: '2022' }]],
    ['The {org:JCCI=Japan Chamber of Commerce and Industry} pledged {money:$100 million} for training.', [{ organization: 'Japan Chamber of Commerce and Industry' }]],
    ["The {org:World Bank} approved a {money:$500 million} loan for {place:Vietnam=VN}'s {sector:transport=H} sector.", [{ organization: 'World Bank', sector: 'transport', isic: 'H', place: 'Vietnam', country: 'VN' }]],
    ['{org:Intel} will spend {money:$1.5 billion} on a {sector:semiconductor=C26} plant in {place:Ho Chi Minh City=VN}.', [{ organization: 'Intel', sector: 'semiconductor', isic: 'C26', place: 'Ho Chi Minh City', country: 'VN' }]],
    ['Investors put {money:$4 billion} into {sector:real estate=L68} and {sector:banking=K64} in {date:2024}.', [{ sector: 'real estate; banking', isic: 'L68; K64', date: '2024' }]],
    ['Investors put {money:$4 billion} into {sector:chips=C26} and {sector:semiconductors=C26}.', [{ sector: 'chips', isic: 'C26' }]],
    ['{org:Samsung} will build a {money:$2 billion} plant in {place:Bac Ninh=VN}, {place:Vietnam=VN}.', [{ organization: 'Samsung', place: 'Bac Ninh; Vietnam', country: 'VN' }]],
    ['{org:Shell} will invest {money:$5 billion} in {place:Southeast Asia} by {date:2030}.', [{ organization: 'Shell', place: 'Southeast Asia', date: '2030' }]],
    ['The plant will cost {money:$23 – 26 billion} in {date:2027}.', [{ date: '2027' }]],
    ['The fund, launched in {date:2019}, held {money:$2 billion} at {date:the end of June}.', [{ date: 'the end of June' }]],
    ['Brent crude rose to {money:$80} a barrel on {date:Monday}.', [{ date: 'Monday' }]],
    // several amounts: each takes what is named next to it, and shares what comes before the first
    ['Exports rose to {money:$5 billion} in {date:2024} from {money:$4 billion} in {date:2023}.', [{ date: '2024' }, { date: '2023' }]],
    ['In {date:2024}, revenue rose to {money:$5 billion} from {money:$4 billion} in {date:2023}.', [{ date: '2024' }, { date: '2023' }]],
    ['In {date:2024}, {org:Toyota} earned {money:$5 billion} and {org:Honda} {money:$3 billion}.', [{ date: '2024', organization: 'Toyota' }, { date: '2024', organization: 'Honda' }]],
    ['{org:Toyota} invested {money:$1 billion} in {org:VinFast} and {money:$2 billion} in {org:Vingroup}.', [{ organization: 'Toyota; VinFast' }, { organization: 'Toyota; Vingroup' }]],
    [
      '{place:Vietnam=VN} attracted {money:$20 billion} in {date:2024}, with {sector:manufacturing=C} taking {money:$13 billion} and {sector:real estate=L68} {money:$3 billion}.',
      [
        { date: '2024', place: 'Vietnam', country: 'VN' },
        { sector: 'manufacturing', isic: 'C', place: 'Vietnam', country: 'VN' },
        { sector: 'real estate', isic: 'L68', place: 'Vietnam', country: 'VN' },
      ],
    ],
    // clause breaks
    [
      '{place:Japan=JP} invested {money:$3 billion} in {place:Vietnam=VN} {date:last year}, while {place:South Korea=KR} invested {money:$2 billion}.',
      [{ date: 'last year', place: 'Japan; Vietnam', country: 'JP; VN' }, { place: 'South Korea', country: 'KR' }],
    ],
    ['{org:Vingroup} raised {money:$1 billion} in {date:April}; {org:Masan} raised {money:$500 million}.', [{ organization: 'Vingroup', date: 'April' }, { organization: 'Masan' }]],
    ['{org:Sony} earned {money:$2 billion} in {date:2023}, but {org:Panasonic} lost {money:$500 million}.', [{ organization: 'Sony', date: '2023' }, { organization: 'Panasonic' }]],
    ['{org:Masan} posted record results in {date:2023}: revenue hit {money:$3 billion}.', [{ date: '2023', organization: 'Masan' }]],
    ['Exports rose in {date:2023} — {org:Samsung} alone shipped {money:$60 billion} worth of phones.', [{ date: '2023', organization: 'Samsung' }]],
    // asides
    ['{org:Toyota}, which owns {org:Daihatsu}, will invest {money:$2 billion} in {place:Indonesia=ID}.', [{ organization: 'Toyota', place: 'Indonesia', country: 'ID' }]],
    [
      "{place:Japan=JP}, {place:Vietnam=VN}'s largest investor—with projects worth {money:$78 billion} as of {date:March 2025}—plans more {sector:manufacturing=C} deals.",
      [{ date: 'March 2025', place: 'Japan; Vietnam', country: 'JP; VN' }],
    ],
    ['{org:Petrolimex} ({org:PLX}) paid {money:$40 million} for the depots in {date:May}.', [{ organization: 'Petrolimex', date: 'May' }]],
    // sources are not what the figure is about
    ['Exports reached {money:$5 billion} in {date:May}, according to the {org:General Statistics Office}.', [{ date: 'May' }]],
    ['Exports reached {money:$5 billion} in {date:May}, the {org:General Statistics Office} said.', [{ date: 'May' }]],
    ['According to the {org:Ministry of Planning and Investment}, {org:Samsung} has invested {money:$22 billion} in {place:Vietnam=VN}.', [{ organization: 'Samsung', place: 'Vietnam', country: 'VN' }]],
    ['{org:VinFast} plans to raise {money:$1 billion}, its chief executive told {org:Reuters}.', [{ organization: 'VinFast' }]],
    // dates that name no time are not the date of a figure
    ['The project will cost {money:$2 billion} over {dur:five years}.', [{}]],
    ['In {date:2023}, the company spent {money:$2 billion} over {dur:six months}.', [{ date: '2023' }]],
    ['{org:Apple} {ref:recently} committed {money:$400 million} to {place:Indonesia=ID}.', [{ organization: 'Apple', place: 'Indonesia', country: 'ID' }]],
    // demonyms name countries, not places
    ['{org:Aeon} and other Japanese retailers invested {money:$1 billion} in {place:Vietnam=VN} in {date:2024}.', [{ organization: 'Aeon', place: 'Vietnam', country: 'JP; VN', date: '2024' }]],
    ['Japanese firms poured {money:$2 billion} into the {sector:electronics=C26} industry in {date:2023}.', [{ sector: 'electronics', isic: 'C26', country: 'JP', date: '2023' }]],
    ['The deal is worth {money:50 billion Japanese yen}.', [{}]],
    // the sentence before, only when this one points back and that one is unambiguous
    ['{org:Toyota} opened a plant in {place:Hanoi=VN} on {date:March 3}. It cost {money:$300 million}.', [{ organization: 'Toyota', date: 'March 3', place: 'Hanoi', country: 'VN' }]],
    ['{org:FPT} won a contract in {place:Japan=JP}. The company will receive {money:$50 million} over {dur:three years}.', [{ organization: 'FPT', place: 'Japan', country: 'JP' }]],
    ['{org:Toyota} opened a plant in {place:Hanoi=VN} on {date:March 3}. Exports reached {money:$300 million}.', [{}]],
    ['{org:Toyota} opened a plant on {date:March 3}.\nIt cost {money:$300 million}.', [{}]],
    ['{place:Japan=JP} and {place:Vietnam=VN} signed a deal on {date:Friday}. It is worth {money:$2 billion}.', [{ date: 'Friday' }]],
    ['{org:FPT} beat {org:CMC} to a contract. The company will receive {money:$50 million}.', [{}]],
    ['{org:Toyota} opened a plant in the {sector:automotive=C29} hub. It cost {money:$300 million}.', [{ organization: 'Toyota' }]],
    ['No figures were given. {org:Toyota} declined to comment.', []],
    // conversions, lists of amounts in brackets, exchange rates, datelines
    [
      '{org:Vinamilk} expects a profit of {money:VND9 trillion} ({money:$370 million}) in {date:2025}.',
      [{ organization: 'Vinamilk', date: '2025' }, { organization: 'Vinamilk', date: '2025' }],
    ],
    [
      'In {date:2024}, top sources were {place:Singapore=SG} ({money:$8 billion}), {place:Japan=JP} ({money:$5 billion}) and Bermuda ({money:$1 billion}).',
      [{ date: '2024', place: 'Singapore', country: 'SG' }, { date: '2024', place: 'Japan', country: 'JP' }, { date: '2024' }],
    ],
    ['Exporters earned {money:1.2 trillion baht} in {date:2024}. ({money:$1} = {money:35.5 baht})', [{ date: '2024' }, {}, {}]],
    ['{place:HANOI=VN} — {org:FPT} signed a {money:$200 million} deal with {org:Toyota}.', [{ organization: 'FPT; Toyota' }]],
    ['Swiss watch exports rose to {money:2.1 billion Swiss francs} in {date:May}.', [{ date: 'May', country: 'CH' }]],
    ['Exports rose to {money:2.1 billion} Swiss francs in {date:May}.', [{ date: 'May' }]],
  ])('%s', (source, want) => {
    expect(facts(source)).toEqual(want);
  });

  it('gives file, line, amount and sentence', () => {
    const { text, mentions } = marked('Headline\n\nShares rose. {org:Vinamilk} paid {money:$5 million} in {date:2024}.');
    const [row] = toFacts({ id: 'a.txt', text }, mentions);
    expect(Object.keys(row)).toEqual([...FACT_COLUMNS]);
    expect(row).toMatchObject({ file: 'a.txt', line: 3, money: '$5 million', amount: 1, currency: 'USD', date_value: '2024', amount_max: null });
    expect(row.sentence).toBe('Vinamilk paid $5 million in 2024.');
  });

  it('counts offsets in code points, as extract gives them', () => {
    const { text, mentions } = marked('🚀 {org:VinFast} raised {money:$1 billion} in {date:2024}.');
    const shifted = mentions.map((m) => ({ ...m, start: m.start - 1, end: m.end - 1 }));
    expect(toFacts({ id: 'x', text }, shifted)[0]).toMatchObject({ organization: 'VinFast', money: '$1 billion', date: '2024' });
  });
});

describe('toFacts: end to end through extract', () => {
  const dct = '2025-06-15';
  const run = (text: string) => toFacts({ id: 'e2e', text }, extract(text, { dct, types: FACT_TYPES }));

  it.each<[string, Record<string, unknown>]>([
    ['Japan invested $3 billion in Vietnam in 2024.', { money: '$3 billion', amount: 3e9, currency: 'USD', date_value: '2024', place: 'Japan; Vietnam', country: 'JP; VN' }],
    ['Exports to China reached $12.5 billion in March.', { money: '$12.5 billion', date_value: '2025-03', place: 'China', country: 'CN' }],
    ['Japanese firms spent $800 million on factories in Thailand last year.', { amount: 8e8, date_value: '2024', place: 'Thailand', country: 'JP; TH' }],
    ['The plant in Bac Ninh will cost $2 billion over five years.', { amount: 2e9, date: null, place: 'Bac Ninh', country: 'VN' }],
    ['The bank lent 500 billion dong to farmers in the Mekong Delta in May 2024.', { currency: 'VND', date_value: '2024-05', place: 'Mekong Delta', country: null }],
    ['Hong Kong dollars worth HK$3 billion changed hands in Hong Kong on Friday.', { currency: 'HKD', place: 'Hong Kong', country: 'HK' }],
  ])('%s', (text, want) => {
    expect(run(text)[0]).toMatchObject(want);
  });
});

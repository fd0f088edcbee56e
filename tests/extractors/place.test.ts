import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../helpers.js';

const places = (text: string) => mentionsOf('place', text).map(({ text, country, place_kind }) => ({ text, country, place_kind }));

describe('place', () => {
  it.each([
    ['Exports from Vietnam rose sharply.', { text: 'Vietnam', country: 'VN', place_kind: 'country' }],
    ['Viet Nam signed the pact on Friday.', { text: 'Viet Nam', country: 'VN', place_kind: 'country' }],
    ["Japan's investment in the region grew.", { text: 'Japan', country: 'JP', place_kind: 'country' }],
    ['The firm opened an office in Hanoi last week.', { text: 'Hanoi', country: 'VN', place_kind: 'city' }],
    ['A new plant in Ho Chi Minh City will hire 2,000 people.', { text: 'Ho Chi Minh City', country: 'VN', place_kind: 'city' }],
    ['Suppliers in Bac Ninh expect more orders.', { text: 'Bac Ninh', country: 'VN', place_kind: 'province' }],
    ['Growth in Guangdong slowed to 4%.', { text: 'Guangdong', country: 'CN', place_kind: 'province' }],
    ['Demand across Southeast Asia is recovering.', { text: 'Southeast Asia', country: undefined, place_kind: 'region' }],
    ['Chipmakers are expanding in the Asia-Pacific.', { text: 'Asia-Pacific', country: undefined, place_kind: 'region' }],
    ['The delegation came from the Republic of Korea.', { text: 'Republic of Korea', country: 'KR', place_kind: 'country' }],
    ['Tariffs on goods from the U.S. were cut.', { text: 'U.S.', country: 'US', place_kind: 'country' }],
    ['Officials in the UK welcomed the deal.', { text: 'UK', country: 'GB', place_kind: 'country' }],
    ['VIETNAM AND THAILAND COMPETE FOR CHIP PLANTS', { text: 'VIETNAM', country: 'VN', place_kind: 'country' }],
    ['The ministry said Côte d’Ivoire exported more cocoa.', { text: 'Côte d’Ivoire', country: 'CI', place_kind: 'country' }],
    ['The refinery in Texas restarted on Monday.', { text: 'Texas', country: 'US', place_kind: 'province' }],
    ['Investors flocked to Jordan after the reform.', { text: 'Jordan', country: 'JO', place_kind: 'country' }],
    ['Tankers were delayed in the Gulf.', { text: 'Gulf', country: undefined, place_kind: 'region' }],
    ['Sales in the Netherlands fell.', { text: 'Netherlands', country: 'NL', place_kind: 'country' }],
  ])('%s', (text, want) => {
    expect(places(text)).toContainEqual(want);
  });

  it('finds every place of a sentence, in order', () => {
    expect(places('Trade between Japan, Vietnam and Thailand grew.').map((p) => p.text)).toEqual(['Japan', 'Vietnam', 'Thailand']);
  });

  it('takes the longest name', () => {
    expect(places('Rents in Mexico City doubled.').map((p) => p.text)).toEqual(['Mexico City']);
    expect(places('Flights to Papua New Guinea resumed.').map((p) => p.text)).toEqual(['Papua New Guinea']);
  });

  it('is not reported unless asked for', () => {
    expect(mentionsOf('money', 'Vietnam exported $5 billion of rice.').every((m) => m.type === 'money')).toBe(true);
  });

  const negatives = [
    'Vietnamese firms are expanding abroad.',
    'Japanese investors remain cautious.',
    'A South Korean delegation arrived.',
    'Let us know what you think.',
    'The deal was priced at US$5 billion.',
    'Michael Jordan spoke at the event.',
    'Chad Smith joined the board.',
    'Nice results, the analyst said.',
    'Java developers are hard to hire.',
    'The plan was drawn up by the Bank of Japan.',
    'The Vietnam Chamber of Commerce and Industry hosted the talks.',
    'Prices in the mainland market rose.',
    'Shares of Emirates Airline rose.',
    'The yen weakened against the US dollar.',
    'Traders sold Hong Kong dollars.',
  ];
  it.each(negatives)('no place in: %s', (text) => {
    expect(places(text)).toEqual([]);
  });
});

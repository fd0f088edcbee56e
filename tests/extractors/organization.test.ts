import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../helpers.js';
import { forEachNameRun } from '../../src/extractors/organization/rules.js';

const orgs = (text: string) => mentionsOf('organization', text, '2025-06-15');
const texts = (text: string) => orgs(text).map((m) => m.text);

// [sentence, an organisation it must contain (exact span)]
const positives: [string, string][] = [
  // heads whose remit follows "for"
  ['Nordic Bank for Export Finance will fund the ships.', 'Nordic Bank for Export Finance'],
  ['The Mekong Bank for Rural Development (MBRD) cut rates.', 'Mekong Bank for Rural Development'],
  ['Loans came from the Caspian Corporation for Public Housing.', 'Caspian Corporation for Public Housing'],
  ['He heads Norvale Bank for Asia and Oceania.', 'Norvale Bank'],
  // legal forms
  ['Shares of Hoang Minh Textiles Ltd rose 4% on Monday.', 'Hoang Minh Textiles Ltd'],
  ['The deal was signed by Brightwater Logistics Inc. last week.', 'Brightwater Logistics Inc.'],
  ['Kestrel Mining Corp said output fell.', 'Kestrel Mining Corp'],
  ['Analysts expect Norvale Foods Corporation to cut prices.', 'Norvale Foods Corporation'],
  ['Orchid Paper Co. posted a loss.', 'Orchid Paper Co.'],
  ['Talon Capital LLC bought the building.', 'Talon Capital LLC'],
  ['The order went to Merrow Shipping plc in May.', 'Merrow Shipping plc'],
  ['Hallberg Maschinen GmbH opened a plant in Hungary.', 'Hallberg Maschinen GmbH'],
  ['Vantor Holdings AG reported higher sales.', 'Vantor Holdings AG'],
  ['Grupo Ferral SA agreed to sell its stake.', 'Grupo Ferral SA'],
  ['Delmar Chemicals NV will list in Amsterdam.', 'Delmar Chemicals NV'],
  ['Saigon Cable Joint Stock Company raised capital.', 'Saigon Cable Joint Stock Company'],
  ['Hanoi Steel JSC signed a supply contract.', 'Hanoi Steel JSC'],
  ['Tan Phu Packaging Co., Ltd. expanded its factory.', 'Tan Phu Packaging Co., Ltd.'],
  ['Lintang Resources Sdn Bhd won the tender.', 'Lintang Resources Sdn Bhd'],
  ['PT Sinar Baja Tbk said exports rose.', 'PT Sinar Baja Tbk'],
  ['Kaito Seiki KK plans a new line.', 'Kaito Seiki KK'],
  ['Investors backed Meridian Assurance Limited.', 'Meridian Assurance Limited'],
  ['Crestline Partners LP filed the papers.', 'Crestline Partners LP'],
  ['A unit of Fenwick & Sons Co bid for the site.', 'Fenwick & Sons Co'],
  ['Orizaba Consultores S.A. de C.V. advised the buyer.', 'Orizaba Consultores S.A. de C.V.'],
  ['Sunline Energy Pte Ltd signed the power deal.', 'Sunline Energy Pte Ltd'],
  ['Coastal Timber Pty Ltd was fined.', 'Coastal Timber Pty Ltd'],
  ['Director of Japan-based Aoba Robotics Ltd Kenji Mori said demand was strong.', 'Aoba Robotics Ltd'],
  ['Ravel Diagnostics SAS was acquired.', 'Ravel Diagnostics SAS'],
  // organisational heads
  ['He met officials of Mizuho Bank in Tokyo.', 'Mizuho Bank'],
  ['The Harbor Freight Group agreed to the terms.', 'Harbor Freight Group'],
  ['Sunrise Airlines added ten routes.', 'Sunrise Airlines'],
  ['The loan came from Eastern Commerce Bank.', 'Eastern Commerce Bank'],
  ['Pacifica Motors recalled 20,000 cars.', 'Pacifica Motors'],
  ['Orion Electronics will build a chip plant.', 'Orion Electronics'],
  ['Greenfield Energy won a solar auction.', 'Greenfield Energy'],
  ['Kinsei Securities cut its forecast.', 'Kinsei Securities'],
  ['The Foreign Investment Agency published new figures.', 'Foreign Investment Agency'],
  ['The National Statistics Office released the data.', 'National Statistics Office'],
  ['The Energy Regulatory Commission approved the tariff.', 'Energy Regulatory Commission'],
  ['The Investment Promotion Council met on Friday.', 'Investment Promotion Council'],
  ['A spokesman for the Port Development Authority declined to comment.', 'Port Development Authority'],
  ['The Vietnam Textile and Apparel Association expects growth.', 'Vietnam Textile and Apparel Association'],
  ['The Korea Automobile Manufacturers Federation said sales fell.', 'Korea Automobile Manufacturers Federation'],
  ['Researchers at the Mekong Delta Rice Institute tested seeds.', 'Mekong Delta Rice Institute'],
  ['Students at Lakeshore University protested.', 'Lakeshore University'],
  ['The Orient Growth Fund invested $20 million.', 'Orient Growth Fund'],
  ['The Samsung R&D Center employs 2,000 engineers.', 'Samsung R&D Center'],
  ['The Democratic Party won the vote.', 'Democratic Party'],
  ['The National Assembly passed the law on Tuesday.', 'National Assembly'],
  ['Ashford Pharmaceuticals received approval.', 'Ashford Pharmaceuticals'],
  ['Bluepeak Technologies hired 300 engineers.', 'Bluepeak Technologies'],
  ['The Danang Economic Zone Authority granted licences.', 'Danang Economic Zone Authority'],
  ['Sato Heavy Industries won the contract.', 'Sato Heavy Industries'],
  // heads with a remit
  ['The Ministry of Planning and Investment said FDI rose.', 'Ministry of Planning and Investment'],
  ['The Ministry of Trade, Industry and Energy announced support.', 'Ministry of Trade, Industry and Energy'],
  ['The Japan Chamber of Commerce and Industry sent a delegation.', 'Japan Chamber of Commerce and Industry'],
  ['It was organised by the Vietnam Chamber of Commerce and Industry in Hanoi.', 'Vietnam Chamber of Commerce and Industry'],
  ['According to the Vietnam Trade Office in Japan, orders rose.', 'Vietnam Trade Office in Japan'],
  ['The Board of Investment approved 12 projects.', 'Board of Investment'],
  ['The Thailand Board of Investment approved 12 projects.', 'Thailand Board of Investment'],
  ['The Bank of Korea held rates.', 'Bank of Korea'],
  ['The Government of Dubai owns the fund.', 'Government of Dubai'],
  ['The Department of Labour issued rules.', 'Department of Labour'],
  ['The University of Lagos signed the pact.', 'University of Lagos'],
  ['The Investment Corporation of Dubai reported record profit.', 'Investment Corporation of Dubai'],
  ['The Committee for a Responsible Federal Budget criticised the plan.', 'Committee for a Responsible Federal Budget'],
  ['The Institute of Chartered Accountants issued guidance.', 'Institute of Chartered Accountants'],
  ['The Federation of Indian Exporters welcomed the move.', 'Federation of Indian Exporters'],
  ['The Association of Coffee Roasters met in Berlin.', 'Association of Coffee Roasters'],
  ['The Office of the Trade Representative replied.', 'Office of the Trade Representative'],
  ['The Centre for Policy Studies published a report.', 'Centre for Policy Studies'],
  // well-known organisations
  ['Reuters reported the deal first.', 'Reuters'],
  ['The European Central Bank raised rates.', 'European Central Bank'],
  ['Xinhua said the talks were fruitful.', 'Xinhua'],
  ['The World Bank cut its growth forecast.', 'World Bank'],
  ['The International Monetary Fund warned of risks.', 'International Monetary Fund'],
  ['Microsoft said cloud revenue grew.', 'Microsoft'],
  ['Demand for Toyota cars rose in May.', 'Toyota'],
  ['He spoke to Bloomberg on Monday.', 'Bloomberg'],
  ['The shares rose on the New York Stock Exchange.', 'New York Stock Exchange'],
  ['Yonhap News Agency said exports rose.', 'Yonhap News Agency'],
  ['Prices at Walmart and Costco fell.', 'Walmart'],
  ['Prices at Walmart and Costco fell.', 'Costco'],
  ['The Asian Development Bank lent $500 million.', 'Asian Development Bank'],
  ['OPEC agreed to cut output.', 'OPEC'],
  ['The story was first reported by The Wall Street Journal.', 'Wall Street Journal'],
  ['Moody’s downgraded the bank.', 'Moody’s'],
  ['Samsung Electronics Chairman Lee met the minister.', 'Samsung Electronics'],
  ['It competes with Google Cloud and AWS.', 'Google Cloud'],
  ['Alphabet-owned Waymo expanded its service.', 'Alphabet'],
  ['The plant is run by Samsung Viet Nam.', 'Samsung Viet Nam'],
  ['Analysts said Target would cut prices.', 'Target'],
  ['The deal lifted Shell shares.', 'Shell'],
  // possessives, leading "the"
  ['Toyota’s operating profit fell 20%.', 'Toyota'],
  ['The Asian Development Bank’s president spoke.', 'Asian Development Bank'],
  ['The bank’s parent, Kinsei Securities, agreed.', 'Kinsei Securities'],
  ['The People’s Committee of the city approved it.', 'People’s Committee'],
  // acronyms
  ['The Foreign Investment Agency (FIA) said investment rose.', 'FIA'],
  ['Hanoi (VNA) — Exports rose in May.', 'VNA'],
  ['VOV | Latest Update: Thursday', 'VOV'],
  ['The plan was approved by the BOI on Monday.', 'BOI'],
  ['CRH agreed to buy the firm.', 'CRH'],
  ['AT&T is buying the broadcaster.', 'AT&T'],
  ['BYD sold more cars than any rival.', 'BYD'],
  ['The IMF and the WTO issued a joint statement.', 'WTO'],
  ['The minister said the KOTRA office would open.', 'KOTRA'],
  ['Customers of AWS saw outages.', 'AWS'],
  ['The MITI figures were published on Friday.', 'MITI'],
  // context cues
  ['Shares of Veltrix jumped 12% on Friday.', 'Veltrix'],
  ['Quorra shares fell 8% after the warning.', 'Quorra'],
  ['The company agreed to buy Zenlith for $2 billion.', 'Zenlith'],
  ['It was a blow for retailer Brambles.', 'Brambles'],
  ['Spanish cement firm Arenal was sold last year.', 'Arenal'],
  ['Smelters operated by Aneka Mineral produce nickel.', 'Aneka Mineral'],
  ['Nickel output from Kestrava, a unit of the group, rose.', 'Kestrava'],
  ['The stake was bought by Halvor Capital.', 'Halvor Capital'],
  ['An analyst at Pemberton Lane said the results were weak.', 'Pemberton Lane'],
  ['Bravano spokesman Ian Hart declined to comment.', 'Bravano'],
  ['Sorvin-backed startups raised $1 billion.', 'Sorvin'],
  // credits and datelines
  ['July 27, 2023 (RTTNews) - Carmakers reported results.', 'RTTNews'],
  ['LONDON (Alliance News) - Shares rose.', 'Alliance News'],
  ['TOKYO, May 10 (Kyodo) -- Exports rose.', 'Kyodo'],
  // standalone bodies
  ['Figures given to the Parliament showed a rise.', 'Parliament'],
  ['The report was sent to the Treasury on Friday.', 'Treasury'],
  // sports reports: results, standings and fixture lines, a player's club, match-report cues
  ['SOCCER - CUP RESULT.\nLONDON 1996-12-06\nPlymouth 4 Exeter 1', 'Plymouth'],
  ['SOCCER - CUP RESULT.\nLONDON 1996-12-06\nPlymouth 4 Exeter 1', 'Exeter'],
  ['SOCCER - ENGLISH LEAGUE STANDINGS.\nFulham 22 15 3 4 36 16 48\nQueen of South 16 6 4 6 24 27 22', 'Queen of South'],
  ['BASKETBALL - EUROPEAN STANDINGS.\nCibona Zagreb (Croatia) 9 5 4 14', 'Cibona Zagreb'],
  ['NBA BASKETBALL - STANDINGS.\nGOLDEN STATE 6 13 .316 8 1/2', 'GOLDEN STATE'],
  ['SOCCER - SCOTTISH FIXTURES.\nFife v Partick, Stirling v St Mirren (to Tuesday)', 'St Mirren'],
  ['NHL ICE HOCKEY - SCHEDULE.\nTAMPA BAY AT SAN JOSE', 'TAMPA BAY'],
  ['SOCCER - LEAGUE REPORT.\nLeeds beat Everton 2-1 on Saturday.', 'Everton'],
  ['SOCCER - SERIE A PREVIEW.\nLazio have injury doubts about their striker.', 'Lazio'],
  ['SOCCER - SCORERS.\n5 - Robbie Fowler (Liverpool), Ian Wright (Arsenal)', 'Liverpool'],
  ['SOCCER - CUP RESULT.\nBochum 2 Bayer Leverkusen 2', 'Bayer Leverkusen'],
  // numbers inside names
  ['Low-cost builder 8990 Housing Development Corp. started work.', '8990 Housing Development Corp.'],
  ['3M cut its outlook for the year.', '3M'],
];

// [sentence, a span that must not be an organisation]
const negatives: [string, string][] = [
  // all-caps section labels that the text also writes in lower case
  ['RETAIL\n\nShop sales at Fenwick Stores rose as retail demand held up.', 'RETAIL'],
  ['MARKETS\n\nThe markets fell on Tuesday.', 'MARKETS'],
  // countries, cities, regions, nationalities
  ['Vietnam is bolstering economic ties with Japan.', 'Vietnam'],
  ['Vietnam is bolstering economic ties with Japan.', 'Japan'],
  ['Investors from South Korea poured money into Hanoi.', 'South Korea'],
  ['Investors from South Korea poured money into Hanoi.', 'Hanoi'],
  ['Exports to Southeast Asia rose.', 'Southeast Asia'],
  ['Japanese businesses lauded the reforms.', 'Japanese'],
  ['The Vietnamese Prime Minister hailed the investment.', 'Vietnamese'],
  ['TOKYO, May 10 — Toyota forecast a drop.', 'TOKYO'],
  ['SEOUL, July 3 — Exports rose.', 'SEOUL'],
  ['FRANKFURT, Dec. 18 — Rates rose.', 'FRANKFURT'],
  ['Prices rose in California and Texas.', 'California'],
  ['The plant in Guangdong employs 3,000.', 'Guangdong'],
  ['Trade with the US and the UK grew.', 'US'],
  ['Trade with the US and the UK grew.', 'UK'],
  ['Firms in the Middle East expanded.', 'Middle East'],
  // events and trade shows
  ['M-Tech Osaka opened in Osaka on October 6.', 'M-Tech Osaka'],
  ['Dealers gathered at the Vietnam Motor Show in Hanoi.', 'Vietnam Motor Show'],
  ['The Asia Energy Summit ends on Friday.', 'Asia Energy Summit'],
  ['The company held its Capital Markets Day in London.', 'Capital Markets Day'],
  ['Visitors flocked to the Canton Fair.', 'Canton Fair'],
  ['Buyers came to the Food Expo in Bangkok.', 'Food Expo'],
  // agreements and laws
  ['After the CPTPP was signed, trade grew.', 'CPTPP'],
  ['The Comprehensive and Progressive Agreement for Trans-Pacific Partnership (CPTPP) took effect.', 'CPTPP'],
  ['The Paris Agreement set targets.', 'Paris Agreement'],
  ['The Inflation Reduction Act offers credits.', 'Inflation Reduction Act'],
  ['The Regional Comprehensive Economic Partnership (RCEP) cut tariffs.', 'RCEP'],
  ['Under the US-Mexico-Canada Agreement, tariffs fell.', 'US-Mexico-Canada Agreement'],
  // stoplisted upper-case words
  ['COVID-19 disrupted supply chains.', 'COVID-19'],
  ['The COVID pandemic hit sales.', 'COVID'],
  ['FDI inflows rose 5%.', 'FDI'],
  ['GDP grew 6% last year.', 'GDP'],
  ['Sales of EV models doubled.', 'EV'],
  ['The CEO resigned on Friday.', 'CEO'],
  ['The IPO raised $1 billion.', 'IPO'],
  ['Prices are quoted in USD and VND.', 'USD'],
  ['Prices are quoted in USD and VND.', 'VND'],
  ['Investment in AI and R&D rose.', 'AI'],
  ['EBITDA rose 12% in Q3.', 'EBITDA'],
  ['EBITDA rose 12% in Q3.', 'Q3'],
  ['The plant will produce 500 MW of power.', 'MW'],
  ['Many SMEs lack capital.', 'SMEs'],
  ['Firms need more small and medium-sized enterprises (SMEs) as suppliers.', 'SMEs'],
  ['Buyers want electric vehicles (EVs) and plug-in hybrids.', 'EVs'],
  ['INVESTMENT projects approved rose sharply.', 'INVESTMENT'],
  // people, titles and descriptions
  ['Prime Minister Pham Minh Chinh met investors.', 'Pham Minh Chinh'],
  ['Prime Minister Pham Minh Chinh met investors.', 'Prime Minister'],
  ['State Industries Minister Ravi Kumar confirmed the deal.', 'State Industries'],
  ['Finance Minister Sri Mulyani spoke.', 'Finance'],
  ['Seiji Imai said the wave would come.', 'Seiji Imai'],
  ['The central bank raised rates.', 'central bank'],
  ['The government is preparing a decree.', 'government'],
  ['The Vietnamese Government is building a decree.', 'Vietnamese Government'],
  // markets, indices, facilities
  ['Wall Street fell on Monday.', 'Wall Street'],
  ['The FTSE 100 rose 1%.', 'FTSE'],
  ['It opened a plant at the Allikulam Industrial Park.', 'Allikulam Industrial Park'],
  ['The Trang Duc Industrial Zone grew.', 'Trang Duc Industrial Zone'],
  // headline case lines
  ['Vietnam Courts Japan’s Top Investors to Fuel High-Tech Growth and Trade\n\nVietnam wants investment.', 'Top Investors'],
  ['Vietnam Courts Japan’s Top Investors to Fuel High-Tech Growth and Trade\n\nVietnam wants investment.', 'Fuel High-Tech Growth'],
  ['Clean Energy Push Gains Momentum Across Asia\n\nInvestors are keen.', 'Clean Energy'],
  ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', 'JAPAN'],
  ['SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .', 'SOCCER'],
  // sports reports: venues, national sides, people, datelines; no club cues outside sports
  ['NHL ICE HOCKEY - SCHEDULE.\nTAMPA BAY AT SAN JOSE', 'SAN JOSE'],
  ['SOCCER - ASIAN CUP.\nJapan beat Syria 2-1 on Friday.', 'Syria'],
  ['SKI JUMPING - RESULTS.\n2. Kazuyoshi Funaki (Japan) 295.4', 'Japan'],
  ['SOCCER - CUP RESULT.\nLONDON 1996-12-06\nPlymouth 4 Exeter 1', 'LONDON'],
  ['CYCLING - TOUR NEWS.\nTIGNES, France 1996-12-06\nThe race went on.', 'TIGNES'],
  ['SOCCER - ASIAN CUP.\nTwo goals in two minutes gave Japan the win.', 'Two'],
  ['SOCCER - BUNDESLIGA STANDINGS.\nWest Indies 3 2 1 0', 'West Indies'],
  ['Sales in Leeds beat forecasts last year.', 'Leeds'],
  ['GOLF - LEADING SCORES.\nErnie Els 68 70 72', 'Ernie Els'],
  // days, months, products, programmes
  ['On Thursday, January sales rose.', 'Thursday'],
  ['Apple sold more iPhone units.', 'iPhone'],
  ['Spending on Social Security rose.', 'Social Security'],
  ['Total revenue rose 8%.', 'Total'],
];

describe('organization: positives', () => {
  it.each(positives)('%s → %s', (text, want) => {
    expect(texts(text)).toContain(want);
  });
});

describe('organization: negatives', () => {
  it.each(negatives)('%s ✗ %s', (text, unwanted) => {
    expect(texts(text)).not.toContain(unwanted);
  });
});

describe('organization: spans', () => {
  it.each([
    ['Toyota’s profit fell.', 'Toyota', 0],
    ['The Bank of Korea held rates.', 'Bank of Korea', 4],
    ['Alphabet-owned Waymo grew.', 'Alphabet', 0],
  ] as const)('%s', (text, want, start) => {
    expect(orgs(text)).toContainEqual(expect.objectContaining({ text: want, start, end: start + [...want].length }));
  });
});

describe('organization: runs of name words', () => {
  const runs = (text: string) => {
    const out: string[][] = [];
    forEachNameRun(text, ({ count, starts, ends }) => out.push(starts.slice(0, count).map((s, k) => text.slice(s, ends[k]))));
    return out;
  };
  it.each([
    ['Bank of the Philippine Islands', [['Bank', 'Philippine', 'Islands']]],
    ['Banco della Svizzera', [['Banco', 'Svizzera']]],
    ['Tan Phu Co., Ltd. said', [['Tan', 'Phu', 'Co., Ltd.']]],
    ['Foo, Inc', [['Foo', 'Inc']]],
    ['Mark & Spencer', [['Mark', 'Spencer']]],
    ['AT&T Inc. rose', [['AT&T', 'Inc.']]],
    ['McDonald’s Corp.', [['McDonald’s', 'Corp.']]],
    ['Ω-Corp. Ltd.', [['Ω-Corp.', 'Ltd.']]],
    ['U.S.A. Today', [['U.S.A.', 'Today']]],
    ['eBay and iPhone', [['eBay', 'iPhone']]],
    ['3M and 7 Eleven', [['3M', '7', 'Eleven']]],
    ['x12Foo', []],
    ['the plc board', [['plc']]],
    ['Grupo de\nC.V.', [['Grupo', 'de\nC.V.']]],
    // Read alone, the run ends in a whole legal form.
    ['Orizaba S.A.B. de C.V.iPhone shares', [['Orizaba', 'S.A.B. de C.V.'], ['iPhone']]],
  ] as const)('%j', (text, want) => {
    expect(runs(text)).toEqual(want);
  });
});

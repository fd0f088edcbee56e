import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { readFileSync } from 'node:fs';
import { listSectors, parseSectorLexicon, sector } from '../../src/extractors/sector/index.js';
import { BUILT_IN_LEXICON, trieSources, triesOf, type SavedTries } from '../../src/extractors/sector/rules.js';
import { mentionsOf } from '../helpers.js';

const DCT = '2025-06-15';

/** Every sector found in a sentence, as [text, isic]. */
const found = (sentence: string) => mentionsOf('sector', sentence, DCT).map((m) => [m.text, m.isic]);

// [sentence, every sector it names as [text, ISIC Rev.4 code]]
const POSITIVES: [string, [string, string][]][] = [
  // Industries named on their own
  ['Foreign investors poured money into semiconductors last year.', [['semiconductors', 'C26']]],
  ['The country wants to lead in clean energy by 2030.', [['clean energy', 'D35']]],
  ['Profits from banking rose 12 percent.', [['banking', 'K64']]],
  ['Japanese firms are interested in food processing in the Mekong delta.', [['food processing', 'C10']]],
  ['He spent two decades in automobile manufacturing before retiring.', [['automobile manufacturing', 'C29']]],
  ['The province is betting on high-tech agriculture to raise farm incomes.', [['high-tech agriculture', 'A01']]],
  ['Spending on digital transformation doubled at state firms.', [['digital transformation', 'J62']]],
  ['Growth in real estate slowed sharply in the second half.', [['real estate', 'L68']]],
  ['Lending to construction jumped after the rate cut.', [['construction', 'F']]],
  ['Revenue from tourism recovered to pre-pandemic levels.', [['tourism', 'I55']]],
  ['The group expanded into hospitality with three new resorts.', [['hospitality', 'I55']]],
  ['The fund backs startups in fintech across Southeast Asia.', [['fintech', 'K64']]],
  ['The company moved into insurance in 2019.', [['insurance', 'K65']]],
  ['Demand for office space from logistics remained strong.', [['logistics', 'H52']]],
  ['The deal gives the group a foothold in aviation.', [['aviation', 'H51']]],
  ['Growth in e-commerce continued to lift parcel volumes.', [['e-commerce', 'G47']]],
  ['The state plans to double investment in healthcare.', [['healthcare', 'Q86']]],
  ['The ministry wants more private money in education.', [['education', 'P85']]],
  ['Sales of the unit rose while retailing stayed weak.', [['retailing', 'G47']]],
  ['Workers moved from agriculture to manufacturing over two decades.', [['agriculture', 'A01'], ['manufacturing', 'C']]],
  ['Returns in aquaculture have attracted Japanese investors.', [['aquaculture', 'A03']]],
  ['The region depends heavily on mining.', [['mining', 'B']]],
  ['Output from oil and gas fell 3 percent.', [['oil and gas', 'B06']]],
  ['Revenue from pharmaceuticals grew by a fifth.', [['pharmaceuticals', 'C21']]],
  ['A downturn in textiles hit the northern provinces.', [['textiles', 'C13']]],
  ['The city hopes biotech will create skilled jobs.', [['biotech', 'C21']]],
  ['Prices are rising in shipbuilding as orders return.', [['shipbuilding', 'C30']]],
  ['The group made its name in telecommunications.', [['telecommunications', 'J61']]],
  ['New rules will open telecoms to foreign owners.', [['telecoms', 'J61']]],
  ['Jobs in information technology pay twice the average wage.', [['information technology', 'J62']]],
  ['Investors are crowding into artificial intelligence.', [['artificial intelligence', 'J62']]],
  ['The firm is a newcomer to cloud computing.', [['cloud computing', 'J63']]],
  ['Margins in consultancy have narrowed.', [['consultancy', 'M70']]],
  ['The bank is a leader in asset management.', [['asset management', 'K66']]],
  ['Growth in renewable energy (RE) outpaced coal.', [['renewable energy (RE)', 'D35']]],
  ['Capacity in solar power tripled in five years.', [['solar power', 'D35']]],
  ['The country leads the region in offshore wind.', [['offshore wind', 'D35']]],
  ['Jobs in steelmaking have halved since 2010.', [['steelmaking', 'C24']]],
  ['Taiwan dominates chipmaking.', [['chipmaking', 'C26']]],
  ['Investment in chip-making surged after the subsidy law passed.', [['chip-making', 'C26']]],
  ['Europe lags in carmaking.', [['carmaking', 'C29']]],
  ['The group sold its stake in papermaking.', [['papermaking', 'C17']]],
  ['The firm built its fortune in petrochemicals.', [['petrochemicals', 'C20']]],
  ['Costs in warehousing rose on higher rents.', [['warehousing', 'H52']]],
  ['The startup works in cybersecurity.', [['cybersecurity', 'J62']]],
  ['The bank cut jobs in investment banking.', [['investment banking', 'K64']]],
  ['The company is a leader in home electronics.', [['home electronics', 'C27']]],
  ['Exports helped the agricultural machinery business.', [['agricultural machinery', 'C28']]],
  ['The new law helps the support industry.', [['support industry', 'C']]],
  ['Firms in the supporting industries need cheaper credit.', [['supporting industries', 'C']]],
  ['Reforms opened public transport to private operators.', [['public transport', 'H49']]],
  ['The plan covers waste management and recycling.', [['waste management', 'E38'], ['recycling', 'E38']]],
  ['Growth in water treatment attracted Korean firms.', [['water treatment', 'E36']]],
  ['Margins in wholesale improved.', [['wholesale', 'G46']]],
  ['Thousands of jobs in hairdressing were lost in the lockdown.', [['hairdressing', 'S96']]],
  ['Investment in higher education rose.', [['higher education', 'P85']]],
  ['The firm expanded in elderly care.', [['elderly care', 'Q87']]],
  ['Licences for gambling were tightened.', [['gambling', 'R92']]],
  ['Growth in aerospace lifted the region.', [['aerospace', 'C30']]],
  ['The group has interests in forestry.', [['forestry', 'A02']]],
  ['The town relies on fisheries.', [['fisheries', 'A03']]],
  ['The company was founded in publishing.', [['publishing', 'J58']]],
  ['Advertising money shifted from broadcasting to streaming.', [['broadcasting', 'J60']]],
  ['Profits in FMCG held up well.', [['FMCG', 'C']]],
  ['The city is a hub for ICT and finance.', [['ICT', 'J'], ['finance', 'K64']]],
  ['The state invests in civil engineering every year.', [['civil engineering', 'F42']]],
  ['Investment in smelting is required by the new rules.', [['smelting', 'C24']]],
  ['Capital flowed into microfinance.', [['microfinance', 'K64']]],

  // With an industry head, kept in the span
  ['The automotive sector accounts for a third of exports.', [['automotive sector', 'C29']]],
  ['The energy sector follows with a quarter of the total.', [['energy sector', 'D35']]],
  ['The technology sector holds 7% of the total.', [['technology sector', 'J']]],
  ['The healthcare sector attracted $2 billion.', [['healthcare sector', 'Q86']]],
  ['Tamil Nadu is set for a boost in its shipbuilding industry.', [['shipbuilding industry', 'C30']]],
  ['Mining industry executives balked at the idea.', [['Mining industry', 'B']]],
  ['The manufacturing sector grew 6 percent.', [['manufacturing sector', 'C']]],
  ['The steel industry is cutting capacity.', [['steel industry', 'C24']]],
  ['The garment industry employs two million people.', [['garment industry', 'C14']]],
  ['The tech sector led the market higher.', [['tech sector', 'J']]],
  ['The power sector needs $10 billion a year.', [['power sector', 'D35']]],
  ['The food industry is lobbying against the tax.', [['food industry', 'C10']]],
  ['The semiconductor industry faces a shortage of engineers.', [['semiconductor industry', 'C26']]],
  ['The chip industry is cyclical.', [['chip industry', 'C26']]],
  ['The airline industry lost billions in 2020.', [['airline industry', 'H51']]],
  ['The property sector remains fragile.', [['property sector', 'L68']]],
  ['The financial sector is well capitalised.', [['financial sector', 'K']]],
  ['The fashion industry has a waste problem.', [['fashion industry', 'C14']]],
  ['The defence industry is booming.', [['defence industry', 'C25']]],
  ['The film industry was hit by strikes.', [['film industry', 'J59']]],
  ['The hotel sector is short of staff.', [['hotel sector', 'I55']]],
  ['The banking sector reported record profits.', [['banking sector', 'K64']]],
  ['The retail sector shed jobs in May.', [['retail sector', 'G47']]],
  ['The insurance industry expects higher claims.', [['insurance industry', 'K65']]],
  ['The cement industry is a big emitter.', [['cement industry', 'C23']]],
  ['The fishing industry opposed the quotas.', [['fishing industry', 'A03']]],
  ['The timber industry is under pressure.', [['timber industry', 'A02']]],
  ['The tobacco industry funded the study.', [['tobacco industry', 'C12']]],
  ['The beverage industry uses a lot of water.', [['beverage industry', 'C11']]],
  ['The leather industry is concentrated in the south.', [['leather industry', 'C15']]],
  ['The furniture industry relies on imported wood.', [['furniture industry', 'C31']]],
  ['The printing industry has consolidated.', [['printing industry', 'C18']]],
  ['The plastics industry opposes the ban.', [['plastics industry', 'C22']]],
  ['The AI industry is growing fast.', [['AI industry', 'J62']]],
  ['The IT sector employs 5 million people.', [['IT sector', 'J62']]],
  ['The EV industry is getting subsidies.', [['EV industry', 'C29']]],
  ['The utilities sector lagged the index.', [['utilities sector', 'D35']]],
  ['The mineral processing industry needs power.', [['mineral processing industry', 'C24']]],
  ['The manufacturing and processing industry attracted the most capital.', [['manufacturing and processing industry', 'C']]],

  // Line-of-business words before company, unit and market nouns (head outside)
  ['Leading battery manufacturer CATL will build the plant.', [['battery', 'C27']]],
  ['South Korean consulting firm SNE Research published the estimate.', [['consulting', 'M70']]],
  ['The software giant beat forecasts.', [['software', 'J62']]],
  ['CRH bought a stake in Spanish cement firm Uniland.', [['cement', 'C23']]],
  ['The building materials group said sales rose.', [['building materials', 'C23']]],
  ['Medical equipment supplier Becton agreed to buy CareFusion.', [['Medical equipment', 'C32']]],
  ['It invested in a local lithium producer.', [['lithium', 'B07']]],
  ['Rules force mining firms to build smelters.', [['mining', 'B']]],
  ['The automotive division kept its cash position.', [['automotive', 'C29']]],
  ['Growth at the cloud-computing business beat estimates.', [['cloud-computing', 'J63']]],
  ['Chevron, the second largest U.S. oil company, reported a profit.', [['oil', 'B06']]],
  ['French energy company Total raised its dividend.', [['energy', 'D35']]],
  ['It is the world’s largest nickel miner.', [['nickel', 'B07']]],
  ['The software developer raised its forecast.', [['software', 'J62']]],
  ['Telecommunications giant AT&T agreed to buy DirecTV.', [['Telecommunications', 'J61']]],
  ['Irish pharmaceutical firm Shire rejected the bid.', [['pharmaceutical', 'C21']]],
  ['Low-cost housing developer 8990 Holdings is building homes.', [['Low-cost housing', 'F41']]],
  ['The brand has its own retail network.', [['retail', 'G47']]],
  ['Weak European construction markets hurt sales.', [['construction', 'F']]],
  ['The steel maker cut output.', [['steel', 'C24']]],
  ['A Japanese chip maker will build a fab in Kumamoto.', [['chip', 'C26']]],
  ['The tech giant reported record profits.', [['tech', 'J']]],
  ['The shipping company ordered ten vessels.', [['shipping', 'H50']]],
  ['A Thai hotel operator bought the resort.', [['hotel', 'I55']]],
  ['The logistics firm opened a hub in Hai Phong.', [['logistics', 'H52']]],
  ['The insurance group reported a loss.', [['insurance', 'K65']]],
  ['The gold miner raised its output forecast.', [['gold', 'B07']]],
  ['A property developer defaulted on its bonds.', [['property', 'L68']]],
  ['The textile maker moved production to Vietnam.', [['textile', 'C13']]],
  ['The solar panel maker raised prices.', [['solar panel', 'C26']]],
  ['The drug company won approval for the vaccine.', [['drug', 'C21']]],
  ['A private equity firm bought the chain.', [['private equity', 'K64']]],
  ['The brokerage firm was fined.', [['brokerage', 'K66']]],
  ['The engineering firm won the contract.', [['engineering', 'M71']]],
  ['The advertising agency lost its biggest client.', [['advertising', 'M73']]],
  ['A travel agency in Hanoi went bankrupt.', [['travel', 'N79']]],
  ['The recruitment firm expects more hiring.', [['recruitment', 'N78']]],
  ['A hospital operator listed its shares.', [['hospital', 'Q86']]],
  ['The casino operator reported a rebound.', [['casino', 'R92']]],
  ['The fitness chain opened 40 gyms.', [['fitness', 'R93']]],
  ['The media group cut jobs.', [['media', 'J']]],
  ['The telecom operator launched 5G.', [['telecom', 'J61']]],
  ['The payments company raised $500 million.', [['payments', 'K66']]],
  ['An IT services provider won the tender.', [['IT services', 'J62']]],
  ['The accounting firm was hired to audit the books.', [['accounting', 'M69']]],
  ['The state oil majors raised output.', [['oil', 'B06']]],
  ['The bank set up a wealth management arm.', [['wealth management', 'K66']]],
  ['Shire sold its generic drug business.', [['generic drug', 'C21']]],
  ['The group owns a fast food chain.', [['fast food', 'I56']]],
  ['The firm is a water utility operator.', [['water utility', 'E36']]],
  ['The smartphone market shrank.', [['smartphone', 'C26']]],

  // Activities after a product, and facilities
  ['Electric-vehicle (EV) manufacturing gets new incentives.', [['Electric-vehicle (EV) manufacturing', 'C29']]],
  ['The package will speed up EV production in Thailand.', [['EV production', 'C29']]],
  ['Weak margins from gasoline production led to a loss.', [['gasoline production', 'C19']]],
  ['The firm will build an electric vehicle (EV) battery plant.', [['electric vehicle (EV) battery', 'C27']]],
  ['It is building a lithium mining and processing project.', [['lithium mining and processing', 'B07']]],
  ['It is building a 12MW biomass energy plant.', [['biomass energy', 'D35']]],
  ['The firm is building a housing project in Bulacan.', [['housing', 'F41']]],
  ['It is setting up an integrated cold chain facility.', [['cold chain', 'H52']]],
  ['Electricity production and distribution drew $38 billion.', [['Electricity production and distribution', 'D35']]],
  ['Steel production fell 4 percent.', [['Steel production', 'C24']]],
  ['Copper smelting is energy-intensive.', [['Copper smelting', 'C24']]],
  ['Oil refining margins collapsed.', [['Oil refining', 'C19']]],
  ['The company is expanding its refining operations.', [['refining', 'C19']]],
  ['Coal mining employs 100,000 people.', [['Coal mining', 'B05']]],
  ['The state wants to grow shrimp farming.', [['shrimp farming', 'A03']]],
  ['Software development is outsourced to Vietnam.', [['Software development', 'J62']]],
  ['The firm plans a steel plant in Ha Tinh.', [['steel', 'C24']]],
  ['Exploration and production earnings doubled.', [['Exploration and production', 'B06']]],
  ['Water-supply and distribution facilities cost P13 billion.', [['Water-supply and distribution', 'E36']]],
  ['Smelting and processing facilities are required.', [['Smelting and processing', 'C24']]],
  ['Retail banking profits rose.', [['Retail banking', 'K64']]],

  // Lists and coordinations
  ['Projects in the electronics, food, and auto sectors rose.', [['electronics', 'C26'], ['food', 'C10'], ['auto', 'C29']]],
  ['Earnings rose from travel and tourism activities.', [['travel', 'N79'], ['tourism', 'I55']]],
  ['Banking and financial services drove the gain.', [['Banking', 'K64'], ['financial services', 'K64']]],
  [
    'The portfolio includes financial services, transportation, energy and industry, real estate and construction, hospitality and leisure, retail, and other holdings.',
    [
      ['financial services', 'K64'], ['transportation', 'H'], ['energy', 'D35'], ['real estate', 'L68'], ['construction', 'F'],
      ['hospitality', 'I55'], ['leisure', 'R93'], ['retail', 'G47'],
    ],
  ],
  [
    'Inflows include computer software and hardware ($7.67 billion), telecommunications ($4.44 billion), trading ($4.57 billion) and automobile ($2.82 billion).',
    [['computer software', 'J62'], ['hardware', 'C26'], ['telecommunications', 'J61'], ['trading', 'G'], ['automobile', 'C29']],
  ],
  ['Hotel & tourism received $2.9 billion.', [['Hotel', 'I55'], ['tourism', 'I55']]],
  [
    'Key sectors such as semiconductors, digital transformation, clean energy, and high-tech agriculture will get support.',
    [['semiconductors', 'C26'], ['digital transformation', 'J62'], ['clean energy', 'D35'], ['high-tech agriculture', 'A01']],
  ],
  [
    'SMEs operating in commerce, banking, construction, food processing, education, home electronics and consultancy joined.',
    [
      ['commerce', 'G'], ['banking', 'K64'], ['construction', 'F'], ['food processing', 'C10'], ['education', 'P85'],
      ['home electronics', 'C27'], ['consultancy', 'M70'],
    ],
  ],
  [
    'Three relate to the support industry, including electronics, agricultural machinery and automobile manufacturing.',
    [['support industry', 'C'], ['electronics', 'C26'], ['agricultural machinery', 'C28'], ['automobile manufacturing', 'C29']],
  ],
  ['Investors are keen on areas such as energy, power and water.', [['energy', 'D35'], ['power', 'D35'], ['water', 'E36']]],
  ['The banking and insurance industries are merging.', [['banking', 'K64'], ['insurance', 'K65']]],
  ['Contributions came from transportation and banking and financial services.', [['transportation', 'H'], ['banking', 'K64'], ['financial services', 'K64']]],
  [
    'The top industries were electrical and electronics (RM22.5 billion), machinery and equipment (RM9.3 billion) and plastic products (RM1.1 billion).',
    [['electrical and electronics', 'C26'], ['machinery and equipment', 'C28'], ['plastic products', 'C22']],
  ],
  ['Growth came from real estate and hospitality.', [['real estate', 'L68'], ['hospitality', 'I55']]],
  ['The fund invests in steel, cement and chemicals.', [['steel', 'C24'], ['cement', 'C23'], ['chemicals', 'C20']]],
  ['The firm focuses on shipping and logistics.', [['shipping', 'H50'], ['logistics', 'H52']]],
  ['The textile and garment industry is the top exporter.', [['textile and garment industry', 'C13']]],
  ['The oil and gas industry cut jobs.', [['oil and gas industry', 'B06']]],
  ['Banking assets contributed to the rise.', [['Banking', 'K64']]],
  ['Jobs in retail and wholesale fell.', [['retail', 'G47'], ['wholesale', 'G46']]],
  ['Pharma and biotech stocks led the gains.', [['Pharma', 'C21'], ['biotech', 'C21']]],
  ['Demand from the food and beverage industry rose.', [['food and beverage industry', 'C10']]],
  ['The bank lends to agriculture, fisheries and forestry.', [['agriculture', 'A01'], ['fisheries', 'A03'], ['forestry', 'A02']]],
  ['The zone targets AI, robotics and biotechnology.', [['AI', 'J62'], ['robotics', 'C28'], ['biotechnology', 'C21']]],
];

// Sentences with sector-like words that name no sector.
const NEGATIVES: string[] = [
  'She put all her energy into the campaign.',
  'Technology is changing how people shop.',
  'The industry has struggled for years.',
  'Trade between the two countries rose 10 percent.',
  'The market fell 2 percent on Friday.',
  'Industry executives met the minister.',
  'Several sectors reported losses.',
  'The sector is expected to grow.',
  'Business confidence fell in May.',
  'Chip exports rose 20 percent in March.',
  'Semiconductor exports hit a record.',
  'Demand for semiconductors rose amid the boom.',
  'Exports of chip and display materials are restricted.',
  'It is a manufacturer of EV batteries.',
  'The firm is a maker of infusion pumps and other medical devices.',
  'They bought $23 billion worth of semiconductors.',
  'The automaker raised its forecast.',
  'The state miner cut output.',
  'The retailer opened 50 stores.',
  'Swiss watchmaker Swatch posted a loss.',
  'The company opened a new manufacturing plant.',
  'It built an integrated manufacturing facility in Penang.',
  'The nickel project is delayed.',
  'Mizuho Bank arranged the loan.',
  'Samsung Electronics reported higher profit.',
  'The Ministry of Agriculture and Rural Development issued a decree.',
  'The Japan Chamber of Commerce and Industry held a seminar.',
  'Toshiba Asia Industrial Products will open an office.',
  'The high technology park is expanding.',
  'The economic sectors grew unevenly.',
  'Downstream industries will benefit.',
  'Oil prices rose 3 percent.',
  'Steel imports fell sharply.',
  'The new mining law takes effect next year.',
  'A mining ministry official said the rules would change.',
  'Construction of the plant began in May.',
  'The development of the port took five years.',
  'The private sector created more jobs.',
  'The power of the central bank is limited.',
  'He was a world power in tennis.',
  'The investment arm of the group bought shares.',
  'Retail investors sold shares.',
  'Food prices rose sharply.',
  'The energy security plan was published.',
  'Intellectual property firm Smith & Co filed the suit.',
  'It is the financial year to March.',
  'Financial markets were calm.',
  'It will invest in R&D centers.',
  'The air force bought new jets.',
  'We asked whether it would help.',
  'Ai Weiwei opened an exhibition.',
  'The high-tech industries are growing.',
  'The industrial sector slowed.',
  'Exports of textiles and garments rose.',
  'Public health officials warned of a surge.',
  'The company sells cloud services to banks.',
  'Gold medal winners were honoured.',
  'The new mining and coal law takes effect in January.',
  'Banking and insurance regulations were tightened.',
  'Demand for clean energy and electronics rose.',
];

describe('sector', () => {
  it.each(POSITIVES)('%s', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  it.each(NEGATIVES)('no sector in: %s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it('reports the section and the official ISIC title', () => {
    const [m] = mentionsOf('sector', 'Investment in semiconductors rose.', DCT);
    expect(m).toMatchObject({ isic: 'C26', isic_section: 'C', sector: 'Manufacture of computer, electronic and optical products' });
    const [f] = mentionsOf('sector', 'The construction sector slowed.', DCT);
    expect(f).toMatchObject({ isic: 'F', isic_section: 'F', sector: 'Construction' });
  });

  it('keeps capitalised sectors joined to other sectors, not to names', () => {
    const text = 'Contributions came from Transportation and Banking and Financial Services, not from Ashland Paving and Construction.';
    expect(sector.extract({ text }).map((m) => m.text)).toEqual(['Transportation', 'Banking', 'Financial Services']);
  });

  it('gives code point offsets that slice the text', () => {
    const text = 'Vốn đầu tư — the “banking” sector and fintech grew.';
    for (const m of mentionsOf('sector', text, DCT)) expect(Array.from(text).slice(m.start, m.end).join('')).toBe(m.text);
  });
});

describe('sector on repeated words', () => {
  it('reads the words of a compound once, not again as phrases of their own', () => {
    // "oil oil oil oil" is one unconfirmed compound (dropped); only the fifth "oil" starts anew.
    expect(sector.extract({ text: 'The oil oil oil oil oil sector.' }).map((m) => m.text)).toEqual(['oil sector']);
  });
});

describe('sector phrase matching', () => {
  const textsOf = (text: string) => sector.extract({ text }).map((m) => m.text);

  it('matches phrases in any case, with hyphens or spaces between their words', () => {
    expect(textsOf('The OIL AND GAS industry and cloud\u2010computing grew.')).toEqual(['OIL AND GAS industry', 'cloud\u2010computing']);
  });

  it('folds case as ECMAScript regexes without the u flag do: no long s or Kelvin sign for ASCII letters', () => {
    expect(textsOf('The \u017Fteel sector, the \u212Aoal industry and the steel sector.')).toEqual(['steel sector']);
  });

  it('reads on after a first word that goes on past its letters', () => {
    expect(textsOf('The E&E sector and the F&B industry grew.')).toEqual(['E&E sector', 'F&B industry']);
  });
});

describe('user sector lexicon', () => {
  const sectorsOf = (text: string, sectorLexicon: [string, string][]) =>
    extract(text, { dct: DCT, types: ['sector'], sectorLexicon }).map((m) => m.type === 'sector' && [m.text, m.isic]);

  it('adds phrases that then stand alone', () => {
    expect(sectorsOf('Growth in vertical farming was strong.', [['vertical farming', 'A01']])).toEqual([['vertical farming', 'A01']]);
  });

  it('overrides the code of a built-in phrase', () => {
    expect(sectorsOf('Growth in tourism was strong.', [['tourism', 'N79']])).toEqual([['tourism', 'N79']]);
  });

  it('ignores a phrase that is empty once normalised', () => {
    expect(sectorsOf('Growth in tourism, mining and oil was strong.', [['()', 'C10']])).toEqual([['tourism', 'I55'], ['mining', 'B']]);
  });

  it('parses CSV with an optional header, comments and quoted phrases', () => {
    const csv = 'phrase,isic\n# mine\nvertical farming,A01\n"ports, harbours",52\n\nspace industry,c30\n';
    expect(parseSectorLexicon(csv)).toEqual([
      ['vertical farming', 'A01'],
      ['ports, harbours', 'H52'],
      ['space industry', 'C30'],
    ]);
    expect(parseSectorLexicon('drones,C30')).toEqual([['drones', 'C30']]);
  });

  it('names the line of a bad row or an unknown code', () => {
    expect(() => parseSectorLexicon('phrase,isic\ndrones,Z99\n')).toThrow(/line 2: unknown ISIC Rev\.4 code "Z99"/);
    expect(() => parseSectorLexicon('drones\n')).toThrow(/line 1: expected "phrase,isic"/);
    expect(() => parseSectorLexicon('a,C26\nb,C26,extra\n')).toThrow(/line 2/);
  });
});

describe('built-in lexicon', () => {
  const rows = listSectors();

  it('has at least 400 phrases, each with a known code and its title', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    for (const row of rows) {
      expect(row.sector, row.phrase).not.toBe('');
      expect(row.isic_section).toBe(row.isic[0]);
    }
  });

  it('covers every ISIC section', () => {
    expect(new Set(rows.map((r) => r.isic_section))).toEqual(new Set('ABCDEFGHIJKLMNOPQRSTU'));
  });

  it('lists generated plural and -making forms', () => {
    const phrases = new Set(rows.map((r) => r.phrase));
    for (const p of ['semiconductors', 'batteries', 'chipmaking', 'chip making', 'retailing']) expect(phrases).toContain(p);
  });
});

describe('saved tries', () => {
  const sources = trieSources(BUILT_IN_LEXICON);
  const made = triesOf(sources);

  it("the build's snapshot holds the tries the built-in lexicon makes", () => {
    const saved = JSON.parse(readFileSync(new URL('../../dist/extractors/sector/tries.json', import.meta.url), 'utf8')) as SavedTries;
    expect(saved.sources).toEqual(sources);
    expect(triesOf(sources, saved)).toEqual(made);
  });

  it('a snapshot made from other phrase lists is not used', () => {
    const stale: SavedTries = {
      sources: { ...sources, anyPhrase: sources.anyPhrase.slice(1) },
      tries: { firstWord: [0], anyPhrase: [0], inCompound: [0], activity: [0], secondActivity: [0] },
    };
    expect(triesOf(sources, stale)).toEqual(made);
  });

  it('a snapshot laid out otherwise than this code lays tries out is not used', () => {
    const saved = JSON.parse(readFileSync(new URL('../../dist/extractors/sector/tries.json', import.meta.url), 'utf8')) as SavedTries;
    const otherLayout: SavedTries = { sources, tries: { ...saved.tries, activity: [...saved.tries.activity, 0], anyPhrase: [0] } };
    expect(triesOf(sources, otherLayout)).toEqual(made);
  });
});

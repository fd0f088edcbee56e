/**
 * Words that make a capitalised name an organisation. Source: general
 * knowledge of company law forms (ISO 20275 entity legal forms, common
 * abbreviations) and of how English names bodies.
 */

/** Legal forms written after a company name; they always end the name and belong to it. */
export const LEGAL_SUFFIXES: readonly string[] = [
  'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Company', 'Companies', 'Cos', 'Cos.',
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'LLP', 'LP', 'L.P.', 'plc', 'PLC', 'Plc', 'AG', 'SA', 'S.A.', 'SE',
  'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'KGaA', 'AB', 'ASA', 'A/S', 'Oyj', 'SpA', 'S.p.A.', 'SAS', 'S.A.S.', 'SARL',
  'Pte', 'Pty', 'Bhd', 'Berhad', 'Sdn', 'Tbk', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'Joint Stock Company',
  'Joint-Stock Company', 'KK', 'K.K.', 'S.A. de C.V.', 'SAB de CV', 'S.A.B. de C.V.', 'de C.V.', 'Co Ltd',
  'Co., Ltd.', 'Co., Ltd', 'Co. Ltd.', 'Co. Ltd', 'Pte Ltd', 'Pty Ltd', 'Sdn Bhd', 'NL', 'Srl', 'S.r.l.',
];

/** Legal forms written before the name ("PT Aneka Tambang"). */
export const LEGAL_PREFIXES: readonly string[] = ['PT', 'CV', 'OAO', 'ZAO', 'PJSC', 'JSC', 'OOO'];

/**
 * Nouns that end an organisation's name: "Mizuho Bank", "Foreign Investment
 * Agency", "Volkswagen Group". A name needs at least one other word before them.
 */
export const ORG_HEADS: readonly string[] = [
  'Bank', 'Bancorp', 'Bankshares', 'Group', 'Holdings', 'Holding', 'Corporation', 'Airlines', 'Airways', 'Air Lines',
  'Motors', 'Motor', 'Industries', 'Industrial', 'Electronics', 'Electric', 'Energy', 'Petroleum',
  'Securities', 'Capital', 'Partners', 'Ventures', 'Investments', 'Investment Trust', 'Fund', 'Funds', 'Exchange',
  'Agency', 'Authority', 'Commission', 'Council', 'Committee', 'Ministry', 'Department', 'Office', 'Institute',
  'Institution', 'University', 'College', 'Association', 'Federation', 'Confederation', 'Union', 'Chamber', 'Party',
  'Assembly', 'Parliament', 'Congress', 'Senate', 'Board', 'Bureau', 'Administration', 'Services', 'Systems',
  'Technologies', 'Technology', 'Pharmaceuticals', 'Pharmaceutical', 'Pharma', 'Materials', 'Foods', 'Food',
  'Beverages', 'Steel', 'Chemicals', 'Chemical', 'Mining', 'Resources', 'Minerals', 'Metals', 'Logistics',
  'Shipping', 'Shipyard', 'Shipbuilders', 'Shipbuilding', 'Telecom', 'Telecommunications', 'Communications',
  'Media', 'News', 'Newsroom', 'News Agency', 'Press', 'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Gazette',
  'Network', 'Networks', 'Broadcasting', 'Studios', 'Pictures', 'Entertainment', 'Solutions', 'Labs',
  'Laboratories', 'Research', 'Consulting', 'Consultants', 'Advisors', 'Advisers', 'Trust', 'Insurance',
  'Assurance', 'Reinsurance', 'Financial', 'Finance', 'Realty', 'Properties', 'Property', 'Land', 'Development',
  'Developments', 'Construction', 'Engineering', 'Brands', 'Stores', 'Retail', 'Foundation', 'Club', 'FC',
  'Society', 'Academy', 'Centre', 'Center', 'Secretariat', 'Directorate', 'Inspectorate', 'Treasury', 'Police',
  'Army', 'Navy', 'Air Force', 'Coast Guard', 'Reserve', 'Cabinet', 'Court', 'Tribunal', 'Organisation',
  'Organization', 'Alliance', 'Coalition', 'Forum', 'Cooperative', 'Co-operative', 'Mutual', 'Airport',
  'Railways', 'Railway', 'Rail', 'Transit', 'Ports', 'Utilities', 'Power', 'Water', 'Petrochemical', 'Refining',
  'Automotive', 'Aerospace', 'Semiconductor', 'Semiconductors', 'Software', 'Microsystems', 'Instruments',
  'Healthcare', 'Health', 'Hospital', 'Clinic', 'Medical', 'Biotech', 'Therapeutics', 'Biosciences', 'Sciences',
  'Agriculture', 'Farms', 'Apparel', 'Textiles', 'Cement', 'Paper', 'Tobacco', 'Brewery', 'Breweries', 'Motor Co',
  'Hotels', 'Resorts', 'Cruises', 'Lines', 'Express', 'Mobile', 'Wireless', 'Cable', 'Satellite', 'Payments',
  'Credit', 'Lending', 'Mortgage', 'Equity', 'Asset Management', 'Management', 'Analytics', 'Data', 'Digital',
  'Interactive', 'Games', 'Software Group', 'Markets', 'Bourse', 'Commodities', 'Trading', 'Enterprises',
  'Enterprise', 'Products', 'Manufacturing', 'Works', 'Mills', 'Industries Group', 'Wing', 'Command', 'Corps',
  'Front', 'Movement', 'League', 'Conference',
];

/**
 * Heads that take a complement naming their remit, and the words that link it:
 * "Ministry of Planning and Investment", "Committee for a Responsible Federal
 * Budget", "Vietnam Trade Office in Japan".
 */
export const HEADS_WITH_COMPLEMENT: readonly (readonly [head: string, links: readonly string[]])[] = [
  ['Ministry', ['of', 'for']], ['Department', ['of', 'for']], ['Bank', ['of', 'for']], ['University', ['of']],
  ['Board', ['of']], ['Institute', ['of', 'for']], ['Federation', ['of']], ['Association', ['of', 'for']],
  ['Chamber', ['of', 'in']], ['Council', ['of', 'for', 'on']], ['Committee', ['of', 'for', 'on']],
  ['Commission', ['of', 'for', 'on']], ['Government', ['of']], ['Office', ['of', 'for', 'in']],
  ['Bureau', ['of', 'for']], ['Agency', ['of', 'for']], ['Authority', ['of', 'for']], ['Court', ['of']],
  ['Organisation', ['of', 'for']], ['Organization', ['of', 'for']], ['Fund', ['for', 'of']], ['Society', ['of', 'for']],
  ['Academy', ['of']], ['College', ['of']], ['School', ['of']], ['Centre', ['for', 'of']], ['Center', ['for', 'of']],
  ['Union', ['of']], ['Party', ['of', 'for']], ['Corporation', ['of', 'for']], ['Federal Reserve Bank', ['of']],
  ['People’s Bank', ['of']], ["People's Bank", ['of']], ['Reserve Bank', ['of']], ['National Bank', ['of']],
  ['Development Bank', ['of']], ['Embassy', ['of', 'in']], ['Consulate', ['of', 'in']], ['Trade Office', ['in']],
  ['Secretariat', ['of']], ['Directorate', ['of']], ['Administration', ['of', 'for']], ['Service', ['of', 'for']],
  ['Confederation', ['of']], ['Alliance', ['of', 'for']], ['League', ['of', 'for']], ['Assembly', ['of']],
  ['Foundation', ['for', 'of']], ['Group', ['of']], ['Cabinet', ['of']],
];

/** Capitalised possessives that belong inside a name ("People's Committee", "Workers' Party"). */
export const NAME_POSSESSIVES: readonly string[] = [
  "People's", 'People’s', "Workers'", 'Workers’', "Women's", 'Women’s', "Children's", 'Children’s',
  "Farmers'", 'Farmers’', "Veterans'", "Employers'", "Traders'", "Consumers'",
];

/** Bodies a news text names by their common noun alone, capitalised: "the Parliament's website", "the Treasury". */
export const STANDALONE_BODIES: readonly string[] = [
  'Parliament', 'Congress', 'Senate', 'Treasury', 'Cabinet', 'Politburo', 'Knesset', 'Duma', 'Bundestag', 'Bundesrat',
  'Reichstag', 'Storting', 'Riksdag', 'Sejm', 'Majlis', 'Lok Sabha', 'Rajya Sabha', 'Commons', 'House of Commons',
  'House of Lords', 'House of Representatives', 'National Assembly', 'Supreme Court', 'Central Committee',
];

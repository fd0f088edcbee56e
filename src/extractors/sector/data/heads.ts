// Words around a sector phrase that decide whether it names an industry.
// Plain word lists; rules.ts builds its patterns from them.

/** Heads that stay in the span: "the automotive sector", "shipbuilding industry". */
export const INDUSTRY_HEADS: readonly string[] = ['industry', 'industries', 'sector', 'sectors'];

/**
 * Company, unit and market nouns after a line-of-business word: "battery
 * manufacturer", "software giant", "construction markets". They confirm the
 * word as a sector but stay outside the span.
 */
export const BUSINESS_HEADS: readonly string[] = [
  'activities', 'activity', 'agencies', 'agency', 'arm', 'arms', 'assets', 'business', 'businesses',
  'chain', 'chains', 'companies', 'company', 'conglomerate', 'conglomerates', 'corporation', 'corporations',
  'developer', 'developers', 'division', 'divisions', 'enterprise', 'enterprises', 'exporter', 'exporters',
  'field', 'firm', 'firms', 'giant', 'giants', 'group', 'groups', 'holdings', 'house', 'houses',
  'investment', 'investments', 'maker', 'makers', 'major', 'majors', 'manufacturer', 'manufacturers',
  'market', 'markets', 'miner', 'miners', 'network', 'networks', 'operations', 'operator', 'operators',
  'player', 'players', 'producer', 'producers', 'provider', 'providers', 'segment', 'segments',
  'service provider', 'service providers', 'start-up', 'start-ups', 'startup', 'startups',
  'subsidiary', 'subsidiaries', 'supplier', 'suppliers', 'unit', 'units', 'vendor', 'vendors',
];

/**
 * Facility and project nouns: "battery plant", "housing project". They confirm
 * an activity or a manufactured product, not a raw material ("nickel project").
 */
export const FACILITY_HEADS: readonly string[] = [
  'complex', 'complexes', 'facilities', 'facility', 'factories', 'factory', 'farm', 'farms', 'hub', 'hubs',
  'park', 'parks', 'plant', 'plants', 'project', 'projects',
];

/**
 * Activity nouns after a product word, kept in the span: "steel production",
 * "lithium mining and processing". A code here overrides the product's.
 */
export const ACTIVITY_NOUNS: readonly (readonly [noun: string, isic?: string])[] = [
  ['assembly'], ['building'], ['cultivation'], ['development'], ['distribution'], ['exploration'],
  ['extraction'], ['fabrication'], ['farming'], ['generation'], ['making'], ['manufacture'],
  ['manufacturing'], ['mining'], ['processing'], ['production'], ['refining', 'C19'],
  ['smelting', 'C24'], ['trading', 'G46'],
];

/**
 * Premodifiers kept in the span of the sector they precede ("advanced
 * manufacturing", "smart agriculture"); alone they name nothing.
 */
export const MODIFIERS: readonly string[] = [
  'advanced', 'affordable', 'green', 'low-cost', 'modern', 'offshore', 'onshore', 'organic', 'smart',
  'sustainable',
];

/** Nouns after a product word that make it a traded good, not a sector: "chip exports", "oil prices". */
export const TRADE_NOUNS: readonly string[] = [
  'consumers', 'customers', 'demand', 'export', 'exports', 'funding', 'import', 'imports', 'investors',
  'price', 'prices', 'sales', 'shipments', 'shortage', 'shortages', 'shoppers', 'traders',
];

/** Nouns of government after a sector word, which make it a topic, not a sector mention: "mining law", "a mining ministry official". */
export const POLICY_NOUNS: readonly string[] = [
  'ban', 'bill', 'code', 'law', 'laws', 'levy', 'licence', 'licences', 'license', 'licenses', 'minister',
  'ministers', 'ministry', 'official', 'officials', 'permit', 'permits', 'policies', 'policy', 'regulation',
  'regulations', 'regulator', 'regulators', 'rules', 'tax', 'taxes',
];

/** Nouns whose "of"/"for" object is a good, not a sector: "demand for semiconductors", "maker of EV batteries". */
export const TRADE_OBJECT_NOUNS: readonly string[] = [
  'buyer', 'buyers', 'demand', 'export', 'exports', 'import', 'imports', 'maker', 'makers', 'manufacturer',
  'manufacturers', 'orders', 'price', 'prices', 'producer', 'producers', 'purchases', 'sales', 'seller',
  'sellers', 'shipments', 'supplier', 'suppliers', 'supplies', 'supply', 'worth',
];

/** Words that end the object of a trade noun: "demand for chips amid the AI boom". */
export const CLAUSE_WORDS: readonly string[] = ['after', 'amid', 'as', 'at', 'by', 'from', 'in', 'on', 'than', 'that', 'to', 'which', 'while', 'with'];

/**
 * Words that introduce a list of sectors; the items after them need no head:
 * "sectors such as energy, ...", "in the fields of ...", "operating in ...".
 */
export const LIST_NOUNS: readonly string[] = [
  'areas', 'area', 'fields', 'field', 'industries', 'industry', 'portfolio', 'sectors', 'sector', 'segments',
];
export const LIST_LINKS: readonly string[] = ['such as', 'like', 'including', 'include', 'includes', 'of', 'as', 'spanning', 'covering'];
export const LIST_VERBS: readonly string[] = [
  'active in', 'engaged in', 'focused on', 'focusing on', 'invest in', 'invested in', 'investing in',
  'investment in', 'investments in', 'operating in', 'specialising in', 'specializing in',
];

/** Capitalised heads whose "of" phrase is a name: "Ministry of Agriculture", "Bank of Tourism". */
export const INSTITUTION_NOUNS: readonly string[] = [
  'Academy', 'Agency', 'Association', 'Authority', 'Bank', 'Board', 'Bureau', 'Chamber', 'College',
  'Commission', 'Committee', 'Council', 'Department', 'Faculty', 'Federation', 'Fund', 'Institute',
  'Minister', 'Ministry', 'Office', 'School', 'Secretary', 'Society', 'Union', 'University',
];

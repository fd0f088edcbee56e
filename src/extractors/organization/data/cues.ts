/**
 * Context cues: words around a capitalised name that show it is an
 * organisation. Source: general knowledge of news style.
 */

/** Titles that follow an organisation's name ("Samsung Electronics Chairman Lee"); they also end a name. */
export const TITLES: readonly string[] = [
  'Chairman', 'Chairwoman', 'Chairperson', 'Vice Chairman', 'CEO', 'Chief Executive', 'Chief Executive Officer',
  'Chief Financial Officer', 'Chief Operating Officer', 'Chief Economist', 'Chief Strategist', 'Chief', 'CFO', 'COO',
  'CTO', 'President', 'Vice President', 'Executive Vice President', 'Senior Vice President', 'Director',
  'Director General', 'Director-General', 'Managing Director', 'General Director', 'Executive Director', 'Head',
  'Spokesman', 'Spokeswoman', 'Spokesperson', 'Founder', 'Co-founder', 'Co-Founder', 'Analyst', 'Economist',
  'Governor', 'Deputy Governor', 'Minister', 'Prime Minister', 'Deputy Prime Minister', 'Deputy Minister',
  'Vice Minister', 'Secretary', 'Secretary-General', 'Secretary General', 'Undersecretary', 'Manager',
  'General Manager', 'Country Manager', 'Officer', 'Board Chairman', 'Chief Representative',
  'Counselor', 'Counsellor', 'Ambassador', 'Consul', 'Consul General', 'Mayor', 'Senator', 'Congressman',
  'Congresswoman', 'Lawmaker', 'Commissioner', 'Treasurer', 'Partner', 'Professor', 'Dean', 'Rector', 'Principal',
  'Leader', 'Owner', 'Investor', 'Trader', 'Strategist', 'Researcher',
];

/** Titles of office holders whose portfolio, written before them, is no organisation: "State Industries Minister". */
export const PORTFOLIO_TITLES: readonly string[] = [
  'Minister', 'Deputy Minister', 'Vice Minister', 'Secretary', 'Director General', 'Director-General', 'Commissioner',
  'Counselor', 'Counsellor', 'Attaché', 'Attache', 'Czar', 'Tsar',
];

/** Capitalised words that begin a job title and are no name of their own ("Finance Minister", "Trade Counselor"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'Finance', 'Foreign', 'Trade', 'Economy', 'Economic', 'Industry', 'Defence', 'Defense', 'Interior', 'Health',
  'Education', 'Energy', 'Environment', 'Labour', 'Labor', 'Justice', 'Home', 'Commerce', 'Agriculture', 'Transport',
  'Deputy', 'Vice', 'Executive', 'Senior', 'Former', 'Acting', 'Chief', 'General', 'Managing', 'Assistant',
  'Associate', 'Regional', 'Country', 'Sales', 'Marketing', 'Investment', 'Research', 'Party', 'State', 'Prime',
  'First', 'Second', 'Communist', 'Permanent', 'Planning', 'Construction', 'Information', 'Science', 'Technology',
];

/** Nouns that, written just before a name, describe a company: "retailer Target", "cement firm Uniland". */
export const COMPANY_NOUNS: readonly string[] = [
  'company', 'companies', 'firm', 'firms', 'group', 'conglomerate', 'giant', 'maker', 'automaker', 'carmaker',
  'chipmaker', 'watchmaker', 'drugmaker', 'steelmaker', 'planemaker', 'shipbuilder', 'retailer', 'retailers', 'lender',
  'lenders', 'bank', 'banks', 'insurer', 'reinsurer', 'brokerage', 'broker', 'operator', 'carrier', 'airline', 'miner',
  'producer', 'supplier', 'manufacturer', 'developer', 'provider', 'distributor', 'startup', 'start-up', 'unit',
  'subsidiary', 'affiliate', 'contractor', 'exporter', 'importer', 'refiner', 'utility', 'telco', 'broadcaster',
  'publisher', 'newspaper', 'agency', 'regulator', 'bourse', 'fund', 'consultancy', 'chain', 'daily', 'weekly',
  'magazine', 'shipper', 'vendor', 'fabricator',
];

/** Nouns before a name that fit a person as well as a company ("rival Walmart", "partner Sony"): checked with compromise. */
export const SHARED_NOUNS: readonly string[] = [
  'rival', 'rivals', 'competitor', 'competitors', 'peer', 'peers', 'partner', 'partners', 'customer', 'customers',
  'client', 'clients', 'buyer', 'acquirer', 'parent', 'network', 'exchange', 'platform', 'brand', 'outlet',
];

/** Words after a name that show it is a company: "Takeda shares", "Twilio stock". */
export const COMPANY_FOLLOWERS: readonly string[] = [
  ', a unit of', ', a subsidiary of', ', a division of', ', an affiliate of', ', the parent of',
  'shares', 'stock', 'stocks', 'shareholders', 'stockholders', 'shareholder', 'share price', 'executives',
  'employees', 'workers', 'board', 'subsidiary', 'unit', 'spokesman', 'spokeswoman', 'spokesperson', 'management',
  'headquarters', 'Inc', 'Corp', 'boss', 'bosses', 'chief executive', 'chairman', 'CEO', 'CFO', 'founder',
  'shares rose', 'shares fell',
];

/** Possessed nouns that show their owner is a company: "Toyota's chief executive". */
export const COMPANY_POSSESSIONS: readonly string[] = [
  'shares', 'stock', 'share price', 'chief executive', 'CEO', 'chairman', 'board', 'shareholders', 'revenue',
  'revenues', 'sales', 'profit', 'profits', 'net income', 'earnings', 'operating profit', 'market value',
  'market capitalization', 'subsidiary', 'unit', 'division', 'parent', 'stake', 'headquarters', 'brand', 'products',
  'plant', 'factory', 'factories', 'customers', 'employees', 'workforce', 'outlook', 'guidance', 'acquisition',
  'takeover', 'bid', 'offer', 'dividend', 'results',
];

/** Words after a hyphen that make the part before it a company: "Alphabet-owned". */
export const HYPHEN_OWNERS: readonly string[] = ['owned', 'backed', 'controlled', 'funded', 'operated', 'run', 'made', 'built'];

/** Words before a name that take a company as object: "acquired CareFusion", "analysts at Jefferies". */
export const TAKES_COMPANY: readonly string[] = [
  'acquired', 'acquire', 'acquires', 'acquiring', 'bought', 'buy', 'buys', 'buying', 'merge with', 'merged with',
  'merging with', 'operated by', 'owned by', 'controlled by', 'acquired by', 'bought by', 'backed by',
  'subsidiary of', 'unit of', 'division of', 'spin-off of', 'shares of', 'shares in', 'stake in', 'takeover of', 'acquisition of', 'bid for', 'spun off',
  'analysts at', 'economists at', 'analyst at', 'economist at', 'works for', 'worked for',
  'rivals such as', 'companies such as', 'companies like', 'firms such as', 'firms like', 'brands such as',
  'retailers such as', 'retailers like',
];

/**
 * Currencies from ISO 4217 with the ways English news writes them.
 *
 * A spelling that several rows share ("$", "dollars", "Rs", "pesos") is
 * ambiguous: it stands for the first row that lists it unless the document
 * names another of those rows explicitly (see normalize.ts). Row order
 * therefore matters: the usual meaning of a shared spelling comes first.
 *
 * Spellings are literal text, matched case-insensitively for words and
 * exactly for symbols and codes. Write multi-word spellings with single
 * spaces (they also match hyphens: "Canadian-dollar"), never with "-".
 */
export interface Currency {
  /** ISO 4217 code; also recognised when written before or after the amount ("USD 5m", "5m USD"). */
  code: string;
  /** Written before the number, exact case: "US$", "€", "Rs". Symbols without letters also count after it ("300 €"). */
  prefixes?: readonly string[];
  /** Prefixes that are ordinary letters too, trusted only with a scale word: "P5 billion", "Bt35bn". */
  weakPrefixes?: readonly string[];
  /** Written after the number only: "500 zł", "20 kr". */
  suffixes?: readonly string[];
  /** The unit's name, singular and plural: "baht", "dollar", "dollars". */
  names?: readonly string[];
  /** Country adjectives that make a shared name specific: "Singapore" dollars, "Swiss" francs. */
  adjectives?: readonly string[];
  /** The minor unit and how many of it make one whole unit. */
  minor?: MinorUnit;
}

export interface MinorUnit {
  /** Names, singular and plural: "cent", "cents". */
  names: readonly string[];
  /** How many minor units make one whole unit. */
  perUnit: number;
  /** Written glued to the number, exact case: "430.5p", "50c", "50¢". */
  glued?: readonly string[];
  /** The bare name is not this currency's; only "euro cents", "Singapore cents" are. */
  qualifiedOnly?: boolean;
}

const DOLLAR = { prefixes: ['$'], names: ['dollar', 'dollars'], minor: { names: ['cent', 'cents'], perUnit: 100, glued: ['¢', 'c'] } } as const;
const PESO = { names: ['peso', 'pesos'], minor: { names: ['centavo', 'centavos'], perUnit: 100 } } as const;
const RUPEE = { names: ['rupee', 'rupees'], minor: { names: ['paisa', 'paise'], perUnit: 100 } } as const;
const POUND = { names: ['pound', 'pounds'], minor: { names: ['piastre', 'piastres'], perUnit: 100 } } as const;
const FRANC = { names: ['franc', 'francs'], minor: { names: ['centime', 'centimes'], perUnit: 100 } } as const;
const DINAR = { names: ['dinar', 'dinars'], minor: { names: ['fils'], perUnit: 1000 } } as const;
const RIYAL = { names: ['riyal', 'riyals', 'rial', 'rials'] } as const;
const DIRHAM = { names: ['dirham', 'dirhams'], minor: { names: ['fils'], perUnit: 100 } } as const;
const SHILLING = { names: ['shilling', 'shillings'] } as const;
const KRONE = { names: ['krone', 'kroner', 'krona', 'kronor', 'crown', 'crowns'], minor: { names: ['öre', 'øre'], perUnit: 100 } } as const;
const KWACHA = { names: ['kwacha', 'kwachas'] } as const;

export const CURRENCIES: readonly Currency[] = [
  // Dollars: USD first, so that a bare "$", "dollars" or "cents" is USD unless the document says otherwise.
  {
    code: 'USD', ...DOLLAR, prefixes: ['$', 'US$', 'U.S.$', 'US $', 'U.S. $', 'USD$', 'USD $'],
    adjectives: ['US', 'U.S.', 'American', 'United States'],
  },
  { code: 'AUD', ...DOLLAR, prefixes: ['$', 'A$', 'AU$', 'AUD$'], adjectives: ['Australian', 'Aussie'] },
  { code: 'CAD', ...DOLLAR, prefixes: ['$', 'C$', 'CA$', 'Can$', 'CAD$'], adjectives: ['Canadian'] },
  { code: 'NZD', ...DOLLAR, prefixes: ['$', 'NZ$'], adjectives: ['New Zealand', 'NZ', 'Kiwi'] },
  { code: 'SGD', ...DOLLAR, prefixes: ['$', 'S$', 'SG$', 'SGD$'], adjectives: ['Singapore', 'Singaporean'] },
  { code: 'HKD', ...DOLLAR, prefixes: ['$', 'HK$'], adjectives: ['Hong Kong', 'HK'] },
  { code: 'TWD', ...DOLLAR, prefixes: ['$', 'NT$'], adjectives: ['Taiwan', 'Taiwanese', 'New Taiwan'] },
  { code: 'BND', ...DOLLAR, prefixes: ['B$'], adjectives: ['Brunei'] },
  { code: 'JMD', ...DOLLAR, prefixes: ['J$'], adjectives: ['Jamaican'] },
  { code: 'TTD', ...DOLLAR, prefixes: ['TT$'], adjectives: ['Trinidad and Tobago', 'Trinidadian'] },
  { code: 'BSD', ...DOLLAR, prefixes: [], adjectives: ['Bahamian'] },
  { code: 'BBD', ...DOLLAR, prefixes: ['Bds$'], adjectives: ['Barbadian', 'Barbados'] },
  { code: 'BZD', ...DOLLAR, prefixes: ['BZ$'], adjectives: ['Belize'] },
  { code: 'FJD', ...DOLLAR, prefixes: ['FJ$'], adjectives: ['Fijian', 'Fiji'] },
  { code: 'NAD', ...DOLLAR, prefixes: ['N$'], adjectives: ['Namibian'] },
  { code: 'LRD', ...DOLLAR, prefixes: ['L$'], adjectives: ['Liberian'] },
  { code: 'GYD', ...DOLLAR, prefixes: ['G$'], adjectives: ['Guyanese'] },
  { code: 'XCD', ...DOLLAR, prefixes: ['EC$'], adjectives: ['East Caribbean'] },
  { code: 'ZWL', ...DOLLAR, prefixes: ['Z$'], adjectives: ['Zimbabwean', 'Zimbabwe'] },

  // Europe
  { code: 'EUR', prefixes: ['€'], names: ['euro', 'euros'], minor: { names: ['cent', 'cents'], perUnit: 100, qualifiedOnly: true } },
  {
    code: 'GBP', ...POUND, prefixes: ['£', 'GB£', 'UK£', 'Stg'],
    names: ['pound', 'pounds', 'sterling', 'pound sterling', 'pounds sterling'],
    adjectives: ['British', 'UK', 'U.K.'],
    minor: { names: ['penny', 'pence'], perUnit: 100, glued: ['p'] },
  },
  { code: 'CHF', ...FRANC, prefixes: ['SFr', 'SFr.', 'Sfr', 'Fr.'], adjectives: ['Swiss'], minor: { names: ['centime', 'centimes', 'rappen'], perUnit: 100 } },
  { code: 'SEK', ...KRONE, weakPrefixes: ['kr'], suffixes: ['kr'], adjectives: ['Swedish'] },
  { code: 'NOK', ...KRONE, weakPrefixes: ['kr'], suffixes: ['kr'], adjectives: ['Norwegian'] },
  { code: 'DKK', ...KRONE, weakPrefixes: ['kr'], suffixes: ['kr'], adjectives: ['Danish'] },
  { code: 'ISK', names: ['krona', 'kronur', 'króna', 'krónur'], adjectives: ['Icelandic'] },
  { code: 'PLN', prefixes: ['zł'], suffixes: ['zł'], names: ['zloty', 'zlotys', 'zlotych', 'złoty', 'złotych'], adjectives: ['Polish'], minor: { names: ['grosz', 'groszy'], perUnit: 100 } },
  { code: 'CZK', suffixes: ['Kč'], names: ['koruna', 'korunas', 'koruny', 'korun', 'crown', 'crowns'], adjectives: ['Czech'], minor: { names: ['haler', 'haleru'], perUnit: 100 } },
  { code: 'HUF', names: ['forint', 'forints'], adjectives: ['Hungarian'] },
  { code: 'RON', names: ['leu', 'lei'], adjectives: ['Romanian'], minor: { names: ['bani'], perUnit: 100 } },
  { code: 'BGN', names: ['lev', 'leva'], adjectives: ['Bulgarian'] },
  { code: 'RSD', ...DINAR, adjectives: ['Serbian'], minor: undefined },
  { code: 'RUB', prefixes: ['₽'], names: ['rouble', 'roubles', 'ruble', 'rubles'], adjectives: ['Russian'], minor: { names: ['kopek', 'kopeks', 'kopeck', 'kopecks'], perUnit: 100 } },
  { code: 'UAH', prefixes: ['₴'], names: ['hryvnia', 'hryvnias', 'hryvnya', 'hryvnas'], adjectives: ['Ukrainian'] },
  { code: 'TRY', prefixes: ['₺'], weakPrefixes: ['TL'], suffixes: ['TL'], names: ['lira', 'liras', 'lire'], adjectives: ['Turkish'], minor: { names: ['kurus', 'kuruş'], perUnit: 100 } },

  // Asia and the Pacific
  { code: 'JPY', prefixes: ['¥', 'JP¥', 'JPY¥'], names: ['yen'], adjectives: ['Japanese'] },
  { code: 'CNY', prefixes: ['¥', 'CN¥', 'RMB', 'Rmb'], names: ['yuan', 'renminbi', 'yuan renminbi'], adjectives: ['Chinese'], minor: { names: ['fen'], perUnit: 100 } },
  { code: 'KRW', prefixes: ['₩'], names: ['won'], adjectives: ['South Korean', 'Korean'] },
  { code: 'INR', ...RUPEE, prefixes: ['₹', 'Rs', 'Rs.'], weakPrefixes: ['Re', 'Re.'], adjectives: ['Indian'] },
  { code: 'PKR', ...RUPEE, prefixes: ['Rs', 'Rs.'], adjectives: ['Pakistani', 'Pakistan'] },
  { code: 'LKR', ...RUPEE, prefixes: ['Rs', 'Rs.', 'SLRs'], adjectives: ['Sri Lankan', 'Sri Lanka'] },
  { code: 'NPR', ...RUPEE, prefixes: ['Rs', 'Rs.', 'NRs'], adjectives: ['Nepalese', 'Nepali'] },
  { code: 'MUR', ...RUPEE, adjectives: ['Mauritian'] },
  { code: 'IDR', prefixes: ['Rp', 'Rp.'], names: ['rupiah', 'rupiahs'], adjectives: ['Indonesian'] },
  { code: 'MYR', prefixes: ['RM'], names: ['ringgit', 'ringgits'], adjectives: ['Malaysian'], minor: { names: ['sen'], perUnit: 100 } },
  { code: 'THB', prefixes: ['฿'], weakPrefixes: ['Bt', 'Bht'], names: ['baht'], adjectives: ['Thai'], minor: { names: ['satang'], perUnit: 100 } },
  { code: 'VND', prefixes: ['₫', 'VNĐ'], names: ['dong', 'dongs', 'đồng', 'dồng'], adjectives: ['Vietnamese', 'Vietnam'] },
  { code: 'PHP', ...PESO, prefixes: ['₱', 'Php', 'PhP'], weakPrefixes: ['P'], adjectives: ['Philippine', 'Filipino'] },
  { code: 'BDT', prefixes: ['৳'], weakPrefixes: ['Tk'], names: ['taka', 'takas'], adjectives: ['Bangladeshi'], minor: { names: ['poisha'], perUnit: 100 } },
  { code: 'MMK', names: ['kyat', 'kyats'], adjectives: ['Myanmar', 'Burmese'] },
  { code: 'KHR', names: ['riel', 'riels'], adjectives: ['Cambodian'] },
  { code: 'LAK', prefixes: ['₭'], names: ['kip'], adjectives: ['Lao', 'Laotian'] },
  { code: 'MNT', prefixes: ['₮'], names: ['tugrik', 'tugriks', 'togrog'], adjectives: ['Mongolian'] },
  { code: 'KZT', prefixes: ['₸'], names: ['tenge'], adjectives: ['Kazakh', 'Kazakhstani'] },
  { code: 'UZS', names: ['som', 'soum'], adjectives: ['Uzbek'] },
  { code: 'AZN', prefixes: ['₼'], names: ['manat', 'manats'], adjectives: ['Azerbaijani'] },
  { code: 'GEL', prefixes: ['₾'], names: ['lari'], adjectives: ['Georgian'] },
  { code: 'AMD', names: ['dram', 'drams'], adjectives: ['Armenian'] },
  { code: 'MOP', prefixes: ['MOP$'], names: ['pataca', 'patacas'], adjectives: ['Macau', 'Macanese'] },
  { code: 'AFN', prefixes: ['؋'], names: ['afghani', 'afghanis'], adjectives: ['Afghan'] },
  { code: 'PGK', names: ['kina'], adjectives: ['Papua New Guinea'] },

  // Middle East and Africa
  { code: 'AED', ...DIRHAM, prefixes: ['Dh', 'Dhs', 'Dh.', 'Dhs.'], adjectives: ['UAE', 'Emirati', 'Emirates'] },
  { code: 'MAD', ...DIRHAM, adjectives: ['Moroccan'] },
  { code: 'SAR', ...RIYAL, weakPrefixes: ['SR'], adjectives: ['Saudi'], minor: { names: ['halala', 'halalas', 'halalah'], perUnit: 100 } },
  { code: 'QAR', ...RIYAL, weakPrefixes: ['QR'], adjectives: ['Qatari'] },
  { code: 'OMR', ...RIYAL, weakPrefixes: ['RO'], adjectives: ['Omani'], minor: { names: ['baisa', 'baisas'], perUnit: 1000 } },
  { code: 'IRR', ...RIYAL, adjectives: ['Iranian'] },
  { code: 'YER', ...RIYAL, adjectives: ['Yemeni'] },
  { code: 'KWD', ...DINAR, weakPrefixes: ['KD'], adjectives: ['Kuwaiti'] },
  { code: 'BHD', ...DINAR, weakPrefixes: ['BD'], adjectives: ['Bahraini'] },
  { code: 'JOD', ...DINAR, weakPrefixes: ['JD'], adjectives: ['Jordanian'] },
  { code: 'IQD', ...DINAR, weakPrefixes: ['ID'], adjectives: ['Iraqi'] },
  { code: 'LYD', ...DINAR, weakPrefixes: ['LD'], adjectives: ['Libyan'] },
  { code: 'TND', ...DINAR, weakPrefixes: ['DT'], adjectives: ['Tunisian'], minor: { names: ['millime', 'millimes'], perUnit: 1000 } },
  { code: 'DZD', ...DINAR, weakPrefixes: ['DA'], adjectives: ['Algerian'], minor: undefined },
  { code: 'ILS', prefixes: ['₪', 'NIS'], names: ['shekel', 'shekels', 'sheqel', 'sheqels', 'new shekel', 'new shekels'], adjectives: ['Israeli', 'new Israeli'], minor: { names: ['agora', 'agorot'], perUnit: 100 } },
  { code: 'EGP', ...POUND, prefixes: ['E£', 'EGP£'], weakPrefixes: ['LE'], adjectives: ['Egyptian'] },
  { code: 'LBP', ...POUND, prefixes: ['L£'], weakPrefixes: ['LL'], adjectives: ['Lebanese'] },
  { code: 'SDG', ...POUND, adjectives: ['Sudanese'] },
  { code: 'SYP', ...POUND, adjectives: ['Syrian'] },
  { code: 'ZAR', weakPrefixes: ['R'], names: ['rand', 'rands'], adjectives: ['South African'], minor: { names: ['cent', 'cents'], perUnit: 100, qualifiedOnly: true } },
  { code: 'NGN', prefixes: ['₦'], weakPrefixes: ['N'], names: ['naira', 'nairas'], adjectives: ['Nigerian'], minor: { names: ['kobo'], perUnit: 100 } },
  { code: 'KES', ...SHILLING, prefixes: ['KSh', 'Ksh', 'KShs', 'Kshs', 'KSh.', 'Ksh.'], weakPrefixes: ['Sh', 'Shs'], adjectives: ['Kenyan', 'Kenya'] },
  { code: 'UGX', ...SHILLING, prefixes: ['USh', 'Ush'], adjectives: ['Ugandan', 'Uganda'] },
  { code: 'TZS', ...SHILLING, prefixes: ['TSh', 'Tsh'], adjectives: ['Tanzanian', 'Tanzania'] },
  { code: 'SOS', ...SHILLING, adjectives: ['Somali'] },
  { code: 'GHS', prefixes: ['GH₵', 'GH¢', '₵'], names: ['cedi', 'cedis'], adjectives: ['Ghanaian', 'Ghana'], minor: { names: ['pesewa', 'pesewas'], perUnit: 100 } },
  { code: 'ETB', weakPrefixes: ['Br'], names: ['birr', 'birrs'], adjectives: ['Ethiopian'] },
  { code: 'ZMW', ...KWACHA, weakPrefixes: ['K'], adjectives: ['Zambian'] },
  { code: 'MWK', ...KWACHA, adjectives: ['Malawian'] },
  { code: 'BWP', weakPrefixes: ['P'], names: ['pula', 'pulas'], adjectives: ['Botswana'] },
  { code: 'RWF', ...FRANC, weakPrefixes: ['Frw', 'RF'], adjectives: ['Rwandan', 'Rwanda'], minor: undefined },
  { code: 'XOF', ...FRANC, prefixes: ['CFA'], adjectives: ['CFA', 'West African CFA'], minor: undefined },
  { code: 'XAF', ...FRANC, adjectives: ['Central African CFA'], minor: undefined },
  { code: 'MGA', names: ['ariary'], adjectives: ['Malagasy'] },

  // The Americas
  { code: 'MXN', ...PESO, prefixes: ['MX$', 'Mex$', 'MXN$'], adjectives: ['Mexican'] },
  { code: 'BRL', prefixes: ['R$'], names: ['reais', 'reals'], adjectives: ['Brazilian'], minor: { names: ['centavo', 'centavos'], perUnit: 100, qualifiedOnly: true } },
  { code: 'ARS', ...PESO, prefixes: ['AR$', 'ARS$'], adjectives: ['Argentine', 'Argentinian'] },
  { code: 'CLP', ...PESO, prefixes: ['CLP$', 'CH$'], adjectives: ['Chilean'] },
  { code: 'COP', ...PESO, prefixes: ['COL$', 'COP$'], adjectives: ['Colombian'] },
  { code: 'UYU', ...PESO, prefixes: ['$U', 'UYU$'], adjectives: ['Uruguayan'] },
  { code: 'DOP', ...PESO, prefixes: ['RD$'], adjectives: ['Dominican'] },
  { code: 'CUP', ...PESO, adjectives: ['Cuban'] },
  { code: 'PEN', prefixes: ['S/', 'S/.'], names: ['sol', 'soles', 'nuevo sol', 'nuevos soles'], adjectives: ['Peruvian'] },
  { code: 'BOB', prefixes: ['Bs'], names: ['boliviano', 'bolivianos'], adjectives: ['Bolivian'] },
  { code: 'PYG', prefixes: ['₲'], names: ['guarani', 'guaranies', 'guaranis', 'guaraní'], adjectives: ['Paraguayan'] },
  { code: 'VES', names: ['bolivar', 'bolivars', 'bolívar', 'bolívares', 'bolivares'], adjectives: ['Venezuelan'] },
  { code: 'GTQ', names: ['quetzal', 'quetzales', 'quetzals'], adjectives: ['Guatemalan'] },
  { code: 'HNL', names: ['lempira', 'lempiras'], adjectives: ['Honduran'] },
  { code: 'CRC', prefixes: ['₡'], names: ['colon', 'colones', 'colón'], adjectives: ['Costa Rican'] },

  // Units of account
  { code: 'XDR', prefixes: ['SDR'], names: ['special drawing rights', 'SDRs'] },
];

/**
 * Bare names that are ordinary English words too ("won the contract",
 * "200 pounds", "the sol"): money only with a scale word or a number
 * written with a comma or decimals ("5,000 won", "5 billion rand").
 */
export const NAMES_THAT_ARE_WORDS: readonly string[] = [
  'won', 'pound', 'pounds', 'rand', 'rands', 'sol', 'colon', 'kip', 'dram', 'drams', 'som',
  'lev', 'lei', 'kina', 'pula', 'reals', 'fen', 'lari', 'crown', 'crowns',
];

/** Bare names that are units of weight too: "5 million pounds of beef" is no money. */
export const NAMES_THAT_ARE_WEIGHTS: readonly string[] = ['pound', 'pounds'];

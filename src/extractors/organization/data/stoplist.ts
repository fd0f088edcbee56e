/**
 * Upper-case tokens that are not organisations: currencies, units, economic
 * and business abbreviations, job titles, technologies, diseases, time zones,
 * months and days. Source: general knowledge (ISO 4217, SI units, common
 * business and news abbreviations).
 */
export const NOT_ORG_ACRONYMS: readonly string[] = [
  // currencies (ISO 4217 and common forms)
  'USD', 'EUR', 'JPY', 'GBP', 'CNY', 'RMB', 'VND', 'KRW', 'THB', 'MYR', 'IDR', 'PHP', 'SGD', 'HKD', 'AUD', 'CAD',
  'NZD', 'CHF', 'INR', 'TWD', 'AED', 'SAR', 'QAR', 'KWD', 'BHD', 'OMR', 'TRY', 'RUB', 'BRL', 'MXN', 'ARS', 'CLP',
  'COP', 'PEN', 'ZAR', 'NGN', 'EGP', 'KES', 'RWF', 'PKR', 'BDT', 'LKR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF',
  'RON', 'ILS', 'UAH', 'KZT', 'BTC', 'ETH', 'USDT', 'RM', 'DH', 'RS', 'NT', 'HK', 'US', 'UK', 'EU',
  // units and measures
  'KM', 'KG', 'MW', 'GW', 'KW', 'TW', 'MWH', 'GWH', 'KWH', 'TWH', 'MT', 'MMT', 'BPD', 'BCM', 'TCF', 'MMBTU', 'TEU',
  'TEUS', 'DWT', 'SQM', 'HA', 'MM', 'CM', 'KB', 'MB', 'GB', 'TB', 'GHZ', 'MHZ', 'NM', 'PPM', 'RPM', 'MPH', 'KPH',
  'CO2', 'CO', 'NOX', 'GHG', 'PC', 'PCS', 'PCT', 'BPS', 'YOY', 'QOQ', 'MOM', 'YTD', 'MTD', 'YR', 'PA', 'P.A.',
  // economics, finance and business
  'GDP', 'GNP', 'GNI', 'FDI', 'ODA', 'CPI', 'PPI', 'PMI', 'IPO', 'IPOS', 'M&A', 'ESG', 'ROE', 'ROA', 'EPS', 'EBIT',
  'EBITDA', 'EBITA', 'P/E', 'NAV', 'AUM', 'ETF', 'ETFS', 'REIT', 'REITS', 'SPAC', 'NPL', 'NPLS', 'CDS', 'MBS', 'ABS',
  'FX', 'OTC', 'LBO', 'PE', 'VC', 'B2B', 'B2C', 'SME', 'SMES', 'MSME', 'MSMES', 'FMCG', 'CAPEX', 'OPEX', 'CFFO',
  'FCF', 'COGS', 'SG&A', 'R&D', 'KPI', 'KPIS', 'ROI', 'FTA', 'FTAS', 'PPP', 'SEZ', 'SEZS', 'EPZ', 'VAT', 'GST', 'CIT',
  'PIT', 'FOB', 'CIF', 'LC', 'FY', 'H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', 'YE', 'AGM', 'EGM', 'MOU', 'MOA', 'MOUS',
  'LOI', 'NDA', 'JV', 'JVS', 'OEM', 'OEMS', 'ODM', 'EMS', 'B2G', 'HQ', 'PR', 'IR', 'ADR', 'ADRS', 'GDR', 'ESOP',
  'TOP', 'IT', 'ICT', 'FTSE', 'DAX', 'CAC', 'DJIA', 'SPX', 'NIKKEI', 'KOSPI', 'HSI', 'STOXX', 'MSCI', 'LIBOR',
  'SOFR', 'EURIBOR', 'SHIBOR', 'CBD', 'ATM', 'ATMS', 'POS', 'KYC', 'AML', 'CSR', 'HR', 'PPE', 'RE', 'EOD',
  // job titles
  'CEO', 'CEOS', 'CFO', 'COO', 'CTO', 'CIO', 'CMO', 'CSO', 'MD', 'VP', 'SVP', 'EVP', 'MP', 'MPS', 'MEP',
  'MEPS', 'PM', 'AM', 'PHD', 'MBA', 'MR', 'MRS', 'MS', 'DR', 'JR', 'SR', 'ST',
  // technology, energy and transport
  'AI', 'GENAI', 'ML', 'EV', 'EVS', 'BEV', 'BEVS', 'PHEV', 'PHEVS', 'HEV', 'HEVS', 'FCEV', 'ICE', 'IOT', '5G', '4G',
  '3G', 'LTE', 'LNG', 'LPG', 'CNG', 'API', 'APIS', 'SAAS', 'PAAS', 'IAAS', 'CPU', 'GPU', 'GPUS', 'CPUS', 'AR', 'VR',
  'XR', 'LED', 'LEDS', 'LCD', 'OLED', 'USB', 'DVD', 'CD', 'TV', 'TVS', 'PCB', 'PCBS', 'IC', 'ICS', 'SOC', 'DRAM',
  'NAND', 'HBM', 'SSD', 'HDD', 'OS', 'IOS', 'APP', 'APPS', 'SMS', 'GPS', 'RFID', 'NFC', 'WIFI', 'VPN', 'DRM', 'SDK',
  'URL', 'HTML', 'PDF', 'SUV', 'SUVS', 'MPV', 'UAV', 'UAVS', 'EVTOL', 'PV', 'CCS', 'CCUS', 'ESS', 'BESS', 'SAF',
  'HVAC', 'EPC', 'O&M', 'MRO', 'GMO', 'API', 'CNC', 'CAD', 'ERP', 'CRM',
  // health
  'COVID', 'COVID-19', 'SARS', 'MERS', 'HIV', 'AIDS', 'TB', 'ICU', 'PCR', 'BSE', 'DNA', 'RNA', 'MRNA', 'FMD',
  // time
  'GMT', 'UTC', 'EST', 'EDT', 'CST', 'CDT', 'PST', 'PDT', 'ET', 'PT', 'CET', 'CEST', 'BST', 'IST', 'JST', 'KST',
  'ICT', 'SGT', 'HKT', 'AEST', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'SEPT', 'OCT', 'NOV',
  'DEC', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'AD', 'BC', 'BCE', 'CE',
  // agreements, programmes and events known by their acronym
  'CPTPP', 'TPP', 'RCEP', 'NAFTA', 'USMCA', 'T-MEC', 'CUSMA', 'EVFTA', 'EVIPA', 'UKVFTA', 'AFTA', 'TTIP', 'CETA',
  'FTAAP', 'BRI', 'OBOR', 'JCPOA', 'TRIPS', 'CHIPS', 'IRA', 'NDC', 'NDCS', 'SDG', 'SDGS', 'COP', 'COP26', 'COP27',
  'COP28', 'COP29', 'COP30', 'WWDC', 'CES', 'MWC', 'EXPO', 'QE', 'QT', 'TARP', 'PPP', 'DRIP', 'ESOP',
  // everyday abbreviations
  'OK', 'FAQ', 'FYI', 'ASAP', 'DIY', 'ID', 'IDS', 'NO', 'VS', 'ETC', 'AKA', 'RIP', 'VIP', 'VIPS', 'UFO', 'A', 'I',
  'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'PS', 'NB', 'Q&A', 'ESL', 'STEM', 'LGBT',
  'LGBTQ', 'CBD', 'GOAT', 'CAPS',
];

/**
 * Last words of capitalised names that are not organisations: events and
 * trade shows, agreements and laws, programmes, facilities, indices and
 * markets, diseases, products and periods.
 */
export const NOT_ORG_HEADS: readonly string[] = [
  // events
  'Expo', 'Exhibition', 'Fair', 'Show', 'Festival', 'Summit', 'Games', 'Olympics', 'Cup', 'Championship',
  'Championships', 'Tournament', 'Open', 'Grand Prix', 'Week', 'Day', 'Days', 'Awards', 'Award', 'Prize', 'Dialogue',
  'Symposium', 'Workshop', 'Seminar', 'Meeting', 'Talks', 'Session', 'Round', 'Congress Hall', 'Election', 'Elections',
  'Census', 'War', 'Crisis', 'Revolution', 'Pandemic', 'Boom',
  // agreements, laws, programmes and plans
  'Agreement', 'Agreements', 'Partnership', 'Treaty', 'Accord', 'Accords', 'Pact', 'Act', 'Law', 'Decree',
  'Resolution', 'Protocol', 'Convention', 'Charter', 'Initiative', 'Plan', 'Programme', 'Program', 'Strategy',
  'Deal', 'Framework', 'Roadmap', 'Declaration', 'Bill', 'Code', 'Rule', 'Rules', 'Regulation', 'Directive',
  'Amendment', 'Doctrine', 'Policy', 'Scheme', 'Project', 'Budget', 'Index', 'Indices', 'Report', 'Survey',
  'Outlook', 'Review', 'Standard', 'Standards', 'Visa', 'Security',
  // facilities and places
  'Park', 'Industrial Park', 'Zone', 'Economic Zone', 'Industrial Zone', 'Tower', 'Towers', 'Building', 'Plant',
  'Factory', 'Mine', 'Field', 'Oilfield', 'Port', 'Airport', 'Terminal', 'Bridge', 'Highway', 'Expressway', 'Road',
  'Street', 'Avenue', 'Square', 'Station', 'Dam', 'Canal', 'River', 'Lake', 'Sea', 'Ocean', 'Island', 'Islands',
  'Mountain', 'Mountains', 'Valley', 'Delta', 'Province', 'Prefecture', 'State', 'City', 'County', 'District',
  'Region', 'Village', 'Town', 'Peninsula', 'Coast', 'Bay', 'Strait', 'Hall', 'Palace', 'Stadium', 'Arena', 'Mall',
  'Hotel', 'Resort', 'Campus', 'Hub', 'Corridor',
  // markets, indices, currencies, products and periods
  'Exchange Rate', 'Composite', 'Average', 'Dollar', 'Dollars', 'Euro', 'Yen', 'Yuan', 'Pound', 'Peso', 'Rupee',
  'Won', 'Dong', 'Baht', 'Ringgit', 'Rupiah', 'Franc', 'Bond', 'Bonds', 'Notes', 'Note', 'Model', 'Series', 'Pro',
  'Max', 'Plus', 'Ultra', 'Edition', 'Version', 'Quarter', 'Year', 'Month', 'Era', 'Age', 'Period', 'Season',
  'Syndrome', 'Virus', 'Disease', 'Flu', 'Vaccine',
];

/**
 * Capitalised words that open a sentence or a heading without being part of
 * a name: they are dropped from the front of a candidate.
 */
export const LEADING_NON_NAME_WORDS: readonly string[] = [
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'But', 'And', 'Or', 'Nor', 'So',
  'Yet', 'As', 'By', 'With', 'Without', 'From', 'To', 'Of', 'Into', 'Onto', 'Over', 'Under', 'After', 'Before',
  'During', 'Since', 'Until', 'While', 'When', 'Where', 'Why', 'How', 'What', 'Which', 'Who', 'Whom', 'Whose', 'If',
  'Unless', 'Although', 'Though', 'Because', 'Despite', 'Like', 'Unlike', 'Among', 'Between', 'Through',
  'Throughout', 'Across', 'Against', 'Along', 'Amid', 'Around', 'Behind', 'Beyond', 'Near', 'Per', 'Via', 'Upon',
  'Its', 'It', 'Their', 'They', 'Our', 'We', 'His', 'He', 'Her', 'She', 'My', 'Your', 'You', 'I', 'Me', 'Us',
  'Them', 'There', 'Here', 'Then', 'Now', 'Also', 'However', 'Meanwhile', 'Moreover', 'Furthermore', 'Still',
  'Currently', 'Recently', 'Shortly', 'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'Both', 'Many', 'Some',
  'Most', 'More', 'Several', 'Other', 'Others', 'Another', 'Each', 'Every', 'All', 'Any', 'No', 'Not', 'Only',
  'Even', 'Just', 'Such', 'According', 'Under', 'Shares', 'Share', 'Analysts', 'Sources', 'Officials',
  'Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs', 'Mrs.', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Monday', 'Tuesday',
  'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug',
  'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Latest', 'Update', 'Updated', 'Published', 'Read', 'Photo', 'Source', 'Note',
  'Related', 'See', 'Click', 'Share', 'Skip', 'Breaking', 'Exclusive', 'Overall', 'Separately',
  'Earlier', 'Later', 'Once', 'Again', 'Already', 'Instead', 'Indeed', 'Thus', 'Hence', 'Nevertheless', 'Nonetheless',
  'Additionally', 'Finally', 'Firstly', 'Secondly', 'Former',
];

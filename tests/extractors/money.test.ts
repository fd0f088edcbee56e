import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { mentionsOf } from '../helpers.js';

type Row = [input: string, text: string, amount: number, amountMax: number | undefined, currency: string];

/** Sentences written for these tests in news style: input → the mention's span and normalised values. */
const positives: Row[] = [
  // Dollar symbols and prefixes
  ['Samsung has invested US$22.4 billion in the country.', 'US$22.4 billion', 22_400_000_000, undefined, 'USD'],
  ['Exports reached US$78.9 billion last year.', 'US$78.9 billion', 78_900_000_000, undefined, 'USD'],
  ['The fund raised US$ 1.1 billion from investors.', 'US$ 1.1 billion', 1_100_000_000, undefined, 'USD'],
  ['Trade hit $51.43 billion in the first half.', '$51.43 billion', 51_430_000_000, undefined, 'USD'],
  ['The group booked $613m in operating profit.', '$613m', 613_000_000, undefined, 'USD'],
  ['It attracted $1.4 bln in new pledges.', '$1.4 bln', 1_400_000_000, undefined, 'USD'],
  ['Sales rose to $2.8bn in the year.', '$2.8bn', 2_800_000_000, undefined, 'USD'],
  ['The budget gap narrowed to $1.147 trillion.', '$1.147 trillion', 1_147_000_000_000, undefined, 'USD'],
  ['Startups raised $50k each in the pilot.', '$50k', 50_000, undefined, 'USD'],
  ['The bid values the lender at $5M.', '$5M', 5_000_000, undefined, 'USD'],
  ['Shares closed at $23.80 on Friday.', '$23.80', 23.8, undefined, 'USD'],
  ['The dividend was raised to $0.331 per share.', '$0.331', 0.331, undefined, 'USD'],
  ['Investors paid $78,252 million in total.', '$78,252 million', 78_252_000_000, undefined, 'USD'],
  ['A house there costs $1,250,000 on average.', '$1,250,000', 1_250_000, undefined, 'USD'],
  ['The chipmaker set aside $3bn for buybacks.', '$3bn', 3_000_000_000, undefined, 'USD'],
  ['Bonds worth $ 300 million were sold.', '$ 300 million', 300_000_000, undefined, 'USD'],
  ['The U.S.$500 million note matures in 2030.', 'U.S.$500 million', 500_000_000, undefined, 'USD'],
  ['Analysts see a USD 2.5 million charge.', 'USD 2.5 million', 2_500_000, undefined, 'USD'],
  ['The unit was sold for USD2.4 billion.', 'USD2.4 billion', 2_400_000_000, undefined, 'USD'],
  ['The deal is worth 1.1 billion USD.', '1.1 billion USD', 1_100_000_000, undefined, 'USD'],
  ['Revenue came to 51.43 billion USD.', '51.43 billion USD', 51_430_000_000, undefined, 'USD'],
  ['The console will cost $249 USD in stores.', '$249 USD', 249, undefined, 'USD'],
  ['Tickets retail for $9.99 US dollars each.', '$9.99 US dollars', 9.99, undefined, 'USD'],
  ['It lost $5.9 billion dollars in the quarter.', '$5.9 billion dollars', 5_900_000_000, undefined, 'USD'],
  ['The ministry pledged 30 million US dollars in aid.', '30 million US dollars', 30_000_000, undefined, 'USD'],
  ['Exports were 1.24 billion U.S. dollars.', '1.24 billion U.S. dollars', 1_240_000_000, undefined, 'USD'],
  ['Crude averaged $125 (U.S.) a barrel.', '$125 (U.S.)', 125, undefined, 'USD'],
  ['The ticket costs $99 (USD) to join.', '$99 (USD)', 99, undefined, 'USD'],
  ['Brent rose to $80 a barrel.', '$80', 80, undefined, 'USD'],
  ['Net income was US$2.71 per share.', 'US$2.71', 2.71, undefined, 'USD'],
  ['The buyer will pay $58.00 a share in cash.', '$58.00', 58, undefined, 'USD'],
  ['Microsoft reported US$45.32 billion in revenue.', 'US$45.32 billion', 45_320_000_000, undefined, 'USD'],
  ['The bank earned US $3 billion in the quarter.', 'US $3 billion', 3_000_000_000, undefined, 'USD'],
  ['A $1.4-billion plant is planned.', '$1.4-billion', 1_400_000_000, undefined, 'USD'],
  ['Oil fell to $.95 a gallon in the spot market.', '$.95', 0.95, undefined, 'USD'],
  // Other dollars
  ['The airline bought jets for S$1.2 billion.', 'S$1.2 billion', 1_200_000_000, undefined, 'SGD'],
  ['The tower sold for HK$8.5 billion.', 'HK$8.5 billion', 8_500_000_000, undefined, 'HKD'],
  ['Canberra granted A$52.5 million to the carmaker.', 'A$52.5 million', 52_500_000, undefined, 'AUD'],
  ['The package is worth AU$40 million.', 'AU$40 million', 40_000_000, undefined, 'AUD'],
  ['The miner spent C$1.16 billion.', 'C$1.16 billion', 1_160_000_000, undefined, 'CAD'],
  ['Fonterra paid NZ$300 million for the plant.', 'NZ$300 million', 300_000_000, undefined, 'NZD'],
  ['TSMC will invest NT$500 billion.', 'NT$500 billion', 500_000_000_000, undefined, 'TWD'],
  ['The brewer sold the unit for R$2.1 billion.', 'R$2.1 billion', 2_100_000_000, undefined, 'BRL'],
  ['Sales rose to MX$18 billion.', 'MX$18 billion', 18_000_000_000, undefined, 'MXN'],
  ['The province offered one billion Canadian dollars in credits.', 'one billion Canadian dollars', 1_000_000_000, undefined, 'CAD'],
  ['It is an 830 million Canadian-dollar expansion.', '830 million Canadian-dollar', 830_000_000, undefined, 'CAD'],
  ['The fund holds 4 billion Singapore dollars.', '4 billion Singapore dollars', 4_000_000_000, undefined, 'SGD'],
  ['The terminal costs SGD1.75-billion.', 'SGD1.75-billion', 1_750_000_000, undefined, 'SGD'],
  ['Profit was 12 billion Hong Kong dollars.', '12 billion Hong Kong dollars', 12_000_000_000, undefined, 'HKD'],
  ['The council approved 200 million Australian dollars.', '200 million Australian dollars', 200_000_000, undefined, 'AUD'],
  ['Airfares rose to 950 New Zealand dollars.', '950 New Zealand dollars', 950, undefined, 'NZD'],
  ['The mill cost 3 billion New Taiwan dollars.', '3 billion New Taiwan dollars', 3_000_000_000, undefined, 'TWD'],
  // Euro and European currencies
  ['CRH eyes €2bn deal for US company.', '€2bn', 2_000_000_000, undefined, 'EUR'],
  ['The ECB bought €80 billion of bonds.', '€80 billion', 80_000_000_000, undefined, 'EUR'],
  ['It posted a profit of 8.52 billion euros.', '8.52 billion euros', 8_520_000_000, undefined, 'EUR'],
  ['The carmaker set aside EUR 300m for recalls.', 'EUR 300m', 300_000_000, undefined, 'EUR'],
  ['Bonds of EUR500 million were placed.', 'EUR500 million', 500_000_000, undefined, 'EUR'],
  ['The ticket is 300 € this year.', '300 €', 300, undefined, 'EUR'],
  ['The contract is worth €1.45bn.', '€1.45bn', 1_450_000_000, undefined, 'EUR'],
  ['Shell paid £13 billion for the field.', '£13 billion', 13_000_000_000, undefined, 'GBP'],
  ['Shire rejected a GBP42 Billion takeover bid.', 'GBP42 Billion', 42_000_000_000, undefined, 'GBP'],
  ['The offer was GBP46.50 per share.', 'GBP46.50', 46.5, undefined, 'GBP'],
  ['The insurer has 5 million pounds in reserves.', '5 million pounds', 5_000_000, undefined, 'GBP'],
  ['It signed a 31 billion-pound deal.', '31 billion-pound', 31_000_000_000, undefined, 'GBP'],
  ['The club was sold for 2.5 billion pounds sterling.', '2.5 billion pounds sterling', 2_500_000_000, undefined, 'GBP'],
  ['The charity raised 40 million sterling.', '40 million sterling', 40_000_000, undefined, 'GBP'],
  ['Shares were up at 3,896.50 pence each.', '3,896.50 pence', 38.965, undefined, 'GBP'],
  ['Shares closed at 3,070.00p on Friday.', '3,070.00p', 30.7, undefined, 'GBP'],
  ['The stock rose to 430.5p in London.', '430.5p', 4.305, undefined, 'GBP'],
  ['The jet cost GB£20.1 billion.', 'GB£20.1 billion', 20_100_000_000, undefined, 'GBP'],
  ['Sales hit 3.7 billion Swiss francs.', '3.7 billion Swiss francs', 3_700_000_000, undefined, 'CHF'],
  ['Profit grew to 281 million Swiss francs.', '281 million Swiss francs', 281_000_000, undefined, 'CHF'],
  ['Nestle spent CHF 2.3 billion on the brand.', 'CHF 2.3 billion', 2_300_000_000, undefined, 'CHF'],
  ['The bank lent SFr 500 million.', 'SFr 500 million', 500_000_000, undefined, 'CHF'],
  ['The order is worth 4 billion Swedish kronor.', '4 billion Swedish kronor', 4_000_000_000, undefined, 'SEK'],
  ['Equinor paid 10 billion Norwegian crowns.', '10 billion Norwegian crowns', 10_000_000_000, undefined, 'NOK'],
  ['Orsted booked 2 billion Danish kroner.', '2 billion Danish kroner', 2_000_000_000, undefined, 'DKK'],
  ['The grant is 7 billion zlotys.', '7 billion zlotys', 7_000_000_000, undefined, 'PLN'],
  ['Warsaw earmarked PLN 12 billion.', 'PLN 12 billion', 12_000_000_000, undefined, 'PLN'],
  ['The plant will cost 20 billion forints.', '20 billion forints', 20_000_000_000, undefined, 'HUF'],
  ['Prague set aside 30 billion Czech crowns.', '30 billion Czech crowns', 30_000_000_000, undefined, 'CZK'],
  ['The utility owes 45 billion koruna.', '45 billion koruna', 45_000_000_000, undefined, 'CZK'],
  ['Moscow injected 500 billion rubles into banks.', '500 billion rubles', 500_000_000_000, undefined, 'RUB'],
  ['The ministry freed 300 billion ruble for lending.', '300 billion ruble', 300_000_000_000, undefined, 'RUB'],
  ['The bank lent 1.13 trillion roubles.', '1.13 trillion roubles', 1_130_000_000_000, undefined, 'RUB'],
  ['Kyiv raised 20 billion hryvnias in bonds.', '20 billion hryvnias', 20_000_000_000, undefined, 'UAH'],
  ['Ankara spent 90 billion lira on subsidies.', '90 billion lira', 90_000_000_000, undefined, 'TRY'],
  ['The port deal is worth TRY 4 billion.', 'TRY 4 billion', 4_000_000_000, undefined, 'TRY'],
  ['Bucharest approved 6 billion lei for roads.', '6 billion lei', 6_000_000_000, undefined, 'RON'],
  // Asia
  ['Toyota expects ¥1.6 trillion in operating profit.', '¥1.6 trillion', 1_600_000_000_000, undefined, 'JPY'],
  ['The yen was at 108 yen a year earlier.', '108 yen', 108, undefined, 'JPY'],
  ['The group bought back shares worth ¥250 billion.', '¥250 billion', 250_000_000_000, undefined, 'JPY'],
  ['Net profit came to ¥113.929B.', '¥113.929B', 113_929_000_000, undefined, 'JPY'],
  ['The lender wrote off JPY 40 billion.', 'JPY 40 billion', 40_000_000_000, undefined, 'JPY'],
  ['The project got 10 billion Japanese yen in loans.', '10 billion Japanese yen', 10_000_000_000, undefined, 'JPY'],
  ['BYD plans to invest CNY28.5bn in a plant.', 'CNY28.5bn', 28_500_000_000, undefined, 'CNY'],
  ['The province collected 61.1 billion yuan.', '61.1 billion yuan', 61_100_000_000, undefined, 'CNY'],
  ['Goods worth 2.627 billion yuan RMB were stored.', '2.627 billion yuan RMB', 2_627_000_000, undefined, 'CNY'],
  ['It raised 37.92-billion-yuan in an offering.', '37.92-billion-yuan', 37_920_000_000, undefined, 'CNY'],
  ['The fund holds RMB 50 billion.', 'RMB 50 billion', 50_000_000_000, undefined, 'CNY'],
  ['Alibaba spent Rmb5bn on logistics.', 'Rmb5bn', 5_000_000_000, undefined, 'CNY'],
  ['Beijing approved 3 trillion renminbi in bonds.', '3 trillion renminbi', 3_000_000_000_000, undefined, 'CNY'],
  ['The firm will invest 260 billion won in chips.', '260 billion won', 260_000_000_000, undefined, 'KRW'],
  ['Seoul will inject 1 trillion won a year.', '1 trillion won', 1_000_000_000_000, undefined, 'KRW'],
  ['A cup of coffee costs 5,000 won in Seoul.', '5,000 won', 5_000, undefined, 'KRW'],
  ['The chip fund holds ₩3 trillion.', '₩3 trillion', 3_000_000_000_000, undefined, 'KRW'],
  ['Reliance plans a Rs 1,156 crore plant.', 'Rs 1,156 crore', 11_560_000_000, undefined, 'INR'],
  ['The shipyard will cost Rs 30,000 crore.', 'Rs 30,000 crore', 300_000_000_000, undefined, 'INR'],
  ['FDI was around Rs 27.3 lakh crore.', 'Rs 27.3 lakh crore', 27_300_000_000_000, undefined, 'INR'],
  ['The scheme costs ₹3,20,000 crore.', '₹3,20,000 crore', 3_200_000_000_000, undefined, 'INR'],
  ['The state spent Rs. 500 crore on roads.', 'Rs. 500 crore', 5_000_000_000, undefined, 'INR'],
  ['Farmers got INR 6,000 a year.', 'INR 6,000', 6_000, undefined, 'INR'],
  ['The budget sets aside 45 lakh rupees per village.', '45 lakh rupees', 4_500_000, undefined, 'INR'],
  ['Pakistan raised 500 billion Pakistani rupees.', '500 billion Pakistani rupees', 500_000_000_000, undefined, 'PKR'],
  ['Miners attracted 53 trillion rupiah in loans.', '53 trillion rupiah', 53_000_000_000_000, undefined, 'IDR'],
  ['The toll road costs Rp 12 trillion.', 'Rp 12 trillion', 12_000_000_000_000, undefined, 'IDR'],
  ['Approved investment reached RM194.9 billion.', 'RM194.9 billion', 194_900_000_000, undefined, 'MYR'],
  ['The plant costs RM 1.2 billion.', 'RM 1.2 billion', 1_200_000_000, undefined, 'MYR'],
  ['Petronas paid 3 billion ringgit in dividends.', '3 billion ringgit', 3_000_000_000, undefined, 'MYR'],
  ['Applications were about 517 billion baht.', '517 billion baht', 517_000_000_000, undefined, 'THB'],
  ['Projects worth Bt35bn were approved.', 'Bt35bn', 35_000_000_000, undefined, 'THB'],
  ['EV makers must invest Bt5 billion.', 'Bt5 billion', 5_000_000_000, undefined, 'THB'],
  ['The line will cost THB 80 billion.', 'THB 80 billion', 80_000_000_000, undefined, 'THB'],
  ['The firm will contribute VND100 billion to the budget.', 'VND100 billion', 100_000_000_000, undefined, 'VND'],
  ['The city collected 10 trillion dong in taxes.', '10 trillion dong', 10_000_000_000_000, undefined, 'VND'],
  ['The city collected 200 trillion đồng in fees.', '200 trillion đồng', 200_000_000_000_000, undefined, 'VND'],
  ['The bank lent VND 5 trillion.', 'VND 5 trillion', 5_000_000_000_000, undefined, 'VND'],
  ['Investments rose to P51.3 billion.', 'P51.3 billion', 51_300_000_000, undefined, 'PHP'],
  ['The P13.3-billion water project was approved.', 'P13.3-billion', 13_300_000_000, undefined, 'PHP'],
  ['The tollway costs PHP 18 billion.', 'PHP 18 billion', 18_000_000_000, undefined, 'PHP'],
  ['The board approved ₱2.2 billion in projects.', '₱2.2 billion', 2_200_000_000, undefined, 'PHP'],
  ['Remittances hit 1.5 billion Philippine pesos.', '1.5 billion Philippine pesos', 1_500_000_000, undefined, 'PHP'],
  ['Dhaka allocated Tk 2,000 crore for the bridge.', 'Tk 2,000 crore', 20_000_000_000, undefined, 'BDT'],
  ['Macau casinos earned 90 billion patacas.', '90 billion patacas', 90_000_000_000, undefined, 'MOP'],
  ['Astana raised 500 billion tenge.', '500 billion tenge', 500_000_000_000, undefined, 'KZT'],
  // Middle East and Africa
  ['The group posted Dh28.3 billion in net profits.', 'Dh28.3 billion', 28_300_000_000, undefined, 'AED'],
  ['The fund has AED 10 billion to invest.', 'AED 10 billion', 10_000_000_000, undefined, 'AED'],
  ['Emaar booked 5 billion dirhams in sales.', '5 billion dirhams', 5_000_000_000, undefined, 'AED'],
  ['Aramco paid 70 billion Saudi riyals.', '70 billion Saudi riyals', 70_000_000_000, undefined, 'SAR'],
  ['The plant costs SR4 billion.', 'SR4 billion', 4_000_000_000, undefined, 'SAR'],
  ['Doha spent 12 billion Qatari riyals.', '12 billion Qatari riyals', 12_000_000_000, undefined, 'QAR'],
  ['The bank earned KD 300 million.', 'KD 300 million', 300_000_000, undefined, 'KWD'],
  ['Kuwait approved 2 billion Kuwaiti dinars.', '2 billion Kuwaiti dinars', 2_000_000_000, undefined, 'KWD'],
  ['Cairo raised 100 billion Egyptian pounds.', '100 billion Egyptian pounds', 100_000_000_000, undefined, 'EGP'],
  ['The port costs E£5 billion.', 'E£5 billion', 5_000_000_000, undefined, 'EGP'],
  ['Israel approved 3 billion shekels in aid.', '3 billion shekels', 3_000_000_000, undefined, 'ILS'],
  ['The startup raised NIS 200 million.', 'NIS 200 million', 200_000_000, undefined, 'ILS'],
  ['Eskom needs R20 billion this year.', 'R20 billion', 20_000_000_000, undefined, 'ZAR'],
  ['Pretoria set aside 15 billion rand.', '15 billion rand', 15_000_000_000, undefined, 'ZAR'],
  ['The miner spent ZAR 3.5 billion.', 'ZAR 3.5 billion', 3_500_000_000, undefined, 'ZAR'],
  ['Lagos spent ₦200 billion on roads.', '₦200 billion', 200_000_000_000, undefined, 'NGN'],
  ['Dangote raised 300 billion naira.', '300 billion naira', 300_000_000_000, undefined, 'NGN'],
  ['Nairobi borrowed KSh 50 billion.', 'KSh 50 billion', 50_000_000_000, undefined, 'KES'],
  ['The budget gap is 93-97 billion Kenyan shillings.', '93-97 billion Kenyan shillings', 93_000_000_000, 97_000_000_000, 'KES'],
  ['Kampala raised 400 billion Ugandan shillings.', '400 billion Ugandan shillings', 400_000_000_000, undefined, 'UGX'],
  ['Accra borrowed 5 billion cedis.', '5 billion cedis', 5_000_000_000, undefined, 'GHS'],
  ['Addis Ababa spent 10 billion birr.', '10 billion birr', 10_000_000_000, undefined, 'ETB'],
  ['Kigali earmarked 40 billion Rwandan francs.', '40 billion Rwandan francs', 40_000_000_000, undefined, 'RWF'],
  ['Dakar raised 150 billion CFA francs.', '150 billion CFA francs', 150_000_000_000, undefined, 'XOF'],
  // The Americas
  ['Pemex lost 80 billion Mexican pesos.', '80 billion Mexican pesos', 80_000_000_000, undefined, 'MXN'],
  ['Buenos Aires printed 1 trillion Argentine pesos.', '1 trillion Argentine pesos', 1_000_000_000_000, undefined, 'ARS'],
  ['Petrobras paid 20 billion reais in dividends.', '20 billion reais', 20_000_000_000, undefined, 'BRL'],
  ['Lima approved 5 billion soles.', '5 billion soles', 5_000_000_000, undefined, 'PEN'],
  ['Santiago spent 900 billion Chilean pesos.', '900 billion Chilean pesos', 900_000_000_000, undefined, 'CLP'],
  ['The IMF lent SDR 1.2 billion.', 'SDR 1.2 billion', 1_200_000_000, undefined, 'XDR'],
  // Minor units
  ['Earnings were 72 cents a share.', '72 cents', 0.72, undefined, 'USD'],
  ['The stock rose 12.5 cents on Friday.', '12.5 cents', 0.125, undefined, 'USD'],
  ['Ford lost 12 cent per share.', '12 cent', 0.12, undefined, 'USD'],
  ['Gasoline fell 50c a litre.', '50c', 0.5, undefined, 'USD'],
  ['A stamp costs 60¢ now.', '60¢', 0.6, undefined, 'USD'],
  ['Fares rise by 20 euro cents.', '20 euro cents', 0.2, undefined, 'EUR'],
  ['The stock fell 45 sen to RM4.10.', '45 sen', 0.45, undefined, 'MYR'],
  ['The duty is 50 paise per litre.', '50 paise', 0.5, undefined, 'INR'],
  ['Fuel rose 25 kopecks a litre.', '25 kopecks', 0.25, undefined, 'RUB'],
  // Spelled numbers
  ['Congress approved two billion dollars in aid.', 'two billion dollars', 2_000_000_000, undefined, 'USD'],
  ['The club is worth half a billion euros.', 'half a billion euros', 500_000_000, undefined, 'EUR'],
  ['He won a million dollars in the lottery.', 'a million dollars', 1_000_000, undefined, 'USD'],
  ['A hundred billion dollars in stock was sold.', 'A hundred billion dollars', 100_000_000_000, undefined, 'USD'],
  ['Seoul donated one million US dollars.', 'one million US dollars', 1_000_000, undefined, 'USD'],
  ['The firm made one and a half billion yen.', 'one and a half billion yen', 1_500_000_000, undefined, 'JPY'],
  ['The village received twenty-five million rupees.', 'twenty-five million rupees', 25_000_000, undefined, 'INR'],
  ['Losses reached five hundred million pounds.', 'five hundred million pounds', 500_000_000, undefined, 'GBP'],
  // Ranges
  ['The outlook is $23 – 26 billion.', '$23 – 26 billion', 23_000_000_000, 26_000_000_000, 'USD'],
  ['The bid values it at around €1.5 to €2bn.', '€1.5 to €2bn', 1_500_000_000, 2_000_000_000, 'EUR'],
  ['Sales will be between $85.5 million and $87.5 million.', 'between $85.5 million and $87.5 million', 85_500_000, 87_500_000, 'USD'],
  ['The plan costs $1-2 billion.', '$1-2 billion', 1_000_000_000, 2_000_000_000, 'USD'],
  ['Guidance is $67.7 billion - $68.7 billion.', '$67.7 billion - $68.7 billion', 67_700_000_000, 68_700_000_000, 'USD'],
  ['It will cost $300 million to $400 million.', '$300 million to $400 million', 300_000_000, 400_000_000, 'USD'],
  ['A deficit of 4 to 5 billion US dollars may appear.', '4 to 5 billion US dollars', 4_000_000_000, 5_000_000_000, 'USD'],
  ['Kenya needs 93-97 billion shillings.', '93-97 billion shillings', 93_000_000_000, 97_000_000_000, 'KES'],
  ['Rent is between 5 and 7 million yen a year.', 'between 5 and 7 million yen', 5_000_000, 7_000_000, 'JPY'],
  ['Fees run from £5,000–£8,000 a term.', '£5,000–£8,000', 5_000, 8_000, 'GBP'],
  ['The award is US$16 million to $28 million.', 'US$16 million to $28 million', 16_000_000, 28_000_000, 'USD'],
  // Exchange-rate notes and conversions
  ['(Reporting by staff; $1 = 35.46 baht)', '$1', 1, undefined, 'USD'],
  ['(Reporting by staff; $1 = 35.46 baht)', '35.46 baht', 35.46, undefined, 'THB'],
  ['The yen will average around ¥105 to the US dollar.', '¥105', 105, undefined, 'JPY'],
  ['It paid $350m (€278m) for the firm.', '€278m', 278_000_000, undefined, 'EUR'],
  ['It paid $350m (€278m) for the firm.', '$350m', 350_000_000, undefined, 'USD'],
  ['Profit was 254 million euros ($280 million).', '$280 million', 280_000_000, undefined, 'USD'],
  // Signs
  ['Free cash flow was negative US$112 million.', 'US$112 million', -112_000_000, undefined, 'USD'],
  ['EBIT swung to -$5m in the quarter.', '-$5m', -5_000_000, undefined, 'USD'],
  ['The balance was minus €40 million.', '€40 million', -40_000_000, undefined, 'EUR'],
  ['The stock fell $10.14 to $23.80.', '$10.14', 10.14, undefined, 'USD'],
  ['The stock fell $10.14 to $23.80.', '$23.80', 23.8, undefined, 'USD'],
  ['Revenue rose from $5.4 billion to $6.1 billion.', '$5.4 billion', 5_400_000_000, undefined, 'USD'],
  ['Revenue rose from $5.4 billion to $6.1 billion.', '$6.1 billion', 6_100_000_000, undefined, 'USD'],
];

const negatives: string[] = [
  'The ministry approved 5,722 projects last year.',
  'Exports rose 12.5% in April.',
  'Output grew 7.5 per cent on-year.',
  'The dollar strengthened against the yen on Friday.',
  'The US dollar fell to a four-year low.',
  'A multibillion-dollar deal was signed.',
  'The multi-billion-euro bond-buying programme ended.',
  'The company issued 5 million shares.',
  'Some 12 crore farmers will benefit.',
  'Electricity production attracted over 38.4 billion in the period.',
  'Call +1 800 555 0199 for details.',
  'The plant produced 2 million tonnes of steel.',
  'In 2019, 300 workers joined the union.',
  'The firm was founded in 1998 and employs 4,000 people.',
  'The swimmer weighs 200 pounds.',
  'Ships carried 5 million pounds of beef.',
  'Korea won 3 gold medals.',
  'Trump won 304 electoral votes.',
  'The team won 5 games in a row.',
  'The price is quoted in 2019 dollars.',
  'The Swiss franc rose sharply.',
  'The euro zone grew 0.3% in the quarter.',
  'Sterling slipped against the euro.',
  'The yuan weakened past 7 per dollar.',
  'The Q3 results beat estimates by 5%.',
  'Section P5 of the report lists risks.',
  'The N95 masks sold out.',
  'The R2 road was closed for repairs.',
  'Highway K7 reopened.',
  'Meet me at 5pm near gate 4.',
  'The rate was cut to 3.5%.',
  'The index gained 340 points to 12,100.',
  'A 150 pound fine was waived.',
  'Several million dollars are at stake.',
  'It has billions of dollars in debt.',
  'Rs are written before amounts in India.',
  'A 5 million real estate fund opened.',
  'Version 2.5 ships in May.',
  'The jet flies 5,600 miles.',
  'The G7 met in 2023.',
  'The bolt is 4 cm long.',
  'He is 6 ft tall and 50 years old.',
  'The firm hired 1,200 staff in 12 countries.',
  'The B-52 bomber flew over the base.',
  'The ratio was 3 to 1 in favour.',
];

describe('money', () => {
  it.each(positives)('%s → %s', (input, text, amount, amountMax, currency) => {
    const found = mentionsOf('money', input).find((m) => m.text === text);
    expect(found, JSON.stringify(mentionsOf('money', input).map((m) => m.text))).toBeDefined();
    expect(found!.amount).toBeCloseTo(amount, 6);
    expect(found!.amount_max).toBe(amountMax);
    expect(found!.currency).toBe(currency);
  });

  it.each(negatives)('no money in: %s', (input) => {
    expect(mentionsOf('money', input).map((m) => m.text)).toEqual([]);
  });
});

describe('money qualifiers, prices and signs', () => {
  it.each([
    ['It will cost about $468 million in total.', '$468 million', 'about'],
    ['A deal that could cost up to €2 billion.', '€2 billion', 'up to'],
    ['Foreign direct investment of more than $2 billion.', '$2 billion', 'more than'],
    ['The value was as high as $362 million.', '$362 million', 'as high as'],
    ['Exports hit almost $35 billion.', '$35 billion', 'almost'],
    ['Projects worth less than Bt5 billion qualify.', 'Bt5 billion', 'less than'],
    ['With at least $2.5 billion in buybacks.', '$2.5 billion', 'at least'],
    ['Losses of close to $15 billion.', '$15 billion', 'close to'],
  ])('%s → qualifier of %s', (input, text, qualifier) => {
    const found = mentionsOf('money', input).find((m) => m.text === text);
    expect(found?.qualifier).toBe(qualifier);
  });

  it.each([
    ['Brent settled at $80 a barrel.', '$80', 'barrel'],
    ['Net income was US$2.71 per share.', 'US$2.71', 'share'],
    ['Gold rose to $1,900 an ounce.', '$1,900', 'ounce'],
    ['Power sells at 5 cents per kWh.', '5 cents', 'kWh'],
    ['Rents reach $500 a square foot.', '$500', 'square foot'],
  ])('%s → per %s', (input, text, per) => {
    expect(mentionsOf('money', input).find((m) => m.text === text)?.per).toBe(per);
  });

  it('does not read "a year earlier" as a rate', () => {
    const [found] = mentionsOf('money', 'Revenue rose from US$37.15 billion a year earlier.');
    expect(found.per).toBeUndefined();
  });
});

describe('money currency inference', () => {
  it('marks a bare $ as inferred USD, and a written US$ as explicit', () => {
    const [bare, written] = mentionsOf('money', 'It paid $5 million and US$3 million.');
    expect([bare.currency, bare.currency_inferred]).toEqual(['USD', true]);
    expect([written.currency, written.currency_inferred]).toEqual(['USD', undefined]);
  });

  it('reads a bare $ as the one other dollar the document writes', () => {
    const found = mentionsOf('money', 'Canberra gave A$52.5 million. Of the $52.5 million, $40 million goes to design.');
    expect(found.map((m) => m.currency)).toEqual(['AUD', 'AUD', 'AUD']);
  });

  it('reads ¥ as yuan in a document about yuan, and as yen otherwise', () => {
    expect(mentionsOf('money', 'Sales were 5 billion yuan, or ¥5 billion.')[1].currency).toBe('CNY');
    expect(mentionsOf('money', 'Profit was ¥5 billion.')[0].currency).toBe('JPY');
  });

  it('follows --dollar for a bare $', () => {
    const found = extract('The council spent $12 million and US$1 million.', { dct: '2025-06-15', types: ['money'], dollar: 'AUD' });
    expect(found.map((m) => m.type === 'money' && m.currency)).toEqual(['AUD', 'USD']);
  });

  it('resolves shared names by the document: pesos in a Mexican story', () => {
    const found = mentionsOf('money', 'Pemex lost 80 billion Mexican pesos; the state added 20 billion pesos.');
    expect(found.map((m) => m.currency)).toEqual(['MXN', 'MXN']);
  });
});

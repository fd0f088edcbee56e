import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';
import { mentionsOf } from '../helpers.js';

type Row = [input: string, text: string, amount: number, amountMax: number | undefined, currency: string];

/** Sentences written for these tests in news style: input → the mention's span and normalised values. */
const positives: Row[] = [
  // Dollar symbols and prefixes
  ['The carmaker has put US$14.6 billion into its plants abroad.', 'US$14.6 billion', 14_600_000_000, undefined, 'USD'],
  ['Shipments abroad reached US$61.3 billion in 2024.', 'US$61.3 billion', 61_300_000_000, undefined, 'USD'],
  ['The fund raised US$ 2.4 billion from pension funds.', 'US$ 2.4 billion', 2_400_000_000, undefined, 'USD'],
  ['Two-way commerce came to $38.07 billion over six months.', '$38.07 billion', 38_070_000_000, undefined, 'USD'],
  ['The group booked $742m in operating profit.', '$742m', 742_000_000, undefined, 'USD'],
  ['The province drew $2.3 bln in new pledges.', '$2.3 bln', 2_300_000_000, undefined, 'USD'],
  ['Turnover climbed to $6.4bn for the year.', '$6.4bn', 6_400_000_000, undefined, 'USD'],
  ['The shortfall narrowed to $1.318 trillion.', '$1.318 trillion', 1_318_000_000_000, undefined, 'USD'],
  ['Startups raised $50k each in the pilot.', '$50k', 50_000, undefined, 'USD'],
  ['The bid values the lender at $5M.', '$5M', 5_000_000, undefined, 'USD'],
  ['Shares ended the session at $41.65 on Tuesday.', '$41.65', 41.65, undefined, 'USD'],
  ['The payout was lifted to $0.472 per share.', '$0.472', 0.472, undefined, 'USD'],
  ['Bidders offered $64,518 million in all.', '$64,518 million', 64_518_000_000, undefined, 'USD'],
  ['A house there costs $1,250,000 on average.', '$1,250,000', 1_250_000, undefined, 'USD'],
  ['The chipmaker set aside $3bn for buybacks.', '$3bn', 3_000_000_000, undefined, 'USD'],
  ['Bonds worth $ 300 million were sold.', '$ 300 million', 300_000_000, undefined, 'USD'],
  ['The U.S.$500 million note matures in 2030.', 'U.S.$500 million', 500_000_000, undefined, 'USD'],
  ['Analysts see a USD 2.5 million charge.', 'USD 2.5 million', 2_500_000, undefined, 'USD'],
  ['The unit changed hands for USD3.7 billion.', 'USD3.7 billion', 3_700_000_000, undefined, 'USD'],
  ['The order is valued at 1.6 billion USD.', '1.6 billion USD', 1_600_000_000, undefined, 'USD'],
  ['Bookings came to 22.75 billion USD.', '22.75 billion USD', 22_750_000_000, undefined, 'USD'],
  ['The headset will cost $349 USD in stores.', '$349 USD', 349, undefined, 'USD'],
  ['Each download costs $4.49 US dollars.', '$4.49 US dollars', 4.49, undefined, 'USD'],
  ['It wrote off $3.2 billion dollars in the quarter.', '$3.2 billion dollars', 3_200_000_000, undefined, 'USD'],
  ['The agency pledged 45 million US dollars in relief.', '45 million US dollars', 45_000_000, undefined, 'USD'],
  ['Imports were 2.16 billion U.S. dollars.', '2.16 billion U.S. dollars', 2_160_000_000, undefined, 'USD'],
  ['Heating oil averaged $131 (U.S.) a barrel.', '$131 (U.S.)', 131, undefined, 'USD'],
  ['Membership costs $79 (USD) a year.', '$79 (USD)', 79, undefined, 'USD'],
  ['Brent rose to $86 a barrel.', '$86', 86, undefined, 'USD'],
  ['Earnings were US$3.14 per share.', 'US$3.14', 3.14, undefined, 'USD'],
  ['The buyer will pay $62.50 a share in cash.', '$62.50', 62.5, undefined, 'USD'],
  ['The software maker reported US$51.7 billion in sales.', 'US$51.7 billion', 51_700_000_000, undefined, 'USD'],
  ['The bank earned US $3 billion in the quarter.', 'US $3 billion', 3_000_000_000, undefined, 'USD'],
  ['A $1.8-billion plant is planned.', '$1.8-billion', 1_800_000_000, undefined, 'USD'],
  ['Ethanol fell to $.95 a gallon in the spot market.', '$.95', 0.95, undefined, 'USD'],
  // Other dollars
  ['The airline bought jets for S$1.2 billion.', 'S$1.2 billion', 1_200_000_000, undefined, 'SGD'],
  ['The tower sold for HK$8.5 billion.', 'HK$8.5 billion', 8_500_000_000, undefined, 'HKD'],
  ['Canberra granted A$61.5 million to the shipyard.', 'A$61.5 million', 61_500_000, undefined, 'AUD'],
  ['The grant is worth AU$35 million.', 'AU$35 million', 35_000_000, undefined, 'AUD'],
  ['The miner spent C$2.45 billion.', 'C$2.45 billion', 2_450_000_000, undefined, 'CAD'],
  ['The dairy paid NZ$300 million for the plant.', 'NZ$300 million', 300_000_000, undefined, 'NZD'],
  ['The foundry will invest NT$500 billion.', 'NT$500 billion', 500_000_000_000, undefined, 'TWD'],
  ['The brewer sold the unit for R$2.1 billion.', 'R$2.1 billion', 2_100_000_000, undefined, 'BRL'],
  ['Sales rose to MX$18 billion.', 'MX$18 billion', 18_000_000_000, undefined, 'MXN'],
  ['The province offered two billion Canadian dollars in credits.', 'two billion Canadian dollars', 2_000_000_000, undefined, 'CAD'],
  ['It is a 640 million Canadian-dollar expansion.', '640 million Canadian-dollar', 640_000_000, undefined, 'CAD'],
  ['The fund holds 4 billion Singapore dollars.', '4 billion Singapore dollars', 4_000_000_000, undefined, 'SGD'],
  ['The new terminal costs SGD2.4-billion.', 'SGD2.4-billion', 2_400_000_000, undefined, 'SGD'],
  ['Profit was 12 billion Hong Kong dollars.', '12 billion Hong Kong dollars', 12_000_000_000, undefined, 'HKD'],
  ['The council approved 200 million Australian dollars.', '200 million Australian dollars', 200_000_000, undefined, 'AUD'],
  ['Airfares rose to 950 New Zealand dollars.', '950 New Zealand dollars', 950, undefined, 'NZD'],
  ['The mill cost 3 billion New Taiwan dollars.', '3 billion New Taiwan dollars', 3_000_000_000, undefined, 'TWD'],
  // Euro and European currencies
  ['Cement maker eyes €3bn purchase in Texas.', '€3bn', 3_000_000_000, undefined, 'EUR'],
  ['The central bank bought €60 billion of bonds.', '€60 billion', 60_000_000_000, undefined, 'EUR'],
  ['It posted a profit of 6.91 billion euros.', '6.91 billion euros', 6_910_000_000, undefined, 'EUR'],
  ['The carmaker set aside EUR 300m for recalls.', 'EUR 300m', 300_000_000, undefined, 'EUR'],
  ['Bonds of EUR500 million were placed.', 'EUR500 million', 500_000_000, undefined, 'EUR'],
  ['The ticket is 300 € this year.', '300 €', 300, undefined, 'EUR'],
  ['The contract is worth €1.85bn.', '€1.85bn', 1_850_000_000, undefined, 'EUR'],
  ['The oil major paid £11 billion for the field.', '£11 billion', 11_000_000_000, undefined, 'GBP'],
  ['The drugmaker turned down a GBP38 Billion approach.', 'GBP38 Billion', 38_000_000_000, undefined, 'GBP'],
  ['The offer was GBP51.25 per share.', 'GBP51.25', 51.25, undefined, 'GBP'],
  ['The insurer has 5 million pounds in reserves.', '5 million pounds', 5_000_000, undefined, 'GBP'],
  ['It signed a 31 billion-pound deal.', '31 billion-pound', 31_000_000_000, undefined, 'GBP'],
  ['The club was sold for 2.5 billion pounds sterling.', '2.5 billion pounds sterling', 2_500_000_000, undefined, 'GBP'],
  ['The charity raised 40 million sterling.', '40 million sterling', 40_000_000, undefined, 'GBP'],
  ['The shares ended at 2,417.50 pence on Monday.', '2,417.50 pence', 24.175, undefined, 'GBP'],
  ['Shares last traded at 1,862.00p.', '1,862.00p', 18.62, undefined, 'GBP'],
  ['The stock rose to 430.5p in London.', '430.5p', 4.305, undefined, 'GBP'],
  ['The warship cost GB£7.3 billion.', 'GB£7.3 billion', 7_300_000_000, undefined, 'GBP'],
  ['Sales hit 4.2 billion Swiss francs.', '4.2 billion Swiss francs', 4_200_000_000, undefined, 'CHF'],
  ['Profit grew to 318 million Swiss francs.', '318 million Swiss francs', 318_000_000, undefined, 'CHF'],
  ['The food group spent CHF 2.3 billion on the brand.', 'CHF 2.3 billion', 2_300_000_000, undefined, 'CHF'],
  ['The bank lent SFr 500 million.', 'SFr 500 million', 500_000_000, undefined, 'CHF'],
  ['The order is worth 4 billion Swedish kronor.', '4 billion Swedish kronor', 4_000_000_000, undefined, 'SEK'],
  ['The oil firm paid 10 billion Norwegian crowns.', '10 billion Norwegian crowns', 10_000_000_000, undefined, 'NOK'],
  ['The wind farm developer booked 2 billion Danish kroner.', '2 billion Danish kroner', 2_000_000_000, undefined, 'DKK'],
  ['The grant is 7 billion zlotys.', '7 billion zlotys', 7_000_000_000, undefined, 'PLN'],
  ['Warsaw earmarked PLN 12 billion.', 'PLN 12 billion', 12_000_000_000, undefined, 'PLN'],
  ['The plant will cost 20 billion forints.', '20 billion forints', 20_000_000_000, undefined, 'HUF'],
  ['Prague set aside 30 billion Czech crowns.', '30 billion Czech crowns', 30_000_000_000, undefined, 'CZK'],
  ['The utility owes 45 billion koruna.', '45 billion koruna', 45_000_000_000, undefined, 'CZK'],
  ['The regulator injected 650 billion rubles into banks.', '650 billion rubles', 650_000_000_000, undefined, 'RUB'],
  ['The ministry freed 240 billion ruble for lending.', '240 billion ruble', 240_000_000_000, undefined, 'RUB'],
  ['The bank lent 1.45 trillion roubles.', '1.45 trillion roubles', 1_450_000_000_000, undefined, 'RUB'],
  ['Kyiv raised 20 billion hryvnias in bonds.', '20 billion hryvnias', 20_000_000_000, undefined, 'UAH'],
  ['Ankara spent 90 billion lira on subsidies.', '90 billion lira', 90_000_000_000, undefined, 'TRY'],
  ['The port deal is worth TRY 4 billion.', 'TRY 4 billion', 4_000_000_000, undefined, 'TRY'],
  ['Bucharest approved 6 billion lei for roads.', '6 billion lei', 6_000_000_000, undefined, 'RON'],
  // Asia
  ['The carmaker expects ¥2.1 trillion in operating profit.', '¥2.1 trillion', 2_100_000_000_000, undefined, 'JPY'],
  ['The currency stood at 131 yen a year ago.', '131 yen', 131, undefined, 'JPY'],
  ['The group bought back shares worth ¥320 billion.', '¥320 billion', 320_000_000_000, undefined, 'JPY'],
  ['Net profit came to ¥113.929B.', '¥113.929B', 113_929_000_000, undefined, 'JPY'],
  ['The lender wrote off JPY 40 billion.', 'JPY 40 billion', 40_000_000_000, undefined, 'JPY'],
  ['The project got 10 billion Japanese yen in loans.', '10 billion Japanese yen', 10_000_000_000, undefined, 'JPY'],
  ['The battery maker plans to invest CNY14.2bn in a plant.', 'CNY14.2bn', 14_200_000_000, undefined, 'CNY'],
  ['The province collected 48.6 billion yuan.', '48.6 billion yuan', 48_600_000_000, undefined, 'CNY'],
  ['Cargo worth 3.418 billion yuan RMB was cleared.', '3.418 billion yuan RMB', 3_418_000_000, undefined, 'CNY'],
  ['It raised 37.92-billion-yuan in an offering.', '37.92-billion-yuan', 37_920_000_000, undefined, 'CNY'],
  ['The fund holds RMB 50 billion.', 'RMB 50 billion', 50_000_000_000, undefined, 'CNY'],
  ['The retailer spent Rmb5bn on logistics.', 'Rmb5bn', 5_000_000_000, undefined, 'CNY'],
  ['Beijing approved 3 trillion renminbi in bonds.', '3 trillion renminbi', 3_000_000_000_000, undefined, 'CNY'],
  ['The firm will invest 380 billion won in chips.', '380 billion won', 380_000_000_000, undefined, 'KRW'],
  ['Seoul will put 2 trillion won a year into research.', '2 trillion won', 2_000_000_000_000, undefined, 'KRW'],
  ['A cup of coffee costs 5,000 won in Seoul.', '5,000 won', 5_000, undefined, 'KRW'],
  ['The chip fund holds ₩3 trillion.', '₩3 trillion', 3_000_000_000_000, undefined, 'KRW'],
  ['The conglomerate plans a Rs 2,340 crore refinery.', 'Rs 2,340 crore', 23_400_000_000, undefined, 'INR'],
  ['The shipyard will cost Rs 18,000 crore.', 'Rs 18,000 crore', 180_000_000_000, undefined, 'INR'],
  ['Inflows came to about Rs 14.6 lakh crore.', 'Rs 14.6 lakh crore', 14_600_000_000_000, undefined, 'INR'],
  ['The scheme costs ₹3,20,000 crore.', '₹3,20,000 crore', 3_200_000_000_000, undefined, 'INR'],
  ['The state spent Rs. 500 crore on roads.', 'Rs. 500 crore', 5_000_000_000, undefined, 'INR'],
  ['Farmers got INR 6,000 a year.', 'INR 6,000', 6_000, undefined, 'INR'],
  ['The budget sets aside 45 lakh rupees per village.', '45 lakh rupees', 4_500_000, undefined, 'INR'],
  ['Pakistan raised 500 billion Pakistani rupees.', '500 billion Pakistani rupees', 500_000_000_000, undefined, 'PKR'],
  ['Nickel miners drew 41 trillion rupiah in loans.', '41 trillion rupiah', 41_000_000_000_000, undefined, 'IDR'],
  ['The toll road costs Rp 12 trillion.', 'Rp 12 trillion', 12_000_000_000_000, undefined, 'IDR'],
  ['Approved projects reached RM212.4 billion.', 'RM212.4 billion', 212_400_000_000, undefined, 'MYR'],
  ['The plant costs RM 1.2 billion.', 'RM 1.2 billion', 1_200_000_000, undefined, 'MYR'],
  ['The state oil firm paid 3 billion ringgit in dividends.', '3 billion ringgit', 3_000_000_000, undefined, 'MYR'],
  ['Requests totalled 642 billion baht.', '642 billion baht', 642_000_000_000, undefined, 'THB'],
  ['Projects worth Bt48bn won approval.', 'Bt48bn', 48_000_000_000, undefined, 'THB'],
  ['Chipmakers must invest Bt7 billion.', 'Bt7 billion', 7_000_000_000, undefined, 'THB'],
  ['The line will cost THB 80 billion.', 'THB 80 billion', 80_000_000_000, undefined, 'THB'],
  ['The plant will pay VND250 billion in taxes.', 'VND250 billion', 250_000_000_000, undefined, 'VND'],
  ['The city collected 10 trillion dong in taxes.', '10 trillion dong', 10_000_000_000_000, undefined, 'VND'],
  ['The city collected 200 trillion đồng in fees.', '200 trillion đồng', 200_000_000_000_000, undefined, 'VND'],
  ['The bank lent VND 5 trillion.', 'VND 5 trillion', 5_000_000_000_000, undefined, 'VND'],
  ['Pledges climbed to P64.8 billion.', 'P64.8 billion', 64_800_000_000, undefined, 'PHP'],
  ['The P9.7-billion port project was cleared.', 'P9.7-billion', 9_700_000_000, undefined, 'PHP'],
  ['The tollway costs PHP 18 billion.', 'PHP 18 billion', 18_000_000_000, undefined, 'PHP'],
  ['The board approved ₱3.6 billion in projects.', '₱3.6 billion', 3_600_000_000, undefined, 'PHP'],
  ['Remittances hit 1.5 billion Philippine pesos.', '1.5 billion Philippine pesos', 1_500_000_000, undefined, 'PHP'],
  ['Dhaka allocated Tk 2,000 crore for the bridge.', 'Tk 2,000 crore', 20_000_000_000, undefined, 'BDT'],
  ['Casinos earned 75 billion patacas.', '75 billion patacas', 75_000_000_000, undefined, 'MOP'],
  ['Astana raised 500 billion tenge.', '500 billion tenge', 500_000_000_000, undefined, 'KZT'],
  // Middle East and Africa
  ['The holding posted Dh19.6 billion in net profit.', 'Dh19.6 billion', 19_600_000_000, undefined, 'AED'],
  ['The fund has AED 10 billion to invest.', 'AED 10 billion', 10_000_000_000, undefined, 'AED'],
  ['The developer booked 5 billion dirhams in sales.', '5 billion dirhams', 5_000_000_000, undefined, 'AED'],
  ['The oil giant paid 70 billion Saudi riyals.', '70 billion Saudi riyals', 70_000_000_000, undefined, 'SAR'],
  ['The plant costs SR4 billion.', 'SR4 billion', 4_000_000_000, undefined, 'SAR'],
  ['Doha spent 12 billion Qatari riyals.', '12 billion Qatari riyals', 12_000_000_000, undefined, 'QAR'],
  ['The bank earned KD 300 million.', 'KD 300 million', 300_000_000, undefined, 'KWD'],
  ['Kuwait approved 2 billion Kuwaiti dinars.', '2 billion Kuwaiti dinars', 2_000_000_000, undefined, 'KWD'],
  ['Cairo raised 100 billion Egyptian pounds.', '100 billion Egyptian pounds', 100_000_000_000, undefined, 'EGP'],
  ['The port costs E£5 billion.', 'E£5 billion', 5_000_000_000, undefined, 'EGP'],
  ['Israel approved 3 billion shekels in aid.', '3 billion shekels', 3_000_000_000, undefined, 'ILS'],
  ['The startup raised NIS 200 million.', 'NIS 200 million', 200_000_000, undefined, 'ILS'],
  ['The power utility needs R20 billion this year.', 'R20 billion', 20_000_000_000, undefined, 'ZAR'],
  ['Pretoria set aside 15 billion rand.', '15 billion rand', 15_000_000_000, undefined, 'ZAR'],
  ['The miner spent ZAR 3.5 billion.', 'ZAR 3.5 billion', 3_500_000_000, undefined, 'ZAR'],
  ['Lagos spent ₦200 billion on roads.', '₦200 billion', 200_000_000_000, undefined, 'NGN'],
  ['The refiner raised 300 billion naira.', '300 billion naira', 300_000_000_000, undefined, 'NGN'],
  ['Nairobi borrowed KSh 50 billion.', 'KSh 50 billion', 50_000_000_000, undefined, 'KES'],
  ['The budget gap is 93-97 billion Kenyan shillings.', '93-97 billion Kenyan shillings', 93_000_000_000, 97_000_000_000, 'KES'],
  ['Kampala raised 400 billion Ugandan shillings.', '400 billion Ugandan shillings', 400_000_000_000, undefined, 'UGX'],
  ['Accra borrowed 5 billion cedis.', '5 billion cedis', 5_000_000_000, undefined, 'GHS'],
  ['Addis Ababa spent 10 billion birr.', '10 billion birr', 10_000_000_000, undefined, 'ETB'],
  ['Kigali earmarked 40 billion Rwandan francs.', '40 billion Rwandan francs', 40_000_000_000, undefined, 'RWF'],
  ['Dakar raised 150 billion CFA francs.', '150 billion CFA francs', 150_000_000_000, undefined, 'XOF'],
  // The Americas
  ['The state oil firm lost 80 billion Mexican pesos.', '80 billion Mexican pesos', 80_000_000_000, undefined, 'MXN'],
  ['Buenos Aires printed 1 trillion Argentine pesos.', '1 trillion Argentine pesos', 1_000_000_000_000, undefined, 'ARS'],
  ['The oil company paid 20 billion reais in dividends.', '20 billion reais', 20_000_000_000, undefined, 'BRL'],
  ['Lima approved 5 billion soles.', '5 billion soles', 5_000_000_000, undefined, 'PEN'],
  ['Santiago spent 900 billion Chilean pesos.', '900 billion Chilean pesos', 900_000_000_000, undefined, 'CLP'],
  ['The IMF lent SDR 1.2 billion.', 'SDR 1.2 billion', 1_200_000_000, undefined, 'XDR'],
  // Minor units
  ['Earnings were 64 cents a share.', '64 cents', 0.64, undefined, 'USD'],
  ['The stock added 17.5 cents on Monday.', '17.5 cents', 0.175, undefined, 'USD'],
  ['The carmaker lost 9 cent per share.', '9 cent', 0.09, undefined, 'USD'],
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
  ['A hundred million dollars of bonds was sold.', 'A hundred million dollars', 100_000_000, undefined, 'USD'],
  ['Tokyo donated three million US dollars.', 'three million US dollars', 3_000_000, undefined, 'USD'],
  ['The firm made one and a half billion yen.', 'one and a half billion yen', 1_500_000_000, undefined, 'JPY'],
  ['The village received twenty-five million rupees.', 'twenty-five million rupees', 25_000_000, undefined, 'INR'],
  ['Losses reached five hundred million pounds.', 'five hundred million pounds', 500_000_000, undefined, 'GBP'],
  // Ranges
  ['The outlook is $31 – 34 billion.', '$31 – 34 billion', 31_000_000_000, 34_000_000_000, 'USD'],
  ['The bid values it at around €2.5 to €3bn.', '€2.5 to €3bn', 2_500_000_000, 3_000_000_000, 'EUR'],
  ['Sales will be between $41.5 million and $43 million.', 'between $41.5 million and $43 million', 41_500_000, 43_000_000, 'USD'],
  ['The plan costs $1-2 billion.', '$1-2 billion', 1_000_000_000, 2_000_000_000, 'USD'],
  ['Guidance is $67.7 billion - $68.7 billion.', '$67.7 billion - $68.7 billion', 67_700_000_000, 68_700_000_000, 'USD'],
  ['It will cost $600 million to $750 million.', '$600 million to $750 million', 600_000_000, 750_000_000, 'USD'],
  ['A surplus of 6 to 8 billion US dollars is expected.', '6 to 8 billion US dollars', 6_000_000_000, 8_000_000_000, 'USD'],
  ['Kenya needs 93-97 billion shillings.', '93-97 billion shillings', 93_000_000_000, 97_000_000_000, 'KES'],
  ['Rent is between 5 and 7 million yen a year.', 'between 5 and 7 million yen', 5_000_000, 7_000_000, 'JPY'],
  ['Fees run from £5,000–£8,000 a term.', '£5,000–£8,000', 5_000, 8_000, 'GBP'],
  ['The award is US$12 million to $19 million.', 'US$12 million to $19 million', 12_000_000, 19_000_000, 'USD'],
  // Exchange-rate notes and conversions
  ['(Editing by staff; $1 = 32.80 baht)', '$1', 1, undefined, 'USD'],
  ['(Editing by staff; $1 = 32.80 baht)', '32.80 baht', 32.8, undefined, 'THB'],
  ['The currency should trade near ¥140 to the US dollar.', '¥140', 140, undefined, 'JPY'],
  ['It paid $420m (€390m) for the firm.', '€390m', 390_000_000, undefined, 'EUR'],
  ['It paid $420m (€390m) for the firm.', '$420m', 420_000_000, undefined, 'USD'],
  ['Profit was 254 million euros ($280 million).', '$280 million', 280_000_000, undefined, 'USD'],
  // Signs
  ['Free cash flow was negative US$112 million.', 'US$112 million', -112_000_000, undefined, 'USD'],
  ['EBIT swung to -$5m in the quarter.', '-$5m', -5_000_000, undefined, 'USD'],
  ['The balance was minus €40 million.', '€40 million', -40_000_000, undefined, 'EUR'],
  ['The shares dropped $7.20 to $31.45.', '$7.20', 7.2, undefined, 'USD'],
  ['The shares dropped $7.20 to $31.45.', '$31.45', 31.45, undefined, 'USD'],
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
  'The lender carries billions of dollars of bad loans.',
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
    ['It will cost about $512 million in total.', '$512 million', 'about'],
    ['The takeover may cost up to €4 billion.', '€4 billion', 'up to'],
    ['Inflows of more than $6 billion a month.', '$6 billion', 'more than'],
    ['Sales could be as high as $415 million.', '$415 million', 'as high as'],
    ['Exports hit almost $47 billion.', '$47 billion', 'almost'],
    ['Plants costing less than Bt9 billion qualify.', 'Bt9 billion', 'less than'],
    ['The board promised at least $4.5 billion in buybacks.', '$4.5 billion', 'at least'],
    ['It booked losses of close to $19 billion.', '$19 billion', 'close to'],
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
    const [found] = mentionsOf('money', 'Revenue was US$29.84 billion a year earlier.');
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
    const found = mentionsOf('money', 'Canberra gave A$61.5 million. Of the $61.5 million, $35 million goes to design.');
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
    const found = mentionsOf('money', 'The oil firm lost 80 billion Mexican pesos; the state added 20 billion pesos.');
    expect(found.map((m) => m.currency)).toEqual(['MXN', 'MXN']);
  });
});

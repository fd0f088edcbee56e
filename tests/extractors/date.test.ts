import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../helpers.js';
import { DATE_RULES } from '../../src/extractors/date/rules.js';
import { startIndex } from '../../src/extractors/date/starts.js';

/** Every case is read against this article date: Sunday 15 June 2025 (ISO week 24). */
const DCT = '2025-06-15';

const found = (sentence: string, dct: string | null = DCT) => mentionsOf('date', sentence, dct).map((m) => [m.text, m.value]);

// [sentence, mention text, TIMEX3 value]
const POSITIVES: [string, string, string][] = [
  // Full dates in every order
  ['The plant opened on 7 October 2021 in Hanoi.', '7 October 2021', '2021-10-07'],
  ['The plant opened on October 7, 2021 in Hanoi.', 'October 7, 2021', '2021-10-07'],
  ['The plant opened on Oct. 7, 2021 in Hanoi.', 'Oct. 7, 2021', '2021-10-07'],
  ['The plant opened on Oct 7 2021 in Hanoi.', 'Oct 7 2021', '2021-10-07'],
  ['The plant opened on 2021-10-07 in Hanoi.', '2021-10-07', '2021-10-07'],
  ['The filing is dated 10/07/2021.', '10/07/2021', '2021-10-07'],
  ['The filing is dated 25/12/2021.', '25/12/2021', '2021-12-25'],
  ['The filing is dated 07.10.2021.', '07.10.2021', '2021-10-07'],
  ['The filing is dated 2021/10/07.', '2021/10/07', '2021-10-07'],
  ['The deal closed on the 7th of October 2021.', 'the 7th of October 2021', '2021-10-07'],
  ['The deal closed on 7th October 2021.', '7th October 2021', '2021-10-07'],
  ['The deal closed on October 7th, 2021.', 'October 7th, 2021', '2021-10-07'],
  ['The deal closed on Sept. 30, 2024.', 'Sept. 30, 2024', '2024-09-30'],
  ['The deal closed on Sep 30, 2024.', 'Sep 30, 2024', '2024-09-30'],
  ['The deal closed on 1 January 2000.', '1 January 2000', '2000-01-01'],
  ['The deal closed on February 29, 2024.', 'February 29, 2024', '2024-02-29'],
  ['Shares fell on December 31, 1999.', 'December 31, 1999', '1999-12-31'],
  ['The law took effect on Jan. 1, 2020.', 'Jan. 1, 2020', '2020-01-01'],
  ['Trading resumed on 3 Feb 2023.', '3 Feb 2023', '2023-02-03'],
  ['Trading resumed on Aug. 4, 2008.', 'Aug. 4, 2008', '2008-08-04'],
  // Weekday and time belong to the date
  ['Thursday, 07 October 2021 10:44:00', 'Thursday, 07 October 2021 10:44:00', '2021-10-07T10:44'],
  ['Published May 15, 2024 03:27 pm IST', 'May 15, 2024 03:27 pm IST', '2024-05-15T15:27'],
  ['Posted 19th Apr 2018 13:26', '19th Apr 2018 13:26', '2018-04-19T13:26'],
  ['The results came on Tuesday (Oct 26).', 'Tuesday (Oct 26)', '2024-10-26'],
  ['It was signed on Monday, March 3, 2025.', 'Monday, March 3, 2025', '2025-03-03'],
  ['Markets reopen on Wednesday, Jan. 8, 2025.', 'Wednesday, Jan. 8, 2025', '2025-01-08'],
  ['The vote was held at 2021-10-07T10:44:00Z.', '2021-10-07T10:44:00Z', '2021-10-07T10:44'],
  // Month and day without a year take it from the article, looking back
  ['The ministry approved the plan on March 8.', 'March 8', '2025-03-08'],
  ['Sales rose 5% on May 2.', 'May 2', '2025-05-02'],
  ['The company said on June 3 it would expand.', 'June 3', '2025-06-03'],
  ['The board said on December 1 that it had agreed.', 'December 1', '2024-12-01'],
  ['The new rules will take effect on December 1.', 'December 1', '2025-12-01'],
  ['He will step down on 1 September.', '1 September', '2025-09-01'],
  ['The index closed at a record on Jan. 20.', 'Jan. 20', '2025-01-20'],
  // Month and year, months alone
  ['Exports reached a peak in January 2026.', 'January 2026', '2026-01'],
  ['Exports reached a peak in Jan. 2026.', 'Jan. 2026', '2026-01'],
  ['Exports reached a peak in March of 2019.', 'March of 2019', '2019-03'],
  ['Exports reached a peak in September, 2019.', 'September, 2019', '2019-09'],
  ['The fund ran from Apr to Mar\'20.', 'from Apr to Mar\'20', '2019-04/2020-03'],
  ['Exports rose sharply in April.', 'April', '2025-04'],
  ['The company listed its shares in September.', 'September', '2024-09'],
  ['The company will list its shares in September.', 'September', '2025-09'],
  ['Inflation slowed in May, the agency said.', 'May', '2025-05'],
  ['Since March the index has doubled.', 'March', '2025-03'],
  ['Output grew in February this year.', 'February this year', '2025-02'],
  ['Output grew in June last year.', 'June last year', '2024-06'],
  ['Output fell last April.', 'last April', '2025-04'],
  ['Output fell last September.', 'last September', '2024-09'],
  ['Talks resume next May.', 'next May', '2026-05'],
  ['The February deficit in 2021 was a record.', 'February', '2021-02'],
  // Years with context
  ['Profit doubled in 2024.', '2024', '2024'],
  ['The target is set for 2030.', '2030', '2030'],
  ["2025's budget was approved.", '2025', '2025'],
  ['Since 1998 the firm has grown.', '1998', '1998'],
  ['By 2045 the country aims to be rich.', '2045', '2045'],
  ['The 2024 election changed little.', '2024', '2024'],
  ['Output has risen every year since 2010.', '2010', '2010'],
  ['Revenue in fiscal 2023 rose.', 'fiscal 2023', '2023'],
  ['Decree (11) of 2006 governs the sector.', '2006', '2006'],
  // Decades and centuries
  ['Growth was strong in the 2020s.', 'the 2020s', '202'],
  ['Prices peaked in the 1990s.', 'the 1990s', '199'],
  ["Prices peaked in the '90s.", "the '90s", '199'],
  ['Prices peaked in the late 1990s.', 'the late 1990s', '199'],
  ['Prices peaked in the nineties.', 'the nineties', '199'],
  ['It was the 20th century model.', 'the 20th century', '19'],
  ['It shapes the twenty-first century.', 'the twenty-first century', '20'],
  // Ranges
  ['Investment will grow between 2026 and 2030.', 'between 2026 and 2030', '2026/2030'],
  ['Output rose from 2020 to 2023.', 'from 2020 to 2023', '2020/2023'],
  ['Output rose in 2020-2023.', '2020-2023', '2020/2023'],
  ['Output rose in 2020–23.', '2020–23', '2020/2023'],
  ['The fair runs October 6-8.', 'October 6-8', '2025-10-06/2025-10-08'],
  ['The fair ran from October 6-8, 2021.', 'October 6-8, 2021', '2021-10-06/2021-10-08'],
  ['The fair runs 6–8 October.', '6–8 October', '2025-10-06/2025-10-08'],
  ['The fair ran 6 to 8 October 2021.', '6 to 8 October 2021', '2021-10-06/2021-10-08'],
  ['The survey ran from March to May.', 'from March to May', '2025-03/2025-05'],
  ['Sales rose from January to September.', 'from January to September', '2025-01/2025-09'],
  ['Sales rose between April, 2000 to March, 2020.', 'between April, 2000 to March, 2020', '2000-04/2020-03'],
  ['Since January 2023 to February 2025 sales rose.', 'Since January 2023 to February 2025', '2023-01/2025-02'],
  ['Applications rose in the January-November period.', 'the January-November period', '2025-01/2025-11'],
  ['Applications rose in Jan-Sept, data showed.', 'Jan-Sept', '2025-01/2025-09'],
  ['Sales from 2023 to 2024 were flat.', 'from 2023 to 2024', '2023/2024'],
  ['The plant will run October-February.', 'October-February', '2025-10/2026-02'],
  ['The project runs in the 2023-25 period.', 'the 2023-25 period', '2023/2025'],
  ['The talks ran from May 5 to May 9, 2024.', 'from May 5 to May 9, 2024', '2024-05-05/2024-05-09'],
  // Quarters
  ['Revenue jumped in Q3 2024.', 'Q3 2024', '2024-Q3'],
  ['Revenue jumped in 3Q24.', '3Q24', '2024-Q3'],
  ["Revenue jumped in Q2'23.", "Q2'23", '2023-Q2'],
  ['Revenue jumped in Q3 of last year.', 'Q3 of last year', '2024-Q3'],
  ['Revenue jumped in the third quarter of 2024.', 'the third quarter of 2024', '2024-Q3'],
  ['Revenue jumped in the first quarter.', 'the first quarter', '2025-Q1'],
  ['Revenue jumped in the second quarter.', 'the second quarter', '2025-Q2'],
  ['Revenue jumped in the fourth quarter.', 'the fourth quarter', '2024-Q4'],
  ['The firm expects revenue to rise in the third quarter.', 'the third quarter', '2025-Q3'],
  ['The firm posted a third-quarter loss.', 'third-quarter', '2024-Q3'],
  ['The firm posted a third-quarter loss in 2023.', 'third-quarter', '2023-Q3'],
  ['The firm posted a fourth-quarter profit of 2022.', 'fourth-quarter', '2022-Q4'],
  ["Sales in this year's first quarter rose.", "this year's first quarter", '2025-Q1'],
  ["Sales in next year's first quarter will rise.", "next year's first quarter", '2026-Q1'],
  ['Sales in the fiscal first quarter rose.', 'the fiscal first quarter', '2025-Q1'],
  ['Sales in the final quarter of 2009 fell.', 'the final quarter of 2009', '2009-Q4'],
  ['Sales in the 1988 second quarter fell.', 'the 1988 second quarter', '1988-Q2'],
  ['Sales rose last quarter.', 'last quarter', '2025-Q1'],
  ['Sales rose this quarter.', 'this quarter', '2025-Q2'],
  ['Sales will rise next quarter.', 'next quarter', '2025-Q3'],
  ['Sales rose in the current quarter.', 'the current quarter', '2025-Q2'],
  ['Results for the first quarter of next year are due.', 'the first quarter of next year', '2026-Q1'],
  ['Shell publishes Q2 2023 results.', 'Q2 2023', '2023-Q2'],
  // Halves and month spans
  ['Profit rose in the first half of 2023.', 'the first half of 2023', '2023-H1'],
  ['Profit rose in H1 2023.', 'H1 2023', '2023-H1'],
  ['Profit rose in 1H23.', '1H23', '2023-H1'],
  ['Profit rose in the second half of the year.', 'the second half of the year', '2025-H2'],
  ['Profit rose in the latter half of 2019.', 'the latter half of 2019', '2019-H2'],
  ['Profit rose in the first half of next year.', 'the first half of next year', '2026-H1'],
  ['The first half report was strong.', 'first half', '2025-H1'],
  ['Profit rose in the first nine months of 2024.', 'the first nine months of 2024', '2024-01/2024-09'],
  ['Profit rose in the first seven months of 2022.', 'the first seven months of 2022', '2022-01/2022-07'],
  ['Profit rose in the first eight months of this year.', 'the first eight months of this year', '2025-01/2025-08'],
  ['Profit rose in the first six months.', 'the first six months', '2025-01/2025-06'],
  ['Profit rose in the first 5 months of 2024.', 'the first 5 months of 2024', '2024-01/2024-05'],
  // Fiscal years
  ['Revenue in FY2025 will rise.', 'FY2025', '2025'],
  ['Revenue in FY25 will rise.', 'FY25', '2025'],
  ['Revenue in FY 2024 rose.', 'FY 2024', '2024'],
  ['Revenue in fiscal year 2018 rose.', 'fiscal year 2018', '2018'],
  ['Inflows hit a record in financial year 2019-20.', 'financial year 2019-20', '2019-04/2020-03'],
  ['Exports in 2023-24 rose, the financial year data showed.', '2023-24', '2023-04/2024-03'],
  ['Revenue will rise this fiscal year.', 'this fiscal year', '2025'],
  ['Revenue fell last fiscal year.', 'last fiscal year', '2024'],
  ['Revenue in FY2024-25 rose.', 'FY2024-25', '2024-04/2025-03'],
  // Relative to the article's date
  ['The index rose today.', 'today', '2025-06-15'],
  ['The index rose yesterday.', 'yesterday', '2025-06-14'],
  ['The index will open tomorrow.', 'tomorrow', '2025-06-16'],
  ['The index rose last week.', 'last week', '2025-W23'],
  ['The index rose this week.', 'this week', '2025-W24'],
  ['The index will rise next week.', 'next week', '2025-W25'],
  ['The index rose last month.', 'last month', '2025-05'],
  ['The index rose this month.', 'this month', '2025-06'],
  ['The index will rise next month.', 'next month', '2025-07'],
  ['The index rose last year.', 'last year', '2024'],
  ['The index rose this year.', 'this year', '2025'],
  ['The index will rise next year.', 'next year', '2026'],
  ['The index rose over the past year.', 'the past year', '2024'],
  ['The index rose earlier this month.', 'earlier this month', '2025-06'],
  ['The index rose earlier this year.', 'earlier this year', '2025'],
  ['The index will rise later this year.', 'later this year', '2025'],
  ['The index rose early last year.', 'early last year', '2024'],
  ['The index rose late last year.', 'late last year', '2024'],
  ['The index will rise early next year.', 'early next year', '2026'],
  ['The index rose two years ago.', 'two years ago', '2023'],
  ['The index rose three months ago.', 'three months ago', '2025-03'],
  ['The index rose a week ago.', 'a week ago', '2025-06-08'],
  ['The index rose 10 days ago.', '10 days ago', '2025-06-05'],
  ['The index rose a decade ago.', 'a decade ago', '2015'],
  ['The index rose this morning.', 'this morning', '2025-06-15TMO'],
  ['The index rose yesterday afternoon.', 'yesterday afternoon', '2025-06-14TAF'],
  ['The index fell last night.', 'last night', '2025-06-14TNI'],
  ['The vote is tonight.', 'tonight', '2025-06-15TNI'],
  ['The index rose this summer.', 'this summer', '2025-SU'],
  ['The index fell last fall.', 'last fall', '2024-FA'],
  ['Prices rose over the weekend.', 'the weekend', '2025-W23-WE'],
  ['Prices rose this weekend.', 'this weekend', '2025-W24-WE'],
  // Weekdays: the latest such day unless the sentence looks ahead
  ['The bank said on Monday that rates would hold.', 'Monday', '2025-06-09'],
  ['The bank raised rates on Friday.', 'Friday', '2025-06-13'],
  ['The bank raised rates on Sunday.', 'Sunday', '2025-06-15'],
  ['The bank raised rates on Saturday.', 'Saturday', '2025-06-14'],
  ['The bank will meet on Wednesday.', 'Wednesday', '2025-06-18'],
  ['The bank met last Friday.', 'last Friday', '2025-06-13'],
  ['The bank meets next Monday.', 'next Monday', '2025-06-16'],
  ['The bank announced the cut late on Tuesday.', 'Tuesday', '2025-06-10'],
  ['Shares slid on Thursday night.', 'Thursday night', '2025-06-12TNI'],
  ['The match was postponed until 15:00 GMT Saturday.', '15:00 GMT Saturday', '2025-06-21T15:00'],
  // Modifiers: position words are in the span
  ['Production starts in early 2026.', 'early 2026', '2026'],
  ['Production starts in mid-2026.', 'mid-2026', '2026'],
  ['Production starts in late March.', 'late March', '2025-03'],
  ['Production starts by the end of the year.', 'the end of the year', '2025'],
  ['Production started at the end of March 2017.', 'the end of March 2017', '2017-03'],
  ['Production started at the beginning of 2020.', 'the beginning of 2020', '2020'],
  ['Production started at the start of the month.', 'the start of the month', '2025-06'],
  ['Production resumes in mid-March.', 'mid-March', '2025-03'],
  ['Sales were weak until the end of first half.', 'the end of first half', '2025-H1'],
  // Comparisons resolved against the period in the sentence
  ['Sales rose between January and September, up from a year earlier.', 'a year earlier', '2024-01/2024-09'],
  ['Sales rose in the third quarter of 2021 from a year earlier.', 'a year earlier', '2020-Q3'],
  ['Exports fell in January 2022 from the previous month.', 'the previous month', '2021-12'],
  ['Exports fell in 2023 from the previous year.', 'the previous year', '2022'],
  ['Profit in Q2 2008 beat the year-ago period.', 'the year-ago period', '2007-Q2'],
  ['Profit rose a year ago.', 'a year ago', '2024'],
  ['Exports jumped 30 percent from a year earlier in February.', 'a year earlier', '2024-02'],
  ['Profit rose in the third quarter of 2021. It fell a year earlier.', 'a year earlier', '2020-Q3'],
  ['Exports in April 2024 beat the same month a year ago.', 'the same month a year ago', '2023-04'],
  ['Exports in February 2025 beat the same month in 2024.', 'the same month in 2024', '2024-02'],
  ['Profit in Q2 2008 beat the same period last year.', 'the same period last year', '2007-Q2'],
  ['Net income fell in the year-earlier quarter.', 'the year-earlier quarter', '2024-Q1'],
  // Periods that end in a named month
  ['Revenue rose in the first quarter ended Sep 30.', 'the first quarter ended Sep 30', '2024-Q3'],
  ['Net income fell in the quarter ending Nov. 2.', 'the quarter ending Nov. 2', '2024-08/2024-10'],
  ['Profit will fall in the year to March.', 'the year to March', '2025-04/2026-03'],
  ['Sales rose in the 12 months to end March.', 'the 12 months to end March', '2024-04/2025-03'],
  ['Revenue in the period ending June will rise.', 'the period ending June', '2025-Q2'],
  ['Sales fell in the six months ended June 30, 2024.', 'the six months ended June 30, 2024', '2024-H1'],
  // Durations
  ['The plan covers the next 10 years.', 'the next 10 years', 'P10Y'],
  ['The plan covers the next three months.', 'the next three months', 'P3M'],
  ['The plant took five months to build.', 'five months', 'P5M'],
  ['It offers a three-year tax holiday.', 'three-year', 'P3Y'],
  ['It is a three-day fair.', 'three-day', 'P3D'],
  ['The 52-week range widened.', '52-week', 'P52W'],
  ['It will take three working days.', 'three working days', 'P3D'],
  ['Exports rose for nine consecutive months.', 'nine consecutive months', 'P9M'],
  ['The rate has not moved in almost a decade.', 'a decade', 'P10Y'],
  ['Prices doubled over the past two months.', 'the past two months', 'P2M'],
  ['Completion takes 18 to 24 months.', '18 to 24 months', 'P18M/P24M'],
  ['The talks lasted 24 hours.', '24 hours', 'PT24H'],
  ['The halt lasted 30 minutes.', '30 minutes', 'PT30M'],
  ['Output fell for two weeks.', 'two weeks', 'P2W'],
  ['The project took several years.', 'several years', 'PXY'],
  ['The review will take a few months.', 'a few months', 'PXM'],
  ['The firm has 41 years of history.', '41 years', 'P41Y'],
  ['The lease runs for 99 years.', '99 years', 'P99Y'],
  ['The bond matures in two and a half years.', 'two and a half years', 'P2.5Y'],
  ['The deal has been in talks for years.', 'years', 'PXY'],
  ['The strike ended days before the vote.', 'days', 'PXD'],
  ['It lasted a month.', 'a month', 'P1M'],
  ['The season started a month earlier than usual.', 'a month', 'P1M'],
  ['Two years after the crash, the firm recovered.', 'Two years', 'P2Y'],
  // Vague references
  ['Demand has grown in recent years.', 'recent years', 'PAST_REF'],
  ['Demand will grow in the coming months.', 'the coming months', 'FUTURE_REF'],
  ['Demand will grow in the coming years.', 'the coming years', 'FUTURE_REF'],
  ['Demand may grow in the future.', 'the future', 'FUTURE_REF'],
  ['Demand may grow in the medium term.', 'the medium term', 'FUTURE_REF'],
  ['Demand is now at a peak.', 'now', 'PRESENT_REF'],
  ['Demand is currently at a peak.', 'currently', 'PRESENT_REF'],
  ['Demand recently hit a peak.', 'recently', 'PAST_REF'],
  ['Demand was lower in the past.', 'the past', 'PAST_REF'],
  ['Demand was lower several years ago.', 'several years ago', 'PAST_REF'],
  // Seasons and holidays
  ['The store opens in the summer of 2026.', 'the summer of 2026', '2026-SU'],
  ['The store opened in spring 2024.', 'spring 2024', '2024-SP'],
  ['Sales peaked at Christmas.', 'Christmas', '2024-12-25'],
  ["Markets close on New Year's Day.", "New Year's Day", '2025-01-01'],
];

describe('date mentions (dct 2025-06-15)', () => {
  it.each(POSITIVES)('%s → %s = %s', (sentence, text, value) => {
    expect(found(sentence)).toContainEqual([text, value]);
  });
});

// [sentence, mention text, the fields it must carry]
const FIELDS: [string, string, Record<string, unknown>][] = [
  ['Exports reached a peak in January 2026.', 'January 2026', { date_start: '2026-01-01', date_end: '2026-01-31', timex_type: 'DATE' }],
  ['Investment will grow between 2026 and 2030.', 'between 2026 and 2030', { date_start: '2026-01-01', date_end: '2030-12-31' }],
  ['Revenue jumped in Q3 2024.', 'Q3 2024', { date_start: '2024-07-01', date_end: '2024-09-30' }],
  ['The index rose last week.', 'last week', { date_start: '2025-06-02', date_end: '2025-06-08' }],
  ['Production starts in early 2026.', 'early 2026', { mod: 'START' }],
  ['Production starts in mid-2026.', 'mid-2026', { mod: 'MID' }],
  ['Production starts by the end of the year.', 'the end of the year', { mod: 'END', date_start: '2025-01-01', date_end: '2025-12-31' }],
  ['Revenue in FY2025 will rise.', 'FY2025', { fiscal: true }],
  ['Revenue in fiscal 2023 rose.', 'fiscal 2023', { fiscal: true }],
  ['The plan covers the next 10 years.', 'the next 10 years', { timex_type: 'DURATION', date_start: undefined }],
  ['Demand is now at a peak.', 'now', { date_start: undefined, date_end: undefined }],
  ['Shares slid on Thursday night.', 'Thursday night', { timex_type: 'TIME' }],
  ['The fair runs October 6-8.', 'October 6-8', { date_start: '2025-10-06', date_end: '2025-10-08' }],
  ['Prices peaked in the 1990s.', 'the 1990s', { date_start: '1990-01-01', date_end: '1999-12-31' }],
  ['Profit rose in the first half of 2023.', 'the first half of 2023', { date_start: '2023-01-01', date_end: '2023-06-30' }],
];

describe('date fields', () => {
  it.each(FIELDS)('%s → %s', (sentence, text, fields) => {
    const mention = mentionsOf('date', sentence, DCT).find((m) => m.text === text);
    expect(mention).toBeDefined();
    for (const [key, value] of Object.entries(fields)) expect((mention as unknown as Record<string, unknown>)[key]).toBe(value);
  });
});

// Without a dct, what cannot be known stays X.
const UNKNOWN_DCT: [string, string, string][] = [
  ['The ministry approved the plan on March 8.', 'March 8', 'XXXX-03-08'],
  ['The index rose last week.', 'last week', 'XXXX-WXX'],
  ['Sales rose in March.', 'March', 'XXXX-03'],
  ['The index rose earlier this year.', 'earlier this year', 'XXXX'],
  ['The bank raised rates on Friday.', 'Friday', 'XXXX-XX-XX'],
  ['Exports reached a peak in January 2026.', 'January 2026', '2026-01'],
];

describe('date mentions without a dct', () => {
  it.each(UNKNOWN_DCT)('%s → %s = %s', (sentence, text, value) => {
    expect(found(sentence, null)).toContainEqual([text, value]);
  });
});

// Sentences with no date at all.
const NEGATIVES: string[] = [
  'COVID-19 hit demand hard.',
  'The firm has 5,722 projects.',
  'The firm has 2,025 employees.',
  'Revenue rose 12.5% to $1.2 billion.',
  'Boeing 737 deliveries resumed.',
  'The meeting ended at 10:44.',
  'Prices may rise further.',
  'Protesters march on the capital.',
  'Workers will march through the city.',
  'He may be named chairman.',
  'The index hit a four-year high.',
  'The 57-year-old chief executive resigned.',
  'She is 52 years old.',
  'Inflation is running at 3% a year.',
  'The plant produces 500 barrels a day.',
  'Shares rose year-on-year.',
  'Growth was strong year over year.',
  'The long-term outlook is bright.',
  'He paid $2,000 for the car.',
  'The company employs 1,500 people.',
  'Route 2020 is closed.',
  'The model number is 1999X.',
  'Call 555-2020 for details.',
  'The shares traded at 19.95.',
  'The vote passed 2010 to 15.',
  'Jan Smith joined the board.',
  'The ship named Sun sailed.',
  'They sat in the sun.',
  'Wed to the idea, he stayed.',
  'The fall in prices hurt margins.',
  'Prices fall when supply rises.',
  'Spring water sales rose.',
  'He lives on 42nd Street.',
  'The team won 3-1.',
  'The rate is 4.25 percent.',
  'A 10-year bond yield rose.',
  'The product comes in 12 colours.',
  'About 3,000 tonnes were shipped.',
  'The second largest bank merged.',
  'Third place went to Toyota.',
  'The fund holds 1,234 stocks.',
  'The index gained 2.3 points.',
  'A half of the shares were sold.',
  'One in four firms expects growth.',
  'The firm is a first mover.',
  'He scored 2 goals.',
  'The ratio was 1/3 of the total.',
  'Prices were up 5 per cent.',
  'It marked the 13th consecutive month of growth.',
  'The factory runs 24/7.',
  'The airline flies the A320 and A350.',
  'The bill is H.R. 2045 in Congress.',
  'The Lunar New Year holiday cut output.',
  'March Madness drew viewers.',
];

describe('not dates', () => {
  it.each(NEGATIVES)('%s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});

// A rule with `starts` is tried only where its first words begin: that must find every match a full scan finds.
const JOINED_AND_ODD_STARTS: string[] = [
  'Delivery takes tento twelve weeks, or oneor two days, ato five years.',
  'The vote is at noonGMT Monday and midnightUTC today.',
  "Rates were low in the'90s and in the 1990s, the '80s and the nineteen-eighties.",
  'Q3 2024, 3Q24, H1 2023, 1H23, FY2025, FY 24 and fiscal2025 all count.',
  'Jan7, Sept.7 and Mar\'20 ran the 12 months to end-March last; the day after tomorrow.',
  'Results for 20243Q, 2023H1, 20231H and 1Q; 07 October, 123 October, 7th-9th May, 10:44 and 1234567 years ago.',
  "In the '90s, the day before yesterday, the foreseeable future, THE NEAR TERM, the coming months and the years ahead.",
  'The  the past year, THE\u00a0third quarter, the\tsame period, its fiscal first quarter, the(2020) and the2020s.',
  'THE PAST TWO WEEKS, the Twenty-First Century and 1st half; between 18-24 months.',
];

/**
 * One case a text, since a `near` word later in the text would stand in for a
 * missing one: each rule at the longest reach of its `near` words, each of
 * those words, and each character its digits may be followed by.
 */
const REACHES_AND_FOLLOWERS: string[] = [
  "Results for the this year's fiscal 1st fiscal quarter were up.", 'It closed at 10:44:00 p.m. (GMT+08:00) on Monday.',
  'It took the past a couple of and a couple of and a couple of and a couple of and a half more years to build.',
  'It lasted between a couple of and a couple of and a couple of and a couple of and a half to a couple of and a couple of and a couple of and a couple of and a half years.',
  'It lasted 12.5 to a couple of and a couple of and a couple of and a couple of and a half years.',
  'It was a couple of and a couple of and a couple of and a couple of and a half-year plan.',
  'It was a couple of and a couple of and a couple of and a couple of and a half years ago.', '12.5 years ago', '12.5 more years',
  '12.5-year plan', 'Tuesday, the 7th of October', 'from 6th to 8th October', 'the twenty-first century', 'the 1st half',
  'Thu. Oct. 7', 'Tuesday (Oct 26)', 'from October 6-8', 'Jan. of 2026', 'March of this year', 'this past March', '2024 3Q',
  'the current fiscal year', 'the current financial year', '10 a.m. today', '10 a.m. yesterday', '10 a.m. tomorrow', '5 years ago',
  '5 years earlier', '5 years before', '5 years later', '5 years after', '5 years from now', '5 years hence', '3QFY24',
  '3Qof 2024', '3Qthis year', '3Qlast year', '3Qnext year', '3Qthe year', '3Qthat year', 'Q3', '1Hof 2024', 'the year to March',
  'the quarter through June', 'the period ending June', 'the half ended June', '12 months to March',
  'The first fiscal quarter ended June', 'at present', 'these days', 'right now', 'more recently', 'most recently', '6-8 October',
  '6–8 October', '6—8 October', '6to8 October', '6and 8 October', '6th-8th October', '1st-3rd May', '2nd-4th May', '3rd-5th May',
  '6 - 8 October', '2020–2023', '2020—2023', '2020-23', '2020/21', '2020 - 2023', 'the 21st century', '22nd century',
  '23rd century', '20th century', "2024's third quarter", '2024’s third quarter', '2024s third quarter', '2024 third quarter',
  '1st quarter', '2nd quarter', '3rd quarter', '4th quarter', '1st half', '2nd half', '3rd half', '4th half', '1H23', '2024 H1',
  '2024 1H', '2024 2H', '1st quarter to March', '2nd quarter ended June', '3rd quarter ended Sep', '4th quarter ended Dec',
  '10:44 Monday', '10.44 Monday', '10.44GMT Monday', '3am Monday', '3pm Monday', '3 pm Monday', '18-24 months', '18–24 months',
  '18to24 months', '18or 24 months', '18and 24 months', "1990's", '1990’s', '1990s', '2024 Q3', '2024 1Q', '2024 2Q', '2024 4Q',
  '3Q24', '7 October', '1st October', '2nd October', '3rd October', '7th October', '12-year', '12 -year', '12 years',
  '12 years ago', '1.5 to 2 years', '1.5-year', 'x2021-10-07T10:44Z', 'ab10/07/2021', '_7.10.2021', 'id2021/10/07', '12345-01-01',
  '7/10/2021', '07.10.21', '2021/1/2',
];

describe('rule start positions', () => {
  const rule = DATE_RULES.find((r) => r.starts)!;
  it.each([
    ['a capital in a second word', { ...rule, second: ['May'] }, /small ASCII letters/],
    ['a space in a first word', { ...rule, starts: ['next week'] }, /small ASCII letters/],
    ['more near entries than the lister sweeps', { ...rule, near: Array.from({ length: 33 }, () => ({ words: ['year'] })) }, /near entries/],
  ])('refuses a rule with %s', (_name, bad, message) => {
    expect(() => startIndex([bad])).toThrow(message);
  });

  const startsOf = startIndex(DATE_RULES);
  const texts = [...JOINED_AND_ODD_STARTS, ...REACHES_AND_FOLLOWERS, ...POSITIVES.map(([s]) => s), ...NEGATIVES, ...FIELDS.map(([s]) => s), ...UNKNOWN_DCT.map(([s]) => s)];
  it.each(texts)('%s', (text) => {
    const starts = startsOf(text);
    DATE_RULES.forEach((rule, r) => {
      if (!starts[r]) return;
      const scanned = [...text.matchAll(rule.pattern)].map((m) => m.index);
      expect(scanned.filter((at) => !starts[r]!.includes(at)), rule.name).toEqual([]);
    });
  });
});

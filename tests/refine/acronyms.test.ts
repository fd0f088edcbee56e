import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../helpers.js';

const orgs = (text: string) => mentionsOf('organization', text, '2025-06-15');

// [document, short form, the canonical every mention of it must carry]
const linked: [string, string, string][] = [
  ['The Japan Chamber of Commerce and Industry (JCCI) met the minister. JCCI members pledged more.', 'JCCI', 'Japan Chamber of Commerce and Industry'],
  ['JCCI (Japan Chamber of Commerce and Industry) sent a delegation.', 'JCCI', 'Japan Chamber of Commerce and Industry'],
  ['The Foreign Investment Agency (FIA) said so. The FIA added that disbursement rose.', 'FIA', 'Foreign Investment Agency'],
  ['The Thailand Board of Investment approved 50 projects. The BOI said EV makers led.', 'BOI', 'Thailand Board of Investment'],
  ['The European Central Bank kept rates on hold. The ECB said inflation eased.', 'ECB', 'European Central Bank'],
  ['Investment Corporation of Dubai (ICD) is the investment arm of the emirate.', 'ICD', 'Investment Corporation of Dubai'],
  ['Ashland Paving and Construction (APAC) has 3,000 staff. APAC makes asphalt.', 'APAC', 'Ashland Paving and Construction'],
  ['The monetary policy committee met on Friday. The MPC kept the rate at 7%.', 'MPC', 'Monetary Policy Committee'],
  ['Contemporary Amperex Technology Company Limited (CATL) leads the market.', 'CATL', 'Contemporary Amperex Technology Company Limited'],
  ['The Board of Investments (BOI) met. The BoI said approvals doubled.', 'BoI', 'Board of Investments'],
  ['Seiji Imai heads Mizuho Bank for Asia. Mizuho expects more deals.', 'Mizuho', 'Mizuho Bank'],
  ['Toyota Motor Corp forecast a drop. Toyota said the yen hurt profit.', 'Toyota', 'Toyota Motor Corp'],
  ['Takeda Pharmaceutical Co Ltd raised its bid. Takeda shares rose.', 'Takeda', 'Takeda Pharmaceutical Co Ltd'],
  ['Becton Dickinson & Co agreed the deal. Becton Dickinson will pay cash.', 'Becton Dickinson', 'Becton Dickinson & Co'],
  ['Samsung plans a new plant. Samsung Electronics Chairman Lee said so.', 'Samsung', 'Samsung Electronics'],
  ['Volkswagen Group reported results. Volkswagen said deliveries rose.', 'Volkswagen', 'Volkswagen Group'],
  ['Cleangreen Energy Corp. is building a plant. Cleangreen expects power by 2026.', 'Cleangreen', 'Cleangreen Energy Corp.'],
  ['RCPH & Asociados S.A. de C.V. counted the projects. RCPH’s analyst spoke.', 'RCPH', 'RCPH & Asociados S.A. de C.V.'],
  ['The Treasury Department said the deficit grew. The Treasury said receipts fell.', 'Treasury', 'Treasury Department'],
  ['The Hai Phong People’s Committee met. The municipal People’s Committee agreed.', 'People’s Committee', 'Hai Phong People’s Committee'],
  ['Shell plc raised its dividend. Shell said output rose.', 'Shell', 'Shell plc'],
];

describe('acronyms and short forms: canonical', () => {
  it.each(linked)('%s → %s', (text, short, canonical) => {
    const found = orgs(text).filter((m) => m.text === short);
    expect(found.length).toBeGreaterThan(0);
    for (const m of found) expect(m.canonical).toBe(canonical);
  });
});

describe('acronyms and short forms: propagation', () => {
  it.each([
    ['Mizuho Bank opened a branch. Analysts said Mizuho would grow, and Mizuho agreed.', 'Mizuho', 2],
    ['Target shares fell 20%. Target posted lower profit.', 'Target', 2],
    ['Twilio shares plunged. Twilio’s software is widely used.', 'Twilio', 2],
    ['CRH bought the firm. CRH shares rose.', 'CRH', 2],
    // a name opening a line before a comma is no dateline unless written in capitals
    ['Kestrel Pipe Line Co. raised tariffs.\nKestrel, the biggest carrier, agreed.', 'Kestrel', 1],
    ['Kestrel Pipe Line Co. raised tariffs.\nKESTREL, Canada 1996-12-06\nOutput rose.', 'KESTREL', 0],
    // a word that runs on into the name, or that the name runs on into, holds no repeat
    ['Kestrel Bank opened a branch. Kestrel-style and Kestrels shops, pre-Kestrel talks, and Kestrel.', 'Kestrel', 1],
  ] as const)('%s', (text, name, count) => {
    expect(orgs(text).filter((m) => m.text === name)).toHaveLength(count);
  });

  // A long report names many companies, each found again wherever it is repeated (with no cue around it).
  it('finds every repeat of every name in a long document', () => {
    const companies = Array.from({ length: 300 }, (_, k) => `Kestrel${k} Holdings`);
    const later = companies.map((name) => `Analysts expect ${name.split(' ')[0]} to grow.`).join(' ');
    const text = [companies.map((name) => `${name} raised its dividend.`).join(' '), later, later, later].join(' ');
    const found = orgs(text);
    for (const name of companies) {
      const short = name.split(' ')[0];
      expect(found.filter((m) => m.text === short && m.canonical === name && m.rule === 'short-form')).toHaveLength(3);
    }
  });

  it.each([
    // the longest name wins where names share their first word
    ['Kestrel Bank opened a branch. Kestrel Financial Group said Kestrel Bank and Kestrel grew.', ['Kestrel Bank', 'Kestrel Financial Group', 'Kestrel Bank', 'Kestrel']],
  ] as const)('%s', (text, names) => {
    expect(orgs(text).map((m) => m.text)).toEqual(names);
  });
});

describe('acronyms and short forms: not linked', () => {
  it.each([
    // a name the document never expands has no canonical
    ['BYD sold more cars than Tesla.', 'BYD'],
    ['Microsoft said revenue rose.', 'Microsoft'],
    // a subsidiary named with a country is not its parent
    ['Samsung Viet Nam exported more. Samsung Electronics said so.', 'Samsung Viet Nam'],
    // a place at the head of a name is no short form
    ['The Vietnam Chamber of Commerce and Industry held talks in Hanoi.', 'Vietnam'],
  ] as const)('%s', (text, name) => {
    for (const m of orgs(text).filter((o) => o.text === name)) expect(m.canonical).toBeUndefined();
    if (name === 'Vietnam') expect(orgs(text).map((o) => o.text)).not.toContain('Vietnam');
  });

  it('keeps an acronym defined by a non-organisation out', () => {
    const text = 'Demand for electric vehicles (EV) rose. EV sales doubled at the Foreign Investment Agency (FIA).';
    expect(orgs(text).map((m) => m.text)).toEqual(['Foreign Investment Agency', 'FIA']);
  });
});

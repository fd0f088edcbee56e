import type { Context, Extractor } from '../../types.js';
import { once } from '../../text/once.js';
import { readSnapshot } from '../../text/snapshot.js';
import { resolveLists } from './lists.js';
import { canonicalIsic, sectorFields } from './normalize.js';
import { BUILT_IN_LEXICON, NO_SECTOR, TRIES_SNAPSHOT, sectorRule, withUserPhrases, type SavedTries, type SectorHit, type SectorRule } from './rules.js';

/** The built-in lexicon's rule, made when sectors are first looked for. */
const builtInRule = once(() => sectorRule(BUILT_IN_LEXICON, readSnapshot<SavedTries>(TRIES_SNAPSHOT)));
/** The rule for each user lexicon, built once per lexicon object. */
const userRules = new WeakMap<object, SectorRule>();

function ruleFor(ctx: Context): SectorRule {
  const pairs = ctx.sectorLexicon;
  if (!pairs?.length) return builtInRule();
  let rule = userRules.get(pairs);
  if (!rule) {
    rule = sectorRule(withUserPhrases(BUILT_IN_LEXICON, pairs));
    userRules.set(pairs, rule);
  }
  return rule;
}

/**
 * Runs the phrase rule at each word start where a phrase can begin, and
 * resumes after each phrase: a phrase starting inside another is dropped
 * anyway, so skipping its words keeps the work linear in the text ("oil oil
 * oil ..." would otherwise match every word up to MAX_COMPOUND times). The
 * sectors come out in text order and never overlap.
 */
function phrasesIn(rule: SectorRule, text: string): SectorHit[] {
  const found: SectorHit[] = [];
  let at = 0;
  while ((at = rule.nextStart(text, at)) < text.length) {
    const resume = rule.resumeAt(text, at);
    if (resume < 0) {
      at++;
      continue;
    }
    const hit = rule.extract(text, at);
    at = hit ? Math.max(resume, hit.end) : resume;
    // A hit that names no sector only keeps its words from matching.
    if (hit && hit.isic !== NO_SECTOR) found.push(hit);
  }
  return found;
}

/** Industries named in the text, coded to ISIC Rev.4. */
export const sector: Extractor<'sector'> = {
  type: 'sector',
  extract: (ctx) => {
    const rule = ruleFor(ctx);
    return resolveLists(phrasesIn(rule, ctx.text), ctx.text, rule.name);
  },
};

/** The built-in lexicon as rows for `extract --list-sectors`, by code then phrase. */
export function listSectors(): { phrase: string; isic: string; isic_section: string; sector: string }[] {
  return [...BUILT_IN_LEXICON]
    .filter(([, entry]) => entry.kind !== 'none')
    .map(([key, entry]) => ({ phrase: entry.spelling ?? key, ...sectorFields(entry.isic) }))
    .sort((a, b) => a.isic.localeCompare(b.isic) || a.phrase.localeCompare(b.phrase));
}

/** Splits one CSV line into fields; double quotes may wrap a field and "" escapes a quote. */
function csvFields(line: string): string[] {
  const fields: string[] = [];
  const field = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/y;
  while (field.lastIndex < line.length) {
    const at = field.lastIndex;
    const m = field.exec(line);
    if (!m || field.lastIndex === at) return [];
    fields.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : m[2]!.trim());
  }
  if (line.endsWith(',')) fields.push('');
  return fields;
}

/**
 * Parses a user's sector lexicon (`--sector-lexicon FILE`): CSV rows
 * `phrase,isic`, an optional `phrase,isic` header, blank lines and `#`
 * comments ignored. ISIC codes may be written "C26", "c26" or "26".
 * Throws an Error naming the line of a bad row or an unknown code.
 */
export function parseSectorLexicon(csv: string): [string, string][] {
  const pairs: [string, string][] = [];
  let firstRow = true;
  csv.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/^\uFEFF/, '');
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const fields = csvFields(line);
    const where = `sector lexicon, line ${index + 1}`;
    if (fields.length !== 2 || !fields[0]) throw new Error(`${where}: expected "phrase,isic", got "${line.trim()}"`);
    const [phrase, code] = fields as [string, string];
    const isHeader = firstRow && phrase.toLowerCase() === 'phrase' && code.toLowerCase() === 'isic';
    firstRow = false;
    if (isHeader) return;
    const isic = canonicalIsic(code);
    if (!isic) throw new Error(`${where}: unknown ISIC Rev.4 code "${code}" for "${phrase}" (expected a section letter A-U or a division such as C26)`);
    pairs.push([phrase, isic]);
  });
  return pairs;
}

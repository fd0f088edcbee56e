import type { Context, FieldsOf, Found, MentionType } from '../types.js';

/** What a rule's extract step returns: the mention's fields, optionally a narrower span. */
export type RuleResult<T extends MentionType> = FieldsOf<T> & {
  /** UTF-16 offsets into the text; default: the whole match. */
  start?: number;
  end?: number;
  latent?: boolean;
};

/**
 * A rule is a regular expression plus an extract step, as in chrono and
 * Duckling. A null from `extract` skips the match.
 */
export interface Rule<T extends MentionType> {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, ctx: Context): RuleResult<T> | null;
}

/** Runs every rule over the whole text and stamps type, span and rule name on each hit. */
export function runRules<T extends MentionType>(type: T, rules: readonly Rule<T>[], ctx: Context): Found<T>[] {
  const found: Found<T>[] = [];
  for (const rule of rules) {
    const pattern = rule.pattern.global ? rule.pattern : new RegExp(rule.pattern.source, rule.pattern.flags + 'g');
    pattern.lastIndex = 0;
    for (let m = pattern.exec(ctx.text); m !== null; m = pattern.exec(ctx.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const hit = rule.extract(m, ctx);
      if (!hit) continue;
      const { start = m.index, end = m.index + m[0].length, ...fields } = hit;
      found.push({ ...fields, type, start, end, text: ctx.text.slice(start, end), rule: rule.name } as unknown as Found<T>);
    }
  }
  return found;
}

/** Regex fragments that stand for a word boundary that knows about Unicode letters. */
export const WORD_START = '(?<![\\p{L}\\p{N}_])';
export const WORD_END = '(?![\\p{L}\\p{N}_])';

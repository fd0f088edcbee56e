import type { Context, Extractor, Found } from '../../types.js';
import { runRules } from '../../text/rules.js';
import { negatedBefore, perAfter, qualifierBefore } from './context.js';
import { chooseCurrency, type Meaning } from './normalize.js';
import { RULES } from './rules.js';

type Hit = Found<'money'> & { options?: readonly Meaning[] };

/**
 * Amounts of money: rules find the amount and its currency; this step adds
 * what the words around it say (qualifier, sign, unit of a price) and
 * settles ambiguous currencies ("$", "¥", "Rs") on the whole document.
 */
export const money: Extractor<'money'> = {
  type: 'money',
  extract(ctx: Context): Found<'money'>[] {
    const hits = runRules('money', RULES, ctx) as Hit[];
    const explicit = new Set(hits.filter((h) => !h.options).map((h) => h.currency));
    return hits.map((hit) => withContext(settleCurrency(hit, explicit, ctx.dollar), ctx.text));
  },
};

/** Picks the currency of an ambiguous hit and marks it inferred. */
function settleCurrency({ options, ...hit }: Hit, explicit: ReadonlySet<string>, dollar?: string): Found<'money'> {
  if (!options) return hit;
  const code = chooseCurrency(options.map((o) => o.code), explicit, dollar);
  // A minor unit counts differently in another currency ("fils": 1/100 dirham, 1/1000 dinar).
  const rescale = options[0].perUnit / (options.find((o) => o.code === code)?.perUnit ?? options[0].perUnit);
  const settled: Found<'money'> = { ...hit, currency: code, currency_inferred: true };
  if (rescale !== 1) {
    settled.amount = Number((hit.amount * rescale).toPrecision(15));
    if (hit.amount_max !== undefined) settled.amount_max = Number((hit.amount_max * rescale).toPrecision(15));
  }
  return settled;
}

/** Adds the qualifier, an explicit "negative"/"minus", and the unit of a price. */
function withContext(hit: Found<'money'>, text: string): Found<'money'> {
  const result = { ...hit };
  const qualifier = qualifierBefore(text, hit.start);
  if (qualifier) result.qualifier = qualifier;
  if (negatedBefore(text, hit.start)) {
    result.amount = -(hit.amount_max ?? hit.amount);
    if (hit.amount_max !== undefined) result.amount_max = -hit.amount;
  }
  const per = perAfter(text, hit.end);
  if (per) result.per = per;
  return result;
}

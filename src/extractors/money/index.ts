import type { Context, Extractor, Found } from '../../types.js';
import { negatedBefore, perAfter, qualifierBefore } from './context.js';
import { chooseCurrency, wholeUnits } from './normalize.js';
import { findAmounts, type NamedHit } from './rules.js';

/**
 * Amounts of money: rules find the amount and its currency; this step adds
 * what the words around it say (qualifier, sign, unit of a price) and
 * settles ambiguous currencies ("$", "¥", "Rs") on the whole document.
 */
export const money: Extractor<'money'> = {
  type: 'money',
  extract(ctx: Context): Found<'money'>[] {
    const hits = findAmounts(ctx);
    const explicit = new Set<string>();
    for (const hit of hits) if (!hit.options) explicit.add(hit.currency);
    return hits.map((hit) => finish(hit, ctx.text, explicit, ctx.dollar));
  },
};

/**
 * The mention as reported: an ambiguous currency settled and marked
 * inferred, plus the qualifier, an explicit "negative"/"minus", and the
 * unit of a price. Built field by field: hits are many, spreads are slow.
 */
function finish(hit: NamedHit, text: string, explicit: ReadonlySet<string>, dollar?: string): Found<'money'> {
  let { amount, amount_max: amountMax, currency } = hit;
  const mention: Found<'money'> = { type: 'money', start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), rule: hit.rule, amount, currency };
  if (hit.options) {
    currency = chooseCurrency(hit.options.map((o) => o.code), explicit, dollar);
    // A minor unit counts differently in another currency ("fils": 1/100 dirham, 1/1000 dinar).
    const rescale = hit.options[0].perUnit / (hit.options.find((o) => o.code === currency)?.perUnit ?? hit.options[0].perUnit);
    amount = wholeUnits(amount, rescale, 1);
    if (amountMax !== undefined) amountMax = wholeUnits(amountMax, rescale, 1);
    mention.currency = currency;
    mention.currency_inferred = true;
  }
  if (negatedBefore(text, hit.start)) [amount, amountMax] = amountMax === undefined ? [-amount, undefined] : [-amountMax, -amount];
  mention.amount = amount;
  if (amountMax !== undefined) mention.amount_max = amountMax;
  const qualifier = qualifierBefore(text, hit.start);
  if (qualifier) mention.qualifier = qualifier;
  const per = perAfter(text, hit.end);
  if (per) mention.per = per;
  return mention;
}

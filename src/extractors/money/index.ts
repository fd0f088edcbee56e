import type { Context, Extractor, Found } from '../../types.js';
import { negatedBefore, perAfter, qualifierBefore } from './context.js';
import { chooseCurrency, wholeUnits } from './normalize.js';
import { RULES, type MoneyHit } from './rules.js';

type Hit = MoneyHit & { rule: string };

/**
 * Amounts of money: rules find the amount and its currency; this step adds
 * what the words around it say (qualifier, sign, unit of a price) and
 * settles ambiguous currencies ("$", "¥", "Rs") on the whole document.
 */
export const money: Extractor<'money'> = {
  type: 'money',
  extract(ctx: Context): Found<'money'>[] {
    const hits: Hit[] = [];
    const explicit = new Set<string>();
    for (const rule of RULES) {
      for (let m = rule.find(ctx.text, 0); m !== null; m = rule.find(ctx.text, m.index + m[0].length)) {
        const found = rule.extract(m, ctx) as Hit | null;
        if (!found) continue;
        found.rule = rule.name;
        hits.push(found);
        if (!found.options) explicit.add(found.currency);
      }
    }
    return hits.map((hit) => finish(hit, ctx.text, explicit, ctx.dollar));
  },
};

/**
 * The mention as reported: an ambiguous currency settled and marked
 * inferred, plus the qualifier, an explicit "negative"/"minus", and the
 * unit of a price. Built field by field: hits are many, spreads are slow.
 */
function finish(hit: Hit, text: string, explicit: ReadonlySet<string>, dollar?: string): Found<'money'> {
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

import type { Context, Extractor, Found, Span } from '../../types.js';
import { splitSentences } from '../../text/sentences.js';
import { DATE_RULES } from './rules.js';
import type { DateRule } from './patterns.js';
import { startIndex } from './starts.js';
import { isSpaceCode } from '../../text/chars.js';
import { attachPositions, candidate, dropOverlaps, joinRanges, type Candidate } from './combine.js';
import { resolve, type Situation, type Tense } from './resolve.js';
import { normalize } from './normalize.js';
import { dayOf, type Point, type Time } from './time.js';

const startsOf = startIndex(DATE_RULES);
/** Each rule's pattern made sticky, to be tried at the positions `startsOf` lists. */
const STICKY = DATE_RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags + 'y'));

/**
 * Runs every rule over the text. A rule with `starts` is tried only where one
 * of its first words begins; trying those positions in order, from the end of
 * the last match on, finds exactly the matches a scan of the whole text finds.
 */
function candidatesOf(ctx: Context): Candidate[] {
  const { text } = ctx;
  const starts = startsOf(text);
  const found: Candidate[] = [];
  const take = (rule: DateRule, m: RegExpExecArray): void => {
    // The span is the whole match unless the hit says otherwise.
    const hit = rule.extract(m, ctx);
    if (hit) found.push(candidate(hit, hit.start ?? m.index, hit.end ?? m.index + m[0].length, rule.name));
  };
  DATE_RULES.forEach((rule, r) => {
    const at = starts[r];
    if (at) {
      // The gate is a test of the whole text: asked only once the rule has matched, unless the rule says it pays to ask first.
      let gated = rule.gateFirst ? rule.gate!.test(text) : undefined;
      if (gated === false) return;
      const pattern = STICKY[r];
      let from = 0;
      for (const p of at) {
        if (p < from) continue;
        pattern.lastIndex = p;
        const m = pattern.exec(text);
        if (m === null) continue;
        from = p + Math.max(1, m[0].length);
        gated ??= !rule.gate || rule.gate.test(text);
        if (!gated) return;
        if (m[0].length > 0) take(rule, m);
      }
      return;
    }
    if (rule.gate && !rule.gate.test(text)) return;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      take(rule, m);
    }
  });
  return found;
}

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|going\s+to|plans?\s+to|planned|intends?|expects?|expected|is\s+to|are\s+to|scheduled|set\s+to|due|upcoming|may|might|effective|payable|expires?|forecasts?|projected|to\s+(?:rise|fall|grow|reach|hit|be|start|begin|open|close|complete|launch|resume))\b/i;
const PAST = /\b(?:was|were|had|did|said|says|ago|last|earlier|reported|announced|posted|rose|fell|grew|came|went|made|took|gave|held|began|won|lost|sold|bought|paid|told|saw|met|left|led|(?<!\b(?:be|been|being|is|are|to)\s+)\w{3,}ed)\b/i;
/** A reporting verb right before a date: "said Thursday that it will ..." is about the saying. */
const REPORTED_BEFORE = /\b(?:said|announced|reported|told|added|noted|stated|confirmed|disclosed|revealed)\s+(?:on\s+)?$/i;
/** A preposition that points ahead: "until Saturday", "by March". */
const AHEAD_BEFORE = /\b(?:until|till|by|ahead\s+of)\s+$/i;

const [D, F, L, N, Y] = [...'dflny'].map((ch) => ch.charCodeAt(0));

/** The character before the spaces that end a string, folded to lower case when an ASCII letter; -1 when it does not end in spaces. */
function lastBeforeSpaces(s: string): number {
  let k = s.length;
  while (k > 0 && isSpaceCode(s.charCodeAt(k - 1))) k--;
  return k === s.length || k === 0 ? -1 : s.charCodeAt(k - 1) | 32;
}

/**
 * The tense around a mention: a future marker in the words before it (or just
 * after) wins, else a past marker, else unknown. News looks back by default.
 */
function tenseAt(sentence: string, at: number, end: number): Tense {
  const before = sentence.slice(Math.max(0, at - 80), at);
  // Both look for a word and spaces just before: "until", "till", "by" and "ahead of" end in l, y, f; the reporting verbs in d, or "on" in n.
  const last = lastBeforeSpaces(before);
  if ((last === L || last === Y || last === F) && AHEAD_BEFORE.test(before.slice(-12))) return 'future';
  if ((last === D || last === N) && REPORTED_BEFORE.test(before.slice(-20))) return 'past';
  const window = before + ' ' + sentence.slice(end, end + 24);
  if (FUTURE.test(window)) return 'future';
  return PAST.test(window) ? 'past' : 'unknown';
}

/** The sentence around a mention as the resolver sees it. Most expressions need no tense: it is read only when asked for. */
class SentenceSituation implements Situation {
  private known: Tense | undefined;
  constructor(
    readonly dct: Point | undefined,
    readonly sentenceYear: number | undefined,
    public previous: Time | undefined,
    private readonly sentence: Span,
    private readonly mention: Candidate,
  ) {}

  get tense(): Tense {
    return (this.known ??= tenseAt(this.sentence.text, this.mention.start - this.sentence.start, this.mention.end - this.sentence.start));
  }
}

/** How far (UTF-16 units) a year written elsewhere in the sentence may lend itself to a yearless date. */
const SENTENCE_YEAR_REACH = 60;

const hasYear = (c: Candidate): number | undefined =>
  !c.latent && c.expr?.anchor.type === 'fixed' && !c.expr.to && c.expr.point.year !== undefined && c.expr.point.grain !== 'decade' && c.expr.point.grain !== 'century'
    ? c.expr.point.year
    : undefined;

const isComparable = (t: Time): boolean => (t.kind === 'point' && t.point.year !== undefined && t.point.grain !== 'partOfDay') || (t.kind === 'range' && t.from.year !== undefined);

const SENTENCE_END = /[.!?]\s+["'“‘(]?[\p{Lu}\d]|\n+/gu;
/** How many sentences end in the text from `from` to `to`, counted up to `atMost`: the text since the last date may be long. */
function sentenceEnds(text: string, from: number, to: number, atMost: number): number {
  // An end begins with . ! ? or a line break: the pattern is tried from the first of them on, and not at all without one.
  let k = from;
  while (k < to) {
    const c = text.charCodeAt(k);
    if (c === 46 || c === 33 || c === 63 || c === 10) break;
    k++;
  }
  if (k === to) return 0;
  const between = text.slice(k, to);
  SENTENCE_END.lastIndex = 0;
  let count = 0;
  while (count < atMost && SENTENCE_END.exec(between) !== null) count++;
  return count;
}

/** Whether the date compared with was written earlier in the same sentence. */
function comparedInSentence(candidates: Candidate[], i: number, previousEnd: number, text: string): boolean {
  return previousEnd > 0 && sentenceEnds(text, previousEnd, candidates[i].start, 1) === 0;
}

/** How many of the first lines may hold the article's own dateline. */
const DATELINE_LINES = 4;

/** Where the first `lines` lines of the text end. */
function endOfLines(text: string, lines: number): number {
  let end = -1;
  for (let i = 0; i < lines; i++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1) return text.length;
  }
  return end;
}

export const date: Extractor<'date'> = {
  type: 'date',
  extract(ctx: Context): Found<'date'>[] {
    const { text } = ctx;
    let candidates = dropOverlaps(candidatesOf(ctx));
    candidates = dropOverlaps(attachPositions(joinRanges(candidates, text), text));
    const sentences = splitSentences(text);
    const dct = dayOf(ctx.dct);
    const articleOnly: Situation = { dct, tense: 'unknown' };
    const datelineEnd = endOfLines(text, DATELINE_LINES);
    const out: Found<'date'>[] = [];
    let sentenceIndex = 0;
    let previous: Time | undefined;
    let previousEnd = 0;
    /** What the resolver needs to know about the sentence around candidate i. */
    const situationAt = (i: number, previousTime: Time | undefined): Situation => {
      const c = candidates[i];
      while (sentenceIndex < sentences.length - 1 && sentences[sentenceIndex].end <= c.start) sentenceIndex++;
      const sentence = sentences[sentenceIndex] ?? { start: 0, end: text.length, text };
      const near = (o: Candidate) => o.start >= sentence.start && o.end <= sentence.end && Math.max(o.start - c.end, c.start - o.end) <= SENTENCE_YEAR_REACH;
      let sentenceYear: number | undefined;
      for (let j = i - 1; j >= 0 && sentenceYear === undefined && near(candidates[j]); j--) sentenceYear = hasYear(candidates[j]);
      for (let j = i + 1; j < candidates.length && sentenceYear === undefined && near(candidates[j]); j++) sentenceYear = hasYear(candidates[j]);
      return new SentenceSituation(dct, sentenceYear, previousTime, sentence, c);
    };
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      // A hit still latent here has done its part (losing overlaps, joining ranges): the pipeline drops
      // latent mentions, so it is not resolved. It stays in `candidates`, where neighbours look past it.
      if (c.latent) continue;
      // A comparison looks back into the sentence before at most ("a year earlier" after "the third quarter").
      if (previous !== undefined && sentenceEnds(text, previousEnd, c.start, 2) > 1) previous = undefined;
      // Durations and vague references are already resolved: they need no situation; fixed dates and
      // periods counted from the article's date read only the article's date.
      const anchor = c.expr?.anchor.type;
      const situation = anchor === undefined ? undefined : anchor === 'fixed' || anchor === 'dct' ? articleOnly : situationAt(i, previous);
      if (situation && c.expr?.anchor.type === 'compare' && !comparedInSentence(candidates, i, previousEnd, text)) {
        // "from a year earlier in February": the period compared with may come just after.
        const next = candidates[i + 1];
        if (next?.expr && !next.latent && next.expr.anchor.type !== 'compare' && !/[.;!?\n]/.test(text.slice(c.end, next.start))) {
          const nextTime = resolve(next.expr, { dct: situation.dct, sentenceYear: situation.sentenceYear, previous: undefined, tense: situation.tense });
          if (isComparable(nextTime)) situation.previous = nextTime;
        }
      }
      const time = c.time ?? resolve(c.expr!, situation!);
      const mention: Found<'date'> = normalize({ type: 'date' as const, start: c.start, end: c.end, text: text.slice(c.start, c.end), rule: c.rule }, time, c.mod, c.fiscal);
      const isDateline = c.start < datelineEnd && dct !== undefined && time.kind === 'point' && mention.date_start === ctx.dct!.slice(0, 10) && mention.date_end === mention.date_start;
      if (isDateline) mention.function = 'CREATION_TIME';
      out.push(mention);
      if (isComparable(time) && c.expr?.anchor.type !== 'compare') {
        previous = time;
        previousEnd = c.end;
      }
    }
    return out;
  },
};

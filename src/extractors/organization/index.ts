/**
 * Organisations: runs of capitalised words are cut into candidate names, and
 * a candidate is kept when some evidence says it is an organisation: a
 * well-known name, a legal form ("Ltd"), an organisational head ("Bank",
 * "Ministry of …"), an acronym that is no stopword, or a context cue
 * ("Takeda shares", "retailer Target"). compromise's tagger costs about 2 ms
 * a call even on a short window, so only its lexicon is consulted (a table
 * lookup): its organisations and sports teams count as names, and a first
 * name or a place vetoes a weak cue.
 */
import type { Context, Extractor, Found } from '../../types.js';
import { isDigit } from '../../text/chars.js';
import { PERSON_OR_PLACE, PERSON_TAGS, isCommonWord, lexiconTags } from './lexicon.js';
import { acronymMatches, wordsOf } from './normalize.js';
import {
  CLUB_AFTER, CLUB_BEFORE, COMMA_REMIT, COMMON_WORDS, COMPLEMENT_LINKS, CREDIT, DEMONYMS,
  FIXTURE_LINE, FIXTURE_PAIR, FOLLOWER_CUE, HEADS, ENDS_COMPLEMENT_HEAD, ENDS_NOT_HEAD, IS_BODY, IS_COMMON, IS_DEMONYM, IS_HEAD, IS_LEADING, IS_LEGAL, IS_LEGAL_BEFORE, IS_NOT_HEAD,
  IS_PLACE, IS_TITLE, IS_TITLE_OPENER, IS_WELL_KNOWN, LEADING, LEGAL, LONGEST_NAME, NATIONS, NATIONS_UPPER, NOT_HEADS,
  OPENS_TITLE, OPENS_WELL_KNOWN, OWNER_SUFFIX, PLACES, PLACES_UPPER, PLAYER_CLUB, PORTFOLIOS, POSSESSION_CUE,
  POSSESSIVE_NAMES, RESULT_LINE, SHARED_NOUN_CUE, STANDINGS_LINE, STOP_ACRONYMS,
  TAKES_COMPANY_CUE, TITLE_FIRST_WORDS, TITLE_WORDS, WELL_KNOWN, fold, forEachNameRun, isAcronym, isDateline, isSportsReport, tablesOf,
} from './rules.js';
import type { NameRun } from './rules.js';

interface Word {
  text: string;
  /** `text` folded, for table lookups. */
  key: string;
  /** The tables `key` is in: IS_* and OPENS_* flags. */
  tables: number;
  start: number;
  end: number;
  /** The small word(s) linking this word to the one before: '' for a space, 'of', 'and', '&', ',' … */
  link: string;
  /** A possessive or a lower-case hyphen suffix was cut off: the name ends here. */
  cut: 'possessive' | 'owner' | 'other' | undefined;
}

function wordOf(text: string, start: number, link: string, cut?: Word['cut'], key = fold(text), tables = tablesOf(key)): Word {
  return { text, key, tables, start, end: start + text.length, link, cut };
}

/** A copy of the word with another link, made as wordOf() makes words: all words keep one shape. */
const withLink = (w: Word, link: string): Word => ({ text: w.text, key: w.key, tables: w.tables, start: w.start, end: w.end, link, cut: w.cut });

/** A candidate name: words of one run between cuts. */
interface Piece {
  words: Word[];
  /** A head took a complement ("Ministry of …"). */
  complement: boolean;
  /** A job title follows ("Samsung Electronics Chairman"). */
  titleAfter: boolean;
}

const newPiece = (): Piece => ({ words: [], complement: false, titleAfter: false });

type Verdict = 'org' | 'not' | 'unknown';

/** How a line is written: headline case and all-caps lines give capitals no weight. */
type LineKind = 'prose' | 'headline' | 'caps';

const wordsText = (ws: readonly Word[]) => ws.map((w) => w.text);

/** A hyphen and a lower-case suffix: "Alphabet-owned". */
const LOWER_SUFFIX = /-\p{Ll}/u;
/** Does the word hold what only a run of several words, or a spaced legal form, holds: a blank, "&" or ","? */
function hasSeparator(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 32 || c === 9 || c === 38 || c === 44) return true;
  }
  return false;
}
/**
 * The gap text[from, to) between two words without its blanks, as
 * `.trim().replace(/\s+/g, ' ')` makes it: cut out as it stands where it is
 * printable ASCII and single spaces (" of ", " & "), as most gaps are.
 */
function linkOf(text: string, from: number, to: number): string {
  let start = from, end = to;
  if (text.charCodeAt(start) === 32) start++;
  if (end > start && text.charCodeAt(end - 1) === 32) end--;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0x7f) continue;
    if (c !== 32 || i === start || i === end - 1 || text.charCodeAt(i - 1) === 32) return text.slice(from, to).trim().replace(/\s+/g, ' ');
  }
  return text.slice(start, end);
}
/** Small words that link a complement to its head. */
const COMPLEMENT_LINK = /^(?:for|in|on)\b/;
/** Is the word all ASCII digits, as /^\d+$/ asks? Asked of most candidates' first word: a loop, no regex. */
function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (!isDigit(word.charCodeAt(i))) return false;
  return word.length > 0;
}
/** A standings mark before a team: "x-DENVER" has clinched a play-off place. */
const CLINCHED = /^[XYZxyz*]-/;
const isLegal = (w: string) => LEGAL.has(fold(w));

export const organization: Extractor<'organization'> = {
  type: 'organization',
  extract: (ctx) => new OrganizationFinder(ctx).find(),
};

class OrganizationFinder {
  private readonly text: string;
  private readonly found: Found<'organization'>[] = [];
  /** The line last looked at, and how it is written. */
  private line: { from: number; to: number; kind: LineKind } = { from: 0, to: -1, kind: 'prose' };
  /** The verdict on the last piece of each run a parenthesis follows, by the run's end offset. */
  private readonly verdictsBeforeParenthesis = new Map<number, Verdict>();
  private readonly acronyms: { word: Word; kind: LineKind }[] = [];
  /** A team-sport report: towns name clubs there. */
  private readonly sports: boolean;
  /** shoutedWord() by word. */
  private readonly shouted = new Map<string, boolean>();

  constructor(private readonly ctx: Context) {
    this.text = ctx.text;
    this.sports = isSportsReport(this.text);
  }

  find(): Found<'organization'>[] {
    forEachNameRun(this.text, (run) => this.readRun(run));
    this.decideAcronyms();
    this.findCredits();
    if (this.sports) this.findTeamsInTables();
    return this.found;
  }

  /** Standings, results and fixture lines of a sports report, and a player's club in parentheses: the names are clubs. */
  private findTeamsInTables(): void {
    const text = this.text;
    for (const pattern of [STANDINGS_LINE, RESULT_LINE]) {
      for (const m of text.matchAll(pattern)) {
        let at = m.index + m[0].indexOf(m[1]);
        this.addTeam(at, m[1]);
        if (m[2] !== undefined) {
          at = m.index + m[0].indexOf(m[2], at - m.index + m[1].length);
          this.addTeam(at, m[2]);
        }
      }
    }
    for (const line of text.matchAll(FIXTURE_LINE)) {
      for (const m of line[0].matchAll(FIXTURE_PAIR)) {
        this.addTeam(line.index + m.index, m[1]);
        if (m[2] === undefined) this.addTeam(line.index + m.index + m[0].lastIndexOf(m[3]), m[3]);
      }
    }
    for (const m of text.matchAll(PLAYER_CLUB)) this.addTeam(m.index + m[0].length - 1 - m[1].length, m[1]);
  }

  /** A team's name from a table, unless it is a country (a national side), a person or no name at all. */
  private addTeam(start: number, name: string): void {
    const marker = CLINCHED.exec(name);
    if (marker) {
      start += marker[0].length;
      name = name.slice(marker[0].length);
    }
    const end = start + name.length;
    if (!this.isClubName(name.split(/[ \t]+/)) || isDateline(this.text, start, end)) return;
    // A name found inside the team's is part of it ("Bayer" of "Bayer Leverkusen"); one across its edge wins.
    if (this.found.some((f) => f.start < end && start < f.end && (f.start < start || f.end > end))) return;
    for (let i = this.found.length - 1; i >= 0; i--) if (this.found[i].start >= start && this.found[i].end <= end) this.found.splice(i, 1);
    this.found.push({ type: 'organization', start, end, text: name, rule: 'sports-table' });
  }

  /**
   * Could these words name a club: no country or people, no leading function
   * word, no person ("Ernie Els")? A lone word may be a first name and a club
   * alike ("Chelsea", "Preston").
   */
  private isClubName(names: readonly string[]): boolean {
    const whole = fold(names.join(' '));
    if (NATIONS.has(whole) || NATIONS_UPPER.has(whole)) return false;
    if (names.some((n) => DEMONYMS.has(fold(n)) || LEADING.has(fold(n)) || TITLE_WORDS.has(fold(n)) || STOP_ACRONYMS.has(n))) return false;
    return names.length === 1 || !lexiconTags(names[0]).some((t) => PERSON_TAGS.has(t));
  }

  private readRun(run: NameRun): void {
    const start = run.starts[0], end = run.ends[run.count - 1];
    let words: Word[];
    if (run.count === 1) {
      const text = this.text.slice(start, end);
      const key = fold(text), tables = tablesOf(key);
      // A lone function word or place, a third of all runs, is settled by one lookup.
      const alone = this.loneWordVerdict(text, tables);
      if (alone) {
        this.noteVerdict(end, alone);
        return;
      }
      words = [this.word(text, start, '', key, tables)];
    } else {
      words = this.splitRun(run);
    }
    const kind = this.lineKind(start);
    const pieces = this.cutPieces(words);
    let last: Verdict = 'unknown';
    for (const piece of pieces) last = this.judge(piece, kind);
    this.noteVerdict(end, last);
  }

  /** Keeps the verdict on a run that a parenthesis follows: an acronym defined there ("Agency (FIA)") takes it. */
  private noteVerdict(end: number, verdict: Verdict): void {
    let i = end;
    while (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9) i++;
    if (this.text.charCodeAt(i) === 40) this.verdictsBeforeParenthesis.set(end, verdict);
  }

  /** "The", "However", "Japan": a one-word run that judge() would drop ('unknown') or refuse ('not'), if it is one. */
  private loneWordVerdict(run: string, tables: number): Verdict | undefined {
    if (hasSeparator(run)) return undefined;
    if ((tables & (IS_LEADING | IS_TITLE)) === IS_LEADING) return 'unknown';
    if (this.sports || tables & IS_WELL_KNOWN || isAcronym(run)) return undefined;
    return tables & (IS_PLACE | IS_DEMONYM) ? 'not' : undefined;
  }

  /** The words of a run with their links; a comma-separated remit after "of" is taken in. */
  private splitRun(run: NameRun): Word[] {
    const { count, starts, ends } = run;
    const text = this.text;
    const words: Word[] = [];
    for (let k = 0; k < count; k++) {
      // The link is the gap without its blanks: mostly one space, which makes ''.
      const oneSpace = k === 0 || (starts[k] === ends[k - 1] + 1 && text.charCodeAt(ends[k - 1]) === 32);
      const link = oneSpace ? '' : linkOf(text, ends[k - 1], starts[k]);
      words.push(this.word(text.slice(starts[k], ends[k]), starts[k], link));
    }
    if (words.some((w) => w.link.startsWith('of'))) {
      COMMA_REMIT.lastIndex = ends[count - 1];
      const more = COMMA_REMIT.exec(this.text);
      if (more) {
        for (const p of more[0].matchAll(/(,|and)?[ \t]*(\p{Lu}[\p{L}\-]*)/gu)) {
          words.push(wordOf(p[2], more.index + p.index! + p[0].length - p[2].length, p[1] === 'and' ? 'and' : ','));
        }
      }
    }
    return words;
  }

  /** One word, with a possessive or a lower-case hyphen suffix cut off ("Toyota’s", "Alphabet-owned"). */
  private word(text: string, start: number, link: string, key = fold(text), tables?: number): Word {
    // Cheap tests first: this runs for every word of every run.
    const possessive = text.charCodeAt(text.length - 1) === 115 && text.length > 2 && (text.charCodeAt(text.length - 2) === 39 || text.charCodeAt(text.length - 2) === 0x2019);
    if (possessive && !POSSESSIVE_NAMES.has(key) && !WELL_KNOWN.has(key)) return wordOf(text.slice(0, -2), start, link, 'possessive');
    const hyphen = text.indexOf('-') > 0 ? LOWER_SUFFIX.exec(text) : null;
    if (hyphen && hyphen.index > 0) {
      const owner = OWNER_SUFFIX.test(this.text.slice(start + hyphen.index, start + hyphen.index + 16));
      return wordOf(text.slice(0, hyphen.index), start, link, owner ? 'owner' : 'other');
    }
    return wordOf(text, start, link, undefined, key, tables);
  }

  /** Cuts a run into candidate names at links that do not belong to a name, at titles and after legal forms. */
  private cutPieces(words: Word[]): Piece[] {
    // A piece is cut off by pushing it and starting a new one: no closure, so `cur` stays a local.
    const pieces: Piece[] = [];
    let cur = newPiece();
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const title = this.titleAt(words, i);
      if (title > 0) {
        // "Samsung Electronics Chairman": the name before a title is a cue; the title itself is no name.
        // Before a minister's title stands a portfolio ("State Industries Minister"), no organisation.
        const named = cur.words.some((x) => !(x.tables & (IS_TITLE_OPENER | IS_PLACE | IS_DEMONYM)));
        const portfolio = PORTFOLIOS.has(fold(words.slice(i, i + title).map((x) => x.text).join(' ')));
        if (named && !portfolio) {
          cur.titleAfter = true;
          if (cur.words.length) pieces.push(cur);
        }
        cur = newPiece();
        i += title - 1;
        continue;
      }
      if (cur.words.length && !this.joins(cur, w, words, i)) {
        pieces.push(cur);
        cur = newPiece();
      }
      if (cur.words.length && w.link !== '' && (w.link.startsWith('of') || COMPLEMENT_LINK.test(w.link))) cur.complement = true;
      cur.words.push(w);
      if (w.cut) {
        pieces.push(cur);
        cur = newPiece();
      }
    }
    if (cur.words.length) pieces.push(cur);
    return pieces;
  }

  /** Number of words of a job title starting at word i (0 when none). */
  private titleAt(words: readonly Word[], i: number): number {
    // A title's first word holds no hyphen, or opens a title before it ("Vice-Chairman").
    if (!(words[i].tables & OPENS_TITLE)) {
      const hyphen = words[i].key.indexOf('-');
      if (hyphen < 0 || !TITLE_FIRST_WORDS.has(words[i].key.slice(0, hyphen))) return 0;
    }
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      if (words.slice(i + 1, i + n).some((w) => w.link !== '')) continue;
      if (TITLE_WORDS.has(fold(words.slice(i, i + n).map((w) => w.text).join(' ')))) return n;
    }
    return 0;
  }

  /** Does word i continue the current piece across its link? */
  private joins(cur: Piece, w: Word, words: readonly Word[], i: number): boolean {
    const prev = cur.words[cur.words.length - 1];
    const link = w.link;
    // A legal form ends a name, though a remit may follow ("Investment Corporation of Dubai").
    if (prev.tables & IS_LEGAL && !(w.tables & IS_LEGAL) && !/^(?:of|for|in)\b/.test(link)) return false;
    if (link === '' || link === '&' || link === ',' && w.tables & IS_LEGAL) return true;
    if (link === ',') return cur.complement;
    if (link === 'and') return cur.complement || (!WELL_KNOWN.has(this.phrase(cur.words, 0, cur.words.length)) && this.endsInHead(words, i));
    const space = link.indexOf(' ');
    const small = space < 0 ? link : link.slice(0, space);
    if (small === 'of' || small === 'for' || small === 'in' || small === 'on') {
      if (isPlain(prev.text) && !(prev.tables & ENDS_COMPLEMENT_HEAD)) return false;
      for (let n = Math.min(3, cur.words.length); n >= 1; n--) {
        const head = fold(cur.words.slice(-n).map((x) => x.text).join(' '));
        if (!COMPLEMENT_LINKS.get(head)?.has(small)) continue;
        // "Trade Office in Japan" takes its place; "Mizuho Bank for Asia" is a bank's regional arm, not its name.
        if (small === 'in') return (w.tables & IS_PLACE) !== 0;
        return small !== 'for' || !(w.tables & IS_PLACE);
      }
      return false;
    }
    return true; // de, van, von, ...: inside foreign names
  }

  /** Do the words from i on, up to the next link, end in an organisational head or legal form? */
  private endsInHead(words: readonly Word[], i: number): boolean {
    let j = i;
    while (j + 1 < words.length && words[j + 1].link === '') j++;
    return (words[j].tables & (IS_HEAD | IS_LEGAL)) !== 0;
  }

  /** Decides one candidate and records what it finds. */
  private judge(piece: Piece, lineKind: LineKind): Verdict {
    const ws = piece.words;
    // A mixed-case name on an all-caps line is read like a headline.
    const kind = lineKind === 'caps' && ws.some((w) => /\p{Ll}/u.test(w.text)) ? 'headline' : lineKind;
    const legalEnd = ws.length > 0 && (ws[ws.length - 1].tables & IS_LEGAL) !== 0;
    while (ws.length && (ws[0].tables & IS_LEADING || (!legalEnd && isNumber(ws[0].text)))) {
      ws.shift();
      if (ws.length) ws[0] = withLink(ws[0], '');
    }
    if (!ws.length) return 'unknown';
    const whole = this.phrase(ws, 0, ws.length);
    const wholeTables = ws.length === 1 ? ws[0].tables : tablesOf(whole);
    const first = this.atSentenceStart(ws[0].start);
    const last = ws[ws.length - 1];

    if (wholeTables & IS_WELL_KNOWN) {
      if (!(wholeTables & IS_COMMON) || (!first && kind === 'prose')) return this.add(ws, 0, ws.length, 'well-known');
      return kind !== 'caps' && this.hasCue(piece, ws) ? this.add(ws, 0, ws.length, 'well-known') : 'unknown';
    }
    if (kind === 'caps') return this.wellKnownInside(ws, kind);
    if (ws.length === 1 && isAcronym(ws[0].text)) {
      this.acronyms.push({ word: ws[0], kind });
      return 'unknown';
    }
    if (this.sports && kind === 'prose' && ws.length <= 4 && this.hasClubCue(ws)) return this.add(ws, 0, ws.length, 'sports-cue');
    if (ws.every((w) => w.tables & (IS_PLACE | IS_DEMONYM))) return 'not';
    const complement = piece.complement && ws.some((w) => w.link !== '' && w.link !== '&');
    const notHeadPair = ws.length > 1 && (last.tables & ENDS_NOT_HEAD || !isPlain(last.text)) && NOT_HEADS.has(fold(`${ws[ws.length - 2].text} ${last.text}`));
    if (!complement && (last.tables & IS_NOT_HEAD || notHeadPair)) return 'not';

    const legalAt = this.lastIndex(ws, (w) => (w.tables & IS_LEGAL) !== 0);
    if (legalAt >= 1 && (legalAt === ws.length - 1 || !complement)) return this.add(ws, 0, legalAt + 1, 'legal-form');
    if (ws.length > 1 && ws[0].tables & IS_LEGAL_BEFORE) return this.add(ws, 0, ws.length, 'legal-form');
    if (complement) return this.add(ws, 0, ws.length, 'head-of');
    if (wholeTables & IS_BODY && !first) return this.add(ws, 0, ws.length, 'body');
    if (kind === 'prose') {
      const headAt = this.lastIndex(ws, (w, i) => i >= 1 && (w.tables & IS_HEAD) !== 0);
      if (headAt >= 1 && ws.slice(0, headAt).some((w) => !(w.tables & IS_LEADING))) return this.add(ws, 0, headAt + 1, 'head');
    }
    if (this.wellKnownInside(ws, kind) === 'org') return 'org';
    if (kind === 'prose' && !first && lexiconTags(whole).some((t) => t === 'Organization' || t === 'SportsTeam')) return this.add(ws, 0, ws.length, 'lexicon');
    if (kind === 'prose' && ws.length <= 4 && this.hasCue(piece, ws)) return this.add(ws, 0, ws.length, 'context');
    return 'unknown';
  }

  /** Well-known names inside a longer candidate ("Reuters" in "Reuters Breakingviews"); a subsidiary's country stays ("Samsung Viet Nam"). */
  private wellKnownInside(ws: readonly Word[], kind: LineKind): Verdict {
    let verdict: Verdict = 'unknown';
    for (let i = 0; i < ws.length; i++) {
      if (!(ws[i].tables & OPENS_WELL_KNOWN)) continue;
      for (let j = Math.min(ws.length, i + LONGEST_NAME); j > i; j--) {
        const name = this.phrase(ws, i, j);
        if (!WELL_KNOWN.has(name) || (COMMON_WORDS.has(name) && (kind !== 'prose' || this.atSentenceStart(ws[i].start)))) continue;
        // A unit or subsidiary keeps the rest of the name: "Google Cloud", "LG Innotek", "Samsung Viet Nam".
        let end = j;
        if (i === 0 && kind === 'prose' && j < ws.length && this.isNameTail(ws, j)) end = ws.length;
        this.add(ws, i, end, 'well-known');
        verdict = 'org';
        i = end - 1;
        break;
      }
    }
    return verdict;
  }

  /** Are the words from j on the rest of a unit's name: plain words, or one country written out ("Viet Nam", not "U.S.")? */
  private isNameTail(ws: readonly Word[], j: number): boolean {
    const tail = this.phrase(ws, j, ws.length);
    if (!ws.slice(j).every((w) => w.link === '')) return false;
    if (PLACES.has(tail)) return !/^[\p{Lu}.]+$/u.test(tail);
    return ws.slice(j).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text) && !(w.tables & (IS_PLACE | IS_DEMONYM | IS_LEADING | IS_NOT_HEAD)));
  }

  /** Context that shows a company: "Takeda shares", "Toyota’s chief executive", "retailer Target", "Alphabet-owned". */
  private hasCue(piece: Piece, ws: readonly Word[]): boolean {
    // What the words' tables rule out is ruled out first (a fifth of the names), then the cues are looked
    // for: most names have none, and then the names need no further checking.
    if (ws.length === 1 && ws[0].text.length < 2) return false;
    if (ws.some((w) => w.tables & (IS_PLACE | IS_DEMONYM | IS_LEADING | IS_TITLE_OPENER))) return false;
    if (ws.every((w) => w.tables & (IS_HEAD | IS_LEGAL))) return false;
    const end = ws[ws.length - 1];
    // Strong cues take a company and hardly ever a person; weak ones are checked with compromise.
    const strong = end.cut === 'owner' || (!end.cut && FOLLOWER_CUE.follows(this.text, end.end)) || TAKES_COMPANY_CUE.endsAt(this.text, ws[0].start);
    const weak = !strong && (piece.titleAfter || (end.cut === 'possessive' && POSSESSION_CUE.test(this.text.slice(end.end, end.end + 40))) || SHARED_NOUN_CUE.endsAt(this.text, ws[0].start));
    if (!strong && !weak) return false;
    if (PLACES.has(this.phrase(ws, 0, ws.length))) return false;
    return strong || !this.looksLikePersonOrPlace(ws);
  }

  /** A match report's words around a club: "beat Leeds", "Lazio have", "Everton striker". */
  private hasClubCue(ws: readonly Word[]): boolean {
    const end = ws[ws.length - 1];
    if (end.cut === 'owner' || end.cut === 'other') return false;
    const cued = (end.cut === undefined && CLUB_AFTER.follows(this.text, end.end)) ||
      CLUB_BEFORE.endsAt(this.text, ws[0].start);
    if (!cued || !this.isClubName(wordsText(ws))) return false;
    // "Two goals", "Regular defender": a common word opening a sentence, known as one or written in lower case elsewhere.
    if (ws.length > 1 || !this.atSentenceStart(ws[0].start)) return true;
    if (isCommonWord(ws[0].text)) return false;
    return !this.text.includes(` ${ws[0].text.toLowerCase()} `);
  }


  /** compromise's lexicon: a first name opens a person's name; a place is no company. */
  private looksLikePersonOrPlace(ws: readonly Word[]): boolean {
    const firstTags = lexiconTags(ws[0].text);
    const lastTags = ws.length > 1 ? lexiconTags(ws[ws.length - 1].text) : [];
    return firstTags.some((t) => PERSON_OR_PLACE.has(t)) || lastTags.includes('LastName');
  }

  /** Is this all-caps word of four letters or more a common word that the text also writes in lower case? Asked once per word: acronyms recur. */
  private shoutedWord(key: string): boolean {
    let shouted = this.shouted.get(key);
    if (shouted === undefined) {
      shouted = key.length >= 4 && /^\p{Lu}+$/u.test(key) && this.text.includes(key.toLowerCase()) &&
        new RegExp(`(?<![\\p{L}])${key.toLowerCase()}(?![\\p{L}])`, 'u').test(this.text);
      this.shouted.set(key, shouted);
    }
    return shouted;
  }

  /** Acronyms, once the whole text is read: defined in parentheses, well known, or not stopwords. */
  private decideAcronyms(): void {
    const rejected = new Set<string>();
    const accepted: { word: Word; rule: string }[] = [];
    for (const { word, kind } of this.acronyms) {
      const key = word.key.toUpperCase();
      const base = isDigit(key.charCodeAt(key.length - 1)) ? key.replace(/-?\d+$/, '') : key;
      if (STOP_ACRONYMS.has(key) || STOP_ACRONYMS.has(base) || PLACES_UPPER.has(key) || isDateline(this.text, word.start, word.end)) continue;
      const defined = this.definition(word);
      if (defined === 'not') rejected.add(key);
      else if (defined === 'org') accepted.push({ word, rule: 'acronym-defined' });
      // Undefined: a short letter code in prose; a long all-caps word, or one the text also writes in
      // lower case, is a shouted common word ("INVESTMENT", a "RETAIL" section label).
      else if (kind !== 'caps' && startsWithCapital(key) && capitalsLength(key) <= 6 && !this.shoutedWord(key)) accepted.push({ word, rule: 'acronym' });
    }
    for (const { word, rule } of accepted) {
      if (!rejected.has(word.key.toUpperCase())) this.add([word], 0, 1, rule);
    }
  }

  /** What a parenthesised acronym stands for: "Foreign Investment Agency (FIA)", "electric vehicle (EV)". */
  private definition(word: Word): Verdict {
    const t = this.text;
    if (t[word.start - 1] === '(' && t[word.end] === ')') {
      let e = word.start - 1;
      while (e > 0 && /[ \t]/.test(t[e - 1])) e--;
      const verdict = this.verdictsBeforeParenthesis.get(e);
      if (verdict === 'org' || verdict === 'not') return verdict;
      const before = wordsOf(t.slice(Math.max(0, e - 120), e).split(/[.;:!?\n(]/).pop() ?? '').slice(-10);
      for (let k = before.length - 1; k >= 0; k--) {
        if (!acronymMatches(word.text, before.slice(k), isLegal)) continue;
        const head = fold(before[before.length - 1]).replace(/^./, (c) => c.toUpperCase());
        return HEADS.has(head) || isLegal(head) || /^\p{Lu}/u.test(before[k]) ? 'org' : 'not';
      }
    }
    // A name in parentheses right after it: "FIA (Foreign Investment Agency)".
    let open = word.end;
    while (open < word.end + 3 && (t[open] === ' ' || t[open] === '\t')) open++;
    if (t[open] === '(' && this.found.some((f) => f.start === open + 1)) return 'org';
    return 'unknown';
  }

  /** Sources credited in parentheses before a dash: "July 27, 2023 (RTTNews) - …". */
  private findCredits(): void {
    // A credit opens with "(": the pattern is tried at each one only, as the leftmost match is.
    for (let open = this.text.indexOf('('); open >= 0; ) {
      CREDIT.lastIndex = open;
      const m = CREDIT.exec(this.text);
      open = this.text.indexOf('(', m ? CREDIT.lastIndex : open + 1);
      if (!m) continue;
      const start = m.index + 1, end = start + m[1].length;
      if (PLACES.has(fold(m[1])) || this.found.some((f) => f.start < end && start < f.end)) continue;
      this.found.push({ type: 'organization', start, end, text: m[1], rule: 'credit' });
    }
  }

  private add(ws: readonly Word[], from: number, to: number, rule: string): Verdict {
    const start = ws[from].start, end = ws[to - 1].end;
    this.found.push({ type: 'organization', start, end, text: this.text.slice(start, end), rule });
    return 'org';
  }

  /** The words from i to j as written (folded), for table lookups. */
  private phrase(ws: readonly Word[], i: number, j: number): string {
    if (j === i + 1) return ws[i].key;
    let out = ws[i].text;
    for (let k = i + 1; k < j; k++) out += (ws[k].link === '' ? ' ' : ws[k].link === ',' ? ', ' : ` ${ws[k].link} `) + ws[k].text;
    return fold(out);
  }

  private lastIndex(ws: readonly Word[], test: (w: Word, i: number) => boolean): number {
    for (let i = ws.length - 1; i >= 0; i--) if (test(ws[i], i)) return i;
    return -1;
  }

  /** Is this the first word of a sentence, a line or a quotation? */
  private atSentenceStart(at: number): boolean {
    let i = at - 1;
    while (i >= 0 && isOpeningMark(this.text.charCodeAt(i))) i--;
    return i < 0 || SENTENCE_MARKS.has(this.text.charCodeAt(i));
  }

  private lineText(at: number): string {
    const from = this.text.lastIndexOf('\n', at - 1) + 1;
    const to = this.text.indexOf('\n', at);
    return this.text.slice(from, to < 0 ? this.text.length : to);
  }

  /** Headline case (most words capitalised) or all capitals: computed once per line, in one pass over its characters. */
  private lineKind(at: number): LineKind {
    // Runs come in text order: most fall on the line of the run before.
    if (at >= this.line.from && at <= this.line.to) return this.line.kind;
    const from = this.text.lastIndexOf('\n', at - 1) + 1;
    let to = this.text.indexOf('\n', at);
    if (to < 0) to = this.text.length;
    const kind = lineKindOf(this.text, from, to);
    this.line = { from, to, kind };
    return kind;
  }
}

/**
 * How the line text[from, to) is written: all capitals when most letters are
 * upper case, headline case when most long words are capitalised and no
 * sentence ends it. One pass over its characters, ASCII first.
 */
function lineKindOf(text: string, from: number, to: number): LineKind {
  // A line that ends a sentence is in capitals or prose: only its letters are counted, and enough
  // lower-case ones rule out capitals early, whatever the rest of the line is.
  if (SENTENCE_END.test(text.slice(Math.max(from, to - 4), to))) {
    // One sum, 3 per small letter and -2 per capital: capitals win (upper > 1.5 lower) only where it ends
    // below 0, and are out of reach once even an all-capital rest of the line could not bring it there.
    // The sum is checked after each 32 characters.
    let score = 0;
    for (let i = from; i < to; ) {
      for (const stop = Math.min(to, i + 32); i < stop; i++) {
        const code = text.charCodeAt(i);
        score += code < 0x80 ? ASCII_SCORE[code] : CASE_SCORE[caseAt(text, i)];
      }
      if (score >= 2 * (to - i)) return 'prose';
    }
    if (score >= 0) return 'prose';
    let lower = 0, upper = 0;
    for (let i = from; i < to; i++) {
      const letterCase = caseAt(text, i);
      if (letterCase === SMALL) lower++;
      else if (letterCase === CAPITAL) upper++;
    }
    return isCaps(lower + upper, upper) ? 'caps' : 'prose';
  }
  let letters = 0, upper = 0, longWords = 0, capitalised = 0, wordLength = 0, wordCapital = false;
  for (let i = from; i <= to; i++) {
    const letterCase = i < to ? caseAt(text, i) : 0;
    if (letterCase) {
      const isUpper = letterCase === CAPITAL;
      letters++;
      if (isUpper) upper++;
      if (wordLength++ === 0) wordCapital = isUpper;
      continue;
    }
    if (wordLength >= 4) {
      longWords++;
      if (wordCapital) capitalised++;
    }
    wordLength = 0;
  }
  if (isCaps(letters, upper)) return 'caps';
  return longWords < 3 || capitalised / longWords < 0.75 ? 'prose' : 'headline';
}
const isCaps = (letters: number, upper: number) => letters >= 8 && upper / letters > 0.6;
/** Whether text[i] is a SMALL or CAPITAL letter, or 0 for none. */
function caseAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return ASCII_CASE[code];
  return code >= 0xc0 && LETTER.test(text[i]) ? (UPPER.test(text[i]) ? CAPITAL : SMALL) : 0;
}
/** What may stand between a sentence's end and its first word: blanks, quotes, brackets, bullets, dashes. */
const OPENING_MARKS = new Set([...' \t"“‘\'([*•–—-'].map((c) => c.charCodeAt(0)));
const ASCII_OPENING_MARKS = new Uint8Array(0x80);
for (const c of OPENING_MARKS) if (c < 0x80) ASCII_OPENING_MARKS[c] = 1;
const isOpeningMark = (c: number) => (c < 0x80 ? ASCII_OPENING_MARKS[c] === 1 : OPENING_MARKS.has(c));
/**
 * Is the word printable ASCII without blanks? Then it is its own key, and a
 * phrase ending in it ends in that key: folding the phrase leaves it alone.
 */
function isPlain(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 32 || c >= 0x7f) return false;
  }
  return true;
}
/** What ends a sentence, a line or a lead-in. */
const SENTENCE_MARKS = new Set([...'\n.!?:'].map((c) => c.charCodeAt(0)));
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
/** The case of each ASCII letter: SMALL, CAPITAL, or 0 for no letter. */
const SMALL = 1, CAPITAL = 2;
const ASCII_CASE = new Uint8Array(0x80);
/** What a letter of each case adds to lineKindOf()'s sum: by case (0, SMALL, CAPITAL), and by ASCII code. */
const CASE_SCORE = [0, 3, -2];
const ASCII_SCORE = new Int8Array(0x80);
for (let c = 0; c < 26; c++) {
  ASCII_CASE[97 + c] = SMALL;
  ASCII_CASE[65 + c] = CAPITAL;
  ASCII_SCORE[97 + c] = 3;
  ASCII_SCORE[65 + c] = -2;
}
/** Does the word open with a capital, as /^\p{Lu}/u asks? Told from the ASCII code where it settles it. */
function startsWithCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 0x80 ? ASCII_CASE[c] === CAPITAL : UPPER_FIRST.test(word);
}
const UPPER_FIRST = /^\p{Lu}/u;
/** How long a word's capitals are, as `word.replace(/[^\p{Lu}]/gu, '').length` counts them. */
function capitalsLength(word: string): number {
  let length = 0;
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    if (c < 0x80 ? ASCII_CASE[c] === CAPITAL : UPPER.test(ch)) length += ch.length;
  }
  return length;
}
const SENTENCE_END = /[.!?]["”]?\s*$/;

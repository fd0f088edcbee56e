import { stringify } from 'csv-stringify/sync';
import { Chalk, type ChalkInstance, type ColorSupportLevel } from 'chalk';
import { printable } from './terminal.js';
import type { Document, MentionType } from '../types.js';
import { NUMERIC_COLUMNS, type Cell } from './records.js';
import type { Format } from './formats.js';

/** One output row: column name → cell (a mention, or a fact). */
type Row = Record<string, Cell>;


/** The normalisation schemes of the value columns, stated once in JSON output. */
export const SCHEMES = { money: 'ISO 4217', date: 'TIMEX3 (ISO 8601)', sector: 'ISIC Rev.4', offsets: 'Unicode code points, end-exclusive' };

/**
 * Output in pieces: `start`, each document's chunk with `separator` between
 * chunks, then `end`. A chunk depends only on its document, so worker
 * threads format their own documents and output still streams.
 */
export interface Writer {
  start: string;
  document(doc: Document, records: readonly Row[]): string;
  separator: string;
  /** What closes the output after `documents` chunks. */
  end(documents: number): string;
}

export interface WriterOptions {
  /** Neutralise cells that a spreadsheet would run as a formula (default on). */
  escapeFormulas: boolean;
  /** Start CSV with a UTF-8 byte order mark, for Excel. */
  bom: boolean;
  /** chalk colour level of table output, 0 for none (a number, so that it can be sent to workers). */
  colorLevel: ColorSupportLevel;
  /** What a document's rows are called in JSON output: "mentions" or "facts". */
  rowsName: 'mentions' | 'facts';
}

/** A writer for the given columns (the CSV header, in order; jsonl keys come from the rows). */
export function createWriter(format: Format, columns: readonly string[], options: WriterOptions): Writer {
  switch (format) {
    case 'csv':
      return csvWriter(columns, options);
    case 'jsonl':
      return { start: '', document: (_doc, records) => records.map((r) => JSON.stringify(r) + '\n').join(''), separator: '', end: () => '' };
    case 'json':
      return jsonWriter(options.rowsName);
    case 'table':
      return tableWriter(new Chalk({ level: options.colorLevel }), options.rowsName === 'facts' ? factLine : mentionLine);
  }
}

function csvWriter(columns: readonly string[], options: WriterOptions): Writer {
  const cell = (column: string, value: Cell): Cell => {
    if (value === null || NUMERIC_COLUMNS.has(column) || typeof value !== 'string') return value;
    return options.escapeFormulas ? neutraliseFormula(value) : value;
  };
  return {
    start: (options.bom ? '\ufeff' : '') + stringify([[...columns]]),
    document: (_doc, records) =>
      records.length ? stringify(records.map((r) => columns.map((c) => cell(c, r[c] ?? null))), { cast: { boolean: (b) => String(b) } }) : '',
    separator: '',
    end: () => '',
  };
}

/**
 * OWASP CSV injection: a text cell that starts with = + - @ (or their
 * full-width forms, which some spreadsheets fold), a tab or a line break,
 * also after leading spaces that spreadsheets skip, gets a leading
 * apostrophe, so it is shown as text and never run. csv-stringify's own
 * `escape_formulas` misses the leading spaces and line feeds.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

function jsonWriter(rowsName: string): Writer {
  return {
    start: '[',
    document: (doc, records) => {
      const body = JSON.stringify({ file: doc.id, dct: doc.dct ?? null, schemes: SCHEMES, [rowsName]: records.map(withoutFile) }, null, 2);
      return '\n' + body.replace(/^/gm, '  ');
    },
    separator: ',',
    end: (documents) => (documents ? '\n]\n' : ']\n'),
  };
}

function withoutFile(record: Row): Row {
  const { file: _file, ...rest } = record;
  return Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null));
}

const TYPE_COLOURS: Record<MentionType, 'green' | 'cyan' | 'magenta' | 'yellow' | 'blue'> = {
  money: 'green',
  date: 'cyan',
  organization: 'magenta',
  sector: 'yellow',
  place: 'blue',
};

/** A readable listing for a terminal: a heading per document, then one line per row. */
function tableWriter(color: ChalkInstance, line: (r: Row, color: ChalkInstance) => string): Writer {
  return {
    start: '',
    document: (doc, records) => {
      if (!records.length) return '';
      const lines = records.map((r) => `  ${line(r, color)}`);
      return `${color.underline(printable(doc.id))}${doc.dct ? color.dim(`  (dated ${printable(doc.dct)})`) : ''}\n${lines.join('\n')}\n\n`;
    },
    separator: '',
    end: () => '',
  };
}

/** A mention with its normalised value beside it. */
function mentionLine(r: Row, color: ChalkInstance): string {
  const type = r.type as MentionType;
  const where = `${r.line}:${r.start}`.padEnd(10);
  return `${color.dim(where)} ${color[TYPE_COLOURS[type]](type.padEnd(12))} ${printable(String(r.text)).padEnd(40)} ${color.bold(printable(summary(r)))}`;
}

/** An amount and the slots filled for it: date, organisation, sector, place. */
function factLine(r: Row, color: ChalkInstance): string {
  const amount = `${r.amount}${r.amount_max !== null ? `–${r.amount_max}` : ''} ${r.currency}`;
  const slots = [
    r.date_value && color.cyan(`date ${r.date_value}`),
    r.organization && color.magenta(`org ${r.organization}`),
    r.sector && color.yellow(`sector ${r.sector} (${r.isic})`),
    r.place && color.blue(`place ${r.place}${r.country ? ` (${r.country})` : ''}`),
  ].filter(Boolean);
  return `${color.dim(String(r.line).padEnd(5))} ${color.green(printable(String(r.money)).padEnd(28))} ${color.bold(amount.padEnd(26))} ${printable(slots.join(' · '))}`;
}

/** The normalised value of a record in a few words. */
function summary(r: Row): string {
  switch (r.type) {
    case 'money':
      return `${r.amount}${r.amount_max !== null ? `–${r.amount_max}` : ''} ${r.currency}`;
    case 'date':
      return String(r.value);
    case 'organization':
      return r.canonical ? `= ${r.canonical}` : '';
    case 'sector':
      return `${r.isic} ${r.sector}`;
    case 'place':
      return [r.place_kind, r.country].filter(Boolean).join(' ');
    default:
      return '';
  }
}

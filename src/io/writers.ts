import { stringify } from 'csv-stringify/sync';
import type { ChalkInstance } from 'chalk';
import { printable } from './terminal.js';
import type { Document, MentionType } from '../types.js';
import { COLUMNS, NUMERIC_COLUMNS, type Cell, type Column, type OutputRecord } from './records.js';

export type Format = 'csv' | 'jsonl' | 'json' | 'table';
export const FORMATS: readonly Format[] = ['csv', 'jsonl', 'json', 'table'];

/** The normalisation schemes of the value columns, stated once in JSON output. */
export const SCHEMES = { money: 'ISO 4217', date: 'TIMEX3 (ISO 8601)', sector: 'ISIC Rev.4', offsets: 'Unicode code points, end-exclusive' };

/** Writes one document's records at a time, so output streams and memory stays flat. */
export interface Writer {
  document(doc: Document, records: readonly OutputRecord[]): string;
  end(): string;
}

export interface WriterOptions {
  /** Neutralise cells that a spreadsheet would run as a formula (default on). */
  escapeFormulas: boolean;
  /** Start CSV with a UTF-8 byte order mark, for Excel. */
  bom: boolean;
  color: ChalkInstance;
}

export function createWriter(format: Format, options: WriterOptions): { start: string; writer: Writer } {
  switch (format) {
    case 'csv':
      return csvWriter(options);
    case 'jsonl':
      return { start: '', writer: { document: (_doc, records) => records.map((r) => JSON.stringify(r) + '\n').join(''), end: () => '' } };
    case 'json':
      return jsonWriter();
    case 'table':
      return { start: '', writer: tableWriter(options.color) };
  }
}

function csvWriter(options: WriterOptions): { start: string; writer: Writer } {
  const cell = (column: Column, value: Cell): Cell => {
    if (value === null || NUMERIC_COLUMNS.has(column) || typeof value !== 'string') return value;
    return options.escapeFormulas ? neutraliseFormula(value) : value;
  };
  const header = stringify([[...COLUMNS]]);
  return {
    start: (options.bom ? '\ufeff' : '') + header,
    writer: {
      document: (_doc, records) =>
        records.length ? stringify(records.map((r) => COLUMNS.map((c) => cell(c, r[c]))), { cast: { boolean: (b) => String(b) } }) : '',
      end: () => '',
    },
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

function jsonWriter(): { start: string; writer: Writer } {
  let first = true;
  return {
    start: '[',
    writer: {
      document: (doc, records) => {
        const body = JSON.stringify({ file: doc.id, dct: doc.dct ?? null, schemes: SCHEMES, mentions: records.map(withoutFile) }, null, 2);
        const chunk = (first ? '\n' : ',\n') + body.replace(/^/gm, '  ');
        first = false;
        return chunk;
      },
      end: () => (first ? ']\n' : '\n]\n'),
    },
  };
}

function withoutFile(record: OutputRecord): Partial<OutputRecord> {
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

/** A readable listing for a terminal: one line per mention, its normalised value beside it. */
function tableWriter(color: ChalkInstance): Writer {
  return {
    document: (doc, records) => {
      if (!records.length) return '';
      const lines = records.map((r) => {
        const type = r.type as MentionType;
        const where = `${r.line}:${r.start}`.padEnd(10);
        return `  ${color.dim(where)} ${color[TYPE_COLOURS[type]](type.padEnd(12))} ${printable(String(r.text)).padEnd(40)} ${color.bold(printable(summary(r)))}`;
      });
      return `${color.underline(printable(doc.id))}${doc.dct ? color.dim(`  (dated ${printable(doc.dct)})`) : ''}\n${lines.join('\n')}\n\n`;
    },
    end: () => '',
  };
}

/** The normalised value of a record in a few words. */
function summary(r: OutputRecord): string {
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

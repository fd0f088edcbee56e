/**
 * The output formats, apart from the writers that make them, so that the
 * command line can list them without loading csv-stringify and the rest.
 */
export type Format = 'csv' | 'jsonl' | 'json' | 'table';
export const FORMATS: readonly Format[] = ['csv', 'jsonl', 'json', 'table'];

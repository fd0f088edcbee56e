import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Command, CommanderError, Option } from 'commander';
import { ALL_TYPES, MENTION_TYPES, type MentionType } from './types.js';
import type { Source } from './io/inputs.js';
import { FORMATS, type Format } from './io/formats.js';
import { openOutput, OutputError, type Output } from './io/output.js';
import { reasonOf } from './io/reasons.js';
import { colourFor, colourLevel, printable } from './io/terminal.js';
import type { RunSettings } from './run.js';
import type { View } from './analyse.js';

/** The streams and environment the command works with; tests pass their own. */
export interface Io {
  stdin: Readable & { isTTY?: boolean };
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** Exit codes: 0 every input read, 1 some input failed (the rest still written), 2 usage error. */
export const EXIT = { ok: 0, inputFailed: 1, usage: 2 } as const;

class UsageError extends Error {}

/** The version in the nearest package.json above this module: it runs from dist/ (tsc) or dist/bundle/ (the command). */
function ownVersion(): string {
  let at = new URL('../package.json', import.meta.url);
  while (!existsSync(at)) {
    const above = new URL('../package.json', at);
    // The root of the file system, with no package.json on the way.
    if (above.href === at.href) return 'unknown';
    at = above;
  }
  return JSON.parse(readFileSync(at, 'utf8')).version;
}

const VERSION = ownVersion();

function program(io: Io): Command {
  return new Command('extract')
    .description('Extract money, dates, organisations and industry sectors (ISIC Rev.4) from plain-text news.')
    .version(VERSION, '-V, --version')
    .argument('[files...]', 'text files, directories (every *.txt below them) or glob patterns; "-" for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, csv otherwise)').choices(FORMATS))
    .option('-t, --types <types>', `mention types to report, comma-separated, from ${ALL_TYPES.join(',')} (default: ${MENTION_TYPES.join(',')})`)
    .addOption(new Option('--view <view>', 'one row per mention, or one row per amount of money with its date, organisation, sector and place').choices(['mentions', 'facts']).default('mentions'))
    .option('--facts', 'short for --view facts')
    .option('-o, --output <file>', 'write to this file (written whole or not at all) instead of standard output')
    .addOption(new Option('--input <kind>', 'input kind: plain text, or JSON Lines {"id","text","dct"?}').choices(['text', 'jsonl']).default('text'))
    .option('--reference-date <date>', 'date (YYYY-MM-DD) to resolve relative dates against when a document states none')
    .option('--dollar <code>', 'ISO 4217 code a bare "$" stands for (default USD)')
    .option('--sector-lexicon <file>', 'CSV of phrase,isic rows that add to or override the built-in sector lexicon')
    .option('--list-sectors', 'print the built-in sector lexicon as CSV and exit')
    .option('--encoding <name>', 'decode input with this encoding instead of detecting it')
    .option('--max-size <size>', 'refuse input files (with --input jsonl: lines) larger than this, at most 512M (e.g. 500K, 32M)', '32M')
    .option('-j, --jobs <n>', 'documents processed in parallel (worker threads)', String(availableParallelism()))
    .option('--worker-memory <size>', 'heap of each worker thread (e.g. 512M); a document that needs more is done again in a worker with no such limit', '1G')
    .option('--no-escape-formulas', 'do not neutralise CSV cells that start with = + - @ (formula injection)')
    .option('--bom', 'start CSV output with a UTF-8 byte order mark (for Excel)')
    .option('--no-color', 'no colours, even on a terminal')
    .option('-q, --quiet', 'no progress line, closing summary or notes (problems are still reported)')
    .option('-v, --verbose', 'report every file read')
    .addHelpText('after', '\nExit codes: 0 all inputs read, 1 some input failed (the others are still written), 2 usage error.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Usage errors read like every other message: "extract: unknown option '--x'".
      outputError: (s, write) => write(`extract: ${s.replace(/^error: /, '')}`),
    });
}

interface CliOptions {
  view: View;
  facts?: boolean;
  format?: Format;
  types?: string;
  output?: string;
  input: 'text' | 'jsonl';
  referenceDate?: string;
  dollar?: string;
  sectorLexicon?: string;
  listSectors?: boolean;
  encoding?: string;
  maxSize: string;
  jobs: string;
  workerMemory: string;
  escapeFormulas: boolean;
  bom?: boolean;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/** Runs the command; resolves to the exit code. Never throws for bad input or usage. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const cli = program(io);
  try {
    cli.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const options = cli.opts<CliOptions>();
  const color = await colourFor(io.env, options.color, io.stderr.isTTY);
  const say = (line: string) => void io.stderr.write(`${color.red('extract:')} ${line}\n`);
  const note = (line: string) => void io.stderr.write(`${color.dim('extract:')} ${line}\n`);
  try {
    if (options.listSectors) {
      const [{ listSectors }, { stringify }] = await Promise.all([import('./extractors/sector/index.js'), import('csv-stringify/sync')]);
      io.stdout.write(stringify(listSectors(), { header: true, columns: ['phrase', 'isic', 'isic_section', 'sector'] }));
      return EXIT.ok;
    }
    const settings = await settingsFrom(options, io);
    const args = cli.args.length ? cli.args : io.stdin.isTTY ? [] : ['-'];
    if (args.length === 0) {
      cli.outputHelp({ error: true });
      return EXIT.usage;
    }
    // Modules load only when needed, so --help, --version and usage errors answer at once.
    const { expandArguments } = await import('./io/inputs.js');
    const expanded = await expandArguments(args, options.input === 'jsonl' ? ['.jsonl', '.ndjson'] : ['.txt']);
    const sources: Source[] = [];
    let failed = 0;
    for (const item of expanded) {
      if ('reason' in item) {
        say(`${printable(item.path)}: ${item.reason}`);
        failed++;
      } else sources.push(item);
    }
    // Workers pay off only when there is more than one document to share out.
    if (options.input === 'text') settings.jobs = Math.max(1, Math.min(settings.jobs, sources.length));
    let output: Output;
    try {
      output = await openOutput(options.output, io.stdout);
    } catch (error) {
      // Nothing has been read yet: a -o that cannot be written is a usage error.
      if (error instanceof OutputError) throw new UsageError(error.message);
      throw error;
    }
    const [{ readDocuments }, { processDocuments }] = await Promise.all([import('./io/documents.js'), import('./run.js')]);
    const events = readDocuments(sources, { input: options.input, encoding: options.encoding, maxSize: settings.maxSize }, io.stdin);
    const stats = await processDocuments(events, output, settings, { say, note, color, stderr: io.stderr });
    await output.commit();
    failed += stats.failed;
    return failed > 0 ? EXIT.inputFailed : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      say(error.message);
      return EXIT.usage;
    }
    // The output broke part-way (disk full, file system gone): the old -o file is untouched.
    if (error instanceof OutputError) {
      say(error.message);
      return EXIT.inputFailed;
    }
    throw error;
  }
}

/** Checks and converts the options; a bad value is a usage error. */
async function settingsFrom(options: CliOptions, io: Io): Promise<RunSettings> {
  const view: View = options.facts ? 'facts' : options.view;
  if (view === 'facts' && options.types) throw new UsageError('the facts view uses every type; leave out -t');
  const types = options.types ? options.types.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean) : [...MENTION_TYPES];
  const unknown = types.filter((t) => !ALL_TYPES.includes(t as MentionType));
  if (unknown.length || types.length === 0) throw new UsageError(`unknown type ${unknown.join(', ') || '(none)'}: choose from ${ALL_TYPES.join(', ')}`);
  if (options.referenceDate && !isIsoDate(options.referenceDate)) throw new UsageError(`--reference-date must be a date like 2026-01-31, not "${options.referenceDate}"`);
  if (options.dollar && !/^[A-Za-z]{3}$/.test(options.dollar)) throw new UsageError(`--dollar takes an ISO 4217 code such as AUD, not "${options.dollar}"`);
  if (options.encoding && !(await import('./io/decode.js')).isKnownEncoding(options.encoding)) throw new UsageError(`unknown encoding "${options.encoding}"`);
  const jobs = Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs takes a whole number ≥ 1, not "${options.jobs}"`);
  const maxSize = parseSize(options.maxSize, '--max-size');
  if (maxSize > MAX_TEXT_BYTES) throw new UsageError(`--max-size can be at most 512M (the longest text one document can be), not "${options.maxSize}"`);
  const workerMemoryMb = Math.ceil(parseSize(options.workerMemory, '--worker-memory') / 1024 ** 2);
  if (workerMemoryMb < 1) throw new UsageError(`--worker-memory takes a size of 1M or more, not "${options.workerMemory}"`);
  let sectorLexicon: [string, string][] | undefined;
  if (options.sectorLexicon) {
    const csv = await readFile(options.sectorLexicon, 'utf8').catch((e: unknown) => {
      throw new UsageError(`--sector-lexicon ${printable(options.sectorLexicon!)}: ${e && (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : reasonOf(e)}`);
    });
    const { parseSectorLexicon } = await import('./extractors/sector/index.js');
    try {
      sectorLexicon = parseSectorLexicon(csv);
    } catch (e) {
      throw new UsageError(`--sector-lexicon ${options.sectorLexicon}: ${(e as Error).message}`);
    }
  }
  return {
    view,
    types: types as MentionType[],
    format: options.format ?? (io.stdout.isTTY && !options.output ? 'table' : 'csv'),
    referenceDate: options.referenceDate,
    dollar: options.dollar?.toUpperCase(),
    sectorLexicon,
    maxSize,
    jobs,
    workerMemoryMb,
    writer: {
      escapeFormulas: options.escapeFormulas,
      bom: Boolean(options.bom),
      colorLevel: colourLevel(io.env, options.color, io.stdout.isTTY && !options.output),
      rowsName: view === 'facts' ? 'facts' : 'mentions',
    },
    quiet: Boolean(options.quiet),
    verbose: Boolean(options.verbose),
    progress: Boolean(io.stderr.isTTY) && !options.quiet,
  };
}

function isIsoDate(s: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** "500K", "32M", "1G" or plain bytes, as given to `option`. */
function parseSize(written: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(written.trim());
  if (!m) throw new UsageError(`${option} takes a size such as 32M, not "${written}"`);
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'g'];
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes;
}

/** V8 strings hold at most 2^29 - 24 characters; a document is one string. */
const MAX_TEXT_BYTES = 512 * 1024 ** 2;

/** Entry point of the `extract` binary. */
export function runCli(): void {
  const io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env };
  // A closed pipe (`extract … | head`) ends the run quietly; so does a reader of stderr going away.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`extract: standard output: ${reasonOf(error, 'write')}\n`);
    process.exit(EXIT.inputFailed);
  });
  process.stderr.on('error', () => {});
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`extract: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}

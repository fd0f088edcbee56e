import type { ChalkInstance, ColorSupportLevel } from 'chalk';

/**
 * Colour on a terminal only. --no-color wins, then FORCE_COLOR (any value
 * but 0/false turns colour on, even into a pipe), then NO_COLOR (set and not
 * empty; chalk itself ignores it) and TERM=dumb turn it off.
 */
export function colourLevel(env: NodeJS.ProcessEnv, allowed: boolean, terminal: boolean | undefined): ColorSupportLevel {
  const { FORCE_COLOR, NO_COLOR, TERM } = env;
  if (!allowed) return 0;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') return 1;
  if ((NO_COLOR !== undefined && NO_COLOR !== '') || TERM === 'dumb') return 0;
  return terminal ? 1 : 0;
}

/** Colours for messages at `colourLevel`; chalk loads here, after the arguments are read, so --version and --help do without it. */
export async function colourFor(env: NodeJS.ProcessEnv, allowed: boolean, terminal: boolean | undefined): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colourLevel(env, allowed, terminal) });
}

/**
 * Text from the input made safe to print on a terminal: control characters
 * (escape sequences, line breaks in a file name) are shown as \n, \x1b …,
 * so a message stays one line and a scraped page cannot drive the terminal.
 */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => CONTROL_NAMES[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const CONTROL_NAMES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour on a terminal only. --no-color wins, then FORCE_COLOR (any value
 * but 0/false turns colour on, even into a pipe), then NO_COLOR (set and not
 * empty; chalk itself ignores it) and TERM=dumb turn it off.
 */
export function colourFor(env: NodeJS.ProcessEnv, allowed: boolean, terminal: boolean | undefined): ChalkInstance {
  const { FORCE_COLOR, NO_COLOR, TERM } = env;
  let on: boolean;
  if (!allowed) on = false;
  else if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') on = true;
  else if (NO_COLOR !== undefined && NO_COLOR !== '') on = false;
  else if (TERM === 'dumb') on = false;
  else on = Boolean(terminal);
  return new Chalk({ level: on ? 1 : 0 });
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

import { describe, expect, it } from 'vitest';
import { colourFor, colourLevel, printable } from '../../src/io/terminal.js';

describe('colourLevel and colourFor', () => {
  it.each([
    ['a terminal', {}, true, true, 1],
    ['a pipe', {}, true, false, 0],
    ['--no-color on a terminal', {}, false, true, 0],
    ['NO_COLOR on a terminal', { NO_COLOR: '1' }, true, true, 0],
    ['an empty NO_COLOR (not set, per no-color.org)', { NO_COLOR: '' }, true, true, 1],
    ['TERM=dumb', { TERM: 'dumb' }, true, true, 0],
    ['FORCE_COLOR into a pipe', { FORCE_COLOR: '1' }, true, false, 1],
    ['FORCE_COLOR over NO_COLOR and TERM=dumb', { FORCE_COLOR: '1', NO_COLOR: '1', TERM: 'dumb' }, true, false, 1],
    ['FORCE_COLOR=0 on a terminal', { FORCE_COLOR: '0' }, true, true, 1],
    ['--no-color over FORCE_COLOR', { FORCE_COLOR: '1' }, false, true, 0],
  ])('%s', async (_name, env, allowed, terminal, level) => {
    expect(colourLevel(env, allowed, terminal)).toBe(level);
    expect((await colourFor(env, allowed, terminal)).level).toBe(level);
  });
});

describe('printable', () => {
  it.each([
    ['plain text', 'plain text'],
    ['two\nlines', 'two\\nlines'],
    ['esc\x1b[31mred', 'esc\\x1b[31mred'],
    ['bell\x07 del\x7f c1\x9b', 'bell\\x07 del\\x7f c1\\x9b'],
    ['Hà Nội 😀 عربي', 'Hà Nội 😀 عربي'],
  ])('%j', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

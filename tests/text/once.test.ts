import { describe, expect, it } from 'vitest';
import { once } from '../../src/text/once.js';

describe('once', () => {
  it.each([
    ['a table', () => new Map([['Hanoi', 'VN']])],
    ['undefined', () => undefined],
    ['zero', () => 0],
  ])('makes %s on the first call only, and returns that same value after', (_name, make) => {
    let calls = 0;
    const get = once(() => {
      calls++;
      return make();
    });
    expect(calls).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(calls).toBe(1);
  });
});

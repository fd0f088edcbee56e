import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isCommonWord, lexiconTags, tablesFromCompromise } from '../../src/extractors/organization/lexicon.js';

const built = new URL('../../dist/extractors/organization/compromise-lexicon.json', import.meta.url);

describe('compromise lexicon tables', () => {
  // [word, its name tags include, is a common word]
  const rows: [string, string | null, boolean][] = [
    ['toyota', 'Organization', false],
    ['Paris', 'City', false],
    ['john', 'MaleName', false],
    ['two', null, true],
    ['However', null, true],
    ['Xylofenix', null, false],
  ];
  it.each(rows)('%s', (word, tag, common) => {
    if (tag) expect(lexiconTags(word)).toContain(tag);
    else expect(lexiconTags(word)).toEqual([]);
    expect(isCommonWord(word)).toBe(common);
  });

  it('the build snapshot equals what compromise gives', () => {
    expect(JSON.parse(readFileSync(built, 'utf8'))).toEqual(tablesFromCompromise());
  });

  it('a built run finds organisations without loading compromise', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { extract } = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
      const found = extract('Shares of Toyota and Kestrel Mining Corp rose, said Paris-based analysts.').map((m) => m.text);
      const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('compromise'));
      console.log(JSON.stringify({ found, loaded }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: fileURLToPath(new URL('../..', import.meta.url)) });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ found: expect.arrayContaining(['Toyota', 'Kestrel Mining Corp']), loaded: false });
  });
});

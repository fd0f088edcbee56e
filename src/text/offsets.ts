/**
 * Maps UTF-16 indexes (what JavaScript strings and regexes use) to Unicode
 * code point indexes (what FORMAT.md and Python use). Texts without astral
 * characters need no table.
 */
export function codePointIndexer(text: string): (utf16Index: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const table = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    table[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        table[++i] = cp;
      }
    }
    cp++;
  }
  table[text.length] = cp;
  return (i) => table[i];
}

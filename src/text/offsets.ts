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

/** Maps code point indexes back to UTF-16 indexes: the inverse of `codePointIndexer`. */
export function utf16Indexer(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  table.push(text.length);
  return (cp) => table[Math.min(cp, table.length - 1)];
}

import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decode, isKnownEncoding } from '../../src/io/decode.js';

const bytes = (...parts: (number[] | string)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decode', () => {
  it.each([
    ['plain UTF-8', bytes('Café costs €5 — “quoted”'), 'Café costs €5 — “quoted”', undefined],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], 'Hà Nội'), 'Hà Nội', undefined],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('Yen ¥ and 😀', 'utf-16le')]), 'Yen ¥ and 😀', 'UTF-16LE'],
    ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode('Yen ¥ and 😀', 'utf-16be')]), 'Yen ¥ and 😀', 'UTF-16BE'],
    // 0x80 €, 0x93/0x94 curly quotes, 0x96 en dash, 0x92 apostrophe: where TextDecoder('latin1') goes wrong.
    ['windows-1252', bytes([0x80, 0x35, 0x20, 0x93, 0x4f, 0x4b, 0x94, 0x20, 0x96, 0x20, 0x69, 0x74, 0x92, 0x73, 0x20, 0xe9]), '€5 “OK” – it’s é', 'windows-1252'],
    ['Latin-1 letters', bytes([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e, 0x20, 0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f]), 'München São Paulo', 'windows-1252'],
    ['CRLF and lone CR kept as they are', bytes('a\r\nb\rc\n'), 'a\r\nb\rc\n', undefined],
    ['empty', bytes(''), '', undefined],
  ])('%s', (_name, input, text, encoding) => {
    expect(decode(input)).toEqual({ text, encoding });
  });

  it('uses a forced encoding and drops its BOM', () => {
    expect(decode(Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le')).toEqual({ text: 'A', encoding: 'utf-16le' });
    expect(decode(Buffer.from([0xe9]), 'latin1').text).toBe('é');
  });

  it.each([
    ['NUL bytes', Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02]), /^binary file \(contains NUL bytes\)$/],
    ['UTF-16 without a BOM', iconv.encode('Plain words without a byte order mark', 'utf-16le'), /--encoding utf-16le/],
    ['mostly control characters', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 ? 0x01 + (i % 7) : 0x41))), /^binary file \(mostly control characters\)$/],
  ])('refuses %s', (_name, input, message) => {
    expect(() => decode(input)).toThrow(message);
  });

  it('knows encodings by name', () => {
    expect(isKnownEncoding('windows-1252')).toBe(true);
    expect(isKnownEncoding('latin1')).toBe(true);
    expect(isKnownEncoding('no-such-encoding')).toBe(false);
  });
});

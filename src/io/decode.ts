import { createRequire } from 'node:module';
import { InputError } from './reasons.js';

// Loaded on first use: most inputs are UTF-8 and never need them, and loading costs start-up time.
const require = createRequire(import.meta.url);
let iconvModule: typeof import('iconv-lite') | undefined;
let chardetModule: typeof import('chardet') | undefined;
const iconv = () => (iconvModule ??= require('iconv-lite') as typeof import('iconv-lite'));
const chardet = () => (chardetModule ??= require('chardet') as typeof import('chardet'));

export interface Decoded {
  text: string;
  /** The encoding used, when it was not UTF-8. */
  encoding?: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Share of control characters above which a file is taken for binary. */
const BINARY_CONTROL_SHARE = 0.1;

/**
 * Turns a file's bytes into text: a BOM decides first, then strict UTF-8,
 * then detection (chardet) for legacy encodings. Node's TextDecoder maps
 * windows-1252's 0x80–0x9F wrongly, so legacy encodings go through iconv-lite.
 */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (forced) return { text: stripBom(iconv().decode(buffer, forced)), encoding: forced };
  if (hasPrefix(buffer, [0xef, 0xbb, 0xbf])) return { text: utf8(buffer.subarray(3)) };
  if (hasPrefix(buffer, [0xff, 0xfe])) return { text: iconv().decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (hasPrefix(buffer, [0xfe, 0xff])) return { text: iconv().decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  if (buffer.includes(0)) throw new InputError(looksLikeUtf16(buffer) ? 'binary file (contains NUL bytes; if it is UTF-16 without a byte order mark, pass --encoding utf-16le)' : 'binary file (contains NUL bytes)');
  let text: string;
  let encoding: string | undefined;
  try {
    text = strictUtf8.decode(buffer);
  } catch {
    encoding = legacyEncoding(buffer);
    text = iconv().decode(buffer, encoding);
  }
  if (controlShare(text) > BINARY_CONTROL_SHARE) throw new InputError('binary file (mostly control characters)');
  return { text, encoding };
}

/** True when iconv-lite can decode this encoding name. */
export function isKnownEncoding(name: string): boolean {
  return iconv().encodingExists(name);
}

function utf8(buffer: Buffer): string {
  try {
    return strictUtf8.decode(buffer);
  } catch {
    return iconv().decode(buffer, legacyEncoding(buffer));
  }
}

/**
 * The legacy encoding of a file that is not UTF-8. Single-byte Latin guesses
 * are unreliable on short texts, and our readers' legacy files are Western,
 * so those become windows-1252 (a superset of Latin-1's printable range);
 * chardet is trusted for other scripts (Cyrillic, CJK) when it is confident.
 */
function legacyEncoding(buffer: Buffer): string {
  // chardet reads all it is given (17 s on 30 MB); the start of a file tells as much.
  const best = chardet().analyse(buffer.subarray(0, DETECTION_SAMPLE))[0];
  if (!best || best.confidence < MIN_CONFIDENCE || LATIN_SINGLE_BYTE.test(best.name) || !iconv().encodingExists(best.name)) return 'windows-1252';
  return best.name;
}

const MIN_CONFIDENCE = 30;
const DETECTION_SAMPLE = 64 * 1024;
const LATIN_SINGLE_BYTE = /^(UTF-|ASCII|ISO-8859-(1|2|9|15)$|windows-125[0248]$)/i;

/** UTF-16 text without a BOM: most ASCII characters leave a NUL in every other byte. */
function looksLikeUtf16(buffer: Buffer): boolean {
  const sample = buffer.subarray(0, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? odd++ : even++;
  return Math.max(even, odd) > sample.length / 4 && Math.min(even, odd) < Math.max(even, odd) / 10;
}

function hasPrefix(buffer: Buffer, prefix: number[]): boolean {
  return prefix.every((byte, i) => buffer[i] === byte);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g);
  return (controls?.length ?? 0) / text.length;
}

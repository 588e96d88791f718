/**
 * Bytes → text. UTF-8 (a BOM is stripped: the "original" every span indexes
 * is the decoded text WITHOUT the BOM), UTF-16 with a BOM, and Windows-1252
 * when the bytes are not valid UTF-8 but read plausibly as it. Binary data is
 * refused. Results are values with diagnostics, never exceptions.
 */
import type { Diagnostic } from '../../core/diagnostic.js';

export type Decoded = { ok: true; text: string; encoding: string; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const diag = (code: string, severity: Diagnostic['severity'], message: string, source: string): Diagnostic => ({
  code,
  severity,
  stage: 'ingest',
  message,
  source,
});

/** Bytes looked at to decide whether a file is binary. */
const SNIFF = 8192;
/** Share of control characters above which a file is taken for binary. */
const MAX_CONTROL_RATIO = 0.1;

const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['ZIP', [0x50, 0x4b, 0x03, 0x04]],
  ['gzip', [0x1f, 0x8b]],
];

/** Why `bytes` look binary, or undefined when they look like text. */
export function binaryReason(bytes: Uint8Array): string | undefined {
  for (const [name, sig] of MAGIC) if (sig.every((b, i) => bytes[i] === b)) return `${name} signature`;
  const n = Math.min(bytes.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'NUL byte';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) return `${Math.round((100 * control) / n)}% control characters`;
  return undefined;
}

// bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Whether bytes that are not UTF-8 read plausibly as Windows-1252/Latin-1:
 * no undefined bytes, and high bytes are scattered among ASCII letters (as
 * accented letters are) rather than forming long runs (as in Cyrillic or CJK code pages).
 */
export function plausibleCp1252(bytes: Uint8Array): boolean {
  let high = 0;
  let ascii = 0;
  let run = 0;
  let longRuns = 0;
  for (const b of bytes) {
    if (CP1252_UNDEFINED.has(b)) return false;
    if (b >= 0x80) {
      high++;
      if (++run === 4) longRuns++;
    } else {
      run = 0;
      if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) ascii++;
    }
  }
  if (high === 0) return true;
  return high <= (high + ascii) * 0.5 && longRuns <= Math.max(1, high / 50);
}

// "Ã©" "â€™" "Â " — UTF-8 read as Windows-1252 and saved again
const MOJIBAKE = /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u2018-\u201e\u2020-\u2022\u2026\u2122\u0153\u0161\u017e]|Â[\u00a0-\u00bf]/gu;

// Windows-1252 bytes 0x80..0x9F (Node's 'windows-1252' decoder is plain Latin-1 there)
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Windows-1252 → string (undefined bytes keep their C1 code point, as in the WHATWG decoder). */
export function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const codes = Array.from(bytes.subarray(i, i + CHUNK), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_C1.charCodeAt(b - 0x80) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

export function decode(bytes: Uint8Array, source: string): Decoded {
  const diagnostics: Diagnostic[] = [];
  // UTF-16 with a BOM (before the NUL-byte test, which UTF-16 would fail)
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(enc).decode(bytes);
    return { ok: true, text, encoding: enc, diagnostics };
  }
  const why = binaryReason(bytes);
  if (why) return { ok: false, diagnostics: [diag('ingest/binary', 'error', `not a text file (${why})`, source)] };

  let text: string;
  let encoding = 'utf-8';
  try {
    // strips a UTF-8 BOM (ignoreBOM false): offsets index the text after it
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (plausibleCp1252(bytes)) {
      text = decodeCp1252(bytes);
      encoding = 'windows-1252';
      diagnostics.push(diag('ingest/decoded-windows-1252', 'warning', 'not valid UTF-8; decoded as Windows-1252', source));
    } else {
      text = new TextDecoder('utf-8').decode(bytes);
      const bad = (text.match(/\uFFFD/gu) ?? []).length;
      if (bad > Math.max(8, text.length * 0.02)) {
        return { ok: false, diagnostics: [diag('ingest/undecodable', 'error', `not UTF-8 nor plausibly Windows-1252 (${bad} invalid sequences)`, source)] };
      }
      diagnostics.push(diag('ingest/invalid-utf8', 'warning', `invalid UTF-8: ${bad} sequence(s) replaced by U+FFFD`, source));
    }
  }
  const moji = text.match(MOJIBAKE)?.length ?? 0;
  if (moji >= 2) {
    diagnostics.push(diag('ingest/mojibake', 'warning', `${moji} sequences look like doubly encoded UTF-8 ("Ã©"); text kept as read`, source));
  }
  return { ok: true, text, encoding, diagnostics };
}

import { describe, expect, it } from 'vitest';
import { binaryReason, decode, plausibleCp1252 } from './decode.js';

const codes = (r: ReturnType<typeof decode>) => r.diagnostics.map((d) => d.code);

describe('decoding', () => {
  it('UTF-8 as is', () => {
    const r = decode(Buffer.from('Zoë vertrok naar Düsseldorf — “snel”.', 'utf8'), 'a.txt');
    expect(r).toMatchObject({ ok: true, text: 'Zoë vertrok naar Düsseldorf — “snel”.', encoding: 'utf-8' });
    expect(codes(r)).toEqual([]);
  });

  it('strips a UTF-8 BOM: the original starts after it', () => {
    const r = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kop\nTekst.', 'utf8')]), 'a.txt');
    expect(r.ok && r.text).toBe('Kop\nTekst.');
  });

  it('UTF-16 with a BOM', () => {
    const r = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße', 'utf16le')]), 'a.txt');
    expect(r.ok && r.text).toBe('Grüße');
  });

  it('Windows-1252 bytes decode with a warning', () => {
    const bytes = Buffer.from('Caf\xe9 \x93quoted\x94 \x80 5 \x96 na\xefve', 'latin1');
    const r = decode(bytes, 'a.txt');
    expect(r).toMatchObject({ ok: true, text: 'Café “quoted” € 5 – naïve', encoding: 'windows-1252' });
    expect(codes(r)).toEqual(['ingest/decoded-windows-1252']);
  });

  it('invalid UTF-8 that is not plausibly Windows-1252 is refused or flagged', () => {
    // a Cyrillic code page: long runs of high bytes
    const cyr = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0, 0x20, 0xea, 0xe0, 0xea, 0x20, 0xe4, 0xe5, 0xeb, 0xe0]);
    expect(plausibleCp1252(cyr)).toBe(false);
    expect(codes(decode(cyr, 'a.txt'))).toEqual(['ingest/undecodable']);
    // a byte undefined in Windows-1252 among valid text: kept with replacement characters and a warning
    const one = Buffer.concat([Buffer.from('A long enough line of ordinary text. '.repeat(20)), Buffer.from([0x81]), Buffer.from(' end.')]);
    const r = decode(one, 'a.txt');
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['ingest/invalid-utf8']);
  });

  it('binary data: NUL bytes, control characters, file signatures', () => {
    expect(binaryReason(Buffer.from('abc\0def'))).toBe('NUL byte');
    expect(binaryReason(Buffer.from([1, 2, 3, 4, 5, 6, 97, 98]))).toMatch(/control/);
    expect(binaryReason(Buffer.from('%PDF-1.7 rest'))).toBe('PDF signature');
    expect(binaryReason(Buffer.from('plain text\r\n\twith tabs'))).toBeUndefined();
    expect(codes(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x.png'))).toEqual(['ingest/binary']);
  });

  it('flags doubly encoded UTF-8 without changing the text', () => {
    const moji = Buffer.from('CafÃ© in MÃ¼nchen', 'utf8');
    const r = decode(moji, 'a.txt');
    expect(r.ok && r.text).toBe('CafÃ© in MÃ¼nchen');
    expect(codes(r)).toEqual(['ingest/mojibake']);
  });
});

import { describe, expect, it } from 'vitest';
import { alternation, wrap } from './compile.js';
import { buildNameIndex, scanNames } from './names-index.js';

const NAMES = ['Red Cross', 'Red Crescent Society', 'Red', 'U.S.', 'Nord Brigade', 'Nord'];
const TEXTS = [
  'The Red Cross and the red crescent society said the U.S. army left Nord.',
  'Redwood, Nord-Brigade, Nord Brigades and NORD BRIGADE; red cross…red',
  'Nordic red crossing: U.S.A. and U.S. talks',
];

const viaRegex = (text: string, flags: string): string[] =>
  [...text.matchAll(new RegExp(wrap(alternation(NAMES.map((n) => (flags.includes('i') ? n.toLowerCase() : n)))), flags))].map((m) => `${m.index}:${m[0]}`);

describe('name index', () => {
  it('finds what the case-folded alternation regex finds', () => {
    const idx = buildNameIndex(NAMES.map((n) => n.toLowerCase()), true);
    expect(idx.ok).toBe(true);
    for (const t of TEXTS) expect(scanNames(t, idx).map((m) => `${m.index}:${m.text}`)).toEqual(viaRegex(t, 'giu'));
  });
  it('finds what the exact-case alternation regex finds', () => {
    const idx = buildNameIndex(NAMES, false);
    for (const t of TEXTS) expect(scanNames(t, idx).map((m) => `${m.index}:${m.text}`)).toEqual(viaRegex(t, 'gu'));
  });
  it('with a look-ahead instead of a word boundary', () => {
    const idx = buildNameIndex(NAMES, false);
    const follow = /(?= (?:says|said)(?![\p{L}\p{N}]))/uy;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(NAMES)})(?= (?:says|said)(?![\\p{L}\\p{N}]))`, 'gu');
    const t = 'Red Cross said; the U.S. says Nord saids Red Crescent Society said';
    expect(scanNames(t, idx, undefined, follow).map((m) => `${m.index}:${m.text}`)).toEqual([...t.matchAll(re)].map((m) => `${m.index}:${m[0]}`));
  });
  it('refuses names that do not start with a letter or digit', () => {
    expect(buildNameIndex(["'s-Gravenhage"], false).ok).toBe(false);
  });
});

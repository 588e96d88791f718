import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintSimilarity } from './index.js';
import { MIN_WORDS } from './minhash.js';

function words(n: number, seed: number): string {
  let x = seed * 2654435761 || 1;
  return Array.from({ length: n }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return `w${(x >>> 0) % 5000}`;
  }).join(' ');
}

describe('near-duplicate fingerprints', () => {
  const base = `${words(300, 1)}`;
  it('rates copies high and different texts low, deterministically', () => {
    const a = fingerprint(base, 'text')!;
    expect(fingerprint(base, 'text')!.signature).toBe(a.signature);
    expect(fingerprintSimilarity(fingerprint(`Headline\n\n${base}\n\nRepublished by an outlet.`, 'text')!, a.signature)).toBeGreaterThan(0.9);
    const edited = base.split(' ').map((w, i) => (i % 40 === 0 ? 'changed' : w)).join(' ');
    expect(fingerprintSimilarity(fingerprint(edited, 'text')!, a.signature)).toBeGreaterThan(0.6);
    expect(fingerprintSimilarity(fingerprint(words(300, 2), 'text')!, a.signature)).toBeLessThan(0.2);
  });
  it('reads HTML as its words and skips texts too short to compare', () => {
    const html = `<html><head><script>var x = 1;</script></head><body><p>${base}</p></body></html>`;
    expect(fingerprintSimilarity(fingerprint(html, 'html')!, fingerprint(base, 'text')!.signature)).toBe(1);
    expect(fingerprint(words(MIN_WORDS - 1, 3), 'text')).toBeNull();
  });
});

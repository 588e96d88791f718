import { describe, expect, it } from 'vitest';
import { OffsetMap, TextBuilder } from './span.js';

describe('OffsetMap', () => {
  it('identity maps every offset to itself', () => {
    const m = OffsetMap.identity(10);
    expect(m.toOriginal({ start: 3, end: 7 })).toEqual({ start: 3, end: 7 });
  });

  it('maps copied pieces across dropped text and synthetic separators', () => {
    const original = 'Keep this.\nDROP ME\nAnd this.';
    const b = new TextBuilder();
    b.copy(original, 0, 10).synthetic('\n\n', 19).copy(original, 19, 28);
    const { text, map } = b.build();
    expect(text).toBe('Keep this.\n\nAnd this.');
    const cs = text.indexOf('this.', 12);
    const o = map.toOriginal({ start: cs, end: cs + 5 });
    expect(original.slice(o.start, o.end)).toBe('this.');
    const first = map.toOriginal({ start: 0, end: 4 });
    expect(original.slice(first.start, first.end)).toBe('Keep');
  });

  it('maps a decoded entity to its whole raw range', () => {
    const original = '<p>AT&amp;T said</p>';
    const b = new TextBuilder();
    b.copy(original, 3, 5).replace('&', 5, 10).copy(original, 10, 16);
    const { text, map } = b.build();
    expect(text).toBe('AT&T said');
    const o = map.toOriginal({ start: 0, end: 4 });
    expect(original.slice(o.start, o.end)).toBe('AT&amp;T');
    const s = map.toOriginal({ start: 5, end: 9 });
    expect(original.slice(s.start, s.end)).toBe('said');
  });

  it('merges contiguous verbatim pieces', () => {
    const original = 'abcdef';
    const b = new TextBuilder();
    b.copy(original, 0, 3).copy(original, 3, 6);
    const { map } = b.build();
    expect(map.toOriginal({ start: 2, end: 5 })).toEqual({ start: 2, end: 5 });
  });

  it('keeps random slices exact (property)', () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const words = Array.from({ length: 30 }, (_, i) => `w${i}${'x'.repeat(rnd(4))}`);
      const original = words.join(' ');
      const b = new TextBuilder();
      const kept: Array<[number, number]> = [];
      let pos = 0;
      for (const w of words) {
        if (rnd(3) > 0) {
          if (b.length) b.synthetic(' ', pos);
          b.copy(original, pos, pos + w.length);
          kept.push([pos, pos + w.length]);
        }
        pos += w.length + 1;
      }
      const { text, map } = b.build();
      let c = 0;
      for (const [s, e] of kept) {
        const cs = text.indexOf(original.slice(s, e), c);
        const o = map.toOriginal({ start: cs, end: cs + (e - s) });
        expect(original.slice(o.start, o.end)).toBe(original.slice(s, e));
        c = cs + (e - s);
      }
    }
  });
});

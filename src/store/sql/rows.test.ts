import { describe, expect, it } from 'vitest';
import { sentenceAround } from './rows.js';
import { decodeCursor, encodeCursor, pageLimit } from './cursor.js';

describe('sentenceAround', () => {
  const text = 'Headline here\nFirst sentence. A strike hit the depot at dawn! Third one?\nNext paragraph.';
  it('returns the sentence holding the span, as a span of the original', () => {
    const start = text.indexOf('strike');
    const s = sentenceAround(text, start, start + 6)!;
    expect(s.text).toBe('A strike hit the depot at dawn!');
    expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('stops at line breaks and text edges', () => {
    const s = sentenceAround(text, 2, 5)!;
    expect(s.text).toBe('Headline here');
    const e = sentenceAround(text, text.length - 3, text.length)!;
    expect(e.text).toBe('Next paragraph.');
  });
  it('does not split on a dot inside a number or abbreviation without a following space', () => {
    const t = 'Losses rose to 3.5 percent near the U.S.-run base, officials said.';
    expect(sentenceAround(t, 40, 44)!.text).toBe(t);
  });
  it('refuses spans outside the text', () => {
    expect(sentenceAround('abc', 2, 9)).toBeNull();
  });
});

describe('cursor', () => {
  it('round-trips and rejects garbage', () => {
    expect(decodeCursor(encodeCursor('2031-03-04', 'm1'))).toEqual({ key: '2031-03-04', id: 'm1' });
    expect(decodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('%%%')).toThrow(/cursor/);
    expect(pageLimit(undefined)).toBe(50);
    expect(pageLimit(5000)).toBe(1000);
    expect(pageLimit(0)).toBe(1);
  });
});

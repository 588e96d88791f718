import { describe, expect, it } from 'vitest';
import { docDateCorrect, scoreDocDate } from './docdate.js';
import { halfOf } from './half.js';

describe('document-date accuracy', () => {
  it('equal, or more precise and inside the gold date, is right; coarser or missing is wrong', () => {
    expect(docDateCorrect('2023-05-14', '2023-05-14')).toBe(true);
    expect(docDateCorrect('2023-05', '2023-05-14')).toBe(true);
    expect(docDateCorrect('2023-05-14', '2023-05')).toBe(false);
    expect(docDateCorrect('2023-05', '2023-06-01')).toBe(false);
    expect(docDateCorrect('2023-05', undefined)).toBe(false);
  });

  it('articles whose gold has no docDate are left out', () => {
    expect(scoreDocDate(undefined, '2023-05-14')).toEqual({ gold: 0, correct: 0 });
    expect(scoreDocDate('2023-05', '2023-05-14')).toEqual({ gold: 1, correct: 1 });
  });
});

describe('corpus halves', () => {
  it('odd trailing numbers are the tune half, even the check half', () => {
    expect(halfOf('en-some-article-101')).toBe('tune');
    expect(halfOf('nl-other-142')).toBe('check');
    expect(halfOf('no-number')).toBeNull();
  });
});

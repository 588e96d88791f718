import { describe, expect, it } from 'vitest';
import { dateRange, jaccard, overlaps, widthDays, windowRange } from './window.js';

describe('date windows', () => {
  it('reads day, month and year precision', () => {
    expect(widthDays(dateRange('2024-03-04')!)).toBe(1);
    expect(widthDays(dateRange('2024-02')!)).toBe(29);
    expect(widthDays(dateRange('2023-02')!)).toBe(28);
    expect(widthDays(dateRange('2024')!)).toBe(366);
    expect(dateRange('2024-02-30')).toBeNull();
    expect(dateRange('March 2024')).toBeNull();
  });

  it('overlap is inclusive of both ends', () => {
    const a = windowRange('2024-03-01', '2024-03-04')!;
    expect(overlaps(a, windowRange('2024-03-04', '2024-03-09')!)).toBe(true);
    expect(overlaps(a, windowRange('2024-03-05', '2024-03-09')!)).toBe(false);
    expect(jaccard(a, windowRange('2024-03-03', '2024-03-06')!)).toBeCloseTo(2 / 6);
    expect(windowRange('2024-03-05', '2024-03-01')).toBeNull();
  });
});

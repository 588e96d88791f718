import { describe, expect, it } from 'vitest';
import { dayNumber, daysBefore, spanDays } from './window-span.js';

describe('window spans', () => {
  it('reads day bounds, clamping a month-end past the month', () => {
    expect(dayNumber('2031-02-31')).toBe(dayNumber('2031-02-28'));
    expect(dayNumber('2032-02-31')).toBe(dayNumber('2032-02-29'));
    expect(dayNumber('2031-13-01')).toBeNull();
    expect(dayNumber('2031-03')).toBeNull();
    expect(spanDays('2031-02-01', '2031-02-31')).toBe(27);
    expect(spanDays('2031-01-01', '2031-12-31')).toBe(364);
    expect(spanDays('2031-01-01', 'soon')).toBe(Infinity);
  });
  it('keeps the text order of bounds (never decreasing), so a text bound from day arithmetic is safe', () => {
    const bounds: string[] = [];
    for (const y of ['2030', '2031', '2032']) for (let m = 1; m <= 12; m++) for (let d = 1; d <= 31; d++) bounds.push(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    bounds.sort();
    for (let i = 1; i < bounds.length; i++) expect(dayNumber(bounds[i]!)! >= dayNumber(bounds[i - 1]!)!).toBe(true);
  });
  it('counts back to a valid date', () => {
    expect(daysBefore('2031-03-02', 2)).toBe('2031-02-28');
    expect(daysBefore('2031-02-31', 0)).toBe('2031-02-28');
    expect(daysBefore('2031-03-02', Infinity)).toBeNull();
  });
});

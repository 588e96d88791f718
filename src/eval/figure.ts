/**
 * Figures (casualty counts, event fatalities) as {min, max}; max null = open
 * ("at least N"). Read from {min, max} (also {low, high}), {best}/{count}/
 * {value}/{n} (with no max given: that exact number), or a bare number.
 * Two figures are the same when min and max are equal (null max = absent max).
 */
import { isObj, num } from './resolution.js';

export interface Figure {
  min: number;
  max: number | null;
}

export function figureOf(f: unknown): Figure | null {
  if (f == null) return null;
  if (typeof f === 'number' || typeof f === 'string') {
    const n = num(f);
    return n === undefined ? null : { min: n, max: n };
  }
  if (!isObj(f)) return null;
  const hasMax = 'max' in f || 'high' in f;
  const maxRaw = 'max' in f ? f['max'] : f['high'];
  let min = num(f['min'] ?? f['low']);
  if (min === undefined) {
    const single = num(f['best'] ?? f['count'] ?? f['value'] ?? f['n']);
    if (single === undefined) return null;
    if (!hasMax) return { min: single, max: single };
    min = single;
  }
  return { min, max: maxRaw == null ? null : (num(maxRaw) ?? null) };
}

export function sameFigure(a: Figure | null | undefined, b: Figure | null | undefined): boolean {
  return !!a && !!b && a.min === b.min && (a.max ?? null) === (b.max ?? null);
}

/**
 * Halves of a numbered corpus (../shared/corpus/real): the trailing number of
 * an article's name decides — odd numbers are the tune half, even numbers the
 * check half. A name without a trailing number is in neither half.
 */
export type Half = 'tune' | 'check';

export function halfOf(name: string): Half | null {
  const m = /(\d+)$/u.exec(name);
  if (!m) return null;
  return Number(m[1]) % 2 === 1 ? 'tune' : 'check';
}

export function isHalf(v: string): v is Half {
  return v === 'tune' || v === 'check';
}

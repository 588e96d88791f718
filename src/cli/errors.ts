/** CLI errors and the checks of flag values every command shares (no heavy imports: loaded by `sitrep --help`). */

/** A usage or configuration error: printed as one line `sitrep: message`, exit code 2. */
export class UsageError extends Error {}

export const EXIT_HELP = '\nExit codes: 0 ok · 1 some inputs failed (the others were processed) · 2 usage or configuration error (nothing done)\n';

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day/month (2024-02-30 and 2024-13 are not). */
export function isCalendarDate(s: string, form: 'day' | 'any' = 'day'): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (form === 'day' && m[3] === undefined) return false;
  const y = Number(m[1]);
  if (m[2] === undefined) return y >= 1;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  if (m[3] === undefined) return true;
  const d = Number(m[3]);
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= dim;
}

export function checkDate(flag: string, s: string | undefined, form: 'day' | 'any' = 'day'): void {
  if (s === undefined) return;
  if (!isCalendarDate(s, form)) {
    const shape = form === 'day' ? 'YYYY-MM-DD' : 'YYYY[-MM[-DD]]';
    throw new UsageError(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(s) ? `${flag} ${s} is not a calendar date` : `${flag} must be ${shape}, got ${JSON.stringify(s.slice(0, 40))}`);
  }
}

export function checkInt(flag: string, s: string, min: number, max: number): number {
  const n = Number(s);
  if (!/^\d+$/.test(s) || !Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be an integer ${min}..${max}, got ${JSON.stringify(s.slice(0, 40))}`);
  return n;
}

/**
 * Dates in a page's URL ("/2024/11/19/", "dmf20230805_…", "nachrichten-2024-04", "…-2024-12-19",
 * "/2024/03-18-…"). The formats are data, tried in order; the first that yields a valid date wins.
 * Only the path and query are read (never the host), and only years from 1990 to next year.
 */
import type { DateParts } from './dates.js';
import { validParts } from './dates.js';

export interface UrlDate extends DateParts {
  /** offsets of the date in the URL string */
  start: number;
  end: number;
  format: string;
}

const Y = '(?<y>(?:19|20)\\d{2})';
const MM = '(?<m>0[1-9]|1[0-2])';
const DD = '(?<d>0[1-9]|[12]\\d|3[01])';
const M = '(?<m>0?[1-9]|1[0-2])';
const D = '(?<d>0?[1-9]|[12]\\d|3[01])';
/** not inside a longer number */
const NB = '(?<!\\d)';
const NA = '(?!\\d)';

/** URL date formats, most specific first. */
export const URL_DATE_FORMATS: ReadonlyArray<{ id: string; pattern: string; example: string }> = [
  { id: 'path-y/m/d', pattern: `/${Y}/${M}/${D}(?=[/_.-]|$|\\?)`, example: '/2024/11/19/' },
  { id: 'path-y/m-d', pattern: `/${Y}/${MM}-${DD}(?=[/_.-])`, example: '/2024/03-18-title' },
  { id: 'y-m-d', pattern: `${NB}${Y}[-_]${MM}[-_]${DD}${NA}`, example: '-2024-12-19' },
  // eight digits, alone or before a serial of up to six more ("dmf20230805_…", "201901150251")
  { id: 'yyyymmdd', pattern: `${NB}${Y}${MM}${DD}(?:\\d{4}|\\d{6})?${NA}`, example: 'dmf20230805' },
  { id: 'path-y/m', pattern: `/${Y}/${M}(?=[/?]|$)`, example: '/2024/11/' },
  { id: 'y-m', pattern: `${NB}${Y}[-_]${MM}${NA}(?![-_]\\d)`, example: 'nachrichten-2024-04' },
];

const compiled = URL_DATE_FORMATS.map((f) => ({ id: f.id, re: new RegExp(f.pattern, 'dgu') }));

/** The path-and-query part of a URL (after scheme and host), and where it starts. */
function pathOf(url: string): { path: string; offset: number } {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu.exec(url);
  const offset = m ? m[0].length : 0;
  const rest = url.slice(offset);
  const hash = rest.indexOf('#');
  return { path: hash >= 0 ? rest.slice(0, hash) : rest, offset };
}

/** The date a URL states, if any. `now` bounds the year (default: the clock). */
export function urlDate(url: string, now: Date = new Date()): UrlDate | undefined {
  const { path, offset } = pathOf(url);
  const maxYear = now.getUTCFullYear() + 1;
  for (const { id, re } of compiled) {
    re.lastIndex = 0;
    for (let m = re.exec(path); m; m = re.exec(path)) {
      const g = m.groups ?? {};
      const p: DateParts = { year: Number(g['y']), month: Number(g['m']) };
      if (g['d'] !== undefined) p.day = Number(g['d']);
      if (p.year! < 1990 || p.year! > maxYear || !validParts(p)) continue;
      const ix = m.indices?.groups;
      const from = ix?.['y']?.[0] ?? m.index;
      const to = (ix?.['d'] ?? ix?.['m'])?.[1] ?? m.index + m[0].length;
      return { ...p, start: offset + from, end: offset + to, format: id };
    }
  }
  return undefined;
}

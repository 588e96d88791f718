/**
 * Datelines: the place (and date, and agency) news agencies put before the
 * first sentence — "KYIV, Aug 14 (Agency) - …", "Berlin, 14.08.2024 – …",
 * "GOMA (Agency) – …" — or alone on a line ("Berlin, 16.09.2024").
 */
import type { DateMatch, DateMatcher } from './dates.js';

export interface DatelineMatch {
  /** start of the place name */
  start: number;
  /** end of the dateline prefix, dash and following spaces included */
  end: number;
  place: string;
  date?: DateMatch;
  agency?: string;
  /** true when the dateline stands alone on its line */
  alone: boolean;
}

// a capitalised place of up to four words ("KYIV", "Den Haag", "Rio de Janeiro")
const PLACE = /(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:(?:[ \t]+|\/)(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Ll}{1,3}))*)/uy;
/** a place name of at most this many words */
const MAX_PLACE_WORDS = 4;
const COMMA = /[ \t]*,[ \t]*/y;
const AGENCY = /[ \t]*\((?<agency>[^()\n]{1,60})\)/y;
/** an agency: up to four capitalised words ("Reuters", "Agence France-Presse") or a short lower-case acronym ("dpa") */
const AGENCY_NAME = /^(?:\p{Lu}[\p{L}\p{M}&.\-]*(?:[ \t/]+\p{Lu}[\p{L}\p{M}&.\-]*){0,3}|\p{Ll}{2,5})$/u;
/** an agency name, a dash or comma, and the rest (a date) inside the parentheses */
const AGENCY_DATE = /^(?<name>[^,–—-]+?)\s*(?:[-–—]|,)\s*(?<rest>\S.*)$/u;
const DASH = /[ \t]*[-–—]{1,2}[ \t]+/y;
const SPACES = /[ \t]+/y;
const EOL = /[ \t]*$/y;

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** A dateline starting at `pos` of `line` (a single line of text). */
export function matchDateline(line: string, pos: number, dates: DateMatcher): DatelineMatch | undefined {
  const pm = sticky(PLACE, line, pos);
  if (!pm) return undefined;
  const place = pm.groups?.['place'] ?? '';
  if (place.split(/[ \t/]+/u).length > MAX_PLACE_WORDS) return undefined;
  let p = pos + pm[0].length;
  let date: DateMatch | undefined;
  let region = false;
  const cm = sticky(COMMA, line, p);
  if (cm) {
    const q = p + cm[0].length;
    date = dates.dated(line, q);
    if (date) p = date.end;
    else {
      // "KYIV, Ukraine (AP) —", "GOMA, Congo, 16 Feb (Agency) –": a region after the place
      const rm = sticky(PLACE, line, q);
      if (!rm) return undefined;
      region = true;
      p = q + rm[0].length;
      const cm2 = sticky(COMMA, line, p);
      if (cm2) {
        const q2 = p + cm2[0].length;
        date = dates.dated(line, q2);
        if (!date) return undefined;
        p = date.end;
      }
    }
  }
  let agency: string | undefined;
  let datedAgency = false;
  const am = sticky(AGENCY, line, p);
  if (am) {
    agency = am.groups?.['agency']?.trim();
    if (!agency) return undefined;
    if (!AGENCY_NAME.test(agency)) {
      // the date inside the parentheses: "MOSCOW (Agency / Partner - 3rd March, 2023)"
      const inner = AGENCY_DATE.exec(agency);
      const d = inner?.groups ? dates.dated(agency, inner.index + inner[0].length - inner.groups['rest']!.length) : undefined;
      if (!inner || !d || date || agency.slice(d.end).trim() || !AGENCY_NAME.test(inner.groups!['name']!.trim())) return undefined;
      const at = p + am[0].indexOf('(') + 1 + (am[0].slice(am[0].indexOf('(') + 1).length - am[0].slice(am[0].indexOf('(') + 1).trimStart().length);
      date = { ...d, start: at + d.start, end: at + d.end };
      agency = inner.groups!['name']!.trim();
      datedAgency = true;
    }
    p += am[0].length;
  }
  // a region without a date reads as a dateline only before an agency ("KYIV, Ukraine (AP) —")
  if (region && !date && !agency) return undefined;
  const dm = sticky(DASH, line, p);
  if (dm) {
    // without a date or an agency only an all-capitals place reads as a dateline ("KYIV - …")
    if (!date && !agency && (place !== place.toUpperCase() || place.replace(/[^\p{L}]/gu, '').length < 3)) return undefined;
    return { start: pos, end: p + dm[0].length, place, ...(date ? { date } : {}), ...(agency ? { agency } : {}), alone: false };
  }
  // "MOSCOW (Agency - 3 March 2023) The minister …": an all-capitals place and a dated agency need no dash
  const sp = sticky(SPACES, line, p);
  if (datedAgency && sp && place === place.toUpperCase() && /\p{Lu}/u.test(line.charAt(p + sp[0].length))) {
    return { start: pos, end: p + sp[0].length, place, ...(date ? { date } : {}), ...(agency ? { agency } : {}), alone: false };
  }
  if (date && sticky(EOL, line, p)) return { start: pos, end: p, place, date, ...(agency ? { agency } : {}), alone: true };
  return undefined;
}

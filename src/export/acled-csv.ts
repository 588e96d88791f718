/**
 * ACLED-compatible CSV: ACLED's exact column names and conventions
 * (time_precision 1 day / 2 within a week / 3 within a month or longer; geo_precision 1 town / 2 part of a
 * region / 3 region or larger; inter codes 1..8; interaction = the two inter codes, lower first;
 * fatalities = the conservative (lowest) figure; source = the publications that reported it, source_scale from
 * a small outlet table; notes = an English summary written from the event's fields; timestamp = ingest time).
 */
import countries from 'i18n-iso-countries';
import type { MergedEvent } from '../store/types.js';
import { acledRegion } from './acled-regions.js';
import { interOf } from './inter.js';
import { acledNotes } from './notes.js';
import { combinedScale, outletOf, siteNameFromHtml, type OutletInput } from './outlets.js';

/** What the CSV needs to know about the articles behind a merged event. */
export interface RowArticle extends OutletInput {
  /** ISO time of the article's ingest */
  ingestedAt?: string | null;
  /** the start of an HTML original (for its site name) */
  head?: string | null;
}

/** ACLED `source` and `source_scale` from the articles' outlets ("Unknown outlet" / "Unknown" when none is known). */
export function sourceColumns(articles: readonly RowArticle[]): { source: string; scale: string } {
  const outlets = articles.map((a) => outletOf({ ...a, siteName: a.siteName ?? (a.head ? siteNameFromHtml(a.head) : null) })).filter((o) => o !== null);
  const names = [...new Set(outlets.map((o) => o.name))];
  if (!names.length) return { source: 'Unknown outlet', scale: 'Unknown' };
  return { source: names.join('; '), scale: combinedScale(outlets.map((o) => o.scale)) };
}

export const ACLED_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting',
  'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
] as const;

type Row = Record<(typeof ACLED_COLUMNS)[number], string | number>;

/** RFC 4180 field: quoted when it holds a comma, quote or line break; leading =+-@ neutralised against CSV injection. */
export function csvField(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function days(start: string, end: string): number {
  return Math.round((Date.parse(end + 'T00:00:00Z') - Date.parse(start + 'T00:00:00Z')) / 86_400_000) + 1;
}

export function timePrecision(e: Pick<MergedEvent, 'date'>): 1 | 2 | 3 {
  const n = days(e.date.start, e.date.end);
  return n <= 1 ? 1 : n <= 7 ? 2 : 3;
}

export function geoPrecision(e: Pick<MergedEvent, 'location'>): 1 | 2 | 3 {
  return e.location.level === 'place' ? 1 : e.location.level === 'admin2' ? 2 : 3;
}

export function disorderType(type: string, subType: string): string {
  if (type === 'Protests') return subType === 'Excessive force against protesters' ? 'Political violence; Demonstrations' : 'Demonstrations';
  if (type === 'Riots') return subType === 'Mob violence' ? 'Political violence' : 'Demonstrations';
  if (type === 'Strategic developments') return 'Strategic developments';
  return 'Political violence';
}

/** The date a day-precision ACLED record carries: the last day of the window (ACLED codes the latest possible date). */
function eventDate(e: MergedEvent): string {
  return e.date.end;
}

export function acledRow(e: MergedEvent, opts: { ingestedAt?: string; articles?: readonly RowArticle[] } = {}): Row {
  const initiators = e.actorRoles.filter((r) => r.role === 'initiator').map((r) => r.name);
  const targets = e.actorRoles.filter((r) => r.role === 'target').map((r) => r.name);
  const rest = e.actors.filter((a) => !initiators.includes(a) && !targets.includes(a));
  const pool = [...initiators, ...targets, ...rest];
  const actor1 = initiators[0] ?? pool[0] ?? '';
  // actor2 is another party than actor1 (a target standing in for a missing initiator is not also actor2)
  const actor2 = targets.find((a) => a !== actor1) ?? pool.find((a) => a !== actor1) ?? '';
  const assoc1 = initiators.filter((a) => a !== actor1 && a !== actor2).join('; ');
  const assoc2 = targets.filter((a) => a !== actor2 && a !== actor1).join('; ');
  const inter1 = actor1 ? interOf(actor1) : 0;
  const inter2 = actor2 ? interOf(actor2) : 0;
  const [lo, hi] = inter1 <= inter2 ? [inter1, inter2] : [inter2, inter1];
  const interaction = lo === 0 ? hi : lo * 10 + hi;
  const iso = countries.alpha2ToNumeric(e.location.country);
  const country = countries.getName(e.location.country, 'en') ?? e.location.country;
  const civilianTargeting = e.type === 'Violence against civilians' || targets.some((t) => interOf(t) === 7) ? 'Civilian targeting' : '';
  const fatalities = e.fatalities?.low ?? 0;
  const tags = [
    ...(e.hedges.length ? [`hedges: ${e.hedges.join('/')}`] : []),
    ...e.conflicts.map((c) => `sources disagree on ${c.field}`),
    `sitrep articles: ${e.articleCount}`,
  ].join('; ');
  const notes = acledNotes(e, { actor1, actor2 });
  const { source, scale } = sourceColumns(opts.articles ?? []);
  const ingest = [opts.ingestedAt, ...(opts.articles ?? []).map((a) => a.ingestedAt)].filter((t): t is string => !!t && Number.isFinite(Date.parse(t))).sort().at(-1);
  const loc = e.location as typeof e.location & { admin2?: string };
  return {
    event_id_cnty: e.id,
    event_date: eventDate(e),
    year: /^\d{4}/.test(eventDate(e)) ? Number(eventDate(e).slice(0, 4)) : '',
    time_precision: timePrecision(e),
    disorder_type: disorderType(e.type, e.subType),
    event_type: e.type,
    sub_event_type: e.subType,
    actor1,
    assoc_actor_1: assoc1,
    inter1,
    actor2,
    assoc_actor_2: assoc2,
    inter2,
    interaction,
    civilian_targeting: civilianTargeting,
    iso: iso ? Number(iso) : '',
    region: acledRegion(e.location.country),
    country,
    admin1: e.location.level === 'country' ? '' : e.location.level === 'admin1' ? e.location.name : e.location.admin1 ?? '',
    admin2: loc.level === 'admin2' ? loc.name : loc.admin2 ?? '',
    admin3: '',
    location: e.location.name,
    latitude: e.location.lat ?? '',
    longitude: e.location.lon ?? '',
    geo_precision: geoPrecision(e),
    source,
    source_scale: scale,
    notes,
    fatalities,
    tags,
    timestamp: ingest ? Math.floor(Date.parse(ingest) / 1000) : '',
  };
}

export function acledCsvHeader(): string {
  return ACLED_COLUMNS.join(',') + '\n';
}

export function acledCsvLine(e: MergedEvent, articles?: readonly RowArticle[]): string {
  const row = acledRow(e, articles ? { articles } : {});
  return ACLED_COLUMNS.map((c) => csvField(row[c])).join(',') + '\n';
}

/**
 * Gold annotations: the zod schema of a corpus gold file (see the corpus
 * README), and loading a directory of them. A malformed file is reported and
 * skipped; the rest still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { isAcledSubType, isAcledType } from '../core/acled.js';

const LEVELS = ['country', 'admin1', 'admin2', 'place'] as const;
export type GoldLevel = (typeof LEVELS)[number];

/** An `alsoAccept` alternative: "admin1:Belgorod Oblast" → {level: "admin1", value: "Belgorod Oblast"}; a bare name has level null. */
export interface Accept {
  level: GoldLevel | null;
  value: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const COUNTRY = /^[A-Z]{2}$/u;

export function parseAccept(entry: string): Accept | string {
  const m = /^(?<prefix>[A-Za-z0-9]+)\s*:\s*(?<value>.+)$/u.exec(entry.trim());
  if (!m?.groups) {
    const value = entry.trim();
    return value === '' ? 'empty alsoAccept entry' : { level: null, value };
  }
  const prefix = (m.groups['prefix'] ?? '').toLowerCase();
  const value = (m.groups['value'] ?? '').trim();
  if (!(LEVELS as readonly string[]).includes(prefix)) return `alsoAccept "${entry}": unknown level "${prefix}" (expected ${LEVELS.join('|')})`;
  return { level: prefix as GoldLevel, value };
}

const Level = z.enum(LEVELS);
const Lat = z.number().min(-90).max(90);
const Lon = z.number().min(-180).max(180);
const Country = z.string().regex(COUNTRY, 'ISO 3166-1 alpha-2 code in capitals');
const Count = z.number().int().nonnegative();

const GoldPlaceSchema = z
  .looseObject({
    start: z.number().int().nonnegative(),
    text: z.string().min(1),
    level: Level,
    name: z.string().min(1),
    country: Country,
    admin1: z.string().optional(),
    lat: Lat.optional(),
    lon: Lon.optional(),
    alsoAccept: z.array(z.string()).optional(),
  })
  .superRefine((p, ctx) => {
    for (const a of p.alsoAccept ?? []) {
      const parsed = parseAccept(a);
      if (typeof parsed === 'string') ctx.addIssue({ code: 'custom', path: ['alsoAccept'], message: parsed });
    }
  });

const NotPlaceSchema = z.looseObject({
  start: z.number().int().nonnegative(),
  text: z.string().min(1),
  why: z.string().optional(),
});

const GoldCasualtySchema = z.looseObject({
  kind: z.string().min(1),
  min: Count,
  max: Count.nullable(),
});

const OneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

const GoldLocationSchema = z.looseObject({
  level: Level,
  name: z.string().min(1),
  country: Country,
  admin1: z.string().optional(),
  lat: Lat.optional(),
  lon: Lon.optional(),
});

const GoldEventSchema = z
  .looseObject({
    id: z.string().min(1),
    required: z.boolean(),
    type: OneOrMany,
    subType: OneOrMany.optional(),
    date: z.object({ start: z.string().regex(ISO_DATE, 'YYYY-MM-DD'), end: z.string().regex(ISO_DATE, 'YYYY-MM-DD') }),
    location: GoldLocationSchema,
    actors: z.array(z.string()).optional(),
    fatalities: z.object({ min: Count, max: Count.nullable() }).optional(),
    sources: z.array(z.looseObject({ name: z.string().min(1).nullable(), hedge: z.enum(['asserted', 'reported', 'claimed', 'denied']) })),
    evidence: z.string().optional(),
  })
  .superRefine((e, ctx) => {
    if (e.date.end < e.date.start) ctx.addIssue({ code: 'custom', path: ['date'], message: 'date.end precedes date.start' });
  });

export const GoldFileSchema = z.looseObject({
  doc: z.string().min(1),
  lang: z.string().min(2),
  docDate: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/u, 'YYYY-MM or YYYY-MM-DD'),
  boilerplate: z.array(z.string()).default([]),
  places: z.array(GoldPlaceSchema),
  notPlaces: z.array(NotPlaceSchema).default([]),
  casualties: z.array(GoldCasualtySchema),
  events: z.array(GoldEventSchema),
});

export type GoldFileRaw = z.infer<typeof GoldFileSchema>;

export interface GoldPlace {
  start: number;
  end: number;
  text: string;
  level: GoldLevel;
  name: string;
  country: string;
  admin1?: string;
  lat?: number;
  lon?: number;
  alsoAccept: Accept[];
}

export interface GoldLocation {
  level: GoldLevel;
  name: string;
  country: string;
  admin1?: string;
  lat?: number;
  lon?: number;
}

export interface GoldSource {
  name: string | null;
  hedge: string;
}

export interface GoldEvent {
  id: string;
  required: boolean;
  types: string[];
  subTypes: string[] | null;
  date: { start: string; end: string };
  location: GoldLocation;
  fatalities?: { min: number; max: number | null };
  sources: GoldSource[];
}

export interface GoldCasualty {
  kind: string;
  min: number;
  max: number | null;
}

export interface Gold {
  /** base name of the gold file (without .json); articles and predictions are matched on it */
  name: string;
  doc: string;
  lang: string;
  docDate: string;
  boilerplate: string[];
  places: GoldPlace[];
  notPlaces: Array<{ start: number; end: number; text: string }>;
  casualties: GoldCasualty[];
  events: GoldEvent[];
}

export interface GoldProblem {
  file: string;
  message: string;
}

function arr(v: string | string[]): string[] {
  return typeof v === 'string' ? [v] : v;
}

function toGold(name: string, g: GoldFileRaw): Gold {
  return {
    name,
    doc: g.doc,
    lang: g.lang,
    docDate: g.docDate,
    boilerplate: g.boilerplate,
    places: g.places.map((p) => ({
      start: p.start,
      end: p.start + p.text.length,
      text: p.text,
      level: p.level,
      name: p.name,
      country: p.country,
      ...(p.admin1 !== undefined ? { admin1: p.admin1 } : {}),
      ...(p.lat !== undefined ? { lat: p.lat } : {}),
      ...(p.lon !== undefined ? { lon: p.lon } : {}),
      alsoAccept: (p.alsoAccept ?? []).map(parseAccept).filter((a): a is Accept => typeof a !== 'string'),
    })),
    notPlaces: g.notPlaces.map((n) => ({ start: n.start, end: n.start + n.text.length, text: n.text })),
    casualties: g.casualties.map((c) => ({ kind: c.kind, min: c.min, max: c.max })),
    events: g.events.map((e) => ({
      id: e.id,
      required: e.required,
      types: arr(e.type),
      subTypes: e.subType === undefined ? null : arr(e.subType),
      date: { start: e.date.start, end: e.date.end },
      location: {
        level: e.location.level,
        name: e.location.name,
        country: e.location.country,
        ...(e.location.admin1 !== undefined ? { admin1: e.location.admin1 } : {}),
        ...(e.location.lat !== undefined ? { lat: e.location.lat } : {}),
        ...(e.location.lon !== undefined ? { lon: e.location.lon } : {}),
      },
      ...(e.fatalities !== undefined ? { fatalities: { min: e.fatalities.min, max: e.fatalities.max } } : {}),
      sources: e.sources.map((s) => ({ name: s.name, hedge: s.hedge })),
    })),
  };
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .concat(error.issues.length > 8 ? [`… and ${error.issues.length - 8} more`] : [])
    .join('; ');
}

/**
 * Soft checks: things that do not stop scoring but are likely annotation slips.
 * (A level-place entry without a point stays in the file: it can then only be
 * found through an alsoAccept entry, and the warning says so.)
 */
export function goldWarnings(g: Gold, article?: string): string[] {
  const out: string[] = [];
  for (const p of g.places) {
    if (p.level === 'place' && (p.lat === undefined || p.lon === undefined)) out.push(`place "${p.text}" at ${p.start} has level place but no lat/lon: no predicted point can match it`);
  }
  for (const e of g.events) {
    if (e.location.level === 'place' && (e.location.lat === undefined || e.location.lon === undefined)) out.push(`event ${e.id}: location of level place has no lat/lon: no prediction can pair with it`);
  }
  for (const e of g.events) {
    for (const t of e.types) if (!isAcledType(t)) out.push(`event ${e.id}: "${t}" is not an ACLED event type`);
    for (const s of e.subTypes ?? []) if (!isAcledSubType(s)) out.push(`event ${e.id}: "${s}" is not an ACLED sub-event type`);
  }
  const ids = new Set<string>();
  for (const e of g.events) {
    if (ids.has(e.id)) out.push(`event id ${e.id} is used twice`);
    ids.add(e.id);
  }
  if (article !== undefined) {
    const check = (what: string, s: { start: number; end: number; text: string }) => {
      if (article.slice(s.start, s.end) !== s.text) out.push(`${what} "${s.text}" at ${s.start} does not match the article text there ("${article.slice(s.start, s.end)}")`);
    };
    for (const p of g.places) check('place', p);
    for (const n of g.notPlaces) check('notPlace', n);
  }
  return out;
}

/** Parse one gold file's JSON text. */
export function parseGold(name: string, jsonText: string): { ok: true; gold: Gold } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(jsonText);
  } catch (err) {
    return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const r = GoldFileSchema.safeParse(data);
  if (!r.success) return { ok: false, message: formatIssues(r.error) };
  return { ok: true, gold: toGold(name, r.data) };
}

export type GoldDirResult = { ok: true; golds: Gold[]; problems: GoldProblem[] } | { ok: false; message: string };

/** Load every `*.json` in a directory, sorted by name. */
export async function loadGoldDir(dir: string): Promise<GoldDirResult> {
  let files: string[];
  try {
    if (!(await stat(dir)).isDirectory()) return { ok: false, message: `gold path ${dir} is not a directory` };
    files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, message: code === 'ENOENT' ? `gold directory ${dir} does not exist` : `cannot read gold directory ${dir}: ${String(err)}` };
  }
  if (files.length === 0) return { ok: false, message: `gold directory ${dir} holds no .json files` };
  const golds: Gold[] = [];
  const problems: GoldProblem[] = [];
  for (const f of files) {
    const path = join(dir, f);
    const parsed = parseGold(basename(f, '.json'), await readFile(path, 'utf8'));
    if (parsed.ok) golds.push(parsed.gold);
    else problems.push({ file: path, message: parsed.message });
  }
  return { ok: true, golds, problems };
}

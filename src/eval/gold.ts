/**
 * Gold annotations (corpus README, "Gold format"), read leniently: any JSON
 * object is a gold file; a missing array counts as empty, items that are not
 * objects are left out (with a warning), and optional context such as `docDate`
 * or `lang` may be absent (the GeoWebNews benchmark has no document dates).
 * A file that is not valid JSON or not an object is reported and skipped.
 *
 * Spans: `start` plus `end`, or `start + text.length`. Gold places and event
 * locations are read as resolutions (resolution.ts); an event is required
 * unless `required` is false; type and subType may be one label or a list.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isAcledSubType, isAcledType } from '../core/acled.js';
import { figureOf, type Figure } from './figure.js';
import type { GoldActor } from './names.js';
import { present } from './normalize.js';
import { isObj, num, readGoldResolution, str, type GoldResolution } from './resolution.js';
import { hedgeOf, sourceNameOf, type Source } from './sources.js';
import { eventWindow, type Window } from './window.js';

export interface Span {
  start: number;
  end: number;
}

export interface GoldPlace {
  text?: string;
  span?: Span;
  res: GoldResolution;
}

export interface GoldNotPlace {
  text?: string;
  span?: Span;
}

export interface GoldEvent {
  id: string;
  required: boolean;
  types: string[];
  subTypes: string[];
  window: Window | null;
  location: GoldResolution;
  fatalities: Figure | null;
  sources: Source[];
  actors: string[];
}

export interface GoldCasualty {
  kind?: string;
  figure: Figure | null;
  source: string | null;
  hedge?: string;
}

export interface Gold {
  /** base name of the gold file (without .json) */
  name: string;
  doc?: string;
  lang: string;
  docDate?: string;
  places: GoldPlace[];
  notPlaces: GoldNotPlace[];
  events: GoldEvent[];
  casualties: GoldCasualty[];
  actors: GoldActor[];
  /** the file as read (for tools that restate gold as a prediction) */
  raw: Record<string, unknown>;
  /** items left out while reading */
  readWarnings: string[];
}

export interface GoldProblem {
  file: string;
  message: string;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : isObj(v) ? Object.values(v) : []);

function spanOf(p: Record<string, unknown>): Span | undefined {
  const start = num(p['start']);
  const end = num(p['end']) ?? (start !== undefined && typeof p['text'] === 'string' ? start + p['text'].length : undefined);
  return start === undefined || end === undefined ? undefined : { start, end };
}

function labels(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).filter(present).map((x) => String(x));
}

/** Turn a parsed gold object into the scorer's shape. */
export function readGold(name: string, g: Record<string, unknown>): Gold {
  const readWarnings: string[] = [];
  const objects = (v: unknown, what: string): Array<Record<string, unknown>> => {
    const all = list(v);
    const ok = all.filter(isObj);
    if (ok.length < all.length) readWarnings.push(`${what}: ${all.length - ok.length} item(s) that are not objects left out`);
    return ok;
  };
  const withText = <T extends object>(o: T, text: unknown): T & { text?: string } => (typeof text === 'string' ? { ...o, text } : o);
  const withSpan = <T extends object>(o: T, span: Span | undefined): T & { span?: Span } => (span ? { ...o, span } : o);
  const places = objects(g['places'], 'places').map((p) => withSpan(withText({ res: readGoldResolution(p) }, p['text']), spanOf(p)));
  const notPlaces = objects(g['notPlaces'], 'notPlaces').map((p) => withSpan(withText({}, p['text']), spanOf(p)));
  const events = objects(g['events'], 'events').map((e, i): GoldEvent => {
    const window = eventWindow({ date: e['date'] });
    const id = str(e['id']) ?? `#${i}`;
    if (!window) readWarnings.push(`event ${id}: no usable date window`);
    if (!isObj(e['location'])) readWarnings.push(`event ${id}: no location`);
    return {
      id,
      required: e['required'] !== false,
      types: labels(e['type']),
      subTypes: labels(e['subType']),
      window,
      location: isObj(e['location']) ? readGoldResolution(e['location']) : { level: 'none', alsoAccept: [] },
      fatalities: e['fatalities'] == null ? null : figureOf(e['fatalities']),
      sources: list(e['sources'])
        .filter(isObj)
        .map((s) => {
          const hedge = hedgeOf(s['hedge']);
          return hedge !== undefined ? { name: sourceNameOf(s['name']), hedge } : { name: sourceNameOf(s['name']) };
        }),
      actors: list(e['actors'])
        .map((a) => (isObj(a) ? str(a['name']) : str(a)))
        .filter((a): a is string => present(a)),
    };
  });
  const casualties = objects(g['casualties'], 'casualties').map((c): GoldCasualty => {
    const kind = str(c['kind'])?.trim().toLowerCase();
    const hedge = hedgeOf(c['hedge']);
    return { ...(kind !== undefined ? { kind } : {}), figure: figureOf(c), source: sourceNameOf(c['source']), ...(hedge !== undefined ? { hedge } : {}) };
  });
  const doc = str(g['doc']);
  const docDate = str(g['docDate'])?.trim();
  return {
    name,
    ...(present(doc) ? { doc: doc! } : {}),
    lang: str(g['lang']) ?? '?',
    ...(present(docDate) ? { docDate: docDate! } : {}),
    places,
    notPlaces,
    events,
    casualties,
    actors: list(g['actors']) as GoldActor[],
    raw: g,
    readWarnings,
  };
}

/**
 * Soft checks: things that do not stop scoring but are likely annotation slips
 * (spans that do not index the article, labels that are not ACLED's, level-place
 * entries without a point, repeated event ids).
 */
export function goldWarnings(g: Gold, article?: string): string[] {
  const out = [...g.readWarnings];
  for (const p of g.places) {
    if (p.res.level === 'place' && !p.res.point) out.push(`place "${p.text}" at ${p.span?.start} has level place but no lat/lon: only an equal name can match it`);
  }
  for (const e of g.events) {
    if (e.location.level === 'place' && !e.location.point) out.push(`event ${e.id}: location of level place has no lat/lon: only an equal name can pair with it`);
    for (const t of e.types) if (!isAcledType(t)) out.push(`event ${e.id}: "${t}" is not an ACLED event type`);
    for (const s of e.subTypes) if (!isAcledSubType(s)) out.push(`event ${e.id}: "${s}" is not an ACLED sub-event type`);
  }
  const ids = new Set<string>();
  for (const e of g.events) {
    if (ids.has(e.id)) out.push(`event id ${e.id} is used twice`);
    ids.add(e.id);
  }
  if (article !== undefined) {
    const check = (what: string, s: { span?: Span; text?: string }) => {
      if (!s.span || s.text === undefined) return;
      const there = article.slice(s.span.start, s.span.end);
      if (there !== s.text) out.push(`${what} "${s.text}" at ${s.span.start} does not match the article text there ("${there}")`);
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
    data = JSON.parse(jsonText.replace(/^\uFEFF/u, ''));
  } catch (err) {
    return { ok: false, message: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (!isObj(data)) return { ok: false, message: 'not a JSON object' };
  return { ok: true, gold: readGold(name, data) };
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

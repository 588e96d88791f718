/**
 * What eval reads from a system's output for one article: a SitrepDocument or
 * any JSON holding `places`, `events` and/or `casualties` (the README field
 * names; extra fields are fine, a missing array counts as empty, an object
 * where an array belongs is read as its values). The holder is the value
 * itself, else its `result`, `documents[0]`, `document`, `data`, `output` or
 * `prediction` (a few levels deep); an array is searched item by item.
 *
 * Every item is counted, whatever its shape: a place without a usable span, an
 * event without a date, a figure without a number still count as predictions
 * (and are wrong). Places with kind "demonym" are the exception: they are
 * left out of place scoring.
 */
import { figureOf, type Figure } from './figure.js';
import { present, normLabel } from './normalize.js';
import { isObj, num, readResolution, str, type Resolution } from './resolution.js';
import { eventSources, hedgeOf, sourceNameOf, type Source } from './sources.js';
import { eventWindow, type Window } from './window.js';
import { ACLED_TAXONOMY } from '../core/acled.js';

export interface PredPlace {
  span?: { start: number; end: number };
  text?: string;
  res: Resolution;
  kind?: string;
}

export interface PredEvent {
  id?: string;
  type?: string;
  subType?: string;
  window: Window | null;
  location: Resolution;
  fatalities: Figure | null;
  sources: Source[];
  actors: string[];
}

export interface PredCasualty {
  kind?: string;
  figure: Figure | null;
  source: string | null;
  hedge?: string;
}

export interface Prediction {
  places: PredPlace[];
  events: PredEvent[];
  casualties: PredCasualty[];
  /** document.date.value (or document.date) when the output gives one */
  docDate?: string;
}

export const EMPTY_PREDICTION: Prediction = { places: [], events: [], casualties: [] };

const PARTS = ['places', 'events', 'casualties'];
const HOLDERS = ['result', 'documents', 'document', 'data', 'output', 'prediction'];

/** The object holding places/events/casualties, or null. */
export function findHolder(v: unknown, depth = 0): Record<string, unknown> | null {
  if (v == null || depth > 4) return null;
  if (Array.isArray(v)) {
    for (const x of v) {
      const h = findHolder(x, depth + 1);
      if (h) return h;
    }
    return null;
  }
  if (!isObj(v)) return null;
  if (PARTS.some((k) => k in v)) return v;
  for (const k of HOLDERS) {
    if (v[k] == null) continue;
    const inner = k === 'documents' && Array.isArray(v[k]) ? (v[k] as unknown[])[0] : v[k];
    const h = findHolder(inner, depth + 1);
    if (h) return h;
  }
  return null;
}

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : isObj(v) ? Object.values(v) : []);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function spanOf(o: Record<string, unknown>): { start: number; end: number } | undefined {
  let s = num(o['start']);
  let e = num(o['end']);
  const span = o['span'];
  if (s === undefined && span != null) {
    if (Array.isArray(span)) [s, e] = [num(span[0]), num(span[1])];
    else if (isObj(span)) [s, e] = [num(span['start']), num(span['end'])];
  }
  s ??= num(o['offset'] ?? o['begin']);
  if (e === undefined && s !== undefined) {
    const text = typeof o['text'] === 'string' ? o['text'] : typeof o['surface'] === 'string' ? o['surface'] : undefined;
    const len = num(o['length']) ?? text?.length;
    if (len !== undefined) e = s + len;
  }
  return s === undefined || e === undefined || e < s ? undefined : { start: s, end: e };
}

/** A place entity with several mention spans and no own span becomes one mention per span. */
function expandMentions(items: unknown[]): unknown[] {
  return items.flatMap((it) => {
    if (!isObj(it) || spanOf(it)) return [it];
    const spans = it['mentions'] ?? it['spans'] ?? it['occurrences'];
    if (!Array.isArray(spans) || spans.length === 0) return [it];
    const { mentions: _m, spans: _s, occurrences: _o, ...rest } = it;
    return spans.map((m) => (Array.isArray(m) ? { ...rest, start: m[0], end: m[1] } : isObj(m) ? { ...rest, ...m, place: rest['place'] ?? m['place'] } : { ...rest }));
  });
}

const TYPE_OF_SUBTYPE = new Map<string, string>();
for (const [t, subs] of Object.entries(ACLED_TAXONOMY)) for (const s of subs) TYPE_OF_SUBTYPE.set(normLabel(s), t);

function readPlace(m: unknown): PredPlace {
  if (!isObj(m)) return { res: {} };
  const kind = str(m['kind'] ?? (isObj(m['place']) ? m['place']['kind'] : undefined))?.trim().toLowerCase();
  const span = spanOf(m);
  return { res: readResolution(m), ...(span ? { span } : {}), ...(typeof m['text'] === 'string' ? { text: m['text'] } : {}), ...(kind !== undefined ? { kind } : {}) };
}

function readEvent(e: unknown): PredEvent {
  if (!isObj(e)) return { window: null, location: {}, fatalities: null, sources: [], actors: [] };
  const subType = str(first(e['subType'] ?? e['subtype'] ?? e['sub_type'] ?? e['subEventType'] ?? e['sub_event_type']));
  const given = str(first(e['type'] ?? e['eventType'] ?? e['event_type']));
  const type = present(given) ? given : present(subType) ? TYPE_OF_SUBTYPE.get(normLabel(subType)) : undefined;
  const location: Resolution = e['location'] != null ? readResolution(e['location']) : {};
  const flat = readResolution({ ...e, location: undefined, name: undefined, level: undefined });
  if (location.country === undefined && flat.country !== undefined) location.country = flat.country;
  if (location.admin1 === undefined && flat.admin1 !== undefined) location.admin1 = flat.admin1;
  if (location.point === undefined && flat.point !== undefined) location.point = flat.point;
  const place = e['place'];
  if (location.name === undefined && isObj(place) && present(str(place['name']))) location.name = str(place['name'])!;
  if (location.level === undefined && isObj(place) && present(str(place['level']))) location.level = str(place['level'])!.toLowerCase();
  const id = str(e['id']);
  return {
    ...(id !== undefined ? { id } : {}),
    ...(type !== undefined ? { type } : {}),
    ...(subType !== undefined ? { subType } : {}),
    window: eventWindow(e),
    location,
    fatalities: figureOf(e['fatalities'] ?? e['deaths']),
    sources: eventSources(e),
    actors: list(e['actors'])
      .map((a) => (isObj(a) ? str(a['name']) : str(a)))
      .filter((a): a is string => present(a)),
  };
}

function readCasualty(c: unknown): PredCasualty {
  if (!isObj(c)) return { figure: null, source: null };
  const kind = str(c['kind'] ?? c['type'])?.trim().toLowerCase();
  const hedge = hedgeOf(c['hedge']);
  return { ...(kind !== undefined ? { kind } : {}), figure: figureOf(c), source: sourceNameOf(c['source']), ...(hedge !== undefined ? { hedge } : {}) };
}

function documentDate(v: unknown): string | undefined {
  const doc = isObj(v) ? v['document'] : undefined;
  const d = isObj(doc) ? doc['date'] : undefined;
  const value = isObj(d) ? d['value'] : d;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Read a prediction from parsed JSON (any holder above). Fails only when nothing holds places, events or casualties. */
export function parsePrediction(data: unknown): { ok: true; prediction: Prediction } | { ok: false; message: string } {
  const h = findHolder(data);
  if (!h) return { ok: false, message: 'no "places", "events" or "casualties" in the JSON (also looked in result, documents[0], document, …)' };
  const docDate = documentDate(h) ?? documentDate(Array.isArray(data) ? data[0] : data);
  return {
    ok: true,
    prediction: {
      places: expandMentions(list(h['places'])).map(readPlace),
      events: list(h['events']).map(readEvent),
      casualties: list(h['casualties']).map(readCasualty),
      ...(docDate !== undefined ? { docDate } : {}),
    },
  };
}

/** Find the prediction in a file's text: one JSON document, JSON lines (the first holding a prediction), or log lines before a JSON document. */
export function parsePredictionText(text: string): { ok: true; prediction: Prediction } | { ok: false; message: string } {
  const s = text.replace(/^\uFEFF/u, '').trim();
  if (!s) return { ok: false, message: 'empty output' };
  const tryParse = (t: string): { value: unknown } | { error: string } => {
    try {
      return { value: JSON.parse(t) as unknown };
    } catch (err) {
      return { error: err instanceof Error ? err.message : String(err) };
    }
  };
  const whole = tryParse(s);
  if ('value' in whole && findHolder(whole.value)) return parsePrediction(whole.value);
  for (const line of s.split(/\r?\n/u)) {
    const l = line.trim();
    if (!l.startsWith('{') && !l.startsWith('[')) continue;
    const r = tryParse(l);
    if ('value' in r && findHolder(r.value)) return parsePrediction(r.value);
  }
  const at = s.search(/^[[{]/mu);
  if (at > 0) {
    const r = tryParse(s.slice(at));
    if ('value' in r && findHolder(r.value)) return parsePrediction(r.value);
  }
  if ('value' in whole) return parsePrediction(whole.value);
  return { ok: false, message: `not valid JSON: ${whole.error}` };
}

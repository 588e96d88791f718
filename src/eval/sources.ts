/**
 * Source attributions (who claims an event or a figure, with what hedge) and
 * when a predicted one counts as a gold one: the same hedge (case-insensitive;
 * both absent counts as the same) and, for a named gold source, a matching
 * name (names.ts); a null gold source, the article's own voice, needs a
 * predicted source without a name (null, absent or empty).
 */
import { sourceNameMatches, type GoldActor } from './names.js';
import { isObj, str } from './resolution.js';
import { present } from './normalize.js';

export interface Source {
  name: string | null;
  hedge?: string;
}

/** A source name: a string, or an object's name/text/label; trimmed; empty → null. */
export function sourceNameOf(v: unknown): string | null {
  const raw = isObj(v) ? (v['name'] ?? v['text'] ?? v['label'] ?? null) : v;
  const s = str(raw)?.trim();
  return present(s) ? s! : null;
}

export function hedgeOf(v: unknown): string | undefined {
  const s = str(v)?.trim();
  return present(s) ? s!.toLowerCase() : undefined;
}

/** A predicted event's sources: `sources` (or `claims`, or one `source`); an event-level `hedge` fills in missing hedges. */
export function eventSources(e: Record<string, unknown>): Source[] {
  let list: unknown = e['sources'] ?? e['claims'] ?? (e['source'] !== undefined ? [e['source']] : []);
  if (!Array.isArray(list)) list = isObj(list) || typeof list === 'string' ? [list] : [];
  const fallback = hedgeOf(e['hedge']);
  return (list as unknown[]).map((s) => {
    const withHedge = (name: string | null, hedge: string | undefined): Source => (hedge !== undefined ? { name, hedge } : { name });
    if (s == null || (!isObj(s) && typeof s !== 'string')) return withHedge(null, fallback);
    if (typeof s === 'string') return withHedge(sourceNameOf(s), fallback);
    const raw = 'name' in s ? s['name'] : 'source' in s ? s['source'] : (s['who'] ?? s['actor'] ?? null);
    return withHedge(sourceNameOf(raw), hedgeOf(s['hedge']) ?? fallback);
  });
}

export function sourceMatches(pred: Source, gold: Source, actors: readonly GoldActor[]): boolean {
  if ((pred.hedge ?? null) !== (gold.hedge ?? null)) return false;
  if (gold.name === null) return pred.name === null;
  return sourceNameMatches(pred.name, gold.name, actors);
}

/**
 * eld's own modules (its medium n-gram database, byte dictionary, separator pattern, average
 * scores, public entry), loaded on first use and synchronously, so that a start-up whose
 * n-gram table comes from the cache (./ngram-table.ts) never compiles eld's 2 MB database.
 * Node ≥ 20.19 loads ES modules with require(); an older Node gets them all imported at
 * start-up instead (slower, same results).
 */
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The medium database's entry point (eld/medium), the base of the relative paths below. */
const ENTRY = import.meta.resolve('eld/medium');
export const NGRAMS = '../ngrams/medium.js';
export const DICTIONARY = '../dictionary.js';
export const PATTERNS = '../regexPatterns.js';
export const AVG_SCORE = '../avgScore.js';
/** eld's public API, preloaded with the medium database */
export const PUBLIC = './static.medium.js';
const PACKAGE = '../../package.json';
const ALL = [NGRAMS, DICTIONARY, PATTERNS, AVG_SCORE, PUBLIC];

type Module = Record<string, unknown>;

const require = createRequire(import.meta.url);
const canRequire = (process.features as { require_module?: boolean }).require_module === true;
const loaded = new Map<string, Module | undefined>();

if (!canRequire) {
  for (const rel of ALL) loaded.set(rel, await import(new URL(rel, ENTRY).href).then((m: Module) => m, () => undefined));
}

/** The path of one of eld's files. */
export function eldPath(rel: string): string {
  return fileURLToPath(new URL(rel, ENTRY));
}

/** One of eld's modules, undefined when it cannot be loaded (another eld version). */
export function eldModule(rel: string): Module | undefined {
  if (!loaded.has(rel)) {
    let m: Module | undefined;
    try {
      m = require(eldPath(rel)) as Module;
    } catch {
      m = undefined;
    }
    loaded.set(rel, m);
  }
  return loaded.get(rel);
}

/** What the n-gram database is: eld's version and the database file's size and time (for cache stamps). */
export function eldStamp(): string | undefined {
  try {
    const pkg = JSON.parse(readFileSync(eldPath(PACKAGE), 'utf8')) as { version?: unknown };
    const st = statSync(eldPath(NGRAMS));
    return `eld ${String(pkg.version)} ${st.size} ${Math.trunc(st.mtimeMs)}`;
  } catch {
    return undefined;
  }
}

/**
 * Given names in the languages the packs cover and their neighbours (en, nl,
 * de, fr, es, it), from the npm package human-names: a capitalised word next
 * to one is part of a person's name ("Mary Johnson", "Chad Smith"), not a
 * place. Lower-cased; loaded once, on first use.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LANGS = ['en', 'nl', 'de', 'fr', 'es', 'it'];

let names: ReadonlySet<string> | undefined;

export function firstNames(): ReadonlySet<string> {
  if (!names) {
    const s = new Set<string>();
    for (const sex of ['female', 'male'])
      for (const l of LANGS) for (const n of require(`human-names/data/${sex}-human-names-${l}.json`) as string[]) if (!n.includes(' ')) s.add(n.toLowerCase());
    names = s;
  }
  return names;
}

/** `word` lower-cased is a given name. */
export function isFirstName(lower: string): boolean {
  return (names ?? firstNames()).has(lower);
}

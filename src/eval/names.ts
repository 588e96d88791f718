/**
 * Who-matches-whom rules for source and actor names (corpus README, "Events").
 *
 * A gold name stands for itself plus every name and mention of the gold
 * actors it names (a gold actor whose name or one of whose mentions equals it,
 * squashed). Against those variants:
 * - a source name matches when it equals one of them (squashed; so acronyms
 *   such as "FSB" count) or shares a folded word of four or more letters with one;
 * - an actor name matches when it equals one of them or shares a distinctive
 *   word with one: generic words (military, forces, police, government, …) do
 *   not count, and two words of five or more letters alike in their first five
 *   letters are the same word ("Russian" ~ "Russia").
 * Empty or missing names match nothing (a null gold source is handled by the caller).
 */
import { present, squash, words4 } from './normalize.js';

export interface GoldActor {
  name?: unknown;
  mentions?: unknown;
}

function actorNames(a: GoldActor): string[] {
  const mentions = Array.isArray(a.mentions) ? a.mentions : a.mentions !== null && typeof a.mentions === 'object' ? Object.values(a.mentions) : [];
  return [a.name, ...mentions].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
}

/** The gold name and the names/mentions of the gold actors it denotes. */
export function nameVariants(goldName: string, actors: readonly GoldActor[]): string[] {
  const key = squash(goldName);
  const out = new Set<string>([goldName]);
  for (const a of actors) {
    if (a === null || typeof a !== 'object' || Array.isArray(a)) continue;
    const names = actorNames(a);
    if (names.some((n) => squash(n) === key)) for (const n of names) out.add(n);
  }
  return [...out];
}

export function sourceNameMatches(pred: string | null | undefined, gold: string | null | undefined, actors: readonly GoldActor[] = []): boolean {
  if (!present(pred) || !present(gold)) return false;
  const predKey = squash(pred);
  const predWords = new Set(words4(pred));
  return nameVariants(gold as string, actors).some((v) => squash(v) === predKey || words4(v).some((w) => predWords.has(w)));
}

export const GENERIC_ACTOR_WORDS: ReadonlySet<string> = new Set([
  'military', 'forces', 'force', 'police', 'government', 'armed', 'group', 'groups', 'state', 'national', 'army',
  'unidentified', 'regional', 'federal', 'people', 'popular', 'militia', 'militias', 'unit', 'units', 'troops',
]);

function distinctiveWords(s: string): string[] {
  return words4(s).filter((w) => !GENERIC_ACTOR_WORDS.has(w));
}

function sameWord(a: string, b: string): boolean {
  return a === b || (a.length >= 5 && b.length >= 5 && a.slice(0, 5) === b.slice(0, 5));
}

export function actorNameMatches(pred: string | null | undefined, gold: string | null | undefined, actors: readonly GoldActor[] = []): boolean {
  if (!present(pred) || !present(gold)) return false;
  const predKey = squash(pred);
  const predWords = distinctiveWords(pred as string);
  return nameVariants(gold as string, actors).some(
    (v) => squash(v) === predKey || distinctiveWords(v).some((w) => predWords.some((u) => sameWord(w, u))),
  );
}

import type { Gazetteer } from './types.js';

let cached: Gazetteer | undefined;

/** Load the gazetteer once, on first use. (Stub until the places work lands.) */
export function lazyGazetteer(): Gazetteer {
  cached ??= { size: 0 };
  return cached;
}

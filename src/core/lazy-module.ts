/**
 * A dependency loaded on first use instead of at start-up, so that a run pays only for what it
 * uses (linkedom parses HTML; a plain-text article never needs it). Synchronous: Node ≥ 20.19
 * loads an ES module with require() (the same module instance `import` gives); an older Node
 * gets the package's CommonJS build instead.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** A loader of the package `specifier` (a bare name resolved from this project), loading it once. */
export function lazyModule<T>(specifier: string): () => T {
  let m: T | undefined;
  return () => {
    if (m === undefined) {
      try {
        m = require(fileURLToPath(import.meta.resolve(specifier))) as T;
      } catch {
        m = require(specifier) as T;
      }
    }
    return m;
  };
}

import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { LanguagePack } from './pack.js';

const here = dirname(fileURLToPath(import.meta.url));

let cache: Promise<Record<string, LanguagePack>> | undefined;

/** Discover every language pack folder (src/lang/<xx>/index) — adding a language needs no engine edit. */
export function loadPacks(): Promise<Record<string, LanguagePack>> {
  cache ??= (async () => {
    const packs: Record<string, LanguagePack> = {};
    const dirs = readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^[a-z]{2,3}$/.test(d.name))
      .map((d) => d.name)
      .sort();
    for (const code of dirs) {
      const file = ['index.js', 'index.ts'].map((f) => join(here, code, f)).find((f) => existsSync(f));
      if (!file) continue;
      const mod = (await import(pathToFileURL(file).href)) as { pack?: LanguagePack };
      if (mod.pack && mod.pack.code === code) packs[code] = mod.pack;
    }
    return packs;
  })();
  return cache;
}

export const DEFAULT_LANG = 'en';

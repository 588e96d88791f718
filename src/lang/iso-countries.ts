/**
 * i18n-iso-countries with only the locales asked for: the package's main entry registers all of
 * its ~80 locales at load (a tenth of a second), the pipeline reads one or two. Same library
 * object and names, each locale registered on first use. Undefined when the package or the
 * locale is missing.
 */
import { createRequire } from 'node:module';

export interface CountriesLib {
  registerLocale(l: unknown): void;
  getNames(lang: string, opts?: { select: 'all' | 'official' | 'alias' }): Record<string, string[] | string>;
  getAlpha2Code(name: string, lang: string): string | undefined;
}

const require = createRequire(import.meta.url);
let lib: CountriesLib | null | undefined;
const registered = new Map<string, boolean>();

/** The library with `lang`'s names registered. */
export function isoCountries(lang: string): CountriesLib | undefined {
  if (lib === undefined) {
    try {
      lib = require('i18n-iso-countries/index.js') as CountriesLib;
    } catch {
      lib = null;
    }
  }
  if (!lib) return undefined;
  let ok = registered.get(lang);
  if (ok === undefined) {
    ok = /^[a-z]{2,3}$/u.test(lang);
    if (ok) {
      try {
        lib.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
      } catch {
        ok = false;
      }
    }
    registered.set(lang, ok);
  }
  return ok ? lib : undefined;
}

/**
 * How GeoNames spells the English names of first-level divisions, and the
 * generic words in them: "Belgorod Oblast" has the core "Belgorod",
 * "Northern Darfur" is also written "North Darfur". Used by the gazetteer
 * generator (scripts/build-gazetteer.ts) to derive the keys of admin1 names.
 */

/** Generic type words GeoNames puts before or after an admin1 core name. */
export const ADMIN_TYPE_WORDS: readonly string[] = [
  'oblast',
  "oblast'",
  'region',
  'state',
  'province',
  'governorate',
  'krai',
  'kray',
  'republic',
  'republic of',
  'voblasc’',
  "voblasts'",
  'autonomous okrug',
  'county',
  'district',
  'division',
  'department',
  'prefecture',
  'municipality',
  'city',
  'wilaya',
  // second-level divisions
  'parish',
  'borough',
  'raion',
  'rayon',
  'rajon',
  'census area',
  'regency',
  'local government area',
  'lga',
  'arrondissement',
  'landkreis',
  'kreis',
  'gemeente',
];

/** Compass adjectives that GeoNames and the press interchange ("Northern Darfur" / "North Darfur"). */
export const COMPASS_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['northern', 'north'],
  ['southern', 'south'],
  ['eastern', 'east'],
  ['western', 'west'],
  ['central', 'centre'],
];

/** All name variants of an admin1 English name: full, core without type word, compass variants. */
export function adminNameVariants(name: string): string[] {
  const out = new Set<string>([name]);
  const lower = name.toLowerCase();
  for (const w of ADMIN_TYPE_WORDS) {
    if (lower.endsWith(' ' + w)) out.add(name.slice(0, name.length - w.length - 1));
    if (lower.startsWith(w + ' ')) out.add(name.slice(w.length + 1));
  }
  for (const v of [...out]) {
    const lv = v.toLowerCase();
    for (const [a, b] of COMPASS_VARIANTS) {
      if (lv.startsWith(a + ' ')) out.add(b + v.slice(a.length));
      if (lv.startsWith(b + ' ')) out.add(a + v.slice(b.length));
    }
  }
  return [...out].map((s) => s.trim()).filter((s) => s.length > 1);
}

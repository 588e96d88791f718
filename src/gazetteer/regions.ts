/**
 * Named regions that are not one country or first-level division of the
 * gazetteer: continents, multi-country regions, and well-known regions inside
 * one country that span several divisions. Language-independent; the packs map
 * their own spellings to these ids (`PlacesLexicon.regions`).
 *
 * - `level: 'region'`: reported as a region with a representative point
 *   (continents at GeoNames' continent points; other regions at a central point).
 * - `level: 'country'` / `'admin1'`: a region inside one country or division
 *   resolves to it ("Donbas" → Ukraine, "Ghouta" → Rif Dimashq).
 * - no point and no code: a name that is never a place of its own ("Gulf").
 */
export interface NamedRegion {
  readonly name: string;
  readonly level: 'region' | 'country' | 'admin1' | 'none';
  /** ISO country code (level country) or "CC.a1" (level admin1) */
  readonly code?: string;
  readonly lat?: number;
  readonly lon?: number;
}

export const REGIONS: Readonly<Record<string, NamedRegion>> = {
  europe: { name: 'Europe', level: 'region', lat: 48.69096, lon: 9.14062 },
  africa: { name: 'Africa', level: 'region', lat: 7.1881, lon: 21.09375 },
  asia: { name: 'Asia', level: 'region', lat: 29.84064, lon: 89.29688 },
  'north-america': { name: 'North America', level: 'region', lat: 46.07323, lon: -100.54688 },
  'south-america': { name: 'South America', level: 'region', lat: -14.60485, lon: -57.65625 },
  oceania: { name: 'Oceania', level: 'region', lat: -18.31281, lon: 138.51562 },
  antarctica: { name: 'Antarctica', level: 'region', lat: -78.15856, lon: 16.40626 },
  'latin-america': { name: 'Latin America', level: 'region', lat: -14.60485, lon: -57.65625 },
  americas: { name: 'Americas', level: 'region', lat: 19.0, lon: -90.0 },
  'middle-east': { name: 'Middle East', level: 'region', lat: 29.3, lon: 42.5 },
  'north-africa': { name: 'North Africa', level: 'region', lat: 27.0, lon: 17.0 },
  'west-africa': { name: 'West Africa', level: 'region', lat: 12.0, lon: -3.0 },
  'east-africa': { name: 'East Africa', level: 'region', lat: 2.0, lon: 38.0 },
  'central-africa': { name: 'Central Africa', level: 'region', lat: 4.0, lon: 19.0 },
  'horn-of-africa': { name: 'Horn of Africa', level: 'region', lat: 8.0, lon: 45.0 },
  sahel: { name: 'Sahel', level: 'region', lat: 15.0, lon: 5.0 },
  maghreb: { name: 'Maghreb', level: 'region', lat: 32.0, lon: 2.0 },
  levant: { name: 'Levant', level: 'region', lat: 33.5, lon: 36.5 },
  caucasus: { name: 'Caucasus', level: 'region', lat: 42.0, lon: 44.0 },
  balkans: { name: 'Balkans', level: 'region', lat: 43.0, lon: 21.0 },
  'eastern-europe': { name: 'Eastern Europe', level: 'region', lat: 50.0, lon: 30.0 },
  'western-europe': { name: 'Western Europe', level: 'region', lat: 48.0, lon: 4.0 },
  scandinavia: { name: 'Scandinavia', level: 'region', lat: 62.0, lon: 15.0 },
  baltics: { name: 'Baltic states', level: 'region', lat: 57.0, lon: 24.0 },
  'great-lakes': { name: 'Great Lakes region', level: 'region', lat: -2.0, lon: 29.5 },
  kashmir: { name: 'Kashmir', level: 'region', lat: 34.0, lon: 76.0 },
  'korean-peninsula': { name: 'Korean Peninsula', level: 'region', lat: 38.0, lon: 127.5 },
  kurdistan: { name: 'Kurdistan', level: 'region', lat: 37.0, lon: 43.5 },
  'european-union': { name: 'Europe', level: 'region', lat: 48.69096, lon: 9.14062 },
  gulf: { name: 'Gulf', level: 'none' },
  // inside one country: the country or division it lies in
  donbas: { name: 'Donbas', level: 'country', code: 'UA' },
  darfur: { name: 'Darfur', level: 'country', code: 'SD' },
  sinai: { name: 'Sinai', level: 'country', code: 'EG' },
  azawad: { name: 'Azawad', level: 'country', code: 'ML' },
  'nagorno-karabakh': { name: 'Nagorno-Karabakh', level: 'country', code: 'AZ' },
  ghouta: { name: 'Ghouta', level: 'admin1', code: 'SY.08' },
};

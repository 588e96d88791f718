/**
 * ACLED inter code of a canonical actor name: 1 state forces, 2 rebel groups, 3 political militias,
 * 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
 * Uses the naming convention of canonical names (ACLED style); unknown names default to 0 (not coded).
 */
const RULES: Array<[RegExp, number]> = [
  [/^(Military|Police) Forces of |^Ministry of |^General Staff |^Government of |^Federal Security Service|Border Guard|Air Force|National Guard|State Emergency Service/iu, 1],
  [/^protesters?\b|^Protesters|demonstrators/iu, 6],
  [/^rioters?\b/iu, 5],
  [/^civilians?\b|residents|villagers|journalists?\b|^Civilians/iu, 7],
  [/militia|Wazalendo|Volunteers for the Defen[cs]e/iu, 3],
  // ACLED codes unidentified armed groups as political militias (3)
  [/^unidentified armed group|^unidentified gunmen|^gunmen\b|^unknown gunmen/iu, 3],
  [/communal|ethnic|clan\b/iu, 4],
  [/\bUN\b|United Nations|MONUSCO|Red Cross|Africa Corps|Wagner/iu, 8],
  [/Movement|Front|Army\b|Forces\b|Legion|Corps|Jamaat|Islamic State|al-|Defence Force|Defense Force|rebels?\b|insurgents?/iu, 2],
];

export function interOf(name: string): number {
  for (const [re, code] of RULES) if (re.test(name)) return code;
  return 0;
}

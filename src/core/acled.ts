/** ACLED event types and sub-event types, spelled as ACLED spells them (used to check gold files). */
export const ACLED_TAXONOMY: Readonly<Record<string, readonly string[]>> = {
  Battles: ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  'Explosions/Remote violence': [
    'Chemical weapon',
    'Air/drone strike',
    'Suicide bomb',
    'Shelling/artillery/missile attack',
    'Remote explosive/landmine/IED',
    'Grenade',
  ],
  'Violence against civilians': ['Sexual violence', 'Attack', 'Abduction/forced disappearance'],
  Protests: ['Peaceful protest', 'Protest with intervention', 'Excessive force against protesters'],
  Riots: ['Violent demonstration', 'Mob violence'],
  'Strategic developments': [
    'Agreement',
    'Arrests',
    'Change to group/activity',
    'Disrupted weapons use',
    'Headquarters or base established',
    'Looting/property destruction',
    'Non-violent transfer of territory',
    'Other',
  ],
};

export function isAcledType(t: string): boolean {
  return Object.hasOwn(ACLED_TAXONOMY, t);
}

export function isAcledSubType(s: string): boolean {
  return Object.values(ACLED_TAXONOMY).some((subs) => subs.includes(s));
}

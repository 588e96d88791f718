import { describe, expect, it } from 'vitest';
import { actorAliases, admin1Key, isCalendarDate, resolveActor, resolveAdmin1, resolveCountry, resolveSubType, resolveType } from './values.js';

const STORED = ['Rapid Support Forces', 'Military Forces of Sudan', 'Military Forces of Russia', 'Ministry of Defence of Russia', 'Military Forces of Ukraine', 'Russian Air Force', 'protesters'];

describe('filter values', () => {
  it('resolves actors by acronym, alias, country word or exact name', () => {
    expect(resolveActor('RSF', STORED)).toEqual(['Rapid Support Forces']);
    expect(resolveActor('rapid support forces', STORED)).toEqual(['Rapid Support Forces']);
    expect(resolveActor('russia', STORED).sort()).toEqual(['Military Forces of Russia', 'Ministry of Defence of Russia', 'Russian Air Force']);
    expect(resolveActor('nobody at all', STORED)).toEqual(['nobody at all']);
    expect(actorAliases('Rapid Support Forces')).toContain('RSF');
  });

  it('resolves admin1 in its common forms', () => {
    expect(resolveAdmin1('Kharkiv Oblast', ['Kharkiv', 'Kherson'])).toEqual(['Kharkiv']);
    expect(resolveAdmin1('kharkiv', ['Kharkiv Oblast'])).toEqual(['Kharkiv Oblast']);
    expect(resolveAdmin1('North Darfur State', ['North Darfur'])).toEqual(['North Darfur']);
    expect(admin1Key('Région du Centre')).toBe('du centre');
  });

  it('resolves countries by name or code, types in any case, and checks calendar dates', () => {
    expect(resolveCountry('Ukraine')).toBe('UA');
    expect(resolveCountry('ua')).toBe('UA');
    expect(resolveCountry('UKR')).toBe('UA');
    expect(resolveCountry('Oekraïne')).toBe('UA');
    expect(resolveCountry('Democratic Republic of the Congo')).toBe('CD');
    expect(resolveCountry('xx')).toBeNull();
    expect(resolveCountry('Narnia')).toBeNull();
    expect(resolveType('battles')).toBe('Battles');
    expect(resolveType('Bogus')).toBeNull();
    expect(resolveSubType('air/drone strike')).toBe('Air/drone strike');
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-13-45')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('2024-04', 'any')).toBe(true);
  });
});

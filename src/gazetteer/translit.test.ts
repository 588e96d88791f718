import { describe, expect, it } from 'vitest';
import { guessVariety, romanise, romanisations } from './translit.js';

describe('romanise', () => {
  it('writes Ukrainian names the way each press language does', () => {
    expect(romanise('Купянськ', 'nl', 'uk')).toBe('Koepjansk');
    expect(romanise('Купянськ', 'de', 'uk')).toBe('Kupjansk');
    expect(romanise('Купянськ', 'en', 'uk')).toBe('Kupyansk');
    expect(romanise('Вовчанськ', 'de', 'uk')).toBe('Wowtschansk');
    expect(romanise('Вовчанськ', 'nl', 'uk')).toBe('Vovtsjansk');
    expect(romanise('Харків', 'nl', 'uk')).toBe('Charkiv');
    expect(romanise('Харків', 'en', 'uk')).toBe('Kharkiv');
    expect(romanise('Запоріжжя', 'de', 'uk')).toBe('Saporischschja');
  });

  it('writes Russian names with Russian readings', () => {
    expect(romanise('Грайворон', 'nl', 'ru')).toBe('Grajvoron');
    expect(romanise('Суджа', 'nl', 'ru')).toBe('Soedzja');
    expect(romanise('Глушково', 'de', 'ru')).toBe('Gluschkowo');
    expect(romanise('Щёкино', 'en', 'ru')).toBe('Shchyokino');
    expect(romanise('Елец', 'en', 'ru')).toBe('Yelets');
  });

  it('tells the variety from the letters', () => {
    expect(guessVariety('Київ')).toBe('uk');
    expect(guessVariety('Подъём')).toBe('ru');
    expect(guessVariety('Гомель', 'be')).toBe('be');
  });

  it('keeps non-Cyrillic text and returns distinct forms', () => {
    expect(romanise('Kyiv-2', 'nl')).toBe('Kyiv-2');
    const forms = romanisations('Курск', 'ru');
    expect(forms).toContain('Koersk');
    expect(forms).toContain('Kursk');
    expect(new Set(forms).size).toBe(forms.length);
  });
});

/**
 * Romanisation of Russian, Ukrainian and Belarusian Cyrillic names the way
 * Dutch, German, English and French newspapers write them
 * ("Купянськ" → nl "Koepjansk", de "Kupjansk", en "Kupiansk"/"Kupyansk", fr "Koupiansk").
 *
 * The tables follow the common press conventions of each language; they are
 * not the scholarly systems. Output keeps the capitalisation of the input.
 */

export type Target = 'nl' | 'de' | 'en' | 'fr';
export type Variety = 'ru' | 'uk' | 'be';

export const TARGETS: readonly Target[] = ['nl', 'de', 'en', 'fr'];

type Table = Readonly<Record<string, readonly [nl: string, de: string, en: string, fr: string]>>;

/** Letters shared by Russian, Ukrainian and Belarusian (Russian readings). */
const COMMON: Table = {
  а: ['a', 'a', 'a', 'a'],
  б: ['b', 'b', 'b', 'b'],
  в: ['v', 'w', 'v', 'v'],
  г: ['g', 'g', 'g', 'g'],
  д: ['d', 'd', 'd', 'd'],
  е: ['e', 'e', 'e', 'e'],
  ё: ['jo', 'jo', 'yo', 'io'],
  ж: ['zj', 'sch', 'zh', 'j'],
  з: ['z', 's', 'z', 'z'],
  и: ['i', 'i', 'i', 'i'],
  й: ['j', 'j', 'y', 'ï'],
  к: ['k', 'k', 'k', 'k'],
  л: ['l', 'l', 'l', 'l'],
  м: ['m', 'm', 'm', 'm'],
  н: ['n', 'n', 'n', 'n'],
  о: ['o', 'o', 'o', 'o'],
  п: ['p', 'p', 'p', 'p'],
  р: ['r', 'r', 'r', 'r'],
  с: ['s', 's', 's', 's'],
  т: ['t', 't', 't', 't'],
  у: ['oe', 'u', 'u', 'ou'],
  ф: ['f', 'f', 'f', 'f'],
  х: ['ch', 'ch', 'kh', 'kh'],
  ц: ['ts', 'z', 'ts', 'ts'],
  ч: ['tsj', 'tsch', 'ch', 'tch'],
  ш: ['sj', 'sch', 'sh', 'ch'],
  щ: ['sjtsj', 'schtsch', 'shch', 'chtch'],
  ъ: ['', '', '', ''],
  ы: ['y', 'y', 'y', 'y'],
  ь: ['', '', '', ''],
  э: ['e', 'e', 'e', 'e'],
  ю: ['joe', 'ju', 'yu', 'iou'],
  я: ['ja', 'ja', 'ya', 'ia'],
  ʼ: ['', '', '', ''],
  '’': ['', '', '', ''],
  "'": ['', '', '', ''],
};

/** Ukrainian readings that differ from the Russian ones. */
const UKRAINIAN: Table = {
  г: ['h', 'h', 'h', 'h'],
  ґ: ['g', 'g', 'g', 'g'],
  и: ['y', 'y', 'y', 'y'],
  і: ['i', 'i', 'i', 'i'],
  ї: ['ji', 'ji', 'yi', 'ï'],
  є: ['je', 'je', 'ye', 'ie'],
};

/** Belarusian readings that differ from the Russian ones. */
const BELARUSIAN: Table = {
  г: ['h', 'h', 'h', 'h'],
  і: ['i', 'i', 'i', 'i'],
  ў: ['w', 'w', 'w', 'w'],
};

const TARGET_INDEX: Record<Target, 0 | 1 | 2 | 3> = { nl: 0, de: 1, en: 2, fr: 3 };

const CYRILLIC = /\p{Script=Cyrillic}/u;

export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/** Which East Slavic variety a Cyrillic name is written in, from its letters (fallback given). */
export function guessVariety(s: string, fallback: Variety = 'ru'): Variety {
  const l = s.toLowerCase();
  if (/[ґєї]/u.test(l)) return 'uk';
  if (/ў/u.test(l)) return 'be';
  if (/[ыэъё]/u.test(l)) return fallback === 'be' && !/[ъ]/u.test(l) ? 'be' : 'ru';
  if (/і/u.test(l)) return fallback === 'be' ? 'be' : 'uk';
  return fallback;
}

const VOWELS = new Set(['а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'і', 'ї', 'є', 'ь', 'ъ', "'", '’', 'ʼ']);

/** Romanise a Cyrillic string for one target language. Non-Cyrillic characters pass through. */
export function romanise(s: string, target: Target, variety: Variety = guessVariety(s)): string {
  const ti = TARGET_INDEX[target];
  const extra = variety === 'uk' ? UKRAINIAN : variety === 'be' ? BELARUSIAN : undefined;
  let out = '';
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const row = extra?.[lower] ?? COMMON[lower];
    if (!row) {
      out += ch;
      continue;
    }
    let r = row[ti];
    const prev = i > 0 ? chars[i - 1]!.toLowerCase() : '';
    // Russian е/э at the start of a word or after a vowel: ye/je in en/nl/de
    if (lower === 'е' && variety === 'ru' && (i === 0 || VOWELS.has(prev) || !/\p{L}/u.test(prev))) {
      r = target === 'en' ? 'ye' : target === 'fr' ? 'ie' : 'je';
    }
    // German writes a final or pre-consonant Ukrainian в as w as well; keep it (Charkiw)
    if (ch !== lower && r.length > 0) r = r[0]!.toUpperCase() + r.slice(1);
    out += r;
  }
  return out;
}

/** Every distinct romanisation of a Cyrillic name across the target languages. */
export function romanisations(s: string, variety: Variety = guessVariety(s)): string[] {
  const set = new Set<string>();
  for (const t of TARGETS) set.add(romanise(s, t, variety));
  return [...set];
}

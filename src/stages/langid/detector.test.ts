import { describe, expect, it } from 'vitest';
import { detect, detectWithEld, fastPath } from './detector.js';

// texts of every kind eld's processing distinguishes: scripts, digits, apostrophes, long words, surrogate pairs, > 1000 characters
const TEXTS = [
  '',
  '   ',
  '12:00, 3.5 km — 42%',
  'Kyiv, 12:00',
  'De gemeenteraad heeft dinsdagavond besloten om de oude brug over het kanaal volgend jaar volledig te vervangen.',
  'The regional governor said on Tuesday that the bridge would stay closed to all traffic until engineers had inspected it.',
  'Der Bürgermeister erklärte am Dienstag, die Brücke bleibe für den gesamten Verkehr gesperrt, bis Fachleute sie geprüft hätten.',
  "Het is 's avonds koud; don't you think so? Ich weiß es nicht, sagte er.",
  'Губернатор області заявив, що міст залишиться закритим для всього транспорту.',
  'قال المحافظ إن الجسر سيبقى مغلقا أمام حركة المرور',
  '市长周二表示，这座桥将对所有车辆关闭。',
  'Emoji 🚀🔥 tussen de woorden 😀 en verder tekst over de brug.',
  `${'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstaltsgebäude'.repeat(2)} ist lang.`,
  'a ab abc abcd abcde abcdef één twee drie',
  'Ja, sicher. Okay.',
  Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 'De brug blijft dicht tot de inspectie klaar is.' : i % 3 === 1 ? 'The bridge stays closed until the inspection ends.' : 'Die Brücke bleibt bis zur Prüfung gesperrt.')).join(' '),
  'Le maire a déclaré mardi que le pont resterait fermé à toute circulation.',
  'El alcalde dijo el martes que el puente permanecerá cerrado.',
];

/** Deterministic mixtures of the texts' words: close calls between languages, few and many n-grams. */
function mixtures(n: number): string[] {
  const pool = TEXTS.join(' ').split(/\s+/u).filter(Boolean);
  let seed = 7;
  const rnd = (k: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % k;
  };
  return Array.from({ length: n }, () => Array.from({ length: 1 + rnd(12) }, () => pool[rnd(pool.length)]!).join(' '));
}
const ALL = [...TEXTS, ...mixtures(400)];

describe('langid detector', () => {
  it('reads eld’s internals (the restricted fast path is active)', () => {
    expect(fastPath).toBe(true);
  });

  it.each([[['de', 'en', 'nl']], [['nl', 'en', 'de']], [['en']], [['fr', 'es', 'it', 'nl']], [['nl', 'xx']], [['xx']]])('gives exactly eld’s verdict, score, margin and reliability for %j', (langs) => {
    for (const t of ALL) expect(detect(t, langs), t).toEqual(detectWithEld(t, langs));
  });
});

import { describe, expect, it } from 'vitest';
import { loadPacks } from '../../lang/registry.js';
import { clean } from './index.js';
import { rawDoc, run } from './fixture.js';
import type { Analysis } from '../../core/analysis.js';
import type { RawDocument } from '../../core/document.js';

const packs = await loadPacks();
const cleanDoc = (raw: RawDocument): Analysis => run(raw, packs, [clean]).a;
const reasons = (a: Analysis): Array<[string, string]> => a.boilerplate.map((b) => [b.reason, b.text]);

/** every boilerplate span indexes the original; every kept block maps back to original text */
function expectOffsets(a: Analysis): void {
  for (const b of a.boilerplate) expect(a.raw.original.slice(b.start, b.end)).toBe(b.text);
  for (const m of a.text.matchAll(/\S+/gu)) {
    const o = a.map.toOriginal({ start: m.index, end: m.index + m[0].length });
    expect(a.raw.original.slice(o.start, o.end)).toBe(m[0]);
  }
}

const BODY_NL = 'De brandweer blust al de hele dag een brand in een opslagloods aan de rand van de stad, meldt de gemeente.';
const BODY_EN = 'Firefighters spent the whole day fighting a blaze at a warehouse on the edge of the town, the council said.';
const BODY_DE = 'Die Feuerwehr kämpfte den ganzen Tag gegen einen Brand in einer Lagerhalle am Stadtrand, teilte die Gemeinde mit.';

describe('clean: boilerplate cues per language', () => {
  const cases: Array<[string, string, string]> = [
    ['nl', 'cookie-wall', 'Sorry, deze video kan niet worden afgespeeld. Accepteer cookies om de video te zien.'],
    ['nl', 'read-more', 'Lees ook: Hoe een dorp zich opmaakt voor de winter'],
    ['nl', 'share', 'Deel dit artikel'],
    ['nl', 'newsletter', 'Blijf op de hoogte en meld je aan voor onze gratis nieuwsbrief.'],
    ['nl', 'byline', 'Door onze correspondent in Brussel'],
    ['nl', 'chrome', 'Advertentie'],
    ['nl', 'cookie-wall', 'Deze inhoud is geblokkeerd omdat je geen cookies hebt geaccepteerd.'],
    ['nl', 'chrome', 'Heb je een tip over dit onderwerp? Mail de redactie.'],
    ['en', 'cookie-wall', 'We value your privacy. We use cookies to improve your experience on our site.'],
    ['en', 'cookie-wall', 'Manage preferences'],
    ['en', 'read-more', 'Read more: How the harbour town rebuilt its market'],
    ['en', 'read-more', 'Read also: A quiet border, for now'],
    ['en', 'share', 'Share this article'],
    ['en', 'newsletter', 'Sign up for our newsletter to get the morning briefing.'],
    ['en', 'credit', '(Reporting by Ann Example in Lyon; Editing by Bob Sample)'],
    ['en', 'byline', 'By Jane Doe'],
    ['en', 'chrome', 'Advertisement'],
    ['en', 'chrome', '© 2025 Example Media Group. All rights reserved.'],
    ['en', 'cookie-wall', 'To show you this content, we need your permission to use cookies.'],
    ['de', 'cookie-wall', 'Wir verwenden Cookies, um Ihnen ein besseres Angebot zu machen.'],
    ['de', 'read-more', 'Mehr zum Thema: Wie eine Kleinstadt ihren Markt wieder aufbaut'],
    ['de', 'read-more', 'Lesen Sie auch: Die Grenze bleibt ruhig'],
    ['de', 'share', 'Artikel teilen'],
    ['de', 'newsletter', 'Abonnieren Sie unseren Newsletter für die wichtigsten Nachrichten am Morgen.'],
    ['de', 'credit', 'Mit Material von dpa'],
    ['de', 'credit', '(Bericht von Anna Beispiel in Lyon und Otto Muster in Lille, geschrieben von Eva Probe, redigiert von Jan Test)'],
    ['de', 'byline', 'Von Erika Beispiel, Korrespondentin'],
    ['de', 'chrome', 'Anzeige'],
    ['de', 'chrome', 'Über dieses Thema berichtete das Radio am 14. August 2024 um 12:00 Uhr.'],
    ['de', 'cookie-wall', 'Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden.'],
  ];
  const bodies: Record<string, string> = { nl: BODY_NL, en: BODY_EN, de: BODY_DE };
  it.each(cases)('%s %s: %s', (lang, reason, line) => {
    const body = bodies[lang]!;
    const original = `${body}\n\n${line}\n\n${body.replace(/\.$/u, ' again.')}\n`;
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a)).toEqual([[reason, line]]);
    expect(a.text).not.toContain(line);
    expect(a.blocks).toHaveLength(2);
    expectOffsets(a);
  });

  it.each([
    ['nl', 'Een man loopt langs een verwoest huis in de stad. Foto ANP', 'Foto ANP'],
    ['nl', 'Een man loopt langs een verwoest huis in de stad. Beeld Reuters', 'Beeld Reuters'],
    ['en', 'A man walks past a destroyed house in the city. Photo: AFP', 'Photo: AFP'],
    ['en', 'A man walks past a destroyed house (Photo: Reuters) in the city.', '(Photo: Reuters)'],
    ['en', 'A man walks past a destroyed house in the city. (AP Photo/Jane Example)', '(AP Photo/Jane Example)'],
    ['de', 'Ein Mann geht an einem zerstörten Haus vorbei. Bild: dpa', 'Bild: dpa'],
  ])('%s photo credit: only the credit goes (%s)', (_lang, line, credit) => {
    const original = `${BODY_EN}\n\n${line}\n\n${BODY_NL}`;
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a)).toEqual([['credit', credit]]);
    expect(a.text).not.toContain(credit);
    const caption = a.blocks[1]!;
    expect(caption.kind).toBe('paragraph');
    expect(a.text.slice(caption.start, caption.end)).toBe(line.replace(credit, '').replace(/\s+/gu, ' ').trim());
    expectOffsets(a);
  });

  it('does not mistake body sentences for boilerplate', () => {
    const lines = [
      'By Sunday evening the army said it had retaken the bridge.',
      'Share prices in the capital fell sharply after the attack on the depot.',
      'Die Polizei teilte mit, Fotos der Täter würden ausgewertet.',
      'Volgens de politie werden er foto’s gemaakt van de daders.',
      'Von Kiew aus fuhren die Helfer weiter nach Osten.',
    ];
    const a = cleanDoc(rawDoc(lines.join('\n\n')));
    expect(a.boilerplate).toEqual([]);
    expect(a.blocks).toHaveLength(lines.length);
  });
});

describe('clean: structure', () => {
  it('drops both copies of a repeated consent wall and a pull quote, keeps the body sentence', () => {
    const wall = 'Onze excuses. Deze inhoud kan niet worden getoond omdat je de cookies van sociale media niet hebt geaccepteerd.';
    const original = [
      'Storm treft kuststad',
      '',
      'Een zware storm heeft dinsdag grote schade aangericht in de kuststad, zeggen de hulpdiensten. Honderden huizen zitten zonder stroom.',
      '',
      wall,
      '',
      'Herstel',
      '',
      'De burgemeester zei woensdag dat het herstel weken zal duren. ‘We bouwen alles weer op, straat voor straat.’ Volgens haar zijn er geen doden gevallen.',
      '',
      'We bouwen alles weer op, straat voor straat De toekomst van de haven',
      '',
      wall,
      '',
      'Het weerinstituut verwacht later in de week opnieuw harde wind langs de hele kust en raadt bewoners aan binnen te blijven.',
    ].join('\n');
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a)).toEqual([
      ['cookie-wall', wall],
      ['pull-quote', 'We bouwen alles weer op, straat voor straat De toekomst van de haven'],
      ['cookie-wall', wall],
    ]);
    expect(a.text).toContain('‘We bouwen alles weer op, straat voor straat.’');
    const kinds = a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end).slice(0, 12)]);
    expect(kinds).toEqual([
      ['title', 'Storm treft '],
      ['paragraph', 'Een zware st'],
      ['heading', 'Herstel'],
      ['paragraph', 'De burgemees'],
      ['paragraph', 'Het weerinst'],
    ]);
    expectOffsets(a);
  });

  it('keeps the link list after a bare "Mehr zum Thema:" line as boilerplate', () => {
    const original = `${BODY_DE}\n\nMehr zum Thema:\nEin Dorf am Fluss wartet auf Hilfe\nWas bleibt nach dem Abzug?\n\n${BODY_DE.replace('Brand', 'Großbrand')}`;
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a)).toEqual([
      ['read-more', 'Mehr zum Thema:'],
      ['read-more', 'Ein Dorf am Fluss wartet auf Hilfe'],
      ['read-more', 'Was bleibt nach dem Abzug?'],
    ]);
    expect(a.blocks).toHaveLength(2);
  });

  it('drops the share targets listed under a bare "Deel dit artikel via:" line', () => {
    const original = `${BODY_NL}\n\nDeel dit artikel via:\nWhatsApp\nE-mail\n\nKort nieuws\n\n${BODY_NL.replace('brand', 'grote brand')}`;
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a)).toEqual([
      ['share', 'Deel dit artikel via:'],
      ['share', 'WhatsApp'],
      ['share', 'E-mail'],
    ]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('drops ingest chrome and meta hints, and reports chrome inside metadata', () => {
    const original = `Menu Home World\n12 May 2025 · 4 min read\n${BODY_EN}`;
    const raw = rawDoc(original, { 0: 'chrome', 1: 'meta' });
    const a = cleanDoc({ ...raw, meta: [{ start: 16, end: 40, kind: 'date' }] });
    expect(reasons(a)).toEqual([
      ['chrome', 'Menu Home World'],
      ['meta', '12 May 2025 · 4 min read'],
      ['chrome', '4 min read'],
    ]);
    expect(a.text).toBe(BODY_EN);
  });

  it('a shorter exact repeat is dropped everywhere, a long repeated paragraph keeps its first copy', () => {
    const bar = 'Home | World | Europe | Sport';
    const original = [BODY_DE, bar, BODY_EN, BODY_NL, BODY_EN, bar].join('\n\n');
    const a = cleanDoc(rawDoc(original));
    expect(reasons(a).map(([r]) => r)).toEqual(['repeated', 'repeated', 'repeated']);
    expect(a.text).toBe(`${BODY_DE}\n\n${BODY_EN}\n\n${BODY_NL}`);
  });

  it('a repeated title keeps its first copy', () => {
    const title = 'Floods cut off villages in the north';
    const a = cleanDoc(rawDoc([title, BODY_EN, title, BODY_NL].join('\n\n')));
    expect(reasons(a)).toEqual([['repeated', title]]);
    expect(a.blocks[0]!.kind).toBe('title');
  });

  it('a short body paragraph that shares a phrase with another is not a pull quote', () => {
    const lines = [
      BODY_EN,
      'The agency could not independently verify the claims made by either side in the conflict, it said in a statement on Friday.',
      'The agency could not independently verify the claims.',
    ];
    const a = cleanDoc(rawDoc(lines.join('\n\n')));
    expect(a.boilerplate).toEqual([]);
  });

  it('a section heading that reuses a short phrase of the body stays a heading', () => {
    const lines = [BODY_EN, 'Troops advance near the river', 'Officials said troops advance near the river every night, but pull back at dawn under fire.', BODY_EN.replace('blaze', 'fire')];
    const a = cleanDoc(rawDoc(lines.join('\n\n')));
    expect(a.boilerplate).toEqual([]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('a quoted short line repeating the body is a pull quote; a question heading stays a heading', () => {
    const lines = [
      BODY_EN,
      'Wat nu?',
      'De bewoners zeggen: ‘We blijven hier tot het einde, wat er ook gebeurt.’ Anderen zijn al vertrokken naar familie in het zuiden.',
      '‘We blijven hier tot het einde, wat er ook gebeurt’',
      BODY_NL,
    ];
    const a = cleanDoc(rawDoc(lines.join('\n\n')));
    expect(reasons(a)).toEqual([['pull-quote', lines[3]]]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('keeps an ingest dateline as a heading block of its own, without its dash', () => {
    const original = `LYON, May 3 (Agency) - ${BODY_EN}`;
    const raw = rawDoc(original);
    const body = original.indexOf('Firefighters');
    const a = cleanDoc({
      ...raw,
      blocks: [{ start: body, end: original.length, hint: 'paragraph', pieces: [{ text: original.slice(body), start: body, end: original.length }] }],
      meta: [{ start: 0, end: body, kind: 'dateline' }],
    });
    expect(a.blocks.map((b) => [b.kind, a.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'LYON, May 3 (Agency)'],
      ['paragraph', BODY_EN],
    ]);
    expect(a.boilerplate).toEqual([]);
    expectOffsets(a);
  });

  it('maps decoded pieces back to their raw range', () => {
    const original = '<p>Aid &amp; shelter arrive in the town. Photo: AFP</p>';
    const raw: RawDocument = {
      ...rawDoc(''),
      original,
      blocks: [{ start: 3, end: 51, hint: 'caption', pieces: [{ text: 'Aid ', start: 3, end: 7 }, { text: '&', start: 7, end: 12 }, { text: ' shelter arrive in the town. Photo: AFP', start: 12, end: 51 }] }],
    };
    const a = cleanDoc(raw);
    expect(a.text).toBe('Aid & shelter arrive in the town.');
    expect(reasons(a)).toEqual([['credit', 'Photo: AFP']]);
    const o = a.map.toOriginal({ start: 0, end: a.text.length });
    expect(original.slice(o.start, o.end)).toBe('Aid &amp; shelter arrive in the town.');
  });
});

describe('clean: property — random articles with random boilerplate lines', () => {
  // a small deterministic PRNG so failures are reproducible
  function rng(seed: number): () => number {
    let s = seed >>> 0;
    return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  }
  const words = ['de', 'stad', 'Oekraïne', 'drone-aanval', 'army', 'said', 'Brücke', 'über', '82-jarige', '3.5', '1,900', 'Ryl’sk', 'on', 'Monday', 'het', 'leger'];
  const junk = ['Lees ook: Een ander verhaal', 'Advertisement', 'Share this article', 'Foto ANP', 'Wir verwenden Cookies, um die Seite zu verbessern.', 'Sign up for our newsletter', 'By Jan Example'];
  it('every span maps back exactly, and no junk line survives', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
      const lines: string[] = [];
      const n = 3 + Math.floor(r() * 8);
      for (let i = 0; i < n; i++) {
        if (r() < 0.3) lines.push(pick(junk));
        else {
          const len = 12 + Math.floor(r() * 20);
          const ws = Array.from({ length: len }, () => pick(words));
          lines.push(ws.join(' ').replace(/^./u, (c) => c.toUpperCase()) + '.');
        }
        lines.push(r() < 0.5 ? '' : '  ');
      }
      const original = (r() < 0.5 ? '\n' : '') + lines.join('\n');
      const a = cleanDoc(rawDoc(original));
      expectOffsets(a);
      for (const j of junk) if (original.includes(j)) expect(a.text.includes(j), `seed ${seed}: ${j}`).toBe(false);
      for (const b of a.boilerplate) expect(junk.some((j) => b.text.includes(j)) || b.reason === 'repeated', `seed ${seed}: ${b.reason} ${b.text}`).toBe(true);
    }
  });
});

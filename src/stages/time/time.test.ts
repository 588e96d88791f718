import { describe, expect, it } from 'vitest';
import { scanTimes } from './scan.js';
import { refWindow } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import { time as nl } from '../../lang/nl/time.js';
import { time as en } from '../../lang/en/time.js';
import { time as de } from '../../lang/de/time.js';
import type { DocDate } from '../../core/schema.js';

const day = (value: string): DocDate => ({ value, precision: value.length === 7 ? 'month' : 'day', basis: 'metadata' });

/** [sentence, doc date, expected expression text, start, end] */
type Row = [string, string, string, string, string];

function check(lex: TimeLexicon, rows: Row[]): void {
  for (const [sentence, ref, text, start, end] of rows) {
    it(`${sentence} @${ref}`, () => {
      const found = scanTimes(sentence, lex, refWindow(day(ref)));
      const m = found.find((t) => t.text === text);
      expect(m, `found: ${JSON.stringify(found.map((t) => t.text))}`).toBeDefined();
      expect([m!.start, m!.end]).toEqual([start, end]);
      expect(sentence.slice(m!.cs, m!.ce)).toBe(m!.text);
    });
  }
}

// 2024-10-09 is a Wednesday; 2025-01-06 a Monday; 2024-03-03 a Sunday
describe('nl time expressions', () => {
  check(nl, [
    ['De brug werd maandag opgeblazen.', '2024-10-09', 'maandag', '2024-10-07', '2024-10-07'],
    ['Het konvooi werd woensdag beschoten.', '2024-10-09', 'woensdag', '2024-10-09', '2024-10-09'],
    ['Donderdag vielen er twee doden.', '2024-10-09', 'Donderdag', '2024-10-03', '2024-10-03'],
    ['Een depot ging dinsdagavond in vlammen op.', '2024-10-09', 'dinsdagavond', '2024-10-08', '2024-10-08'],
    ['Zondagnacht werd de haven aangevallen.', '2024-10-09', 'Zondagnacht', '2024-10-06', '2024-10-07'],
    ['Zondagnacht werd de haven aangevallen.', '2024-03-03', 'Zondagnacht', '2024-03-03', '2024-03-03'],
    ['In de nacht van vrijdag op zaterdag vielen drones aan.', '2024-10-09', 'In de nacht van vrijdag op zaterdag', '2024-10-04', '2024-10-05'],
    ['Gisteren meldde het leger een aanval.', '2024-10-09', 'Gisteren', '2024-10-08', '2024-10-08'],
    ['Eergisteren was het rustig.', '2024-10-09', 'Eergisteren', '2024-10-07', '2024-10-07'],
    ['Gisteravond klonken explosies.', '2024-10-09', 'Gisteravond', '2024-10-08', '2024-10-08'],
    ['Vannacht werden zes drones neergehaald.', '2024-10-09', 'Vannacht', '2024-10-08', '2024-10-09'],
    ['Vanochtend meldde de burgemeester schade.', '2024-10-09', 'Vanochtend', '2024-10-09', '2024-10-09'],
    ['In het afgelopen etmaal vielen tien aanvallen.', '2024-10-09', 'In het afgelopen etmaal', '2024-10-08', '2024-10-09'],
    ['Vorige week werd een dorp ingenomen.', '2024-10-09', 'Vorige week', '2024-09-30', '2024-10-06'],
    ['Het afgelopen weekend was onrustig.', '2024-10-09', 'Het afgelopen weekend', '2024-10-05', '2024-10-06'],
    ['Eerder deze maand vielen er doden.', '2024-10-09', 'Eerder deze maand', '2024-10-01', '2024-10-08'],
    ['Begin maart werd de stad omsingeld.', '2025-03-12', 'Begin maart', '2025-03-01', '2025-03-10'],
    ['Eind februari begon het offensief.', '2025-03-12', 'Eind februari', '2025-02-21', '2025-02-28'],
    ['Medio januari werd de weg afgesloten.', '2025-03-12', 'Medio januari', '2025-01-11', '2025-01-20'],
    ['De rebellen namen de stad in, in november 2012.', '2024-10-09', 'in november 2012', '2012-11-01', '2012-11-30'],
    ['De president liet in januari gevangenen vrij.', '2025-03-12', 'in januari', '2025-01-01', '2025-01-31'],
    ['In december werd het front stil.', '2025-01-06', 'In december', '2024-12-01', '2024-12-31'],
    ['Vorig jaar werd de basis gebouwd.', '2024-10-09', 'Vorig jaar', '2023-01-01', '2023-12-31'],
    ['De groep is actief sinds 2014.', '2024-10-09', 'sinds 2014', '2014-01-01', '2024-10-09'],
    ['Het dorp is verwoest sinds het begin van het offensief op 10 mei.', '2024-06', 'op 10 mei', '2024-05-10', '2024-05-10'],
    ['Onlangs viel een bom op een woonwijk.', '2024-10-09', 'Onlangs', '2024-08-10', '2024-10-09'],
    ['Op 14 augustus werd de brug geraakt.', '2024-10-09', 'Op 14 augustus', '2024-08-14', '2024-08-14'],
    ['Op 20 december werd de brug geraakt.', '2024-10-09', 'Op 20 december', '2023-12-20', '2023-12-20'],
    ['Om 14:32 uur klonk een explosie.', '2024-10-09', 'Om 14:32 uur', '2024-10-09', '2024-10-09'],
    ['De aanval op 14.08.2024 trof een school.', '2024-10-09', '14.08.2024', '2024-08-14', '2024-08-14'],
    ['De stad werd in 2021 bezet en in oktober van dat jaar heroverd.', '2024-10-09', 'in oktober', '2021-10-01', '2021-10-31'],
    ['De stad werd in 2021 bezet. In oktober kwam de aanval.', '2024-10-09', 'In oktober', '2024-10-01', '2024-10-09'],
    // month-precision document date: every Monday of May 2023 (1st..29th), never an invented day
    ['De groepen vielen maandag binnen.', '2023-05', 'maandag', '2023-05-01', '2023-05-29'],
    ['Dinsdagavond werd de stad getroffen.', '2024-06', 'Dinsdagavond', '2024-06-04', '2024-06-25'],
    ['Gisteren werd de stad getroffen.', '2024-06', 'Gisteren', '2024-05-31', '2024-06-29'],
  ]);
  it('does not read a plain number as a clock time', () => {
    const found = scanTimes('Meer dan 11.000 mensen zijn geëvacueerd.', nl, refWindow(day('2024-06-12')));
    expect(found).toEqual([]);
  });
  it('resolves nothing relative without a document date', () => {
    const found = scanTimes('Gisteren, op 3 mei 2021, viel er een bom.', nl, null);
    expect(found.map((t) => t.text)).toEqual(['op 3 mei 2021']);
  });
});

describe('en time expressions', () => {
  check(en, [
    ['A missile hit the port on Tuesday evening.', '2024-10-09', 'on Tuesday evening', '2024-10-08', '2024-10-08'],
    ['Drones struck on Monday.', '2024-10-09', 'on Monday', '2024-10-07', '2024-10-07'],
    ['Police dispersed the crowd late on Monday.', '2024-10-09', 'late on Monday', '2024-10-07', '2024-10-08'],
    ['Russia launched 27 drones overnight.', '2024-10-09', 'overnight', '2024-10-08', '2024-10-09'],
    ['The rebels said last Wednesday that they held the town.', '2024-10-09', 'last Wednesday', '2024-10-02', '2024-10-02'],
    ['Yesterday two people died.', '2024-10-09', 'Yesterday', '2024-10-08', '2024-10-08'],
    ['Officials said this morning that power was restored.', '2024-10-09', 'this morning', '2024-10-09', '2024-10-09'],
    ['Troops repelled 14 assaults over the past day.', '2024-10-09', 'over the past day', '2024-10-08', '2024-10-09'],
    ['Gunmen killed 18 people last week.', '2024-10-09', 'last week', '2024-09-30', '2024-10-06'],
    ['Clashes erupted over the weekend.', '2024-10-09', 'over the weekend', '2024-10-05', '2024-10-06'],
    ['Earlier this month, the group seized a town.', '2024-10-09', 'Earlier this month', '2024-10-01', '2024-10-08'],
    ['The offensive began in early March.', '2025-03-12', 'in early March', '2025-03-01', '2025-03-10'],
    ['Fighting peaked in mid-February.', '2025-03-12', 'in mid-February', '2025-02-11', '2025-02-20'],
    ['The siege started in December.', '2025-01-06', 'in December', '2024-12-01', '2024-12-31'],
    ['The war broke out in April 2023.', '2024-10-09', 'in April 2023', '2023-04-01', '2023-04-30'],
    ['The camp was shelled on 14 August.', '2024-10-09', 'on 14 August', '2024-08-14', '2024-08-14'],
    ['The camp was shelled on August 14, 2024.', '2025-01-06', 'on August 14, 2024', '2024-08-14', '2024-08-14'],
    ['The camp was shelled on Aug. 14.', '2024-10-09', 'on Aug. 14', '2024-08-14', '2024-08-14'],
    ['Talks collapsed on 2024-08-14.', '2024-10-09', '2024-08-14', '2024-08-14', '2024-08-14'],
    ['The group has fought the army since 2014.', '2024-10-09', 'since 2014', '2014-01-01', '2024-10-09'],
    ['Fighting has raged since May.', '2024-10-09', 'since May', '2024-05-01', '2024-10-09'],
    ['The city was recently bombed.', '2024-10-09', 'recently', '2024-08-10', '2024-10-09'],
    ['Last year the militia expanded.', '2024-10-09', 'Last year', '2023-01-01', '2023-12-31'],
    ['At 14:32 a siren sounded.', '2024-10-09', 'At 14:32', '2024-10-09', '2024-10-09'],
    ['Protesters gathered this week.', '2024-10-09', 'this week', '2024-10-07', '2024-10-09'],
    ['Soldiers raided the village on Sunday.', '2024-06', 'on Sunday', '2024-06-02', '2024-06-30'],
  ]);
  it('does not read the verbs "may" and "march" as months', () => {
    const found = scanTimes('Troops may march on the city in 2 days.', en, refWindow(day('2024-10-09')));
    expect(found.map((t) => t.text)).toEqual([]);
  });
});

describe('de time expressions', () => {
  check(de, [
    ['Am Samstag geriet ein Konvoi in einen Hinterhalt.', '2025-03-10', 'Am Samstag', '2025-03-08', '2025-03-08'],
    ['Am Montagabend explodierte eine Bombe.', '2024-10-09', 'Am Montagabend', '2024-10-07', '2024-10-07'],
    ['In der Nacht zum Dienstag fielen Drohnen.', '2024-10-09', 'In der Nacht zum Dienstag', '2024-10-07', '2024-10-08'],
    ['In der Nacht zu Montag wurden 29 Drohnen abgeschossen.', '2024-09-16', 'In der Nacht zu Montag', '2024-09-15', '2024-09-16'],
    ['Gestern starben zwei Menschen.', '2024-10-09', 'Gestern', '2024-10-08', '2024-10-08'],
    ['Vorgestern gab es Gefechte.', '2024-10-09', 'Vorgestern', '2024-10-07', '2024-10-07'],
    ['Heute meldete die Armee Erfolge.', '2024-10-09', 'Heute', '2024-10-09', '2024-10-09'],
    ['Binnen 24 Stunden wurden elf Angriffe abgewehrt.', '2024-10-09', 'Binnen 24 Stunden', '2024-10-08', '2024-10-09'],
    ['Vergangene Woche soll die Armee einen Markt bombardiert haben.', '2025-03-10', 'Vergangene Woche', '2025-03-03', '2025-03-09'],
    ['Die Truppen hätten am Wochenende drei Dörfer erobert.', '2024-09-16', 'am Wochenende', '2024-09-14', '2024-09-15'],
    ['Anfang des Monats wurde der Posten geräumt.', '2024-10-09', 'Anfang des Monats', '2024-10-01', '2024-10-09'],
    ['Anfang März wurde der Posten geräumt.', '2025-03-10', 'Anfang März', '2025-03-01', '2025-03-10'],
    ['Ende Februar begann die Offensive.', '2025-03-10', 'Ende Februar', '2025-02-21', '2025-02-28'],
    ['Mitte Januar wurde die Straße gesperrt.', '2025-03-10', 'Mitte Januar', '2025-01-11', '2025-01-20'],
    ['Im März wurde die Stadt belagert.', '2025-03-10', 'Im März', '2025-03-01', '2025-03-10'],
    ['Im Dezember wurde die Stadt belagert.', '2025-01-06', 'Im Dezember', '2024-12-01', '2024-12-31'],
    ['Im vergangenen Jahr wurden Hunderte getötet.', '2024-10-09', 'Im vergangenen Jahr', '2023-01-01', '2023-12-31'],
    ['Die Miliz kämpft seit 2014 gegen die Regierung.', '2024-10-09', 'seit 2014', '2014-01-01', '2024-10-09'],
    ['Kürzlich fiel eine Bombe.', '2024-10-09', 'Kürzlich', '2024-08-10', '2024-10-09'],
    ['Am 14. August wurde das Lager beschossen.', '2024-10-09', 'Am 14. August', '2024-08-14', '2024-08-14'],
    ['Am 14.08.2024 wurde das Lager beschossen.', '2024-10-09', 'Am 14.08.2024', '2024-08-14', '2024-08-14'],
    ['Um 14:32 Uhr gab es Alarm.', '2024-10-09', 'Um 14:32 Uhr', '2024-10-09', '2024-10-09'],
    ['In der vergangenen Woche gab es Kämpfe.', '2024-10-09', 'In der vergangenen Woche', '2024-09-30', '2024-10-06'],
    ['Am Sonntag gab es Kämpfe.', '2024-06', 'Am Sonntag', '2024-06-02', '2024-06-30'],
  ]);
});

// 2024-10-09 is a Wednesday
describe('spans back from the reference ("two days ago")', () => {
  check(en, [
    ['The convoy was hit two days ago.', '2024-10-09', 'two days ago', '2024-10-07', '2024-10-07'],
    ['The town fell 3 weeks ago.', '2024-10-09', '3 weeks ago', '2024-09-15', '2024-09-21'],
    ['He was arrested a month ago.', '2024-10-09', 'a month ago', '2024-09-01', '2024-09-30'],
  ]);
  check(nl, [
    ['Het dorp werd twee dagen geleden beschoten.', '2024-10-09', 'twee dagen geleden', '2024-10-07', '2024-10-07'],
    ['Een week geleden vielen er drie doden.', '2024-10-09', 'Een week geleden', '2024-09-29', '2024-10-05'],
    ['Eergisteravond klonken explosies.', '2024-10-09', 'Eergisteravond', '2024-10-07', '2024-10-07'],
  ]);
  check(de, [
    ['Vor zwei Tagen wurde die Brücke zerstört.', '2024-10-09', 'Vor zwei Tagen', '2024-10-07', '2024-10-07'],
    ['Die Stadt wurde vor einer Woche eingenommen.', '2024-10-09', 'vor einer Woche', '2024-09-29', '2024-10-05'],
  ]);
});

describe('decades (background told with a decade)', () => {
  check(nl, [
    ['Eind jaren tachtig werd de stad belegerd.', '2020-07-15', 'Eind jaren tachtig', '1987-01-01', '1989-12-31'],
    ["In de jaren '90 vochten de milities om de vallei.", '2020-07-15', "In de jaren '90", '1990-01-01', '1999-12-31'],
  ]);
  check(de, [
    ['Ende der 80er Jahre wurde die Stadt belagert.', '2020-07-15', 'Ende der 80er Jahre', '1987-01-01', '1989-12-31'],
    ['In den siebziger Jahren kämpften die Milizen um das Tal.', '2020-07-15', 'In den siebziger Jahren', '1970-01-01', '1979-12-31'],
  ]);
  check(en, [
    ['The town was besieged in the late 1980s.', '2020-07-15', 'in the late 1980s', '1987-01-01', '1989-12-31'],
    ["In the '90s militias fought over the valley.", '2020-07-15', "In the '90s", '1990-01-01', '1999-12-31'],
  ]);
});

import type { CasualtiesLexicon } from '../../stages/casualties/lexicon.js';

const units: Record<string, number> = { ein: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 };
const tens: Record<string, number> = { zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90 };

/** eins..neunundneunzig and zweihundert..neunhundert, written as German writes them. */
function numberWords(): Record<string, number> {
  const w: Record<string, number> = {
    eins: 1, beide: 2, beiden: 2, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18,
    neunzehn: 19, hundert: 100, tausend: 1000, ...tens,
  };
  for (const [t, tv] of Object.entries(tens)) for (const [u, uv] of Object.entries(units)) w[`${u}und${t}`] = tv + uv;
  for (const [u, uv] of Object.entries(units)) if (uv > 1) w[`${u}hundert`] = uv * 100;
  return w;
}

export const casualties: CasualtiesLexicon = {
  numberWords: numberWords(),
  onePronouns: ['er'],
  weakOne: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
  multipliers: { dutzend: 12, hundert: 100, tausend: 1000, millionen: 1_000_000, million: 1_000_000 },
  vague: [
    { phrase: 'ein halbes dutzend', min: 6, max: 6, acled: 6 },
    { phrase: 'ein dutzend', min: 12, max: 12, acled: 12 },
    { phrase: 'mehrere dutzend', min: 24, max: null, acled: 12 },
    { phrase: 'einige dutzend', min: 24, max: null, acled: 12 },
    { phrase: 'dutzende', min: 24, max: null, acled: 12 },
    { phrase: 'mehrere hundert', min: 200, max: null, acled: 100 },
    { phrase: 'hunderte', min: 200, max: null, acled: 100 },
    { phrase: 'tausende', min: 2000, max: null, acled: 1000 },
  ],
  zero: ['keine', 'kein', 'keiner'],
  negations: ['nicht'],
  zeroSubjects: ['niemand', 'keiner'],
  modifiers: [
    { phrase: 'mindestens', op: 'atLeast' },
    { phrase: 'wenigstens', op: 'atLeast' },
    { phrase: 'zumindest', op: 'atLeast' },
    { phrase: 'mehr als', op: 'moreThan' },
    { phrase: 'über', op: 'moreThan' },
    { phrase: 'bis zu', op: 'upTo' },
    { phrase: 'fast', op: 'upTo' },
    { phrase: 'knapp', op: 'upTo' },
    { phrase: 'beinahe', op: 'upTo' },
    { phrase: 'nahezu', op: 'upTo' },
    { phrase: 'höchstens', op: 'upTo' },
    { phrase: 'weniger als', op: 'fewerThan' },
    { phrase: 'etwa', op: 'about' },
    { phrase: 'rund', op: 'about' },
    { phrase: 'ungefähr', op: 'about' },
    { phrase: 'circa', op: 'about' },
    { phrase: 'ca.', op: 'about' },
  ],
  between: [{ before: 'zwischen', and: 'und' }],
  rangeJoiners: ['bis', 'oder'],
  keywords: [
    { kind: 'killed', pattern: /Tote[n]?|Todesopfer[n]?|Leichen/iu, nominal: true },
    { kind: 'killed', pattern: /Tod(?:es)?|verstorben|(?<=\bkostete[n]?\b[^.;:]{0,80})das Leben|das Leben gekostet|tödlich (?:getroffen|verletzt|verwundet)|getötet(?:e[nrs]?)?|Getötete[n]?|tötete[n]?|töten|ums Leben|starben|starb|gestorben|umgekommen|erschossen|hingerichtet|tot|neutralisiert|ermordet|erstochen|gelyncht|enthauptet|zu Tode geprügelt|bei lebendigem Leib verbrannt/iu },
    { kind: 'killed', pattern: /Opfer|Verluste/iu, nominal: true, zeroOnly: true },
    { kind: 'injured', pattern: /Verletzte[n]?|Verwundete[n]?/u, nominal: true },
    { kind: 'injured', pattern: /(?:schwer|leicht|lebensgefährlich)?verletzt(?:e[nrs]?)?|verwundet(?:e[nrs]?)?|(?:in ein(?:e|en)?|ins) (?:Lazarett|Krankenhaus|Klinik|Spital) (?:gebracht|eingeliefert)/iu },
    { kind: 'injured', pattern: /Gehirnerschütterung|Verbrennungen|Knochenbrüche|Schusswunden?|Stichverletzungen/iu },
    { kind: 'missing', pattern: /vermisst(?:e[nrs]?)?|Vermisste[n]?/iu },
    { kind: 'detained', pattern: /festgenommen|verhaftet|inhaftiert|in Gewahrsam genommen|Festnahmen/iu },
    { kind: 'displaced', pattern: /vertrieben|geflohen|geflüchtet|evakuiert/iu },
  ],
  personNouns: /[0-9]+-[Jj]ährige[rn]?|Mann|Frau|Kind|Junge|Mädchen|Baby|Jugendliche[rn]?|Bewohner(?:in)?|Einwohner(?:in)?|Anwohner(?:in)?|Zivilist(?:in)?|Soldat(?:in)?|Kämpfer|Polizist(?:in)?|Beamte[rn]?|Demonstrant(?:in)?|Gefangene[rn]?|Häftling|Journalist(?:in)?|Reporter(?:in)?|Bauer|Hirte|Person|Mensch|Arzt|Ärztin|Helfer(?:in)?|Lehrer(?:in)?|Schüler(?:in)?|Student(?:in)?|Angreifer|Attentäter|Selbstmordattentäter|Fahrer|Passagier|Fahrgast|Arbeiter|Grenzschützer|Offizier|Kommandeur|Sanitäter/iu,
  unitsAfter: [
    'jahr', 'jahre', 'jahren', 'monat', 'monate', 'monaten', 'woche', 'wochen', 'tag', 'tage', 'tagen', 'stunde', 'stunden',
    'minuten', 'uhr', 'km', 'kilometer', 'meter', 'prozent', 'euro', 'dollar', 'januar', 'februar', 'märz', 'april', 'mai',
    'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'drohnen', 'raketen', 'granaten', 'bomben',
    'panzer', 'fahrzeuge', 'dörfer', 'angriffe', 'häuser', 'quadratkilometer',
  ],
  notCountBefore: ['seit', 'nummer', 'seite', 'alter von'],
  ageLinks: ['von'],
  clauseBreaks: ['und', 'aber', 'während', 'als', 'nachdem', 'weil', 'bevor', 'wobei', 'sowie', 'obwohl', 'oder', 'wie'],
  subsetCues: ['darunter', 'unter ihnen', 'davon', 'unter den'],
  besides: ['außer dem', 'außer der', 'neben dem', 'neben der'],
  backReferences: ['dabei', 'hierbei', 'bei dem angriff', 'bei dem anschlag', 'bei der explosion', 'bei dem beschuss', 'bei dem überfall', 'bei dem einschlag'],
  whoStop: [
    'sind', 'ist', 'waren', 'war', 'wurden', 'wurde', 'werden', 'seien', 'sei', 'sollen', 'soll', 'haben', 'hat', 'hatten',
    'kamen', 'kam', 'dabei', 'bei', 'durch', 'in', 'am', 'im', 'nach', 'angeblich', 'worden',
  ],
  deathAfterName: /starb|ist (?:gestorben|tot|ums Leben gekommen)|kam ums Leben|wurde (?:getötet|erschossen|ermordet|hingerichtet|erstochen|gelyncht)/u,
  deathAroundName: [
    { before: /kam/u, after: /ums Leben/u },
    { before: /wurde/u, after: /getötet|erschossen|ermordet|hingerichtet|erstochen|gelyncht/u },
    { before: /ist/u, after: /gestorben|ums Leben gekommen/u },
  ],
  articles: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen', 'dieser', 'diese', 'dieses'],
  tallyCues: [
    /\bseit (?:Jahresbeginn|Jahresanfang|Kriegsbeginn|Beginn|Anfang|Ausbruch|Start)\b|\b(?:in )?diese[mns]? Jahr(?:es)?\b|\bim vergangenen Jahr\b|\bvergangenes Jahr\b|\bseit (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|\d{4})\b/iu,
    /\ballein (?:im Jahr |in )?\d{4}\b|\b(?:im Jahr |in )?\d{4} allein\b|\bin den (?:vergangenen|letzten) (?:Monaten|Jahren)\b/iu,
  ],
};

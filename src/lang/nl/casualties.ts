import type { CasualtiesLexicon } from '../../stages/casualties/lexicon.js';

const units: Record<string, number> = {
  een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9,
};
const tens: Record<string, number> = {
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};

/** één..negenennegentig and tweehonderd..negenhonderd, written as Dutch writes them. */
function numberWords(): Record<string, number> {
  const w: Record<string, number> = {
    één: 1, eén: 1, beide: 2, beiden: 2, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
    achttien: 18, negentien: 19, honderd: 100, duizend: 1000, ...tens,
  };
  for (const [t, tv] of Object.entries(tens)) {
    for (const [u, uv] of Object.entries(units)) {
      if (u === 'één') continue;
      const joint = /e$/u.test(u) ? 'ën' : 'en';
      w[`${u}${joint}${t}`] = tv + uv;
    }
  }
  for (const [u, uv] of Object.entries(units)) if (uv > 1 && u !== 'één') w[`${u}honderd`] = uv * 100;
  return w;
}

export const casualties: CasualtiesLexicon = {
  numberWords: numberWords(),
  onePronouns: ['hij'],
  weakOne: ['een'],
  multipliers: { dozijn: 12, honderd: 100, duizend: 1000, miljoen: 1_000_000 },
  vague: [
    { phrase: 'een half dozijn', min: 6, max: 6, acled: 6 },
    { phrase: 'een dozijn', min: 12, max: 12, acled: 12 },
    { phrase: 'een tiental', min: 10, max: 10, acled: 10 },
    { phrase: 'een twintigtal', min: 20, max: 20, acled: 20 },
    { phrase: 'een honderdtal', min: 100, max: 100, acled: 100 },
    { phrase: 'enkele tientallen', min: 20, max: null, acled: 10 },
    { phrase: 'enige tientallen', min: 20, max: null, acled: 10 },
    { phrase: 'tientallen', min: 20, max: null, acled: 10 },
    { phrase: 'enkele honderden', min: 200, max: null, acled: 100 },
    { phrase: 'honderden', min: 200, max: null, acled: 100 },
    { phrase: 'duizenden', min: 2000, max: null, acled: 1000 },
  ],
  zero: ['geen'],
  negations: ['niet'],
  zeroSubjects: ['niemand'],
  modifiers: [
    { phrase: 'minstens', op: 'atLeast' },
    { phrase: 'ten minste', op: 'atLeast' },
    { phrase: 'tenminste', op: 'atLeast' },
    { phrase: 'zeker', op: 'atLeast' },
    { phrase: 'minimaal', op: 'atLeast' },
    { phrase: 'op zijn minst', op: 'atLeast' },
    { phrase: 'meer dan', op: 'moreThan' },
    { phrase: 'ruim', op: 'moreThan' },
    { phrase: 'tot wel', op: 'upTo' },
    { phrase: 'maximaal', op: 'upTo' },
    { phrase: 'hooguit', op: 'upTo' },
    { phrase: 'bijna', op: 'upTo' },
    { phrase: 'minder dan', op: 'fewerThan' },
    { phrase: 'ongeveer', op: 'about' },
    { phrase: "zo'n", op: 'about' },
    { phrase: 'circa', op: 'about' },
    { phrase: 'rond de', op: 'about' },
    { phrase: 'naar schatting', op: 'about' },
  ],
  between: [{ before: 'tussen', and: 'en' }],
  rangeJoiners: ['tot', 'à', 'of'],
  keywords: [
    { kind: 'killed', pattern: /(?<=\bkost(?:te|ten|t|en)?\b[^.;:]{0,80})het leven|het leven (?:gekost|kostte|kostten|kosten)|dodelijk (?:getroffen|geraakt)|om het leven|omgekomen|omkwamen|gedood|gedode|doodgeschoten|doodgestoken|doodgeslagen|gesneuveld|sneuvelden|sneuvelde|dodental|dodenaantal|doodden|overleden|overleed|stierven|stierf|gestorven|vermoord|geëxecuteerd|omgebracht|uitgeschakeld|geneutraliseerd|kwam(?:en)?(?:\s+[\p{L}\p{N}'’-]+){0,6}?\s+om(?=\s*(?:[.,;:]|$))|lieten het leven|liet het leven|het leven gelaten|dood|gelyncht|levend verbrand|doodgeknuppeld|onthoofd/iu },
    { kind: 'killed', pattern: /dodelijke slachtoffers|dodelijk slachtoffer|doden|dode|lichamen/iu, nominal: true },
    { kind: 'killed', pattern: /slachtoffers|verliezen/iu, nominal: true, zeroOnly: true },
    { kind: 'injured', pattern: /(?:licht|zwaar|ernstig)?gewonden/iu, nominal: true },
    { kind: 'injured', pattern: /(?:licht|zwaar|ernstig)?gewond(?:e)?|verwond(?:en|e|ingen)?|(?:in het )?ziekenhuis (?:opgenomen|belandd?en?|terechtgekomen)|naar (?:het|een) ziekenhuis (?:gebracht|overgebracht|vervoerd)|het ziekenhuis in/iu },
    { kind: 'injured', pattern: /hersenschudding|brandwonden|botbreuken|schotwond(?:en)?|steekwond(?:en)?|verwondingen/iu },
    { kind: 'missing', pattern: /vermist(?:e)?/iu },
    { kind: 'missing', pattern: /vermisten/iu, nominal: true },
    { kind: 'detained', pattern: /opgepakt|gearresteerd|aangehouden|vastgezet|arrestaties|opgesloten/iu },
    { kind: 'displaced', pattern: /gevlucht|geëvacueerd|op de vlucht geslagen/iu },
    { kind: 'displaced', pattern: /ontheemden/iu, nominal: true },
  ],
  personNouns: /[0-9]+-jarige|(?:politie)?agent|man|vrouw|kind|baby|jongen|meisje|tiener|bewoner|inwoner|burger|soldaat|militair|strijder|demonstrant|betoger|gevangene|journalist|verslaggever|boer|persoon|arts|hulpverlener|leraar|leerling|student|dader|aanvaller|zelfmoordterrorist|grenswacht|politieman|officier|commandant|gouverneur|burgemeester|mens|passagier|chauffeur|bestuurder|inzittende|voetganger|fietser|visser|herder|priester|monnik|vrijwilliger|medewerker|reddingswerker|brandweerman|scholier|bejaarde|gijzelaar/iu,
  unitsAfter: [
    'jaar', 'jaren', 'maand', 'maanden', 'week', 'weken', 'dag', 'dagen', 'uur', 'uren', 'minuten', 'etmaal',
    'km', 'kilometer', 'kilometers', 'meter', 'procent', 'euro', 'dollar', 'januari', 'februari', 'maart', 'april',
    'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'jan', 'feb', 'mrt', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dec', "'s", 'drones', 'raketten', 'granaten', 'bommen',
    'tanks', 'voertuigen', 'dorpen', 'aanvallen', 'huizen', 'woningen',
  ],
  notCountBefore: ['sinds', 'nummer', 'pagina', 'leeftijd van'],
  ageLinks: ['van'],
  clauseBreaks: ['en', 'maar', 'terwijl', 'toen', 'nadat', 'omdat', 'waarna', 'waarbij', 'doordat', 'zodat', 'hoewel', 'of'],
  subsetCues: ['onder wie', 'onder hen', 'waaronder', 'van wie', 'van hen', 'onder de'],
  besides: ['behalve de', 'naast de'],
  backReferences: ['daarbij', 'hierbij', 'bij die actie', 'bij de aanval', 'bij die aanval', 'bij het bombardement', 'bij de beschieting', 'bij de aanslag', 'bij de explosie', 'bij de inslag'],
  whoStop: [
    'zijn', 'is', 'waren', 'was', 'werden', 'werd', 'worden', 'wordt', 'zouden', 'zou', 'hebben', 'heeft', 'had', 'hadden',
    'kwamen', 'kwam', 'raakten', 'raakte', 'vielen', 'viel', 'daarbij', 'er', 'om', 'bij', 'door', 'in', 'op', 'gewond',
  ],
  deathAfterName: /(?:is |was )?(?:overleden|omgekomen|gesneuveld)|overleed|stierf|sneuvelde|kwam om het leven|(?:werd|is) (?:gedood|doodgeschoten|vermoord|geëxecuteerd|omgebracht|doodgestoken)/u,
  deathAroundName: [
    { before: /kwam/u, after: /om het leven|om(?=\s*[.,;:])/u },
    { before: /werd|is/u, after: /gedood|doodgeschoten|vermoord|geëxecuteerd|omgebracht|doodgestoken|overleden|omgekomen/u },
  ],
  articles: ['de', 'het', 'een', 'deze', 'die', 'dit', 'dat'],
  tallyCues: [
    /\b(?:dit|vorig) jaar\b|\bsinds (?:het begin|de start|het uitbreken|de aanvang) van\b|\bsinds (?:begin |eind |half |medio )?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|\d{4})\b|\bsinds (?:de|het) (?:oorlog|conflict|offensief|invasie|opstand|staatsgreep|crisis) (?:begon|uitbrak)\b/iu,
    /\b(?:alleen al )?in \d{4}(?: alleen)?\b|\b(?:de|in de) afgelopen (?:maanden|jaren|jaar|twee jaar|drie jaar)\b/iu,
  ],
};

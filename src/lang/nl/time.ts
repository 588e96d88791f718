import type { TimeLexicon } from '../../stages/time/lexicon.js';

const PARTS = '(?:ochtend|morgen|middag|avond)';

export const time: TimeLexicon = {
  months: {
    januari: 1, februari: 2, maart: 3, april: 4, mei: 5, juni: 6, juli: 7, augustus: 8,
    september: 9, oktober: 10, november: 11, december: 12,
    'jan.': 1, 'feb.': 2, 'mrt.': 3, mrt: 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8,
    'sep.': 9, 'sept.': 9, 'okt.': 10, 'nov.': 11, 'dec.': 12,
  },
  weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
  since: 'sinds|sedert|vanaf(?: het begin van)?|sinds (?:het )?begin(?: van)?',
  numbers: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
  decades: { twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 },
  rules: [
    { id: 'nl.time.earlyDecade', re: 'begin (?:de )?jaren [\\u0027’]?{DECADE}', kind: 'decade', part: 'early' },
    { id: 'nl.time.midDecade', re: '(?:midden|halverwege) (?:de )?jaren [\\u0027’]?{DECADE}', kind: 'decade', part: 'mid' },
    { id: 'nl.time.lateDecade', re: 'eind(?:e)? (?:de )?jaren [\\u0027’]?{DECADE}', kind: 'decade', part: 'late' },
    { id: 'nl.time.decade', re: '(?:in )?de jaren [\\u0027’]?{DECADE}', kind: 'decade' },
    // explicit dates
    { id: 'nl.time.iso', re: '{YEAR}-(?<mnum>1[0-2]|0[1-9])-{DAY}', kind: 'date' },
    { id: 'nl.time.numeric', re: '{DAY}[-./]{MM}[-./]{YEAR}', kind: 'date' },
    { id: 'nl.time.date', re: '(?:op )?{DAY} {MONTH}(?: {YEAR})?', kind: 'date' },
    { id: 'nl.time.monthYear', re: '(?:in )?{MONTH} {YEAR}', kind: 'monthYear' },
    { id: 'nl.time.year', re: '(?:in|van|begin|eind|medio) (?:het jaar )?{YEAR}', kind: 'year' },
    { id: 'nl.time.inMonth', re: 'in (?:de maand )?{MONTH}', kind: 'inMonth' },
    { id: 'nl.time.earlyMonth', re: 'begin {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'early' },
    { id: 'nl.time.midMonth', re: '(?:medio|half|midden) {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'mid' },
    { id: 'nl.time.lateMonth', re: '(?:eind|einde|eind van|eind) {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'late' },
    { id: 'nl.time.sinceYear', re: '(?<=(?:sinds|sedert) ){YEAR}', kind: 'year' },
    { id: 'nl.time.sinceMonth', re: '(?<=(?:sinds|sedert) ){MONTH}', kind: 'inMonth' },
    // weekdays
    { id: 'nl.time.weekday', re: `(?:op )?{WEEKDAY}${PARTS}?`, kind: 'weekday' },
    { id: 'nl.time.weekdayNight', re: '{WEEKDAY}nacht', kind: 'weekday', from: 0, to: 1 },
    { id: 'nl.time.nightFromTo', re: '(?:in )?de nacht van {WEEKDAY0} op {WEEKDAY}', kind: 'weekday', from: -1, to: 0 },
    { id: 'nl.time.lastWeekday', re: '(?:afgelopen|vorige) {WEEKDAY}', kind: 'weekday', strict: true },
    // days relative to the document date
    { id: 'nl.time.vandaag', re: 'vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|deze ochtend|deze middag', kind: 'days', from: 0, to: 0 },
    { id: 'nl.time.gisteren', re: 'gisteren|gister(?:ochtend|morgen|middag|avond)|gisteren(?:ochtend|morgen|middag|avond)', kind: 'days', from: -1, to: -1 },
    { id: 'nl.time.eergisteren', re: 'eergister(?:en|ochtend|middag|avond)', kind: 'days', from: -2, to: -2 },
    { id: 'nl.time.daysAgo', re: '{N} dag(?:en)? geleden', kind: 'ago', unit: 'day' },
    { id: 'nl.time.weeksAgo', re: '{N} (?:week|weken) geleden', kind: 'ago', unit: 'week' },
    { id: 'nl.time.monthsAgo', re: '{N} maand(?:en)? geleden', kind: 'ago', unit: 'month' },
    { id: 'nl.time.vannacht', re: 'vannacht|afgelopen nacht|in de afgelopen nacht|de afgelopen nacht|gisternacht', kind: 'days', from: -1, to: 0 },
    { id: 'nl.time.etmaal', re: '(?:het |in het )?afgelopen etmaal|(?:de |in de )?(?:afgelopen|laatste|voorbije) 24 uur', kind: 'days', from: -1, to: 0 },
    { id: 'nl.time.pastDays', re: '(?:de |in de )?(?:afgelopen|laatste|voorbije) (?:paar |twee |drie )?dagen', kind: 'days', from: -3, to: 0 },
    { id: 'nl.time.pastWeek', re: '(?:de |in de )?(?:afgelopen|voorbije|laatste) (?:week|zeven dagen)', kind: 'days', from: -7, to: 0 },
    // weeks, weekends, months, years
    { id: 'nl.time.lastWeek', re: 'vorige week|verleden week', kind: 'week', offset: -1 },
    { id: 'nl.time.thisWeek', re: 'deze week', kind: 'week', offset: 0 },
    { id: 'nl.time.earlierThisWeek', re: 'eerder deze week|begin deze week', kind: 'week', offset: 0, before: true },
    { id: 'nl.time.weekend', re: '(?:het |dit |afgelopen |in het )?(?:afgelopen )?weekend', kind: 'weekend', offset: 0 },
    { id: 'nl.time.earlierThisMonth', re: 'eerder deze maand', kind: 'month', offset: 0, before: true },
    { id: 'nl.time.earlyThisMonth', re: 'begin deze maand', kind: 'month', offset: 0, part: 'early' },
    { id: 'nl.time.thisMonth', re: 'deze maand', kind: 'month', offset: 0 },
    { id: 'nl.time.lastMonth', re: 'vorige maand|afgelopen maand|verleden maand', kind: 'month', offset: -1 },
    { id: 'nl.time.earlyLastMonth', re: 'begin vorige maand', kind: 'month', offset: -1, part: 'early' },
    { id: 'nl.time.lateLastMonth', re: 'eind vorige maand', kind: 'month', offset: -1, part: 'late' },
    { id: 'nl.time.lastYear', re: 'vorig jaar|verleden jaar|afgelopen jaar', kind: 'yearRel', offset: -1 },
    { id: 'nl.time.lateLastYear', re: 'eind vorig jaar|eind verleden jaar', kind: 'yearRel', offset: -1, part: 'late' },
    { id: 'nl.time.earlyLastYear', re: 'begin vorig jaar', kind: 'yearRel', offset: -1, part: 'early' },
    { id: 'nl.time.thisYear', re: 'dit jaar|dit kalenderjaar', kind: 'yearRel', offset: 0 },
    { id: 'nl.time.earlyThisYear', re: 'begin dit jaar|eerder dit jaar', kind: 'yearRel', offset: 0, part: 'early' },
    // vague recent past: 60 days before the document date
    { id: 'nl.time.onlangs', re: 'onlangs|kortgeleden|kort geleden|recentelijk', kind: 'recent', days: 60 },
    // liveblog clock times
    { id: 'nl.time.clock', re: '(?:om )?(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9](?: uur)?|\\.[0-5][0-9] uur)', kind: 'clock' },
  ],
};

import type { TimeLexicon } from '../../stages/time/lexicon.js';

const PARTS = '(?:morgen|vormittag|mittag|nachmittag|abend)';
const ART = '(?:am |an diesem |vergangenen |letzten |diesen )?';

export const time: TimeLexicon = {
  months: {
    januar: 1, jänner: 1, februar: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6, juli: 7, august: 8,
    september: 9, oktober: 10, november: 11, dezember: 12,
    'jan.': 1, 'feb.': 2, 'mär.': 3, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug.': 8, 'sep.': 9, 'sept.': 9,
    'okt.': 10, 'nov.': 11, 'dez.': 12,
  },
  weekdays: { sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6 },
  since: 'seit|seit dem|seit Anfang|seit Beginn|seit Mitte|seit Ende',
  numbers: { einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  rules: [
    { id: 'de.time.iso', re: '{YEAR}-(?<mnum>1[0-2]|0[1-9])-{DAY}', kind: 'date' },
    { id: 'de.time.numeric', re: '(?:am )?{DAY}\\.{MM}\\.{YEAR}', kind: 'date' },
    { id: 'de.time.date', re: '(?:am |vom |dem )?{DAY}\\. ?{MONTH}(?: {YEAR})?', kind: 'date' },
    { id: 'de.time.monthYear', re: '(?:im )?{MONTH} {YEAR}', kind: 'monthYear' },
    { id: 'de.time.year', re: '(?:im Jahr(?:e)?|in|Anfang|Ende|Mitte) {YEAR}', kind: 'year' },
    { id: 'de.time.inMonth', re: '(?:im|seit) {MONTH}', kind: 'inMonth' },
    { id: 'de.time.earlyMonth', re: 'Anfang {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'early' },
    { id: 'de.time.midMonth', re: 'Mitte {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'mid' },
    { id: 'de.time.lateMonth', re: 'Ende {MONTH}(?: {YEAR})?', kind: 'monthPart', part: 'late' },
    { id: 'de.time.sinceYear', re: '(?<=seit ){YEAR}', kind: 'year' },
    { id: 'de.time.sinceMonth', re: '(?<=seit ){MONTH}', kind: 'inMonth' },
    // weekdays
    { id: 'de.time.weekday', re: `${ART}{WEEKDAY}(?:${PARTS}| ${PARTS}| früh)?`, kind: 'weekday' },
    { id: 'de.time.weekdayNight', re: '{WEEKDAY}nacht', kind: 'weekday', from: 0, to: 1 },
    { id: 'de.time.nightInto', re: '(?:in der )?Nacht (?:zum|zu|auf|auf den) {WEEKDAY}', kind: 'weekday', from: -1, to: 0 },
    { id: 'de.time.nightFromTo', re: '(?:in der )?Nacht (?:von|vom) {WEEKDAY0} (?:auf|zum|zu) {WEEKDAY}', kind: 'weekday', from: -1, to: 0 },
    // days
    { id: 'de.time.heute', re: 'heute(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend))?|am heutigen (?:Morgen|Tag)', kind: 'days', from: 0, to: 0 },
    { id: 'de.time.gestern', re: 'gestern(?: (?:früh|morgen|vormittag|mittag|nachmittag|abend))?|am gestrigen (?:Morgen|Abend|Tag)', kind: 'days', from: -1, to: -1 },
    { id: 'de.time.vorgestern', re: 'vorgestern', kind: 'days', from: -2, to: -2 },
    { id: 'de.time.daysAgo', re: 'vor {N} Tag(?:en)?', kind: 'ago', unit: 'day' },
    { id: 'de.time.weeksAgo', re: 'vor {N} Wochen?', kind: 'ago', unit: 'week' },
    { id: 'de.time.monthsAgo', re: 'vor {N} Monat(?:en)?', kind: 'ago', unit: 'month' },
    { id: 'de.time.nacht', re: '(?:in der )?(?:vergangenen|letzten|heutigen) Nacht|heute Nacht|über Nacht|in der Nacht|gestern Nacht', kind: 'days', from: -1, to: 0 },
    { id: 'de.time.24h', re: '(?:in den |binnen |innerhalb (?:von )?|während der )?(?:vergangenen |letzten )?24 Stunden', kind: 'days', from: -1, to: 0 },
    { id: 'de.time.pastDays', re: '(?:in den |an den )?(?:vergangenen|letzten) (?:Tagen|zwei Tagen|drei Tagen)', kind: 'days', from: -3, to: 0 },
    { id: 'de.time.pastWeek', re: '(?:in den )?(?:vergangenen|letzten) (?:sieben Tagen|Woche)', kind: 'days', from: -7, to: 0 },
    // weeks, weekends, months, years
    { id: 'de.time.lastWeek', re: '(?:in der )?(?:vergangenen|letzten|vorigen) Woche|(?:vergangene|letzte|vorige) Woche', kind: 'week', offset: -1 },
    { id: 'de.time.thisWeek', re: 'diese Woche|in dieser Woche', kind: 'week', offset: 0 },
    { id: 'de.time.earlierThisWeek', re: 'Anfang der Woche|zu Wochenbeginn|Anfang dieser Woche', kind: 'week', offset: 0, before: true },
    { id: 'de.time.weekend', re: '(?:am|übers|über das|vergangenes|letztes|am vergangenen|am letzten) Wochenende', kind: 'weekend', offset: 0 },
    { id: 'de.time.earlyThisMonth', re: 'Anfang (?:des|dieses) Monats', kind: 'month', offset: 0, part: 'early' },
    { id: 'de.time.earlierThisMonth', re: 'früher in diesem Monat|Anfang des Monats', kind: 'month', offset: 0, before: true },
    { id: 'de.time.midThisMonth', re: 'Mitte (?:des|dieses) Monats', kind: 'month', offset: 0, part: 'mid' },
    { id: 'de.time.thisMonth', re: 'diesen Monat|in diesem Monat', kind: 'month', offset: 0 },
    { id: 'de.time.lastMonth', re: '(?:im )?(?:vergangenen|letzten|vorigen) Monat', kind: 'month', offset: -1 },
    { id: 'de.time.earlyLastMonth', re: 'Anfang (?:des )?(?:vergangenen|letzten|vorigen) Monats', kind: 'month', offset: -1, part: 'early' },
    { id: 'de.time.lateLastMonth', re: 'Ende (?:des )?(?:vergangenen|letzten|vorigen) Monats', kind: 'month', offset: -1, part: 'late' },
    { id: 'de.time.lastYear', re: '(?:im )?(?:vergangenen|letzten|vorigen) Jahr|(?:vergangenes|letztes|voriges) Jahr|im Vorjahr', kind: 'yearRel', offset: -1 },
    { id: 'de.time.lateLastYear', re: 'Ende (?:des )?(?:vergangenen|letzten|vorigen) Jahres', kind: 'yearRel', offset: -1, part: 'late' },
    { id: 'de.time.earlyLastYear', re: 'Anfang (?:des )?(?:vergangenen|letzten|vorigen) Jahres', kind: 'yearRel', offset: -1, part: 'early' },
    { id: 'de.time.thisYear', re: 'dieses Jahr|in diesem Jahr|seit Jahresbeginn', kind: 'yearRel', offset: 0 },
    { id: 'de.time.earlyThisYear', re: 'Anfang (?:des|dieses) Jahres', kind: 'yearRel', offset: 0, part: 'early' },
    // vague recent past: 60 days before the document date
    { id: 'de.time.kuerzlich', re: 'kürzlich|unlängst|jüngst|vor kurzem|neulich|vor Kurzem', kind: 'recent', days: 60 },
    { id: 'de.time.clock', re: '(?:um )?(?:[01]?[0-9]|2[0-3])(?::[0-5][0-9](?: Uhr)?|\\.[0-5][0-9] Uhr)', kind: 'clock' },
  ],
};

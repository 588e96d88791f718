import type { TimeLexicon } from '../../stages/time/lexicon.js';

const PARTS = '(?: (?:morning|afternoon|evening))';

export const time: TimeLexicon = {
  months: {
    january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
    september: 9, october: 10, november: 11, december: 12,
    'jan.': 1, jan: 1, 'feb.': 2, feb: 2, 'mar.': 3, 'apr.': 4, apr: 4, 'jun.': 6, 'jul.': 7,
    'aug.': 8, aug: 8, 'sep.': 9, 'sept.': 9, sept: 9, 'oct.': 10, oct: 10, 'nov.': 11, nov: 11, 'dec.': 12, dec: 12,
  },
  weekdays: { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 },
  capitalizedMonths: true,
  since: 'since|ever since|since the (?:start|beginning) of',
  rules: [
    { id: 'en.time.iso', re: '{YEAR}-(?<mnum>1[0-2]|0[1-9])-{DAY}', kind: 'date' },
    { id: 'en.time.numeric', re: '{DAY}[./]{MM}[./]{YEAR}', kind: 'date' },
    { id: 'en.time.dayMonth', re: '(?:on )?(?:the )?{DAY}(?:st|nd|rd|th)? (?:of )?{MONTH}(?:,? {YEAR})?', kind: 'date' },
    { id: 'en.time.monthDay', re: '(?:on )?{MONTH} {DAY}(?:st|nd|rd|th)?(?:,? {YEAR})?', kind: 'date' },
    { id: 'en.time.monthYear', re: '(?:in )?{MONTH},? {YEAR}', kind: 'monthYear' },
    { id: 'en.time.year', re: '(?:in|from|during|early|late) (?:the year )?{YEAR}', kind: 'year' },
    { id: 'en.time.inMonth', re: '(?:in|during) {MONTH}', kind: 'inMonth' },
    { id: 'en.time.earlyMonth', re: '(?:in )?(?:early|the (?:start|beginning) of) {MONTH}(?:,? {YEAR})?', kind: 'monthPart', part: 'early' },
    { id: 'en.time.midMonth', re: '(?:in )?(?:mid-?|the middle of ){MONTH}(?:,? {YEAR})?', kind: 'monthPart', part: 'mid' },
    { id: 'en.time.lateMonth', re: '(?:in )?(?:late|the end of) {MONTH}(?:,? {YEAR})?', kind: 'monthPart', part: 'late' },
    { id: 'en.time.sinceYear', re: '(?<=since ){YEAR}', kind: 'year' },
    { id: 'en.time.sinceMonth', re: '(?<=since ){MONTH}', kind: 'inMonth' },
    // weekdays
    { id: 'en.time.weekday', re: `(?:(?:early )?on )?{WEEKDAY}${PARTS}?`, kind: 'weekday' },
    { id: 'en.time.weekdayNight', re: '(?:on )?{WEEKDAY} night', kind: 'weekday', from: 0, to: 1 },
    { id: 'en.time.lateWeekday', re: 'late (?:on )?{WEEKDAY}(?: night)?', kind: 'weekday', from: 0, to: 1 },
    { id: 'en.time.nightInto', re: '(?:overnight|in the early hours of|during the night) (?:into|to|on) {WEEKDAY}', kind: 'weekday', from: -1, to: 0 },
    { id: 'en.time.lastWeekday', re: '(?:last|this past) {WEEKDAY}', kind: 'weekday', strict: true },
    // days
    { id: 'en.time.today', re: 'today|this (?:morning|afternoon|evening)|earlier today|tonight', kind: 'days', from: 0, to: 0 },
    { id: 'en.time.yesterday', re: 'yesterday(?: (?:morning|afternoon|evening))?', kind: 'days', from: -1, to: -1 },
    { id: 'en.time.dayBeforeYesterday', re: 'the day before yesterday', kind: 'days', from: -2, to: -2 },
    { id: 'en.time.lastNight', re: 'last night|overnight|during the night|in the early hours', kind: 'days', from: -1, to: 0 },
    { id: 'en.time.pastDay', re: '(?:over |in |during )?the (?:past|last|previous) (?:day|24 hours)', kind: 'days', from: -1, to: 0 },
    { id: 'en.time.pastDays', re: '(?:over |in |during )?(?:the )?(?:past|last|previous|recent) (?:few |two |three |several )?days', kind: 'days', from: -3, to: 0 },
    { id: 'en.time.pastWeek', re: '(?:over |in |during )?the (?:past|last|previous) (?:week|seven days)', kind: 'days', from: -7, to: 0 },
    // weeks, weekends, months, years
    { id: 'en.time.lastWeek', re: 'last week', kind: 'week', offset: -1 },
    { id: 'en.time.thisWeek', re: 'this week', kind: 'week', offset: 0 },
    { id: 'en.time.earlierThisWeek', re: 'earlier this week|early this week', kind: 'week', offset: 0, before: true },
    { id: 'en.time.weekend', re: '(?:over|at|during) the weekend|(?:this|last) weekend', kind: 'weekend', offset: 0 },
    { id: 'en.time.earlierThisMonth', re: 'earlier this month', kind: 'month', offset: 0, before: true },
    { id: 'en.time.earlyThisMonth', re: '(?:at the (?:start|beginning) of|early) this month', kind: 'month', offset: 0, part: 'early' },
    { id: 'en.time.thisMonth', re: 'this month', kind: 'month', offset: 0 },
    { id: 'en.time.lastMonth', re: 'last month', kind: 'month', offset: -1 },
    { id: 'en.time.earlyLastMonth', re: 'early last month|at the (?:start|beginning) of last month', kind: 'month', offset: -1, part: 'early' },
    { id: 'en.time.lateLastMonth', re: 'late last month|at the end of last month', kind: 'month', offset: -1, part: 'late' },
    { id: 'en.time.lastYear', re: 'last year', kind: 'yearRel', offset: -1 },
    { id: 'en.time.lateLastYear', re: 'late last year|at the end of last year', kind: 'yearRel', offset: -1, part: 'late' },
    { id: 'en.time.earlyLastYear', re: 'early last year', kind: 'yearRel', offset: -1, part: 'early' },
    { id: 'en.time.thisYear', re: 'this year|so far this year', kind: 'yearRel', offset: 0 },
    { id: 'en.time.earlierThisYear', re: 'earlier this year|early this year', kind: 'yearRel', offset: 0, part: 'early' },
    // vague recent past: 60 days before the document date
    { id: 'en.time.recently', re: 'recently|lately|in recent weeks', kind: 'recent', days: 60 },
    { id: 'en.time.clock', re: '(?:at )?(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?: ?(?:GMT|UTC|local time))?', kind: 'clock' },
  ],
};

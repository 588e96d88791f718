import type { CasualtiesLexicon } from '../../stages/casualties/lexicon.js';

const units: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const tens: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** one..ninety-nine (hyphenated compounds are three tokens: "twenty - one"). */
function numberWords(): Record<string, number> {
  const w: Record<string, number> = {
    ...units, both: 2, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, ...tens,
  };
  for (const [t, tv] of Object.entries(tens)) for (const [u, uv] of Object.entries(units)) w[`${t}-${u}`] = tv + uv;
  return w;
}

export const casualties: CasualtiesLexicon = {
  numberWords: numberWords(),
  onePronouns: ['he', 'she'],
  weakOne: ['a', 'an'],
  multipliers: { dozen: 12, hundred: 100, thousand: 1000, million: 1_000_000 },
  vague: [
    { phrase: 'half a dozen', min: 6, max: 6, acled: 6 },
    { phrase: 'a dozen', min: 12, max: 12, acled: 12 },
    { phrase: 'several dozen', min: 24, max: null, acled: 12 },
    { phrase: 'dozens of', min: 24, max: null, acled: 12 },
    { phrase: 'dozens', min: 24, max: null, acled: 12 },
    { phrase: 'scores of', min: 40, max: null, acled: 12 },
    { phrase: 'tens of', min: 20, max: null, acled: 10 },
    { phrase: 'several hundred', min: 200, max: null, acled: 100 },
    { phrase: 'hundreds of', min: 200, max: null, acled: 100 },
    { phrase: 'hundreds', min: 200, max: null, acled: 100 },
    { phrase: 'thousands of', min: 2000, max: null, acled: 1000 },
  ],
  zero: ['no'],
  negations: [],
  zeroSubjects: ['nobody', 'no one', 'none'],
  modifiers: [
    { phrase: 'at least', op: 'atLeast' },
    { phrase: 'a minimum of', op: 'atLeast' },
    { phrase: 'no fewer than', op: 'atLeast' },
    { phrase: 'no less than', op: 'atLeast' },
    { phrase: 'not less than', op: 'atLeast' },
    { phrase: 'more than', op: 'moreThan' },
    { phrase: 'over', op: 'moreThan' },
    { phrase: 'upwards of', op: 'moreThan' },
    { phrase: 'in excess of', op: 'moreThan' },
    { phrase: 'up to', op: 'upTo' },
    { phrase: 'as many as', op: 'upTo' },
    { phrase: 'nearly', op: 'upTo' },
    { phrase: 'almost', op: 'upTo' },
    { phrase: 'at most', op: 'upTo' },
    { phrase: 'fewer than', op: 'fewerThan' },
    { phrase: 'less than', op: 'fewerThan' },
    { phrase: 'about', op: 'about' },
    { phrase: 'around', op: 'about' },
    { phrase: 'some', op: 'about' },
    { phrase: 'approximately', op: 'about' },
    { phrase: 'roughly', op: 'about' },
    { phrase: 'an estimated', op: 'about' },
  ],
  between: [{ before: 'between', and: 'and' }],
  rangeJoiners: ['to', 'or'],
  keywords: [
    { kind: 'killed', pattern: /dead|bodies/iu, nominal: true },
    { kind: 'killed', pattern: /(?:claimed|claiming|cost|costing) the lives of|passed away|fatally (?:shot|wounded|injured|stabbed)|killed|killing|kills|kill|shot dead|shooting dead|died|dying|deaths?|death toll|toll|fatalities|lost their lives|shot dead|shooting dead|neutrali[sz]ed|executed|massacred|slain|lynched|lynching|burned alive|burnt alive|beaten to death|beat to death|hacked to death|stabbed to death|beheaded|murdered|murdering|assassinated/iu },
    { kind: 'killed', pattern: /casualties|victims|losses/iu, nominal: true, zeroOnly: true },
    { kind: 'injured', pattern: /injured|injuring|injuries|injury|wounded|wounding|wounds|hurt|taken to (?:a )?hospitals?|hospitali[sz]ed/iu },
    { kind: 'injured', pattern: /(?:suffered|sustained) (?:a |serious |minor |severe )?(?:concussion|burns|fractures|gunshot wounds?|stab wounds?|injuries)/iu },
    { kind: 'missing', pattern: /missing|unaccounted for/iu },
    { kind: 'detained', pattern: /detained|detaining|arrested|arresting|taken into custody/iu },
    { kind: 'displaced', pattern: /displacing|fled their homes|evacuated|have been displaced|were displaced|has displaced|had displaced/iu },
  ],
  personNouns: /[0-9]+-year-olds?|(?:police )?officer|man|woman|child|boy|girl|baby|teenager|toddler|resident|civilian|villager|soldier|fighter|militant|protester|demonstrator|prisoner|detainee|journalist|reporter|farmer|herder|person|doctor|nurse|aid worker|teacher|student|attacker|bomber|gunman|shooter|assailant|perpetrator|suspect|policeman|policewoman|commander|guard|driver|passenger|worker|pedestrian|fisherman|monk|priest|volunteer|rescuer|firefighter|hostage|pensioner|shepherd|attendant|crew member|pilot|nun|trader|pupil|infant/iu,
  unitsAfter: [
    'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minutes', 'km', 'kilometres',
    'kilometers', 'miles', 'metres', 'meters', 'percent', 'per', 'dollars', 'p', 'a', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
    'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'drones', 'missiles', 'rockets', 'shells', 'bombs', 'tanks',
    'vehicles', 'villages', 'assaults', 'attacks', 'homes', 'houses', 'gmt', 'am', 'pm',
  ],
  notCountBefore: ['aged', 'since', 'number', 'page', 'age of', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ageLinks: [],
  clauseBreaks: ['and', 'but', 'while', 'when', 'after', 'as', 'before', 'because', 'whereas', 'although', 'or'],
  subsetCues: ['including', 'among them', 'of them', 'of whom', 'among whom', 'among the', 'of those'],
  besides: ['besides the', 'apart from the', 'in addition to the'],
  backReferences: ['in the attack', 'in the strike', 'in the blast', 'in the explosion', 'in the shelling', 'in the raid', 'in the bombing', 'in the incident', 'in the assault', 'in the ambush'],
  whoStop: ['were', 'was', 'are', 'is', 'had', 'have', 'has', 'been', 'being', 'reportedly', 'in', 'at', 'on', 'near', 'during', 'and', 'by', 'from'],
  deathAfterName: /(?:has |had )?died|(?:was|has been|had been) (?:killed|shot dead|assassinated|executed|murdered|beheaded|lynched|stabbed to death|beaten to death)|passed away|lost (?:his|her) life/u,
  articles: ['the', 'a', 'an', 'this', 'that', 'these', 'those'],
  tallyCues: [
    /\b(?:so far )?this year\b|\blast year\b|\bsince (?:the (?:start|beginning|outbreak|launch) of|(?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b|the war (?:began|started|broke out)|the (?:conflict|war|fighting|offensive|invasion|uprising|crisis|coup) (?:began|started|erupted))/iu,
    /\bin \d{4}(?: alone)?\b|\b(?:over|in|during) the (?:past|last) (?:few |several |two |three |six |twelve )?(?:months|years|year)\b/iu,
  ],
};

import type { SegmentLexicon } from '../../stages/segment/lexicon.js';

export const segment: SegmentLexicon = {
  abbreviations: [
    'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Sr.', 'Jr.', 'St.', 'Gen.', 'Lt.', 'Col.', 'Capt.', 'Maj.', 'Sgt.', 'Cpl.', 'Adm.', 'Cmdr.',
    'Gov.', 'Sen.', 'Rep.', 'Rev.', 'Pres.', 'Amb.', 'Mt.', 'Ft.', 'No.', 'Nos.', 'vs.', 'etc.', 'approx.', 'est.', 'ca.', 'cf.',
    'e.g.', 'i.e.', 'a.m.', 'p.m.', 'U.S.', 'U.K.', 'U.N.', 'E.U.', 'D.C.', 'Inc.', 'Corp.', 'Ltd.', 'Co.',
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
    'Mon.', 'Tue.', 'Tues.', 'Wed.', 'Thu.', 'Thur.', 'Thurs.', 'Fri.', 'Sat.', 'Sun.',
  ],
  ordinalFollowers: [],
};

import type { SegmentLexicon } from '../../stages/segment/lexicon.js';

export const segment: SegmentLexicon = {
  abbreviations: [
    'z.B.', 'z. B.', 'u.a.', 'u. a.', 'd.h.', 'd. h.', 'bzw.', 'ca.', 'usw.', 'etc.', 'vgl.', 'ggf.', 'evtl.', 'inkl.', 'sog.', 'bspw.',
    'u.U.', 'z.T.', 'z. T.', 'o.ä.', 'v.a.', 'v. a.', 'Nr.', 'Str.', 'St.', 'Dr.', 'Prof.', 'Hr.', 'Fr.', 'Gen.', 'Lt.',
    'Mio.', 'Mrd.', 'Tsd.', 'Abs.', 'Bd.', 'Jh.', 'Jhd.', 'v. Chr.', 'n. Chr.', 'v.Chr.', 'n.Chr.',
    'Jan.', 'Feb.', 'Mrz.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Okt.', 'Nov.', 'Dez.',
    'Mo.', 'Di.', 'Mi.', 'Do.', 'Sa.',
  ],
  ordinalFollowers: [
    'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'jan.', 'feb.', 'mrz.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dez.',
    'jahrhundert', 'jahrhunderts', 'jahrestag', 'weltkrieg', 'weltkriegs', 'mal', 'stock', 'stockwerk', 'quartal', 'platz', 'runde', 'armee', 'brigade', 'division', 'korps', 'bataillon', 'regiment',
  ],
};

import type { SegmentLexicon } from '../../stages/segment/lexicon.js';

export const segment: SegmentLexicon = {
  abbreviations: [
    'o.a.', 'a.s.', 'i.p.v.', 'm.b.t.', 'n.a.v.', 'd.w.z.', 'bijv.', 'bv.', 'enz.', 'etc.', 'e.d.', 'e.a.', 'm.n.', 'z.g.a.n.',
    'ca.', 'resp.', 'incl.', 'excl.', 'evt.', 'vs.', 'mr.', 'dr.', 'drs.', 'ir.', 'ing.', 'prof.', 'dhr.', 'mevr.', 'mw.', 'st.',
    'gen.', 'kol.', 'lt.', 'kapt.', 'nr.', 'blz.', 'jl.', 'j.l.', 'v.Chr.', 'n.Chr.', 'Z.K.H.', 'H.M.',
    'jan.', 'feb.', 'mrt.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'okt.', 'nov.', 'dec.',
  ],
  ordinalFollowers: [],
};

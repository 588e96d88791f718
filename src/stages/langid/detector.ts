/**
 * Language detection with `eld` (n-gram detector, medium database), restricted to the
 * languages that have a pack. One detector instance per language set.
 */
import { eld } from 'eld/medium';

export interface Detection {
  /** best language among the allowed ones, '' when nothing was detected */
  lang: string;
  /** score of the best language (eld's scale) */
  score: number;
  /** relative lead of the best over the runner-up: (best - second) / best, in 0..1 */
  margin: number;
  reliable: boolean;
}

type Detector = ReturnType<typeof eld.newInstance>;
const detectors = new Map<string, Detector>();

function detectorFor(langs: readonly string[]): Detector {
  const key = [...langs].sort().join(',');
  let d = detectors.get(key);
  if (!d) {
    d = eld.newInstance();
    d.setLanguageSubset([...langs]);
    detectors.set(key, d);
  }
  return d;
}

export function detect(text: string, langs: readonly string[]): Detection {
  const r = detectorFor(langs).detect(text);
  const scores = Object.entries(r.getScores())
    .filter(([l]) => langs.includes(l))
    .sort((x, y) => y[1] - x[1]);
  const [best, second] = scores;
  if (!best || best[1] <= 0) return { lang: '', score: 0, margin: 0, reliable: false };
  const margin = second ? (best[1] - second[1]) / best[1] : 1;
  return { lang: best[0], score: best[1], margin, reliable: r.isReliable() };
}

/**
 * Map labels from the gazetteer: capitals and cities above a population, read once from
 * data/gazetteer.tsv.gz (P lines: id, name, lat, lon, feature code, country, admin1, population, …).
 */
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

export interface CityLabel {
  name: string;
  lat: number;
  lon: number;
  country: string;
  pop: number;
  capital: boolean;
}

let cache: Promise<CityLabel[]> | undefined;
const FLOOR = 100_000;

async function load(): Promise<CityLabel[]> {
  const { defaultGazetteerPath } = await import('../gazetteer/load.js');
  const text = gunzipSync(await readFile(defaultGazetteerPath())).toString('utf8');
  const out: CityLabel[] = [];
  let i = 0;
  while (i < text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    if (text.charCodeAt(i) === 80 /* P */ && text.charCodeAt(i + 1) === 9) {
      const f = text.slice(i, j).split('\t');
      const pop = Number(f[8]);
      const capital = f[5] === 'PPLC';
      if (pop >= FLOOR || capital) out.push({ name: f[2] ?? '', lat: Number(f[3]), lon: Number(f[4]), country: f[6] ?? '', pop: pop || 0, capital });
    }
    i = j + 1;
  }
  return out.sort((a, b) => b.pop - a.pop);
}

/** Capitals and cities of at least `minPop` inhabitants, most populous first. */
export async function cityLabels(minPop = 300_000): Promise<CityLabel[]> {
  cache ??= load().catch((e: unknown) => {
    cache = undefined;
    throw e;
  });
  return (await cache).filter((c) => c.capital || c.pop >= Math.max(minPop, FLOOR));
}

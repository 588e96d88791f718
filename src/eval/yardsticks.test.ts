import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleGoldJson, SAMPLE_ARTICLE } from './fixtures/sample.js';
import { runEval } from './run.js';
import { renderYardsticks, runYardsticks } from './yardsticks.js';

function setup(): { gold: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-yard-'));
  const dirs = { gold: join(root, 'gold'), articles: join(root, 'articles') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  for (const name of ['x-1', 'x-2', 'x-3']) {
    writeFileSync(join(dirs.gold, `${name}.json`), JSON.stringify({ ...sampleGoldJson(), doc: `${name}.txt` }));
    writeFileSync(join(dirs.articles, `${name}.txt`), SAMPLE_ARTICLE);
  }
  return dirs;
}

describe('yardsticks', () => {
  it('scores each yardstick, splits a numbered set into tune/check/all, skips missing ones with a note', async () => {
    const dirs = setup();
    const r = await runYardsticks([
      { name: 'numbered', ...dirs, halves: true },
      { name: 'absent', gold: join(dirs.gold, 'nope'), articles: dirs.articles },
    ]);
    expect(r.rows.map((x) => [x.name, x.articles])).toEqual([
      ['numbered tune', 2],
      ['numbered check', 1],
      ['numbered', 3],
    ]);
    expect(r.skipped.map((s) => s.yardstick)).toEqual(['absent']);
    const text = renderYardsticks(r);
    expect(text).toMatch(/^numbered tune +2 /mu);
    expect(text).toMatch(/^skipped absent: .*nope is missing$/mu);
    expect(r.rows[2]!.figures.docDateAcc).not.toBeUndefined();
  }, 120_000);

  it('--half keeps only that half of the articles', async () => {
    const dirs = setup();
    const r = await runEval({ ...dirs, pred: dirs.articles, half: 'check' });
    if (!r.ok) throw new Error(r.message);
    expect(r.report.articles.map((a) => a.name)).toEqual(['x-2']);
  });
});

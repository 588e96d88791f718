import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { predictionFromGold } from './fixtures/from-gold.js';
import { sampleGold, sampleGoldJson, SAMPLE_ARTICLE } from './fixtures/sample.js';
import { runEval } from './run.js';
import { renderDetails } from './details.js';
import { renderTable } from './table.js';

function setup(): { gold: string; articles: string; pred: string } {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-eval-'));
  const dirs = { gold: join(root, 'gold'), articles: join(root, 'articles'), pred: join(root, 'pred') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  const g = sampleGoldJson();
  writeFileSync(join(dirs.gold, 'a-one.json'), JSON.stringify(g));
  writeFileSync(join(dirs.gold, 'b-two.json'), JSON.stringify({ ...g, lang: 'nl' }));
  writeFileSync(join(dirs.articles, 'a-one.txt'), SAMPLE_ARTICLE);
  writeFileSync(join(dirs.articles, 'b-two.txt'), SAMPLE_ARTICLE);
  const perfect = predictionFromGold(sampleGold());
  writeFileSync(join(dirs.pred, 'a-one.json'), JSON.stringify({ document: { id: 'x' }, ...perfect, actors: [] }));
  // the second prediction misses every casualty figure
  writeFileSync(join(dirs.pred, 'b-two.json'), JSON.stringify([{ ...perfect, casualties: [] }]));
  return dirs;
}

describe('eval run', () => {
  it('scores predictions per article, per language and in total (micro-averaged)', async () => {
    const dirs = setup();
    const r = await runEval(dirs);
    if (!r.ok) throw new Error(r.message);
    const { report } = r;
    expect(report.problems).toEqual([]);
    expect(report.articles.map((a) => [a.name, a.lang, a.figures.casualties.r])).toEqual([
      ['a-one', 'en', 1],
      ['b-two', 'nl', 0],
    ]);
    expect(report.languages.map((l) => l.name)).toEqual(['en', 'nl']);
    expect(report.total.figures.casualties).toEqual({ p: 1, r: 0.5, f1: 2 / 3 });
    expect(report.total.figures.places).toEqual({ p: 1, r: 1, f1: 1 });
    const table = renderTable(report);
    expect(table).toMatch(/^a-one .* 1\.00/mu);
    expect(table).toMatch(/^total \(2\)/mu);
    expect(renderDetails(report)).toBe('a-one: all correct\nb-two\n  figures missed: killed 3..3, injured 5..');
  });

  it('reports an unreadable gold file, skips it and scores the rest; a missing prediction scores empty', async () => {
    const dirs = setup();
    writeFileSync(join(dirs.gold, 'c-bad.json'), '[]');
    writeFileSync(join(dirs.gold, 'd-nopred.json'), JSON.stringify(sampleGoldJson()));
    const r = await runEval(dirs);
    if (!r.ok) throw new Error(r.message);
    expect(r.report.articles.map((a) => a.name)).toEqual(['a-one', 'b-two', 'd-nopred']);
    expect(r.report.problems.filter((p) => p.severity === 'error').map((p) => p.file)).toEqual([join(dirs.gold, 'c-bad.json'), join(dirs.gold, 'd-nopred.json')]);
    expect(r.report.problems.some((p) => /no prediction file/.test(p.message))).toBe(true);
    expect(r.report.articles[2]!.figures.places.r).toBe(0);
  });

  it('fails clearly without a gold directory', async () => {
    const r = await runEval({ gold: join(tmpdir(), 'sitrep-no-such-dir'), pred: tmpdir() });
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/does not exist/) });
  });

  it('the CLI prints JSON and exits 0, or 1 when a gold file is malformed, or 2 without gold', () => {
    const dirs = setup();
    const cli = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(process.cwd(), 'src/cli/main.ts'), 'eval', ...args], { encoding: 'utf8' });
    const ok = cli(['--gold', dirs.gold, '--articles', dirs.articles, '--pred', dirs.pred, '--json']);
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout) as { total: { figures: { events: { f1: number } } } };
    expect(report.total.figures.events.f1).toBe(1);
    writeFileSync(join(dirs.gold, 'c-bad.json'), '{');
    const bad = cli(['--gold', dirs.gold, '--pred', dirs.pred]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/c-bad\.json: unreadable gold file, skipped: not valid JSON/);
    expect(bad.stdout).toMatch(/total \(2\)/);
    const none = cli(['--gold', join(dirs.gold, 'missing'), '--pred', dirs.pred]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/sitrep eval: gold directory .* does not exist/);
  });
});

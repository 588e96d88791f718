import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { renderDetails } from '../eval/details.js';
import { isHalf } from '../eval/half.js';
import { runEval } from '../eval/run.js';
import { renderTable } from '../eval/table.js';
import { defaultYardsticks, renderYardsticks, runYardsticks } from '../eval/yardsticks.js';

export interface EvalFlags {
  gold?: string;
  articles?: string;
  pred?: string;
  half?: string;
  json?: boolean;
  details?: boolean;
  yardsticks?: boolean;
}

/** The repository root (src/cli/ or dist/cli/ two levels up). */
function repoRoot(): string {
  return resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (corpus README scoring rules)')
    .option('--gold <dir>', 'directory of gold NAME.json files')
    .option('--articles <dir>', 'directory of articles (NAME.txt|.html|.jsonl); extraction runs on them unless --pred is given')
    .option('--pred <dir>', 'directory of predictions NAME.json instead of running the extraction')
    .option('--half <tune|check>', 'score only the tune (odd-numbered) or check (even-numbered) articles')
    .option('--yardsticks', 'score every yardstick (shared corpus, real corpus tune/check/all, GeoWebNews, held-out) into one table')
    .option('--json', 'print the report as JSON (with per-article details)')
    .option('--details', 'list, per article, what was missed or wrong')
    .action(async (flags: EvalFlags) => {
      if (flags.yardsticks) {
        const report = await runYardsticks(defaultYardsticks(repoRoot()), (name) => process.stderr.write(`scoring ${name}…\n`));
        for (const p of report.problems.filter((x) => x.severity === 'error')) process.stderr.write(`${p.yardstick}: ${p.file}: ${p.message}\n`);
        process.stdout.write((flags.json ? JSON.stringify(report, null, 2) : renderYardsticks(report)) + '\n');
        return;
      }
      if (!flags.gold) {
        process.stderr.write('sitrep eval: give --gold DIR (with --articles DIR or --pred DIR), or --yardsticks\n');
        process.exitCode = 2;
        return;
      }
      if (flags.half !== undefined && !isHalf(flags.half)) {
        process.stderr.write(`sitrep eval: --half must be tune or check, not "${flags.half}"\n`);
        process.exitCode = 2;
        return;
      }
      const result = await runEval({
        gold: flags.gold,
        ...(flags.articles !== undefined ? { articles: flags.articles } : {}),
        ...(flags.pred !== undefined ? { pred: flags.pred } : {}),
        ...(flags.half !== undefined && isHalf(flags.half) ? { half: flags.half } : {}),
      });
      if (!result.ok) {
        process.stderr.write(`sitrep eval: ${result.message}\n`);
        process.exitCode = 2;
        return;
      }
      const { report } = result;
      for (const p of report.problems) process.stderr.write(`${p.severity}: ${p.file}: ${p.message}\n`);
      if (flags.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else process.stdout.write((flags.details ? renderDetails(report) + '\n\n' : '') + renderTable(report) + '\n');
      if (report.problems.some((p) => p.severity === 'error')) process.exitCode = 1;
    });
}

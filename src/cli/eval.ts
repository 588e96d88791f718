import type { Command } from 'commander';
import { runEval } from '../eval/run.js';
import { renderDetails } from '../eval/details.js';
import { renderTable } from '../eval/table.js';

export interface EvalFlags {
  gold: string;
  articles?: string;
  pred?: string;
  json?: boolean;
  details?: boolean;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (corpus README scoring rules)')
    .requiredOption('--gold <dir>', 'directory of gold NAME.json files')
    .option('--articles <dir>', 'directory of articles (NAME.txt|.html|.jsonl); extraction runs on them unless --pred is given')
    .option('--pred <dir>', 'directory of predictions NAME.json instead of running the extraction')
    .option('--json', 'print the report as JSON (with per-article details)')
    .option('--details', 'list, per article, what was missed or wrong')
    .action(async (flags: EvalFlags) => {
      const result = await runEval({
        gold: flags.gold,
        ...(flags.articles !== undefined ? { articles: flags.articles } : {}),
        ...(flags.pred !== undefined ? { pred: flags.pred } : {}),
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

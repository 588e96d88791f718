#!/usr/bin/env node
import { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerDemo } from './demo.js';
import { registerIngest } from './ingest.js';
import { registerServe } from './serve.js';
import { registerExport } from './export.js';

const program = new Command();
program.name('sitrep').description('Turn conflict news into ACLED-typed event records with provenance.').version('0.1.0');
registerExtract(program);
registerEval(program);
registerDemo(program);
registerIngest(program);
registerServe(program);
registerExport(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`sitrep: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 2;
});

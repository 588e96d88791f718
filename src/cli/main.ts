#!/usr/bin/env node
/**
 * The `sitrep` command line. Start-up is kept small: this file loads only commander; each command's
 * module declares its options with type-only imports and loads what it runs (pipeline, gazetteer,
 * store, server) inside its action, so `sitrep --help` never touches the engine.
 *
 * Exit codes (the same for every command): 0 ok, 1 some inputs failed (the rest were processed),
 * 2 usage or configuration error (bad flags or values, missing store, port in use) — nothing was done.
 */
import { setFlagsFromString } from 'node:v8';
import { Command, CommanderError } from 'commander';
import { EXIT_HELP, UsageError } from './errors.js';

// A run compiles hundreds of lexicon patterns and runs most of them a few times: each straight to
// machine code, not first to bytecode and again to machine code once it has run (V8's regexp
// tier-up), saves a quarter of a one-article run. Same matches either way.
setFlagsFromString('--no-regexp-tier-up');

const program = new Command();
program
  .name('sitrep')
  .description('Turn conflict news into ACLED-typed event records with provenance.')
  .version('0.1.0')
  .showSuggestionAfterError(true)
  .addHelpText('after', EXIT_HELP)
  .configureOutput({ outputError: (str, write) => write(`sitrep: ${str.replace(/^error: /, '')}`) })
  // commander's own usage errors exit 2 like sitrep's; help and --version exit 0
  .exitOverride();

const argv = process.argv.slice(2);
const sub = argv.find((a) => !a.startsWith('-'));

const { registerExtract } = await import('./extract.js');
registerExtract(program);
if (sub === 'eval') {
  // eval's module loads the scorer up front: only when eval runs
  const { registerEval } = await import('./eval.js');
  registerEval(program);
} else {
  program
    .command('eval')
    .description('score extraction against gold annotations (corpus README scoring rules); see `sitrep eval --help`')
    .allowUnknownOption(true)
    .allowExcessArguments(true);
}
const [{ registerDemo }, { registerIngest }, { registerServe }, { registerExport }] = await Promise.all([
  import('./demo.js'),
  import('./ingest.js'),
  import('./serve.js'),
  import('./export.js'),
]);
registerDemo(program);
registerIngest(program);
registerServe(program);
registerExport(program);
for (const c of program.commands) c.addHelpText('after', EXIT_HELP).exitOverride();

function fail(message: string, code: number): void {
  process.stderr.write(`sitrep: ${message.split('\n')[0]}\n`);
  process.exitCode = code;
}

try {
  await program.parseAsync(process.argv);
} catch (err: unknown) {
  if (err instanceof CommanderError) {
    // commander printed its one-line message already
    process.exitCode = err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? 0 : 2;
  } else if (err instanceof UsageError) fail(err.message, 2);
  else if (err instanceof Error && (err as NodeJS.ErrnoException).code === 'ECONNREFUSED') fail(`cannot reach the database: ${err.message}`, 2);
  else fail(err instanceof Error ? err.message : String(err), 2);
}

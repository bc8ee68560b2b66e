/**
 * vipa-check as a function: `runCli(argv, io)` resolves to the exit code, so tests call it without
 * spawning. Exit codes: 0 no error-severity finding, 1 errors found, 2 usage or I/O failure, or an
 * internal error (a check, the model or a reader failed: the report is printed but incomplete, and
 * the stack trace goes to stderr).
 */
import { PathsFileHost } from './paths-host.js';
import { checksWithInjectedFault } from '../analyzer/workspace/analyzer-service.js';
import { parseArgs, USAGE } from './args.js';
import { CliFailure } from './collect-files.js';
import { analyzePaths, type AnalysisHooks } from './analyze-paths.js';
import { runInit } from './init.js';
import { runObey } from './obey.js';
import { FORMATTERS } from './formatters.js';
import { buildReport } from './report.js';
import { packageVersion } from './version.js';
import { runWhatIf, UnknownStackError } from './what-if.js';
import { htmlReportInput } from './format-html.js';

export interface CliOutput {
  write(chunk: string): unknown;
}

export interface CliIo {
  cwd: string;
  stdout: CliOutput;
  stderr: CliOutput;
  /** Colours are used only on a TTY. */
  isTTY?: boolean;
  /** Environment (NO_COLOR); defaults to process.env. */
  env?: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_FAILURE = 2;

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  switch (args.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`vipa-check ${packageVersion()}\n`);
      return EXIT_OK;
    case 'usage-error':
      io.stderr.write(`vipa-check: ${args.message}\nTry 'vipa-check --help'.\n`);
      return EXIT_FAILURE;
  }

  const host = new PathsFileHost({ cwd: io.cwd, paths: args.paths, namedFiles: [args.configPath, args.kind === 'run' ? args.obey?.member : undefined], allowOutside: args.allowOutside });
  const env = io.env ?? process.env;
  const internalErrors: string[] = [];
  const hooks: AnalysisHooks = {
    // VIPA_CHECK_FAULT=<code> makes that check throw: how tests see an internal error end to end.
    checks: checksWithInjectedFault(env.VIPA_CHECK_FAULT),
    onInternalError: (error, source) => internalErrors.push(`vipa-check: internal error in ${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
  };
  // An internal error makes the report incomplete: it is printed, then the stack traces, and the exit is 2.
  const finish = (code: number): number => {
    for (const message of internalErrors) io.stderr.write(message);
    return internalErrors.length > 0 ? EXIT_FAILURE : code;
  };
  try {
    if (args.kind === 'init') return finish(runInit(args, io, host, hooks));
    if (args.obey) return finish(runObey({ ...args, obey: args.obey }, io, host, hooks));
    const { result, configFindings } = analyzePaths(args.paths, args.configPath, io, host, undefined, hooks);
    const report = buildReport(result, io.cwd, configFindings);
    if (args.whatIfDown) {
      const whatIf = runWhatIf(result, args.whatIfDown, io.cwd);
      report.whatIf = { json: whatIf.json, text: whatIf.text };
    }
    if (args.format === 'html') report.html = htmlReportInput(result, args.whatIfDown, io.cwd);
    const color = io.isTTY === true && !env.NO_COLOR;
    io.stdout.write(FORMATTERS[args.format](report, { color }));
    return finish(report.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? EXIT_ERRORS : EXIT_OK);
  } catch (error) {
    if (error instanceof CliFailure || error instanceof UnknownStackError) {
      io.stderr.write(`vipa-check: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`vipa-check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

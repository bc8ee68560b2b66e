/**
 * vipa-check as a function: `runCli(argv, io)` resolves to the exit code, so tests call it without
 * spawning. Exit codes: 0 no error-severity finding, 1 errors found, 2 usage or I/O failure, or an
 * internal error (a check, the model or a reader failed: the report is printed but incomplete, and
 * the stack trace goes to stderr).
 */
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { LoadedConfig } from '../analyzer/config/workspace-config.js';
import { NodeFileHost } from '../analyzer/base/node-file-host.js';
import { AnalyzerService, checksWithInjectedFault } from '../analyzer/workspace/analyzer-service.js';
import { parseArgs, USAGE } from './args.js';
import { CliFailure, collectFiles, findConfigFile } from './collect-files.js';
import { FORMATTERS } from './formatters.js';
import { buildReport } from './report.js';
import { packageVersion } from './version.js';

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

  const host = new NodeFileHost();
  const env = io.env ?? process.env;
  const internalErrors: string[] = [];
  try {
    const { uris, firstFolder, skipped } = collectFiles(args.paths, io.cwd, host);
    for (const message of skipped) io.stderr.write(`vipa-check: warning: ${message}\n`);
    const configUri = findConfigFile(args.configPath, firstFolder, io.cwd, host);
    let config: LoadedConfig | undefined;
    let configFindings: Finding[] = [];
    const service = new AnalyzerService(host, {
      config,
      checks: checksWithInjectedFault(env.VIPA_CHECK_FAULT),
      onInternalError: (error, source) => internalErrors.push(`vipa-check: internal error in ${source}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    });
    if (configUri) {
      const load = service.loadConfigFile(configUri);
      config = load.loaded;
      configFindings = load.findings;
      service.setConfig(config);
    }
    service.setFiles(configUri ? [...uris, configUri] : uris);
    const result = service.analyzeNow();
    const report = buildReport(result, io.cwd, configFindings);
    const color = io.isTTY === true && !env.NO_COLOR;
    io.stdout.write(FORMATTERS[args.format](report, { color }));
    for (const message of internalErrors) io.stderr.write(message);
    if (internalErrors.length > 0) return EXIT_FAILURE;
    return report.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? EXIT_ERRORS : EXIT_OK;
  } catch (error) {
    if (error instanceof CliFailure) {
      io.stderr.write(`vipa-check: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    io.stderr.write(`vipa-check: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_FAILURE;
  }
}

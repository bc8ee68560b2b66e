/** Command-line parsing for vipa-check. No dependencies: the grammar is four options. */
import { FORMAT_NAMES, type FormatName } from './formatters.js';

export const USAGE = `Usage: vipa-check [--format ${FORMAT_NAMES.join('|')}] [--config FILE] PATH...

Checks z/OS TCP/IP profiles (PROFILE.TCPIP and INCLUDE members) and Liberty server.xml
configuration for VIPA problems across a sysplex.

  PATH             a profile, a Liberty file, or a folder searched recursively
  --format FORMAT  text (default), json or sarif (SARIF 2.1.0)
  --config FILE    workspace config (default: vipa-check.json in the first folder PATH,
                   else in the current directory)
  --help           show this help
  --version        show the version

Exit status: 0 no error-severity finding, 1 errors found, 2 usage or I/O failure or an
internal error (the report is then incomplete; the stack trace is on stderr).
`;

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; format: FormatName; configPath?: string; paths: string[] }
  | { kind: 'usage-error'; message: string };

export function parseArgs(argv: readonly string[]): ParsedArgs {
  let format: FormatName = 'text';
  let configPath: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-V') return { kind: 'version' };
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--format' || name === '--config') {
      const value = inlineValue ?? argv[++i];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `option ${name} needs a value` };
      if (name === '--config') configPath = value;
      else if ((FORMAT_NAMES as readonly string[]).includes(value)) format = value as FormatName;
      else return { kind: 'usage-error', message: `unknown format '${value}' (expected ${FORMAT_NAMES.join(' or ')})` };
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `unknown option '${arg}'` };
    paths.push(arg);
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' };
  return { kind: 'run', format, configPath, paths };
}

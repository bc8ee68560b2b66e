/** Command-line parsing for vipa-check. No dependencies: the grammar is a handful of options. */
import { FORMAT_NAMES, type FormatName } from './formatters.js';

export const USAGE = `Usage: vipa-check [--format ${FORMAT_NAMES.join('|')}] [--config FILE] [--what-if-down STACK[,STACK...]] PATH...
       vipa-check --obey MEMBER --stack NAME [--format text|json|html] [--config FILE]
                  [--what-if-down STACK[,STACK...]] PATH...
       vipa-check init [--output FILE|-] [--config FILE] PATH...

Checks z/OS TCP/IP profiles (PROFILE.TCPIP and INCLUDE members) and Liberty server.xml
configuration for VIPA problems across a sysplex.

  PATH             a profile, a Liberty file, or a folder searched recursively
  --format FORMAT  text (default), json, sarif (SARIF 2.1.0) or html (the sysplex map,
                   the findings and any --what-if-down result as one self-contained page:
                   vipa-check --format html . > map.html)
  --config FILE    workspace config (default: vipa-check.json in the first folder PATH,
                   else the one nearest a PATH folder, else in the current directory)
  --what-if-down STACK[,STACK...]
                   also simulate these stacks going down: where every DVIPA, static VIPA
                   and range address in use moves, and which Liberty endpoints stay, can
                   restart elsewhere or are lost (text report, "whatIf" in --format json, on
                   the map in --format html); with --obey, in the sysplex as it is after the
                   OBEYFILE member
  --obey MEMBER    apply the OBEYFILE member MEMBER (a file) to stack NAME, as
  --stack NAME     VARY TCPIP,,OBEYFILE would, and report what the change adds, removes
                   and breaks (with --format html, above the map of the sysplex after it)
  --allow-outside  follow Liberty includes that point outside the PATH folders (by default
                   they are not read and are reported as outside-workspace)
  --help           show this help
  --version        show the version

  init             propose a vipa-check.json from what the PATHs hold: stacks, OBEYFILE
                   members, copies, the data set map, symbol placeholders. Written to
                   vipa-check.json in the first folder PATH (never over an existing file),
                   or to --output FILE; --output - prints it. Each guess is explained in a
                   "$comment" and on stderr.

vipa-check only reads: it never writes a file (except vipa-check init, which writes the one
config file it proposes) and never opens a network connection.

Exit status: 0 no error-severity finding, 1 errors found (with --obey: the change adds
errors), 2 usage or I/O failure or an internal error (the report is then incomplete; the
stack trace is on stderr). A PATH that cannot be read stops the run (2); a file or folder
below a PATH that cannot be read (permission denied) is named on stderr and the run goes on;
a file that is not text (EBCDIC, binary) is reported as file-not-text and the run goes on.
`;

export type ParsedArgs =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'run'; format: FormatName; configPath?: string; paths: string[]; whatIfDown?: string[]; obey?: { member: string; stack: string }; allowOutside?: boolean }
  | { kind: 'init'; configPath?: string; output?: string; paths: string[]; allowOutside?: boolean }
  | { kind: 'usage-error'; message: string };

const VALUE_OPTIONS = ['--format', '--config', '--obey', '--stack', '--output'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const init = argv[0] === 'init';
  const args = init ? argv.slice(1) : argv;
  let format: FormatName = 'text';
  let configPath: string | undefined;
  let whatIfDown: string[] | undefined;
  let obey: string | undefined;
  let stack: string | undefined;
  let output: string | undefined;
  let allowOutside = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--version' || arg === '-V') return { kind: 'version' };
    const [name, inlineValue] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (arg === '--allow-outside') {
      allowOutside = true;
      continue;
    }
    if (name === '--what-if-down') {
      const value = inlineValue ?? args[++i];
      const names = (value ?? '').split(',').map((part) => part.trim()).filter((part) => part !== '');
      if (names.length === 0) return { kind: 'usage-error', message: 'option --what-if-down needs stack names, e.g. --what-if-down SYSA or SYSA,SYSB' };
      whatIfDown = [...(whatIfDown ?? []), ...names];
      continue;
    }
    if (VALUE_OPTIONS.includes(name)) {
      const value = inlineValue ?? args[++i];
      if (value === undefined || value === '') return { kind: 'usage-error', message: `option ${name} needs a value` };
      if (name === '--config') configPath = value;
      else if (name === '--obey') obey = value;
      else if (name === '--stack') stack = value;
      else if (name === '--output') output = value;
      else if ((FORMAT_NAMES as readonly string[]).includes(value)) format = value as FormatName;
      else return { kind: 'usage-error', message: `unknown format '${value}' (expected ${FORMAT_NAMES.join(' or ')})` };
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'usage-error', message: `unknown option '${arg}'` };
    paths.push(arg);
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' };
  if (init) {
    if (obey !== undefined || stack !== undefined) return { kind: 'usage-error', message: 'init takes no --obey or --stack' };
    if (whatIfDown) return { kind: 'usage-error', message: 'init takes no --what-if-down' };
    return { kind: 'init', configPath, output, paths, ...(allowOutside ? { allowOutside } : {}) };
  }
  if (output !== undefined) return { kind: 'usage-error', message: '--output is an option of vipa-check init' };
  if ((obey === undefined) !== (stack === undefined)) return { kind: 'usage-error', message: '--obey MEMBER and --stack NAME go together' };
  if (obey !== undefined && stack !== undefined) {
    if (format === 'sarif') return { kind: 'usage-error', message: '--obey reports in text, json or html' };
    return { kind: 'run', format, configPath, paths, obey: { member: obey, stack }, ...(whatIfDown ? { whatIfDown } : {}), ...(allowOutside ? { allowOutside } : {}) };
  }
  if (whatIfDown && format === 'sarif') return { kind: 'usage-error', message: '--what-if-down works with --format text, json or html (SARIF has no place for a simulation)' };
  return { kind: 'run', format, configPath, paths, ...(whatIfDown ? { whatIfDown } : {}), ...(allowOutside ? { allowOutside } : {}) };
}

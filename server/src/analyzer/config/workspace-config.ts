/**
 * The optional workspace config file (vipa-check.json at a workspace root; JSON schema in
 * schemas/vipa-check.schema.json). Without it everything works zero-config: every profile no other
 * profile INCLUDEs is a stack named after its file, and all stacks form one sysplex.
 */
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { Range } from '../base/range.js';

export interface StackConfig {
  /** Profile path relative to the config file's folder (or absolute). */
  profile: string;
  /** MVS system name (&SYSNAME.), used in SAF resource names. */
  system?: string;
  /** TCP/IP procedure name. */
  tcpName?: string;
  sysplex?: string;
  /** CPC (central processor complex) the system runs on: VIPADEFINE CPCSCOPE keeps takeover within one CPC. */
  cpc?: string;
  /** System symbols for this stack: { "SYSNAME": "SYSA", "HOMEIPADDRESS1": "10.1.1.1" }. */
  symbols?: Record<string, string>;
  /**
   * OBEYFILE members applied to this stack after its profile, in order (paths like `profile`): the
   * analysis shows the stack as it is after VARY TCPIP,,OBEYFILE (model/obey-delta.ts).
   */
  obey?: string[];
}

/** What a file is taken as, when the config says so (it wins over names and content). */
export type FileRoleSetting =
  | 'profile' // a stack profile (its stack is named after the file unless `stacks` names it)
  | 'include' // an INCLUDE member: never a stack on its own
  | 'obey' // an OBEYFILE member: syntax checks only, unless a stack lists it in `obey`
  | 'copy' // a copy of another profile (rollback, backup): not a stack, not checked
  | 'tcpip-data'
  | 'omproute'
  | 'tn3270'
  | 'ftp-data'
  | 'policy-agent'
  | 'tcpip-other'
  | 'ignore'; // not TCP/IP at all

export const FILE_ROLE_SETTINGS: readonly FileRoleSetting[] = ['profile', 'include', 'obey', 'copy', 'tcpip-data', 'omproute', 'tn3270', 'ftp-data', 'policy-agent', 'tcpip-other', 'ignore'];

export interface ServerConfig {
  /** Stacks (names) where this Liberty server may start; default: every stack of its sysplex. */
  stacks?: string[];
  sysplex?: string;
  /** z/OS job name of the server, matched against PORT ... jobname BIND. */
  jobName?: string;
  /**
   * Variable values the workspace does not hold (environment variables of the started task,
   * liberty-maven-plugin properties such as default.http.port). They rank as environment variables.
   */
  variables?: Record<string, string>;
}

export interface WorkspaceConfig {
  /** Stack name -> its profile and system. */
  stacks?: Record<string, StackConfig>;
  /** Sysplex name -> stack names (alternative to StackConfig.sysplex). */
  sysplexes?: Record<string, string[]>;
  /** Data set name (DSN or DSN(MEMBER)) -> folder or file, relative to the config file. */
  datasets?: Record<string, string>;
  /** Host name -> address (used for Liberty host names and certificate names). */
  hosts?: Record<string, string>;
  /** System symbols shared by every stack. */
  symbols?: Record<string, string>;
  /** Liberty server (server name or path of its server.xml relative to the config) -> where it may run. */
  servers?: Record<string, ServerConfig>;
  /** Severity per diagnostic code, or "off". */
  severity?: Record<string, Severity | 'off'>;
  /**
   * File path (relative to the config file; `*` and `?` match within a folder or file name) -> what
   * the file is taken as. Wins over every rule of discovery and profile classification.
   */
  files?: Record<string, FileRoleSetting>;
}

/** The config as loaded: where it came from, so relative paths resolve against its folder. */
export interface LoadedConfig {
  config: WorkspaceConfig;
  /** URI of the config file; undefined when there is none. */
  uri?: string;
  /** URI of the folder that relative paths resolve against. */
  baseUri?: string;
  /** config-error findings of loading (JSON syntax, shapes); the workspace reports them on `uri`. */
  findings?: Finding[];
  /**
   * Ranges of values in the config file by JSON pointer ("/stacks/SYSA/profile"), so findings the
   * model makes later (a stack profile that is not in the workspace) land on the right property.
   */
  pointers?: Record<string, Range>;
}

export const CONFIG_FILE_NAMES = ['vipa-check.json', '.vipa-check.json'];

/** Upper-cases a system symbol name and strips a leading & and trailing '.', so "&SYSNAME." and "sysname" agree. */
export function normalizeSymbolName(name: string): string {
  return name.trim().replace(/^&/, '').replace(/\.$/, '').toUpperCase();
}

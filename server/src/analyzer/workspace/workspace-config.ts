/**
 * The optional workspace config file (vipa-check.json at a workspace root; JSON schema in
 * schemas/vipa-check.schema.json). Without it everything works zero-config: every profile no other
 * profile INCLUDEs is a stack named after its file, and all stacks form one sysplex.
 */
import type { Severity } from '../diagnostics/finding.js';

export interface StackConfig {
  /** Profile path relative to the config file's folder (or absolute). */
  profile: string;
  /** MVS system name (&SYSNAME.), used in SAF resource names. */
  system?: string;
  /** TCP/IP procedure name. */
  tcpName?: string;
  sysplex?: string;
  /** System symbols for this stack: { "SYSNAME": "SYSA", "HOMEIPADDRESS1": "10.1.1.1" }. */
  symbols?: Record<string, string>;
}

export interface ServerConfig {
  /** Stacks (names) where this Liberty server may start; default: every stack of its sysplex. */
  stacks?: string[];
  sysplex?: string;
  /** z/OS job name of the server, matched against PORT ... jobname BIND. */
  jobName?: string;
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
}

/** The config as loaded: where it came from, so relative paths resolve against its folder. */
export interface LoadedConfig {
  config: WorkspaceConfig;
  /** URI of the config file; undefined when there is none. */
  uri?: string;
  /** URI of the folder that relative paths resolve against. */
  baseUri?: string;
}

export const CONFIG_FILE_NAMES = ['vipa-check.json', '.vipa-check.json'];

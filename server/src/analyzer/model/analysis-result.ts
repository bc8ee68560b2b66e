/**
 * The contract between the analyzer and its consumers (language server, CLI, queries, the sysplex
 * map): what one analysis produced. It lives in model/ (below checks, queries and the orchestrator)
 * because it is made only of model, profile, include and Liberty types (the takeover model's types
 * live in model/ too; takeover/ builds it); the orchestrator (workspace/) produces it and
 * workspace/analysis.ts re-exports it.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { AddressRole, SysplexModel, Bindability } from './sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { Location, Position } from '../base/range.js';
import type { TakeoverModel } from './takeover-types.js';
import type { IncludeRequest, IncludeResolution } from '../include/resolve-include.js';

export type { FileKind } from '../base/file-kind.js';

export interface AnalysisStats {
  profiles: number;
  stacks: number;
  servers: number;
  /** Files parsed during this run (the rest came from the cache). */
  parsedFiles: number;
  durationMs: number;
}

export interface AnalysisResult {
  /** Findings for every known file; clean files map to [] so consumers can clear old diagnostics. */
  findingsByUri: Map<string, Finding[]>;
  model: SysplexModel;
  servers: LibertyServer[];
  profiles: ReadonlyMap<string, ProfileDocument>;
  index: AddressIndex;
  /** Who owns, backs up and distributes each DVIPA (analyzer/takeover); built on first read, shared with the checks. */
  readonly takeover: TakeoverModel;
  stats: AnalysisStats;
  /** What each file was taken as, and why (built on first use: the summary and the CLI read it). */
  files?: FileRoles;
  /**
   * The INCLUDE resolution this analysis used, for documents outside every stack (a git: view, an
   * untitled: buffer, an OBEYFILE member): their INCLUDE links still open the workspace's member.
   */
  resolveInclude?(request: IncludeRequest): IncludeResolution;
}

/** What a file was taken as (README "How files are classified"). */
export type FileRoleName =
  | 'stack-profile'
  | 'include' // an INCLUDE member of one or more stacks
  | 'obey' // an OBEYFILE member
  | 'copy' // another version of a stack profile
  | 'document-local' // a view of a file (git:, untitled: ...): own syntax only
  | 'unused-profile' // a profile that no stack reads (a member nobody INCLUDEs, set as 'include')
  | 'other-config' // TCPIP.DATA, OMPROUTE, TN3270, FTP.DATA, Policy Agent ...
  | 'liberty'
  | 'config';

export interface FileClassification {
  uri: string;
  role: FileRoleName;
  /** What it was taken as, in words: "stack profile of PROFA", "TN3270E Telnet server profile". */
  label: string;
  /** Why. */
  reason: string;
}

export interface FileRoles {
  /** Every analysed or recognised file, sorted by URI; INCLUDE candidates nobody reads are left out. */
  list(): FileClassification[];
}

/** Address lookups for hover, go to definition, references and quick fixes. */
export interface AddressIndex {
  /** Canonical address -> every role it plays on every stack. */
  rolesOf(address: string): AddressRole[];
  /** Every location (profiles and Liberty files) where the address is written. */
  referencesOf(address: string): Location[];
  /** The canonical address written at a position of a file (profile operand or Liberty host value). */
  addressAt(uri: string, position: Position): string | undefined;
  /** Bindability of an address on every stack of a sysplex. */
  coverage(address: string, sysplex?: string): Bindability[];
  /** Every Liberty endpoint that binds the address. */
  serversBinding(address: string): { server: LibertyServer; endpointId: string; location: Location }[];
}

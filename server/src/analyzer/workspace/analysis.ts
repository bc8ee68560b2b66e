/**
 * The contract between the analyzer and its consumers (language server, CLI, future failover
 * simulation). The implementation is VipaWorkspace in ./vipa-workspace.ts.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { AddressRole, SysplexModel, Bindability } from '../model/sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { Location, Position } from '../base/range.js';
import type { TakeoverModel } from '../takeover/takeover-types.js';

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

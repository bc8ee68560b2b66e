/**
 * The contract between the analyzer and its consumers (language server, CLI, queries, future
 * failover simulation): what one analysis produced. It lives in model/ (below checks, queries and
 * the orchestrator) because it is made only of model, profile and Liberty types; the orchestrator
 * (workspace/) produces it and workspace/analysis.ts re-exports it.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { AddressRole, SysplexModel, Bindability } from './sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { Location, Position } from '../base/range.js';

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

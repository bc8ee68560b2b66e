/**
 * The sysplex map's view model: stacks as columns (grouped by sysplex and TCP/IP subplex), addresses
 * as rows (HOME and static VIPAs, DVIPAs, VIPARANGEs, addresses Liberty servers bind), and in each
 * cell the roles the address plays on that stack; beside it, what each file was taken as. Plain
 * JSON (no Maps, no object links), so the language server can send it to the editor's web view and
 * the CLI can render it into a report.
 * Built by build-map.ts from an analysis; rendered by server/src/map-view.
 */
import type { Severity } from '../diagnostics/finding.js';
import type { AddressKind, EndpointStatus, FailoverSummary } from '../takeover/what-if-types.js';
import type { FileRoleName } from '../model/analysis-result.js';

/** An index into SysplexMap.locations (positions are 0-based, like the analyzer's ranges). */
export type LocRef = number;

export interface MapFile {
  uri: string;
  /** The path as the consumer shows it (relative to the workspace folder or the CLI's cwd). */
  label: string;
}

export interface MapLocation {
  /** Index into SysplexMap.files. */
  file: number;
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export type MapRoleKind = 'owner' | 'backup' | 'excluded' | 'distributor' | 'target' | 'range' | 'in-range' | 'home' | 'static' | 'xcf';

export interface MapRole {
  kind: MapRoleKind;
  /** Short text for the cell: "Owner · IMMEDIATE", "Backup 100 · 1st", "in /24 · SAF ZOSCONN". */
  label: string;
  /** A full sentence for tooltips, accessible names and the details line. */
  detail: string;
  loc?: LocRef;
  rank?: number;
  moveable?: string;
  saf?: string;
}

/**
 * Whether a Liberty endpoint of the row can bind its address on a stack where its server may run:
 * covered (now), after-takeover (a VIPABACKUP: once this stack takes the DVIPA over), uncovered,
 * any (host="*" or loopback: needs no VIPA), down (the stack is simulated down).
 */
export type BindStatus = 'covered' | 'after-takeover' | 'uncovered' | 'any' | 'down';

export interface MapCellServer {
  /** Index into the row's servers. */
  binding: number;
  status: BindStatus;
  /** How, or why not, in a few words ("VIPARANGE 10.20.2.0/24", "held by TCPIPA"). */
  via: string;
}

/** What a failure simulation changes in a cell. */
export type CellChange = 'holds' | 'takes-over' | 'lost' | 'moved-away';

export interface MapCell {
  stack: string;
  roles: MapRole[];
  /** The stack holds the address (active DVIPA, home, static VIPA) with every stack up. */
  active?: boolean;
  /** With stacks down: what happens to the address here. */
  change?: CellChange;
  servers?: MapCellServer[];
}

export interface MapBindingFate {
  status: EndpointStatus;
  /** Where a (re)start can bind after the failure. */
  stacks: string[];
  affected: boolean;
  reason: string;
}

/** A Liberty endpoint bound to the row's address. */
export interface MapBinding {
  server: string;
  endpointId: string;
  kind: string;
  ports: { port: number; secure: boolean }[];
  /** The host value (resolved), or "*". */
  host: string;
  allInterfaces: boolean;
  /** The host attribute (or the variable definition that supplied it). */
  loc: LocRef;
  /** Stacks where the server may run, in preference order. */
  stacks: string[];
  /** The stack it is assumed to run on with every stack up (the first where it can bind). */
  runsOn?: string;
  fate?: MapBindingFate;
}

export interface MapFinding {
  code: string;
  severity: Severity;
  message: string;
  loc: LocRef;
}

export interface MapFate {
  kind: AddressKind;
  before: string | null;
  after: string | null;
  moved: boolean;
  lost: boolean;
  reason: string;
  candidates?: string[];
  /** "TCPIPA → TCPIPB, TCPIPC (9443)" before and after, for distributed DVIPAs. */
  distributionBefore?: string;
  distributionAfter?: string;
}

export type MapRowKind = 'address' | 'range' | 'all-interfaces' | 'unresolved';
export type MapTag = 'home' | 'static' | 'xcf' | 'dvipa' | 'distributed' | 'range' | 'bound';

export interface MapRow {
  /** Stable across updates: "<sysplex>|<address>". */
  id: string;
  sysplex: string;
  /** "10.20.1.10", "10.20.2.0/24" for a range, "*" for all interfaces, the host name when unresolved. */
  address: string;
  kind: MapRowKind;
  tags: MapTag[];
  /** Key of the group (subnet) the row is listed under. */
  group: string;
  /** Only stacks with something to show, in column order. */
  cells: MapCell[];
  servers: MapBinding[];
  findings: MapFinding[];
  /** With stacks down (one per DVIPA of the address; two subplexes may each have one). */
  fates?: MapFate[];
}

export interface MapGroup {
  key: string;
  /** "10.20.1.0/24", "PLEXA · 10.20.1.0/24" when the workspace has several sysplexes. */
  label: string;
  sysplex: string;
  /** Indexes into SysplexMap.rows, in display order. */
  rows: number[];
}

export interface MapStack {
  name: string;
  sysplex: string;
  /** Subplex key (sysplex + XCFGRPID). */
  subplex: string;
  system?: string;
  cpc?: string;
  /** The stack's profile (first line). */
  loc?: LocRef;
  down: boolean;
}

export interface MapSubplex {
  key: string;
  /** "XCFGRPID 21", or "" for the default group. */
  label: string;
  stacks: string[];
}

export interface MapSysplex {
  name: string;
  subplexes: MapSubplex[];
}

export interface MapSimulation extends FailoverSummary {
  down: string[];
  /** Sysplexes the down stacks belong to. */
  sysplexes: string[];
}

export type SeverityCounts = Record<Severity, number>;

/**
 * What a file of the workspace was taken as, and why (the classification of
 * analyzer/workspace/describe-files.ts: stack profile, INCLUDE or OBEYFILE member, copy, another
 * z/OS configuration, Liberty file...), so that a wrong guess shows on the map itself.
 */
export interface MapFileRole {
  /** The file's first line: the entry opens the file. */
  loc: LocRef;
  role: FileRoleName;
  /** What it was taken as: "stack profile of TCPIPA", "copy of PROFA". */
  label: string;
  /** Why: "vipa-check.json stacks.TCPIPA.profile", "its TELNETPARMS and BEGINVTAM blocks". */
  reason: string;
}

export interface SysplexMap {
  sysplexes: MapSysplex[];
  /** Column order: by sysplex, subplex, then name. */
  stacks: MapStack[];
  rows: MapRow[];
  groups: MapGroup[];
  files: MapFile[];
  locations: MapLocation[];
  /** Stack names asked to go down that match no stack. */
  unknownDown: string[];
  simulation?: MapSimulation;
  /** Every finding of the workspace, by severity (rows carry the ones about their address). */
  counts: SeverityCounts;
  /** Every file the analysis knew or recognised, what it was taken as and why, in URI order. */
  fileRoles: MapFileRole[];
}

/**
 * The sysplex model: what each stack's profile (with its INCLUDE members) defines, with the location
 * of every fact. Checks, hovers, navigation and quick fixes read nothing else of a profile.
 */
import type { Location } from '../base/range.js';
import type { IncludeRule } from '../include/resolve-include.js';

export type AddressFamily = 4 | 6;

export interface HomeAddressFact {
  /** Canonical address (see AddressValue.address). */
  address: string;
  family: AddressFamily;
  /** Where it comes from: a HOME entry, an INTERFACE IPADDR, or IPCONFIG(6) DYNAMICXCF. */
  origin: 'HOME' | 'INTERFACE' | 'DYNAMICXCF';
  /** True for static VIPAs (DEVICE/LINK VIRTUAL + HOME, or INTERFACE ... VIRTUAL(6)). */
  staticVipa: boolean;
  linkName?: string;
  prefixLength?: number;
  location: Location;
}

export interface DvipaFact {
  address: string;
  family: AddressFamily;
  statement: 'VIPADEFINE' | 'VIPABACKUP';
  /** From the address_mask (IPv4) or /prefix (IPv6). */
  prefixLength?: number;
  /** VIPABACKUP rank (1 when not coded); undefined for VIPADEFINE. */
  rank?: number;
  moveable?: 'IMMEDIATE' | 'WHENIDLE';
  interfaceName?: string;
  /** TIER1/TIER2, CPCSCOPE and SERVICEMGR as coded: an "exact repeat" must match them too. */
  tier?: 'TIER1' | 'TIER2';
  cpcScope?: boolean;
  serviceMgr?: boolean;
  /** The address operand. */
  location: Location;
  /** The whole statement. */
  statementLocation: Location;
  /**
   * Processing position among the stack's VIPADYNAMIC facts (INCLUDEs expanded), comparable between
   * DvipaFact, DeleteFact and RangeFact of one stack. Optional: checks fall back to file order.
   */
  sequence?: number;
}

export interface RangeFact {
  action: 'DEFINE' | 'DELETE';
  /** Network address (the address with host bits cleared). */
  network: string;
  prefixLength: number;
  family: AddressFamily;
  moveable?: 'NONDISRUPTIVE' | 'DISRUPTIVE';
  saf?: string;
  zcx: boolean;
  location: Location;
  statementLocation: Location;
  /** Position in the stack's processing order (see DvipaFact.sequence). */
  sequence?: number;
}

export interface DeleteFact {
  /** Address, or IPv6 interface name. */
  address?: string;
  interfaceName?: string;
  location: Location;
  /**
   * Processing position among the stack's VIPADYNAMIC facts (INCLUDEs expanded), comparable between
   * DvipaFact, DeleteFact and RangeFact of one stack. Optional: checks fall back to file order.
   */
  sequence?: number;
}

export interface DistributeFact {
  action: 'DEFINE' | 'DELETE';
  address: string;
  family: AddressFamily;
  distMethod: string;
  ports: { from: number; to: number }[];
  /** Canonical DESTIP addresses (dynamic XCF addresses of target stacks); empty with ALL. */
  destinations: string[];
  allDestinations: boolean;
  location: Location;
  statementLocation: Location;
  /** Position in the stack's processing order (see DvipaFact.sequence). */
  sequence?: number;
  /** Locations of the DESTIP addresses, parallel to `destinations`. */
  destinationLocations?: Location[];
}

export interface PortBindFact {
  port: number;
  protocol: 'TCP' | 'UDP';
  jobName: string;
  bindAddress: string;
  family: AddressFamily;
  location: Location;
}

/** One INCLUDE as this stack processed it (symbols substituted), for document links and hovers. */
export interface IncludeFact {
  /** The INCLUDE operand as written. */
  location: Location;
  /** Upper-cased data set name after symbol substitution. */
  dataSet: string;
  member?: string;
  /** The workspace file it resolved to; undefined when the member is not in the workspace. */
  targetUri?: string;
  /** The resolution rule that won (see include/resolve-include.ts). */
  rule?: IncludeRule;
  /** A vipa-check.json "datasets" entry matched but names no known file. */
  mappedUri?: string;
}

export interface StackModel {
  /** Stack name: from the workspace config, else the profile's file name without extension. */
  name: string;
  /** MVS system name (for EZB.* SAF resource names), when known. */
  system?: string;
  /** TCP/IP procedure name, when known. */
  tcpName?: string;
  /** The sysplex this stack belongs to ('default' without a config file). */
  sysplex: string;
  /** The profile no other profile INCLUDEs. */
  rootUri: string;
  /** Root first, then every INCLUDEd member reached, in processing order. */
  fileUris: string[];
  homes: HomeAddressFact[];
  /** VIPADEFINE/VIPABACKUP addresses in processing order (includes expanded). */
  dvipas: DvipaFact[];
  /** VIPARANGE statements in processing order, DEFINE and DELETE. */
  ranges: RangeFact[];
  deletes: DeleteFact[];
  distributes: DistributeFact[];
  portBinds: PortBindFact[];
  sysplexRouting: boolean;
  /** DYNAMICXCF addresses (also present in homes with origin DYNAMICXCF). */
  dynamicXcf: HomeAddressFact[];
  /**
   * Families (4: IPCONFIG, 6: IPCONFIG6) whose DYNAMICXCF is coded, also when its address is a system
   * symbol without a value (then it is missing from dynamicXcf, but the stack does have it).
   */
  dynamicXcfCoded?: AddressFamily[];
  /** Symbols used to resolve &NAME. values for this stack. */
  symbols: Record<string, string>;
  /** Every INCLUDE the stack processed, in processing order (optional: models built elsewhere may lack it). */
  includes?: IncludeFact[];
  /** GLOBALCONFIG XCFGRPID (xcf-group.ts): 'unresolved' for a symbol without a value; absent when not coded. */
  xcfGroup?: XcfGroup | 'unresolved';
}

/** The TCP/IP subplex a stack joins (GLOBALCONFIG XCFGRPID). */
export interface XcfGroup {
  /** The TCP group ID suffix as a number (IBM documents 2–31 for VTAM's; values are kept as coded). */
  id: number;
  location: Location;
}

/** How an address can be bound on a stack (the "is it covered?" question). */
export type BindVia = 'home' | 'vipadefine' | 'vipabackup' | 'viparange' | 'distribute-target';

export interface Bindability {
  stack: StackModel;
  bindable: boolean;
  via?: BindVia;
  /** The fact that makes it bindable. */
  location?: Location;
  /** VIPARANGE SAF resource name, when the covering range has one. */
  saf?: string;
  /** For via 'viparange': the range that matched (most specific). */
  range?: RangeFact;
}

/** Everything known about one address across the sysplex; hover and navigation read this. */
export interface AddressRole {
  stack: string;
  role: 'home' | 'static-vipa' | 'dynamic-xcf' | 'vipadefine' | 'vipabackup' | 'vipadelete' | 'distribute' | 'distribute-target' | 'port-bind' | 'viparange';
  rank?: number;
  location: Location;
  /**
   * Set on a VIPADEFINE/VIPABACKUP role the stack rejects or ignores (model/rejected-dvipas.ts): it is
   * no owner or backup; `label` is IBM's message id (EZZ8307I) or the reason in words.
   */
  rejected?: { label: string; text: string; cause: Location };
}

export interface SysplexModel {
  stacks: StackModel[];
  /** Stacks grouped by sysplex name. */
  sysplexes: Map<string, StackModel[]>;
  /** Profiles that are INCLUDE members (not stacks), by URI, with the stacks that include them. */
  includedBy: Map<string, string[]>;
}

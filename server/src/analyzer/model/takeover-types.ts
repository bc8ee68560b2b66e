/**
 * The takeover model: who owns each DVIPA, who takes it over and when, where it is distributed, and
 * where VIPARANGE addresses can be created. Plain data (stack names, no object links, no Maps), so it
 * can be sent to a web view or written as JSON; takeover-model.ts builds it, simulate.ts runs failures
 * on it. Every fact keeps the Location it came from.
 */
import type { Location } from '../base/range.js';
import type { AddressFamily } from './sysplex-model.js';

export type MoveableMode = 'IMMEDIATE' | 'WHENIDLE';

export interface TakeoverHome {
  address: string;
  /** 'static': a static VIPA (moves only by OBEYFILE); 'xcf': the DYNAMICXCF address; 'home': any other. */
  kind: 'home' | 'static' | 'xcf';
  location: Location;
}

export interface TakeoverRange {
  network: string;
  prefixLength: number;
  family: AddressFamily;
  /** NONDISRUPTIVE is the default ([VRNG1] syntax diagram; "NONDISRUPTIVE is the default for V2R10 and later"). */
  moveable: 'NONDISRUPTIVE' | 'DISRUPTIVE';
  saf?: string;
  location: Location;
  statementLocation: Location;
}

export interface TakeoverPortBind {
  port: number;
  protocol: 'TCP' | 'UDP';
  jobName: string;
  address: string;
  location: Location;
}

export interface TakeoverStack {
  name: string;
  sysplex: string;
  /** GLOBALCONFIG XCFGRPID as coded; undefined when not coded (the default group). */
  xcfGroupId?: number;
  xcfGroupLocation?: Location;
  /** True when XCFGRPID is a system symbol without a value: subplex comparisons skip this stack. */
  xcfGroupUnknown?: boolean;
  /** Subplex key: sysplex name + XCFGRPID ("PLEXA/-" for the default group). */
  subplex: string;
  /** CPC the stack's system runs on, from vipa-check.json stacks.<name>.cpc (for CPCSCOPE). */
  cpc?: string;
  system?: string;
  rootUri: string;
  fileUris: string[];
  /** DYNAMICXCF addresses (canonical), and the families whose DYNAMICXCF is coded. */
  xcfAddresses: string[];
  xcfFamilies: AddressFamily[];
  sysplexRouting: boolean;
  homes: TakeoverHome[];
  /** VIPARANGE DEFINEs in force after the stack's VIPARANGE DELETEs. */
  ranges: TakeoverRange[];
  portBinds: TakeoverPortBind[];
}

export interface TakeoverDistribution {
  distMethod: string;
  ports: { from: number; to: number }[];
  /** Target stacks named by DESTIP (their DYNAMICXCF address), in the same subplex; or every stack with DESTIP ALL. */
  targets: string[];
  /** DESTIP ALL: every stack of the subplex with a DYNAMICXCF address of the DVIPA's family, the distributor excluded. */
  all: boolean;
  /** DESTIP addresses that are no DYNAMICXCF address of a stack in the workspace. */
  unmatched: string[];
  location: Location;
}

/** One stack's VIPADEFINE or VIPABACKUP of a DVIPA (after its VIPADELETEs). */
export interface DvipaDefinition {
  stack: string;
  statement: 'VIPADEFINE' | 'VIPABACKUP';
  /** VIPABACKUP rank (1 when not coded); undefined for VIPADEFINE. */
  rank?: number;
  moveable?: MoveableMode;
  prefixLength?: number;
  interfaceName?: string;
  cpcScope: boolean;
  location: Location;
  statementLocation: Location;
  /** The stack's own VIPADISTRIBUTE DEFINE of this DVIPA, when it has one. */
  distribution?: TakeoverDistribution;
}

export interface ExcludedDefinition extends DvipaDefinition {
  why: 'other-subplex' | 'rank-out-of-range';
  reason: string;
}

export interface DvipaTakeover {
  address: string;
  family: AddressFamily;
  sysplex: string;
  /** The subplex of the owner (VIPADEFINE), else of the first definition. */
  subplex: string;
  /** VIPADEFINE stacks (normally one; several is a duplicate-vipa problem). */
  owners: DvipaDefinition[];
  /** Eligible VIPABACKUP stacks, highest rank first (stable: model order within one rank). */
  backups: DvipaDefinition[];
  /**
   * Definitions that can never take part, with why (another subplex, invalid rank). An address the
   * stack rejects as its own (EZZ8307I) is no definition at all (model/rejected-dvipas.ts).
   */
  excluded: ExcludedDefinition[];
  /** CPCSCOPE on the owner's (else a backup's) definition: no takeover across CPCs. */
  cpcScope: boolean;
  /**
   * The owner's MOVEABLE: when it moves back after the owner returns. IMMEDIATE when the VIPADEFINE
   * codes none: IBM's Netstat VIPADCFG example shows "Moveable: Immediate" for `VIPADEFINE
   * 255.255.255.240 201.2.10.11`, coded without MOVEABLE (IP Configuration Guide, vipa_verify_netstat).
   */
  takeback?: MoveableMode;
  /** True when takeback is IMMEDIATE by default (not coded). */
  takebackDefaulted?: boolean;
}

/** A Liberty endpoint as the simulation needs it: where it may run and what it binds there. */
export interface EndpointPlacement {
  server: string;
  serverXmlUri: string;
  endpointId: string;
  kind: string;
  /** The host attribute (or the variable definition that supplied it). */
  location: Location;
  /** Canonical address, '*' for all interfaces, undefined when the host does not resolve. */
  address?: string;
  host: string;
  loopback: boolean;
  /** Stacks where the server may start, in preference order (vipa-check.json servers.<name>.stacks). */
  stacks: string[];
  /** Per stack: the address bound there (host="*" with PORT n TCP job BIND a binds a). */
  bindAddresses: Record<string, string>;
}

export interface TakeoverModel {
  stacks: TakeoverStack[];
  dvipas: DvipaTakeover[];
  endpoints: EndpointPlacement[];
}

/** The result of a failover simulation (simulate.ts): plain, JSON-serialisable data. */
import type { Location } from '../base/range.js';

export type AddressKind = 'vipadefine' | 'viparange' | 'static' | 'home' | 'distributed';
export type EndpointStatus = 'stays' | 'restartable' | 'lost';

export interface DistributionSummary {
  distributor: string;
  targets: string[];
  /** "8000 8443-8444"; empty when the VIPADISTRIBUTE names no PORT. */
  ports: string;
}

export interface AddressFate {
  address: string;
  kind: AddressKind;
  sysplex: string;
  /** The stack holding it with every stack up; null when it is not active anywhere. */
  before: string | null;
  /** The stack holding it after the failure; null when it is lost (or was never active). */
  after: string | null;
  /** before !== after and after !== null. */
  moved: boolean;
  /** before !== null and after === null. */
  lost: boolean;
  reason: string;
  /** Stacks that could equally hold it after the failure (rank tie and the like: UNCONFIRMED order). */
  candidates?: string[];
  distributionBefore?: DistributionSummary;
  distributionAfter?: DistributionSummary;
  /** Where the address is defined (VIPADEFINE, static VIPA, range) for navigation. */
  location?: Location;
}

export interface EndpointFate {
  server: string;
  endpointId: string;
  kind: string;
  /** The host attribute (or the variable definition that supplied it). */
  location: Location;
  /** The address it binds ('*' for all interfaces). */
  address: string;
  status: EndpointStatus;
  /** Where a (re)start can bind it after the failure, in the server's preference order. */
  stacks: string[];
  /** The stack it runs on with every stack up (null: it cannot bind anywhere even then). */
  before: string | null;
  /** False when the failure does not change anything for it (e.g. it could not bind before either). */
  affected: boolean;
  reason: string;
}

export interface SkippedEndpoint {
  server: string;
  endpointId: string;
  location: Location;
  reason: string;
}

export interface WhatIfResult {
  /** The stacks taken down, as named in the model. */
  down: string[];
  /** Sysplexes the down stacks belong to (only their addresses are listed). */
  sysplexes: string[];
  /** Stacks still up in those sysplexes. */
  up: string[];
  addresses: AddressFate[];
  endpoints: EndpointFate[];
  skipped: SkippedEndpoint[];
  summary: FailoverSummary;
}

/** The counts of a failover simulation (the what-if report's first lines, the map's banner). */
export interface FailoverSummary {
  addressesMoved: number;
  addressesLost: number;
  addressesUnchanged: number;
  endpointsStay: number;
  endpointsRestartable: number;
  endpointsLost: number;
  /** Servers with at least one endpoint lost because of this failure. */
  serversLost: string[];
}

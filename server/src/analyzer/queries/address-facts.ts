/**
 * Everything the workspace knows about one address, gathered for hover, go to definition and quick
 * fixes. Reads only the AddressIndex and the model: no scanning of all addresses.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { AddressRole, Bindability, DvipaFact, StackModel } from '../model/sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import { comparePositions, type Location } from '../base/range.js';
import { locationKey } from '../checks/support/findings.js';
import { uriKey } from '../base/uris.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';

export interface AddressFacts {
  address: string;
  /** Home, static VIPA, DYNAMICXCF and VIPADEFINE roles: the stacks that own the address. */
  owners: AddressRole[];
  /** VIPABACKUP roles, highest rank (start of the backup chain) first. */
  backups: AddressRole[];
  /** Per sysplex: bindability of the address on each of its stacks. */
  coverage: Bindability[];
  /** VIPADISTRIBUTE roles (distributed from) and DESTIP targets. */
  distributes: AddressRole[];
  portBinds: AddressRole[];
  deletes: AddressRole[];
  /** VIPADEFINE/VIPABACKUP statements the stack rejects or ignores (EZZ8307I, repeats): in no other list. */
  rejected: AddressRole[];
  servers: { server: LibertyServer; endpointId: string; location: Location }[];
}

const OWNER_ROLES = new Set<AddressRole['role']>(['home', 'static-vipa', 'dynamic-xcf', 'vipadefine']);

export function addressFacts(result: AnalysisResult, address: string): AddressFacts {
  const all = result.index.rolesOf(address);
  const roles = all.filter((role) => !role.rejected);
  return {
    address,
    owners: roles.filter((role) => OWNER_ROLES.has(role.role)),
    backups: roles.filter((role) => role.role === 'vipabackup').sort((a, b) => (b.rank ?? 1) - (a.rank ?? 1)),
    rejected: all.filter((role) => role.rejected),
    coverage: result.index.coverage(address),
    distributes: roles.filter((role) => role.role === 'distribute' || role.role === 'distribute-target'),
    portBinds: roles.filter((role) => role.role === 'port-bind'),
    deletes: roles.filter((role) => role.role === 'vipadelete'),
    servers: result.index.serversBinding(address),
  };
}

/**
 * Where an address is defined: the statements that create it (HOME, INTERFACE, DYNAMICXCF,
 * VIPADEFINE, VIPABACKUP), or, when none does, the most specific VIPARANGE covering it per stack.
 */
export function definitionsOf(result: AnalysisResult, address: string): Location[] {
  const roles = result.index.rolesOf(address);
  const defining = roles.filter((role) => !role.rejected && (OWNER_ROLES.has(role.role) || role.role === 'vipabackup'));
  if (defining.length > 0) return uniqueLocations(defining.map((role) => role.location));
  const ranges = result.index
    .coverage(address)
    .filter((entry) => entry.via === 'viparange' && entry.range)
    .map((entry) => entry.range!.statementLocation);
  return uniqueLocations(ranges);
}

export function uniqueLocations(locations: Location[]): Location[] {
  const seen = new Set<string>();
  return locations.filter((location) => {
    const key = locationKey(location);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `location` starts where one of `definitions` starts (the written address of a defining statement). */
export function isDefinitionSite(location: Location, definitions: readonly Location[]): boolean {
  const key = uriKey(location.uri);
  return definitions.some((definition) => uriKey(definition.uri) === key && comparePositions(definition.range.start, location.range.start) === 0);
}

export function stackByName(result: AnalysisResult, name: string): StackModel | undefined {
  return result.model.stacks.find((stack) => stack.name === name);
}

/** Stacks of the same sysplex as `stack`, itself excluded. */
export function otherStacks(result: AnalysisResult, stack: StackModel): StackModel[] {
  const members = result.model.sysplexes.get(stack.sysplex) ?? result.model.stacks;
  return members.filter((other) => other.name !== stack.name);
}

/** The VIPADEFINE of `address` the stack accepts (not one it rejects with EZZ8307I or ignores as a repeat). */
export function acceptedVipaDefine(stack: StackModel, address: string): DvipaFact | undefined {
  return acceptedDvipas(stack).find((fact) => fact.statement === 'VIPADEFINE' && fact.address === address);
}

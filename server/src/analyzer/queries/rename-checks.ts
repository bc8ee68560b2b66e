/**
 * The checks that keep a rename from changing more than the address: the new address must not be in
 * use already, and no VIPARANGE may have to change shape (the address entering or leaving a range, or
 * a range's own network moving away from the addresses inside it).
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { Location } from '../base/range.js';
import { coveringRange } from '../model/coverage.js';
import { networkAddress } from '../base/addresses.js';
import { uriBasename } from '../base/uris.js';
import { knownAddresses } from './known-addresses.js';

export class RenameRefusal extends Error {}

export function refuse(reason: string): never {
  throw new RenameRefusal(reason);
}

export function where(location: Location): string {
  return `${uriBasename(location.uri)}:${location.range.start.line + 1}`;
}

export function familyOf(address: string): 4 | 6 {
  return address.includes(':') ? 6 : 4;
}

export function checkCollision(result: AnalysisResult, newAddress: string): void {
  const roles = result.index.rolesOf(newAddress).filter((role) => role.role !== 'viparange');
  const first = roles[0]?.location ?? result.index.referencesOf(newAddress)[0] ?? result.index.serversBinding(newAddress)[0]?.location;
  if (!first) return;
  const role = roles[0] ? `${roles[0].role} on ${roles[0].stack}` : 'written';
  refuse(`${newAddress} is already in use (${role}, ${where(first)}): the rename would merge two addresses.`);
}

function describe(range: { network: string; prefixLength: number }): string {
  return `${range.network}/${range.prefixLength}`;
}

export function checkRanges(result: AnalysisResult, oldAddress: string, newAddress: string): void {
  for (const stack of result.model.stacks) {
    const moving = stack.ranges.filter((range) => range.action === 'DEFINE' && range.network === oldAddress);
    for (const range of moving) {
      if (networkAddress(newAddress, range.prefixLength) !== newAddress) {
        refuse(`${oldAddress} is the network of VIPARANGE ${describe(range)} on ${stack.name}; ${newAddress} is not a /${range.prefixLength} network address, so the range would change shape.`);
      }
      const inside = addressesInside(result, range.network, range.prefixLength).filter((address) => address !== oldAddress);
      if (inside.length > 0) {
        refuse(`Renaming ${oldAddress} moves VIPARANGE ${describe(range)} on ${stack.name}, and ${inside.slice(0, 3).join(', ')} would fall out of it: change the range by hand.`);
      }
    }
    if (moving.length > 0) continue;
    const before = coveringRange(stack, oldAddress);
    const after = coveringRange(stack, newAddress);
    if (before && (!after || describe(after) !== describe(before))) {
      refuse(`${oldAddress} lies in VIPARANGE ${describe(before)} on ${stack.name} and ${newAddress} does not: the range would have to change shape.`);
    }
    if (after && !before) refuse(`${newAddress} lies in VIPARANGE ${describe(after)} on ${stack.name} and ${oldAddress} does not: the range would have to change shape.`);
  }
}

/** Addresses the workspace uses (DVIPAs, homes, Liberty binds) inside network/prefix. */
function addressesInside(result: AnalysisResult, network: string, prefixLength: number): string[] {
  const candidates = new Set<string>([...knownAddresses(result).map((known) => known.address)]);
  for (const server of result.servers) for (const endpoint of server.endpoints) if (endpoint.address) candidates.add(endpoint.address);
  return [...candidates].filter((address) => familyOf(address) === familyOf(network) && networkAddress(address, prefixLength) === network).sort();
}

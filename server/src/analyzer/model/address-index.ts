/**
 * The address index of one analysis: roles, references and positions of every address, built once
 * from the model, the parsed profiles and the Liberty servers, then answered by map lookups keyed by
 * canonical address. Coverage is delegated to coverage.ts, whose per-stack indexes make a lookup a
 * few map probes rather than a scan over the sysplex.
 */
import type { AddressValue, ProfileDocument, Statement } from '../profile/ast.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { AddressIndex } from './analysis-result.js';
import type { Location, Position, Range } from '../base/range.js';
import { comparePositions, containsPosition } from '../base/range.js';
import type { AddressRole, Bindability, StackModel, SysplexModel } from './sysplex-model.js';
import { bindabilityOn, coveringRange, isDistributeTarget } from './coverage.js';
import { canonicalAddress } from '../base/addresses.js';
import { rejectedDvipas, rejectionLabel, rejectionText } from './rejected-dvipas.js';
import { uriKey } from '../base/uris.js';

interface Occurrence {
  range: Range;
  address: string;
}

type ServerBinding = { server: LibertyServer; endpointId: string; location: Location };

export function buildAddressIndex(model: SysplexModel, profiles: ReadonlyMap<string, ProfileDocument>, servers: readonly LibertyServer[]): AddressIndex {
  return new MapAddressIndex(model, profiles, servers);
}

/** An AddressIndex that builds the real one on its first lookup. */
export function lazyAddressIndex(build: () => AddressIndex): AddressIndex {
  let index: AddressIndex | undefined;
  const get = () => (index ??= build());
  return {
    rolesOf: (address) => get().rolesOf(address),
    referencesOf: (address) => get().referencesOf(address),
    addressAt: (uri, position) => get().addressAt(uri, position),
    coverage: (address, sysplex) => get().coverage(address, sysplex),
    serversBinding: (address) => get().serversBinding(address),
  };
}

class MapAddressIndex implements AddressIndex {
  private readonly roles = new Map<string, AddressRole[]>();
  private readonly references = new Map<string, Location[]>();
  private readonly referenceKeys = new Set<string>();
  private readonly occurrences = new Map<string, Occurrence[]>();
  private readonly bindings = new Map<string, ServerBinding[]>();

  constructor(private readonly model: SysplexModel, profiles: ReadonlyMap<string, ProfileDocument>, servers: readonly LibertyServer[]) {
    for (const [uri, document] of profiles) {
      for (const value of addressValues(document.statements)) {
        if (!value.symbol && value.address) this.addReference(value.address, { uri, range: value.range });
      }
    }
    for (const stack of model.stacks) this.addStack(stack);
    for (const server of servers) {
      for (const endpoint of server.endpoints) {
        if (!endpoint.address) continue;
        const address = canonicalAddress(endpoint.address) ?? endpoint.address;
        this.addReference(address, endpoint.host.location);
        push(this.bindings, address, { server, endpointId: endpoint.id, location: endpoint.host.location });
      }
    }
    for (const list of this.occurrences.values()) list.sort((a, b) => comparePositions(a.range.start, b.range.start));
  }

  rolesOf(address: string): AddressRole[] {
    const canonical = canonicalAddress(address) ?? address;
    const roles = [...(this.roles.get(canonical) ?? [])];
    for (const stack of this.model.stacks) {
      const range = coveringRange(stack, canonical);
      if (range) roles.push({ stack: stack.name, role: 'viparange', location: range.statementLocation });
    }
    return roles;
  }

  referencesOf(address: string): Location[] {
    return [...(this.references.get(canonicalAddress(address) ?? address) ?? [])];
  }

  addressAt(uri: string, position: Position): string | undefined {
    const list = this.occurrences.get(uriKey(uri));
    if (!list) return undefined;
    // Occurrences are sorted by start: binary-search the last one starting at or before the position.
    let low = 0;
    let high = list.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (comparePositions(list[mid].range.start, position) <= 0) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    for (let i = found; i >= 0 && i >= found - 8; i--) if (containsPosition(list[i].range, position)) return list[i].address;
    return undefined;
  }

  coverage(address: string, sysplex?: string): Bindability[] {
    const canonical = canonicalAddress(address) ?? address;
    const groups = sysplex !== undefined ? [this.model.sysplexes.get(sysplex) ?? []] : [...this.model.sysplexes.values()];
    return groups.flatMap((stacks) => stacks.map((stack) => bindabilityOn(stack, canonical, stacks)));
  }

  serversBinding(address: string): ServerBinding[] {
    return [...(this.bindings.get(canonicalAddress(address) ?? address) ?? [])];
  }

  private addStack(stack: StackModel): void {
    for (const home of stack.homes) {
      const role = home.origin === 'DYNAMICXCF' ? 'dynamic-xcf' : home.staticVipa ? 'static-vipa' : 'home';
      this.addRole(home.address, { stack: stack.name, role, location: home.location });
    }
    const rejections = rejectedDvipas(stack);
    for (const dvipa of stack.dvipas) {
      const role: AddressRole = { stack: stack.name, role: dvipa.statement === 'VIPADEFINE' ? 'vipadefine' : 'vipabackup', rank: dvipa.rank, location: dvipa.location };
      const rejection = rejections.get(dvipa);
      if (rejection) role.rejected = { label: rejectionLabel(rejection), text: rejectionText(rejection, stack.name), cause: rejection.cause };
      this.addRole(dvipa.address, role);
    }
    for (const deleted of stack.deletes) if (deleted.address) this.addRole(deleted.address, { stack: stack.name, role: 'vipadelete', location: deleted.location });
    for (const bind of stack.portBinds) this.addRole(bind.bindAddress, { stack: stack.name, role: 'port-bind', location: bind.location });
    for (const range of stack.ranges) this.addReferenceOnly(range.location, range.network);
    for (const distribute of stack.distributes) {
      this.addRole(distribute.address, { stack: stack.name, role: 'distribute', location: distribute.location });
      distribute.destinations.forEach((destination, i) => {
        const at = distribute.destinationLocations?.[i];
        if (at) this.addReferenceOnly(at, destination);
      });
      if (distribute.action !== 'DEFINE') continue;
      for (const target of this.targetsOf(stack, distribute)) {
        this.addRole(distribute.address, { stack: target.name, role: 'distribute-target', location: distribute.location });
      }
    }
  }

  /**
   * Target stacks of a VIPADISTRIBUTE, by coverage's rule. The distributor is one only when its own
   * XCF address is in DESTIP: DESTIP ALL means the other stacks.
   */
  private targetsOf(stack: StackModel, distribute: StackModel['distributes'][number]): StackModel[] {
    const sysplex = this.model.sysplexes.get(stack.sysplex) ?? [];
    return sysplex.filter((other) => (other !== stack || !distribute.allDestinations) && isDistributeTarget(distribute, other));
  }

  private addRole(address: string, role: AddressRole): void {
    push(this.roles, address, role);
    this.addReferenceOnly(role.location, address);
  }

  private addReferenceOnly(location: Location, address: string): void {
    this.addReference(address, location);
  }

  /** One reference per written position: a literal operand counts once however many stacks read it. */
  private addReference(address: string, location: Location): void {
    const key = `${uriKey(location.uri)}|${location.range.start.line}:${location.range.start.character}`;
    if (this.referenceKeys.has(key)) return;
    this.referenceKeys.add(key);
    push(this.references, address, location);
    push(this.occurrences, uriKey(location.uri), { range: location.range, address });
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Every address operand of the statements (masks excluded), at any depth. */
export function addressValues(statements: readonly Statement[]): AddressValue[] {
  const values: AddressValue[] = [];
  const add = (value: AddressValue | undefined) => {
    if (value) values.push(value);
  };
  for (const statement of statements) {
    switch (statement.kind) {
      case 'VIPADYNAMIC':
      case 'BLOCK':
        values.push(...addressValues(statement.statements));
        break;
      case 'VIPADEFINE':
      case 'VIPABACKUP':
      case 'VIPADELETE':
      case 'INTERFACE':
        statement.addresses.forEach(add);
        break;
      case 'VIPARANGE':
        add(statement.address);
        break;
      case 'VIPADISTRIBUTE':
        add(statement.address);
        statement.destinations.forEach((d) => add(d.address));
        break;
      case 'VIPAROUTE':
        add(statement.xcfAddress);
        add(statement.targetAddress);
        break;
      case 'HOME':
        statement.entries.forEach((e) => add(e.address));
        break;
      case 'IPCONFIG':
      case 'IPCONFIG6':
        add(statement.dynamicXcf?.address);
        break;
      case 'PORT':
        statement.entries.forEach((e) => add(e.bind));
        break;
      default:
        break;
    }
  }
  return values;
}

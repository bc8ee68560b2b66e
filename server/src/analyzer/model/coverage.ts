/**
 * "Can address A be bound on stack S?" (profile-syntax.md §4.1). In order:
 *  1. home: a HOME, INTERFACE (static VIPA included) or DYNAMICXCF address of S;
 *  2. vipadefine / vipabackup: a DVIPA of S that no later VIPADELETE removed (a VIPABACKUP DVIPA
 *     counts: S holds it after a takeover);
 *  3. distribute-target: another stack of the sysplex distributes A (VIPADISTRIBUTE DEFINE, not
 *     later deleted) with S's DYNAMICXCF address in DESTIP, or DESTIP ALL and S has DYNAMICXCF of
 *     A's family;
 *  4. viparange: A falls in a VIPARANGE of S; the most specific range wins, and a VIPARANGE DELETE
 *     of the same network/prefix removes the DEFINEs before it (statements processed in order).
 * The per-stack index is built once per StackModel object (a rebuilt stack is a new object).
 */
import type { Bindability, DistributeFact, DvipaFact, HomeAddressFact, RangeFact, StackModel } from './sysplex-model.js';
import { canonicalAddress, intToIpv4, ipv4ToInt, networkAddress } from '../base/addresses.js';
import { acceptedDvipas } from './rejected-dvipas.js';

interface StackCoverageIndex {
  homes: Map<string, HomeAddressFact>;
  /** Active DVIPAs after VIPADELETEs, by address. */
  dvipas: Map<string, DvipaFact>;
  /** Active VIPARANGE DEFINEs per family: prefix lengths (most specific first) and network -> range. */
  ranges: Record<4 | 6, { prefixLengths: number[]; byNetwork: Map<string, RangeFact> }>;
  /** Active VIPADISTRIBUTE DEFINEs by DVIPA address. */
  distributes: Map<string, DistributeFact[]>;
  xcfAddresses: Set<string>;
  xcfFamilies: Set<4 | 6>;
}

const indexes = new WeakMap<StackModel, StackCoverageIndex>();
type DistributeMap = Map<string, { owner: StackModel; fact: DistributeFact }[]>;
/** Per sysplex (the array object of SysplexModel.sysplexes): active distributes by DVIPA address. */
const sysplexDistributes = new WeakMap<readonly StackModel[], DistributeMap>();
const NO_DISTRIBUTES: DistributeMap = new Map();
/**
 * Answers of bindabilityOn per stack model and distribute map: the checks ask the same few hundred
 * endpoint addresses of every stack on every analysis, and a keystroke changes one stack.
 */
const answers = new WeakMap<StackModel, WeakMap<DistributeMap, Map<string, Bindability>>>();

export function bindabilityOn(stack: StackModel, address: string, sysplexStacks?: readonly StackModel[]): Bindability {
  const distributes = sysplexStacks ? distributesOf(sysplexStacks) : NO_DISTRIBUTES;
  let byDistributes = answers.get(stack);
  if (!byDistributes) answers.set(stack, (byDistributes = new WeakMap()));
  let byAddress = byDistributes.get(distributes);
  if (!byAddress) byDistributes.set(distributes, (byAddress = new Map()));
  let answer = byAddress.get(address);
  if (!answer) byAddress.set(address, (answer = computeBindability(stack, address, distributes)));
  return answer;
}

function computeBindability(stack: StackModel, address: string, distributes: DistributeMap): Bindability {
  const canonical = canonicalAddressCached(address);
  const index = coverageIndexOf(stack);

  const home = index.homes.get(canonical);
  if (home) return { stack, bindable: true, via: 'home', location: home.location };

  const dvipa = index.dvipas.get(canonical);
  if (dvipa) return { stack, bindable: true, via: dvipa.statement === 'VIPADEFINE' ? 'vipadefine' : 'vipabackup', location: dvipa.location };

  if (distributes.size > 0) {
    for (const { owner, fact } of distributes.get(canonical) ?? []) {
      if (owner !== stack && targetsStack(fact, index)) return { stack, bindable: true, via: 'distribute-target', location: fact.location };
    }
  }

  const range = mostSpecificRange(index, canonical);
  if (range) return { stack, bindable: true, via: 'viparange', location: range.location, saf: range.saf, range };

  return { stack, bindable: false };
}

/**
 * Distribute maps by the stacks that distribute, so that the next analysis (a new array of mostly
 * the same stack models) gets the same map while no distributing stack changed. Held by the first
 * owner, one entry each: nothing stale outlives an edit.
 */
const distributeMapsByOwners = new WeakMap<StackModel, { key: string; map: DistributeMap }>();
const stackIds = new WeakMap<StackModel, number>();
let nextStackId = 1;

function distributesOf(stacks: readonly StackModel[]): DistributeMap {
  let byAddress = sysplexDistributes.get(stacks);
  if (byAddress) return byAddress;
  const owners = stacks.filter((stack) => coverageIndexOf(stack).distributes.size > 0);
  if (owners.length === 0) {
    sysplexDistributes.set(stacks, NO_DISTRIBUTES);
    return NO_DISTRIBUTES;
  }
  const ownersKey = owners.map((stack) => {
    let id = stackIds.get(stack);
    if (id === undefined) stackIds.set(stack, (id = nextStackId++));
    return id;
  }).join(',');
  const remembered = distributeMapsByOwners.get(owners[0]);
  if (remembered?.key === ownersKey) {
    sysplexDistributes.set(stacks, remembered.map);
    return remembered.map;
  }
  {
    byAddress = new Map();
    for (const owner of stacks) {
      for (const [address, facts] of coverageIndexOf(owner).distributes) {
        const list = byAddress.get(address) ?? [];
        for (const fact of facts) list.push({ owner, fact });
        byAddress.set(address, list);
      }
    }
    sysplexDistributes.set(stacks, byAddress);
    distributeMapsByOwners.set(owners[0], { key: ownersKey, map: byAddress });
  }
  return byAddress;
}

const canonicalCache = new Map<string, string>();

/** Canonical form (IPv6 compressed, IPv4 without leading zeros); memoized because coverage asks per stack. */
function canonicalAddressCached(address: string): string {
  let canonical = canonicalCache.get(address);
  if (canonical === undefined) {
    if (canonicalCache.size > 100_000) canonicalCache.clear();
    canonical = canonicalAddress(address) ?? address;
    canonicalCache.set(address, canonical);
  }
  return canonical;
}

/** The active VIPARANGE of the stack that covers the address (most specific), if any. */
export function coveringRange(stack: StackModel, address: string): RangeFact | undefined {
  return mostSpecificRange(coverageIndexOf(stack), canonicalAddressCached(address));
}

/** The VIPARANGE DEFINEs in force on the stack after processing (later DELETEs of a subnet applied). */
export function activeRanges(stack: StackModel): RangeFact[] {
  const { ranges } = coverageIndexOf(stack);
  return [...ranges[4].byNetwork.values(), ...ranges[6].byNetwork.values()];
}

/** Every DVIPA definition of the stack still in force after its VIPADELETEs, by canonical address. */
export function activeDvipas(stack: StackModel): ReadonlyMap<string, DvipaFact> {
  return coverageIndexOf(stack).dvipas;
}

/** Active (not deleted) DVIPA of the stack for an address. */
export function activeDvipa(stack: StackModel, address: string): DvipaFact | undefined {
  return coverageIndexOf(stack).dvipas.get(canonicalAddressCached(address));
}

/** Active VIPADISTRIBUTE DEFINEs of the stack for an address. */
export function activeDistributes(stack: StackModel, address: string): readonly DistributeFact[] {
  return coverageIndexOf(stack).distributes.get(canonicalAddressCached(address)) ?? [];
}

/** Whether a VIPADISTRIBUTE of another stack names `stack` as a target (its DYNAMICXCF address, or DESTIP ALL). */
export function isDistributeTarget(distribute: DistributeFact, stack: StackModel): boolean {
  return targetsStack(distribute, coverageIndexOf(stack));
}

/** Whether a distribute names the stack (behind `index`) as a target. */
function targetsStack(distribute: DistributeFact, index: StackCoverageIndex): boolean {
  if (distribute.allDestinations) return index.xcfFamilies.has(distribute.family);
  return distribute.destinations.some((d) => index.xcfAddresses.has(d));
}

function mostSpecificRange(index: StackCoverageIndex, address: string): RangeFact | undefined {
  const family: 4 | 6 = address.includes(':') ? 6 : 4;
  const { prefixLengths, byNetwork } = index.ranges[family];
  if (prefixLengths.length === 0) return undefined;
  const ipv4 = family === 4 ? ipv4ToInt(address) : undefined;
  if (family === 4 && ipv4 === undefined) return undefined;
  if (family === 6 && canonicalAddress(address) === undefined) return undefined;
  for (const prefixLength of prefixLengths) {
    // IPv4 (the common case) masks an integer; IPv6 goes through ipaddr.js.
    const network = ipv4 !== undefined ? intToIpv4(prefixLength === 0 ? 0 : (ipv4 & (~0 << (32 - prefixLength))) >>> 0) : networkAddress(address, prefixLength);
    const range = byNetwork.get(rangeKey(network, prefixLength));
    if (range) return range;
  }
  return undefined;
}

function rangeKey(network: string, prefixLength: number): string {
  return `${network}/${prefixLength}`;
}

function coverageIndexOf(stack: StackModel): StackCoverageIndex {
  let index = indexes.get(stack);
  if (!index) {
    index = buildIndex(stack);
    indexes.set(stack, index);
  }
  return index;
}

function buildIndex(stack: StackModel): StackCoverageIndex {
  const homes = new Map<string, HomeAddressFact>();
  for (const home of stack.homes) if (!homes.has(home.address)) homes.set(home.address, home);

  // Replay VIPADEFINE/VIPABACKUP and VIPADELETE in processing order; an address the stack
  // rejects as one of its own (EZZ8307I, rejected-dvipas.ts) is no DVIPA.
  const dvipas = new Map<string, DvipaFact>();
  const events = [
    ...acceptedDvipas(stack).map((fact) => ({ sequence: fact.sequence ?? 0, apply: () => { if (!dvipas.has(fact.address)) dvipas.set(fact.address, fact); } })),
    ...stack.deletes.map((fact) => ({
      sequence: fact.sequence ?? Number.MAX_SAFE_INTEGER,
      apply: () => {
        if (fact.address) dvipas.delete(fact.address);
        if (fact.interfaceName) for (const [address, d] of dvipas) if (d.interfaceName === fact.interfaceName) dvipas.delete(address);
      },
    })),
  ].sort((a, b) => a.sequence - b.sequence);
  for (const event of events) event.apply();

  const ranges: StackCoverageIndex['ranges'] = { 4: { prefixLengths: [], byNetwork: new Map() }, 6: { prefixLengths: [], byNetwork: new Map() } };
  for (const range of [...stack.ranges].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))) {
    const key = rangeKey(range.network, range.prefixLength);
    if (range.action === 'DELETE') ranges[range.family].byNetwork.delete(key);
    else ranges[range.family].byNetwork.set(key, range);
  }
  for (const family of [4, 6] as const) {
    const lengths = new Set([...ranges[family].byNetwork.values()].map((r) => r.prefixLength));
    ranges[family].prefixLengths = [...lengths].sort((a, b) => b - a);
  }

  const distributes = new Map<string, DistributeFact[]>();
  for (const distribute of [...stack.distributes].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0))) {
    if (distribute.action === 'DELETE') {
      distributes.delete(distribute.address);
      continue;
    }
    const list = distributes.get(distribute.address);
    if (list) list.push(distribute);
    else distributes.set(distribute.address, [distribute]);
  }

  return {
    homes,
    dvipas,
    ranges,
    distributes,
    xcfAddresses: new Set(stack.dynamicXcf.map((x) => x.address)),
    xcfFamilies: new Set(stack.dynamicXcf.map((x) => x.family)),
  };
}

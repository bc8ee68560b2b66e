/**
 * Failover simulation: take some stacks down and work out where every DVIPA, static VIPA and
 * range address in use ends up, whether distribution survives, and each Liberty endpoint's fate.
 * Pure: `simulateFailover(model, down)` reads only the takeover model (ownership.ts and
 * sysplex-state.ts hold the rules and their sources).
 */
import type { TakeoverModel } from '../model/takeover-types.js';
import type { AddressFate, WhatIfResult } from './what-if-types.js';
import { SysplexState } from './sysplex-state.js';
import { dvipaFate, staticFates } from './address-fates.js';
import { endpointFates } from './endpoint-fates.js';
import { compareAddresses } from './address-order.js';

/** Resolves names as the user typed them (any case) to model stack names; unknown names are returned apart. */
export function resolveStackNames(model: TakeoverModel, names: readonly string[]): { found: string[]; unknown: string[] } {
  const found: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const stack = model.stacks.find((s) => s.name === name) ?? model.stacks.find((s) => s.name.toUpperCase() === name.trim().toUpperCase());
    if (!stack) unknown.push(name);
    else if (!found.includes(stack.name)) found.push(stack.name);
  }
  return { found, unknown };
}

const initialStates = new WeakMap<TakeoverModel, SysplexState>();

/** The state with every stack up, computed once per model (every simulation starts from it). */
function initialStateOf(model: TakeoverModel): SysplexState {
  let state = initialStates.get(model);
  if (!state) {
    state = new SysplexState(model, new Set(model.stacks.map((stack) => stack.name)));
    initialStates.set(model, state);
  }
  return state;
}

function states(model: TakeoverModel, downStacks: readonly string[]) {
  const { found: down } = resolveStackNames(model, downStacks);
  const before = initialStateOf(model);
  const after = new SysplexState(model, new Set([...before.up].filter((name) => !down.includes(name))), before);
  const sysplexes = [...new Set(model.stacks.filter((stack) => down.includes(stack.name)).map((stack) => stack.sysplex))];
  const inScope = (sysplex: string) => sysplexes.includes(sysplex);
  return { down, before, after, sysplexes, inScope };
}

export interface FailoverCounts {
  addressesMoved: number;
  addressesLost: number;
  serversLost: string[];
}

/**
 * The counts a code lens shows, without writing a reason for every address: the same numbers as
 * simulateFailover's summary (a test keeps them equal), at a fraction of the cost on a large sysplex.
 */
export function failoverCounts(model: TakeoverModel, downStacks: readonly string[]): FailoverCounts {
  const { before, after, inScope } = states(model, downStacks);
  let moved = 0;
  let lost = 0;
  // Only the DVIPAs whose holder went down can move or be lost.
  for (const dvipa of after.changed) {
    if (!inScope(dvipa.sysplex)) continue;
    const was = before.stateOf(dvipa).holder;
    const now = after.stateOf(dvipa).holder;
    if (now !== undefined && now !== was) moved++;
    else if (was !== undefined && now === undefined) lost++;
  }
  for (const stack of model.stacks) {
    if (!inScope(stack.sysplex) || after.up.has(stack.name)) continue;
    for (const home of stack.homes) if (home.kind === 'static') lost++;
  }
  const { endpoints, usedAddresses } = endpointFates(model, before, after, inScope);
  const listed = new Set<string>();
  for (const fate of usedAddresses) {
    const key = `${fate.sysplex}|${fate.address}`;
    if (listed.has(key) || before.hasListedAddress(fate.sysplex, fate.address)) continue;
    listed.add(key);
    if (fate.moved) moved++;
    else if (fate.lost) lost++;
  }
  const serversLost = [...new Set(endpoints.filter((endpoint) => endpoint.status === 'lost' && endpoint.affected).map((endpoint) => endpoint.server))].sort();
  return { addressesMoved: moved, addressesLost: lost, serversLost };
}

export function simulateFailover(model: TakeoverModel, downStacks: readonly string[]): WhatIfResult {
  const { down, before, after, sysplexes, inScope } = states(model, downStacks);

  const addresses: AddressFate[] = [];
  for (const dvipa of model.dvipas) if (inScope(dvipa.sysplex)) addresses.push(dvipaFate(dvipa, before, after));
  addresses.push(...staticFates(model, after, inScope));
  const { endpoints, skipped, usedAddresses } = endpointFates(model, before, after, inScope);
  const listed = new Set(addresses.map((fate) => `${fate.sysplex}|${fate.address}`));
  for (const fate of usedAddresses) {
    const key = `${fate.sysplex}|${fate.address}`;
    if (listed.has(key)) continue;
    listed.add(key);
    addresses.push(fate);
  }
  addresses.sort((a, b) => compareAddresses(a.address, b.address) || a.sysplex.localeCompare(b.sysplex));

  const lostEndpoints = endpoints.filter((endpoint) => endpoint.status === 'lost' && endpoint.affected);
  return {
    down,
    sysplexes,
    up: model.stacks.filter((stack) => inScope(stack.sysplex) && !down.includes(stack.name)).map((stack) => stack.name),
    addresses,
    endpoints,
    skipped,
    summary: {
      addressesMoved: addresses.filter((fate) => fate.moved).length,
      addressesLost: addresses.filter((fate) => fate.lost).length,
      addressesUnchanged: addresses.filter((fate) => !fate.moved && !fate.lost).length,
      endpointsStay: endpoints.filter((endpoint) => endpoint.status === 'stays').length,
      endpointsRestartable: endpoints.filter((endpoint) => endpoint.status === 'restartable').length,
      endpointsLost: endpoints.filter((endpoint) => endpoint.status === 'lost').length,
      serversLost: [...new Set(lostEndpoints.map((endpoint) => endpoint.server))].sort(),
    },
  };
}

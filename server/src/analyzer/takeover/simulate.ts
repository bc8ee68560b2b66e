/**
 * Failover simulation: take some stacks down and work out where every DVIPA, static VIPA and
 * range address in use ends up, whether distribution survives, and each Liberty endpoint's fate.
 * Pure: `simulateFailover(model, down)` reads only the takeover model (ownership.ts and
 * sysplex-state.ts hold the rules and their sources).
 */
import type { TakeoverModel } from './takeover-types.js';
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

export function simulateFailover(model: TakeoverModel, downStacks: readonly string[]): WhatIfResult {
  const { found: down } = resolveStackNames(model, downStacks);
  const all = new Set(model.stacks.map((stack) => stack.name));
  const before = new SysplexState(model, all);
  const after = new SysplexState(model, new Set([...all].filter((name) => !down.includes(name))), before);
  const sysplexes = [...new Set(model.stacks.filter((stack) => down.includes(stack.name)).map((stack) => stack.sysplex))];
  const inScope = (sysplex: string) => sysplexes.includes(sysplex);

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

/**
 * Which stack an address belongs to, for the checks that expect a DYNAMICXCF address (DESTIP,
 * VIPAROUTE): the stack whose DYNAMICXCF it is, or the stack (and kind) of any other home address.
 */
import type { StackModel } from '../../model/sysplex-model.js';

export interface AddressOwners {
  xcf: Map<string, StackModel>;
  homes: Map<string, { stack: StackModel; kind: string }>;
  /** Some stack codes DYNAMICXCF with a symbol that has no value: an unknown address may be its. */
  unresolvedXcf: boolean;
}

export function addressOwners(stacks: readonly StackModel[]): AddressOwners {
  const xcf = new Map<string, StackModel>();
  const homes = new Map<string, { stack: StackModel; kind: string }>();
  let unresolvedXcf = false;
  for (const stack of stacks) {
    for (const home of stack.homes) {
      if (home.origin === 'DYNAMICXCF') {
        if (!xcf.has(home.address)) xcf.set(home.address, stack);
      } else if (!homes.has(home.address)) {
        homes.set(home.address, { stack, kind: home.staticVipa ? 'a static VIPA' : home.origin === 'INTERFACE' ? 'an INTERFACE IPADDR address' : 'a HOME address' });
      }
    }
    for (const family of stack.dynamicXcfCoded ?? []) if (!stack.dynamicXcf.some((fact) => fact.family === family)) unresolvedXcf = true;
  }
  return { xcf, homes, unresolvedXcf };
}

/** ", 10.30.1.2" (the stack's DYNAMICXCF address of that family) or "". */
export function xcfHint(stack: StackModel, family: 4 | 6): string {
  const own = stack.dynamicXcf.find((fact) => fact.family === family);
  return own ? `, ${own.address}` : '';
}

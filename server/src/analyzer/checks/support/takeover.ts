/** The takeover model as the checks read it: one shared instance per analysis, and lookups by stack and address. */
import type { CheckContext } from '../check.js';
import type { DvipaTakeover, TakeoverModel, TakeoverStack } from '../../model/takeover-types.js';
import { takeoverModelFor } from '../../takeover/takeover-model.js';

export function takeoverOf(context: CheckContext): TakeoverModel {
  return takeoverModelFor(context);
}

interface TakeoverLookup {
  stacks: Map<string, TakeoverStack>;
  dvipas: Map<string, DvipaTakeover[]>;
}

const lookups = new WeakMap<TakeoverModel, TakeoverLookup>();

function lookupOf(model: TakeoverModel): TakeoverLookup {
  let lookup = lookups.get(model);
  if (!lookup) {
    const dvipas = new Map<string, DvipaTakeover[]>();
    for (const dvipa of model.dvipas) {
      const key = `${dvipa.sysplex}|${dvipa.address}`;
      dvipas.set(key, [...(dvipas.get(key) ?? []), dvipa]);
    }
    lookup = { stacks: new Map(model.stacks.map((stack) => [stack.name, stack])), dvipas };
    lookups.set(model, lookup);
  }
  return lookup;
}

export function takeoverStack(model: TakeoverModel, name: string): TakeoverStack | undefined {
  return lookupOf(model).stacks.get(name);
}

/** The DVIPA of an address as a stack sees it (its own subplex). */
export function dvipaSeenBy(model: TakeoverModel, stackName: string, address: string): DvipaTakeover | undefined {
  const stack = takeoverStack(model, stackName);
  if (!stack) return undefined;
  const list = lookupOf(model).dvipas.get(`${stack.sysplex}|${address}`);
  if (!list) return undefined;
  return stack.xcfGroupUnknown ? list[0] : (list.find((dvipa) => dvipa.subplex === stack.subplex) ?? list.find((dvipa) => [...dvipa.owners, ...dvipa.backups, ...dvipa.excluded].some((d) => d.stack === stackName)));
}

/**
 * One state of the sysplex (which stacks are up, who holds each DVIPA) and the question the
 * simulation asks of it: "can address A be bound on stack S now?" (profile-syntax.md §4.1):
 *  - a home address of S (static VIPA and DYNAMICXCF included);
 *  - a DVIPA that S holds, or that its holder distributes to S (a target DVIPA, [VDIST] Tip);
 *  - a DVIPA held by another stack cannot be bound on S: "VIPADEFINE then bind() on a different
 *    stack: bind fails" ([CREATE]);
 *  - else the most specific VIPARANGE of S covering A ([VRNG1] Rule): the bind creates the DVIPA.
 */
import type { DvipaTakeover, TakeoverModel, TakeoverRange, TakeoverStack } from './takeover-types.js';
import { distributionIn, initialState, stackIndex, stateAfter, type DistributionState, type DvipaState } from './ownership.js';
import { networkAddress } from '../model/symbols.js';

export type BindVia = 'home' | 'static' | 'xcf' | 'dvipa' | 'distribute-target' | 'viparange' | 'any';

export interface BindResult {
  via?: BindVia;
  /** For a DVIPA held elsewhere: the holder (the bind fails on S). */
  heldBy?: string;
  range?: TakeoverRange;
  dvipa?: DvipaTakeover;
}

export class SysplexState {
  readonly up: ReadonlySet<string>;
  readonly states = new Map<DvipaTakeover, DvipaState>();
  readonly distributions = new Map<DvipaTakeover, DistributionState | undefined>();
  private readonly byAddress = new Map<string, DvipaTakeover[]>();
  readonly stacks: ReadonlyMap<string, TakeoverStack>;

  constructor(readonly model: TakeoverModel, up: ReadonlySet<string>, previous?: SysplexState) {
    this.up = up;
    this.stacks = stackIndex(model);
    for (const dvipa of model.dvipas) {
      const state = previous ? stateAfter(dvipa, previous.states.get(dvipa)!, up, this.stacks) : initialState(dvipa);
      this.states.set(dvipa, state);
      this.distributions.set(dvipa, distributionIn(state, up));
      const key = `${dvipa.sysplex}|${dvipa.address}`;
      this.byAddress.set(key, [...(this.byAddress.get(key) ?? []), dvipa]);
    }
  }

  /** The DVIPA as the stack sees it: the one of its own subplex (one DVIPA per subplex and address). */
  dvipaOf(stack: TakeoverStack, address: string): DvipaTakeover | undefined {
    const list = this.byAddress.get(`${stack.sysplex}|${address}`);
    if (!list) return undefined;
    return stack.xcfGroupUnknown ? list[0] : list.find((dvipa) => dvipa.subplex === stack.subplex);
  }

  bindOn(stackName: string, address: string): BindResult {
    const stack = this.stacks.get(stackName);
    if (!stack || !this.up.has(stackName)) return {};
    if (address === '*') return { via: 'any' };
    const home = stack.homes.find((h) => h.address === address);
    if (home) return { via: home.kind };
    const dvipa = this.dvipaOf(stack, address);
    if (dvipa) {
      const state = this.states.get(dvipa)!;
      if (state.holder === stackName) return { via: 'dvipa', dvipa };
      if (this.distributions.get(dvipa)?.targets.includes(stackName)) return { via: 'distribute-target', dvipa };
      if (state.holder) return { heldBy: state.holder, dvipa };
    }
    const range = mostSpecificRange(stack, address);
    if (range) return { via: 'viparange', range };
    return {};
  }
}

const rangeIndexes = new WeakMap<TakeoverStack, Map<string, TakeoverRange>>();

/** The most specific active VIPARANGE of the stack containing the address. */
export function mostSpecificRange(stack: TakeoverStack, address: string): TakeoverRange | undefined {
  if (stack.ranges.length === 0) return undefined;
  let index = rangeIndexes.get(stack);
  if (!index) {
    index = new Map(stack.ranges.map((range) => [`${range.network}/${range.prefixLength}`, range]));
    rangeIndexes.set(stack, index);
  }
  const family = address.includes(':') ? 6 : 4;
  const lengths = [...new Set(stack.ranges.filter((range) => range.family === family).map((range) => range.prefixLength))].sort((a, b) => b - a);
  for (const length of lengths) {
    let network: string;
    try {
      network = networkAddress(address, length);
    } catch {
      return undefined;
    }
    const range = index.get(`${network}/${length}`);
    if (range) return range;
  }
  return undefined;
}

/**
 * One state of the sysplex (which stacks are up, who holds each DVIPA) and the question the
 * simulation asks of it: "can address A be bound on stack S now?" (profile-syntax.md §4.1):
 *  - a home address of S (static VIPA and DYNAMICXCF included);
 *  - a DVIPA that S holds, or that its holder distributes to S (a target DVIPA, [VDIST] Tip);
 *  - a DVIPA held by another stack cannot be bound on S: "VIPADEFINE then bind() on a different
 *    stack: bind fails" ([CREATE]);
 *  - else the most specific VIPARANGE of S covering A ([VRNG1] Rule): the bind creates the DVIPA.
 * A state after a failure stores only the DVIPAs whose holder went down; everything else is read
 * from the state before, so a simulation costs what the failure touches, not the size of the sysplex.
 */
import type { DvipaTakeover, TakeoverHome, TakeoverModel, TakeoverRange, TakeoverStack } from '../model/takeover-types.js';
import { distributionIn, initialState, stateAfter, type DistributionState, type DvipaState } from './ownership.js';
import { networkAddress } from '../base/addresses.js';

export type BindVia = 'home' | 'static' | 'xcf' | 'dvipa' | 'distribute-target' | 'viparange' | 'any';

export interface BindResult {
  via?: BindVia;
  /** For a DVIPA held elsewhere: the holder (the bind fails on S). */
  heldBy?: string;
  range?: TakeoverRange;
  dvipa?: DvipaTakeover;
}

/** Lookups that depend only on the model, built once per model. */
interface ModelIndex {
  stacks: Map<string, TakeoverStack>;
  dvipas: Map<string, DvipaTakeover[]>;
  homes: Map<TakeoverStack, Map<string, TakeoverHome>>;
  statics: Set<string>;
}

const modelIndexes = new WeakMap<TakeoverModel, ModelIndex>();

export function modelIndex(model: TakeoverModel): ModelIndex {
  let index = modelIndexes.get(model);
  if (!index) {
    const dvipas = new Map<string, DvipaTakeover[]>();
    for (const dvipa of model.dvipas) {
      const key = `${dvipa.sysplex}|${dvipa.address}`;
      const list = dvipas.get(key);
      if (list) list.push(dvipa);
      else dvipas.set(key, [dvipa]);
    }
    const homes = new Map<TakeoverStack, Map<string, TakeoverHome>>();
    const statics = new Set<string>();
    for (const stack of model.stacks) {
      const own = new Map<string, TakeoverHome>();
      for (const home of stack.homes) {
        if (!own.has(home.address)) own.set(home.address, home);
        if (home.kind === 'static') statics.add(`${stack.sysplex}|${home.address}`);
      }
      homes.set(stack, own);
    }
    index = { stacks: new Map(model.stacks.map((stack) => [stack.name, stack])), dvipas, homes, statics };
    modelIndexes.set(model, index);
  }
  return index;
}

export class SysplexState {
  readonly up: ReadonlySet<string>;
  readonly stacks: ReadonlyMap<string, TakeoverStack>;
  /** DVIPAs whose state differs from the previous state's (all of them for the first state). */
  readonly changed: DvipaTakeover[] = [];
  private readonly own = new Map<DvipaTakeover, DvipaState>();
  private readonly distributions = new Map<DvipaTakeover, DistributionState | undefined>();
  private readonly index: ModelIndex;
  /** For the state with every stack up: the DVIPAs each stack holds. */
  private heldBy?: Map<string, DvipaTakeover[]>;

  constructor(readonly model: TakeoverModel, up: ReadonlySet<string>, private readonly previous?: SysplexState) {
    this.up = up;
    this.index = modelIndex(model);
    this.stacks = this.index.stacks;
    if (!previous) {
      this.heldBy = new Map();
      for (const dvipa of model.dvipas) {
        const state = initialState(dvipa);
        this.own.set(dvipa, state);
        this.changed.push(dvipa);
        if (state.holder) {
          const list = this.heldBy.get(state.holder);
          if (list) list.push(dvipa);
          else this.heldBy.set(state.holder, [dvipa]);
        }
      }
      return;
    }
    for (const name of previous.up) {
      if (up.has(name)) continue;
      for (const dvipa of previous.held(name)) {
        this.own.set(dvipa, stateAfter(dvipa, previous.stateOf(dvipa), up, this.stacks));
        this.changed.push(dvipa);
      }
    }
  }

  stateOf(dvipa: DvipaTakeover): DvipaState {
    return this.own.get(dvipa) ?? this.previous!.stateOf(dvipa);
  }

  /** Where the holder distributes the DVIPA in this state (targets that are up). */
  distributionOf(dvipa: DvipaTakeover): DistributionState | undefined {
    if (this.distributions.has(dvipa)) return this.distributions.get(dvipa);
    const distribution = distributionIn(this.stateOf(dvipa), this.up);
    this.distributions.set(dvipa, distribution);
    return distribution;
  }

  /** The DVIPAs a stack holds (asked of the state the failure starts from). */
  held(stack: string): readonly DvipaTakeover[] {
    if (this.heldBy) return this.heldBy.get(stack) ?? [];
    return this.model.dvipas.filter((dvipa) => this.stateOf(dvipa).holder === stack);
  }

  /** The DVIPA as the stack sees it: the one of its own subplex (one DVIPA per subplex and address). */
  dvipaOf(stack: TakeoverStack, address: string): DvipaTakeover | undefined {
    const list = this.index.dvipas.get(`${stack.sysplex}|${address}`);
    if (!list) return undefined;
    return stack.xcfGroupUnknown ? list[0] : list.find((dvipa) => dvipa.subplex === stack.subplex);
  }

  /** Whether the sysplex has a DVIPA or static VIPA at this address (the simulation lists those anyway). */
  hasListedAddress(sysplex: string, address: string): boolean {
    const key = `${sysplex}|${address}`;
    return this.index.dvipas.has(key) || this.index.statics.has(key);
  }

  bindOn(stackName: string, address: string): BindResult {
    const stack = this.stacks.get(stackName);
    if (!stack || !this.up.has(stackName)) return {};
    if (address === '*') return { via: 'any' };
    const home = this.index.homes.get(stack)?.get(address);
    if (home) return { via: home.kind };
    const dvipa = this.dvipaOf(stack, address);
    if (dvipa) {
      const state = this.stateOf(dvipa);
      if (state.holder === stackName) return { via: 'dvipa', dvipa };
      if (this.distributionOf(dvipa)?.targets.includes(stackName)) return { via: 'distribute-target', dvipa };
      if (state.holder) return { heldBy: state.holder, dvipa };
    }
    const range = mostSpecificRange(stack, address);
    if (range) return { via: 'viparange', range };
    return {};
  }
}

interface RangeIndex {
  byKey: Map<string, TakeoverRange>;
  lengths: Record<4 | 6, number[]>;
}

const rangeIndexes = new WeakMap<TakeoverStack, RangeIndex>();

/** The most specific active VIPARANGE of the stack containing the address. */
export function mostSpecificRange(stack: TakeoverStack, address: string): TakeoverRange | undefined {
  if (stack.ranges.length === 0) return undefined;
  let index = rangeIndexes.get(stack);
  if (!index) {
    const lengthsOf = (family: 4 | 6) => [...new Set(stack.ranges.filter((range) => range.family === family).map((range) => range.prefixLength))].sort((a, b) => b - a);
    index = { byKey: new Map(stack.ranges.map((range) => [`${range.network}/${range.prefixLength}`, range])), lengths: { 4: lengthsOf(4), 6: lengthsOf(6) } };
    rangeIndexes.set(stack, index);
  }
  for (const length of index.lengths[address.includes(':') ? 6 : 4]) {
    let network: string;
    try {
      network = networkAddress(address, length);
    } catch {
      return undefined;
    }
    const range = index.byKey.get(`${network}/${length}`);
    if (range) return range;
  }
  return undefined;
}

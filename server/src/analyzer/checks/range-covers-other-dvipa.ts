/**
 * range-covers-other-dvipa: a VIPARANGE on stack S covers an address that another stack T of the same
 * subplex VIPADEFINEs (or, with no VIPADEFINE anywhere, creates with a MOVEABLE VIPABACKUP). IBM, "Dynamic VIPA creation results" ([CREATE]): bind() first,
 * then VIPADEFINE (or VIPABACKUP) "on a different stack within the sysplex": "VIPADEFINE fails". So an
 * application that binds the address on S while T's DVIPA is not active (T not started yet, or the
 * DVIPA deactivated) makes T's definition fail. The same-stack case is vipadefine-in-range. Warning:
 * nothing fails until such a bind happens.
 */
import { checkState, type SysplexCheck } from './check.js';
import type { RelatedInformation } from '../diagnostics/finding.js';
import type { StackModel } from '../model/sysplex-model.js';
import { activeRanges, coveringRange } from '../model/coverage.js';
import { FindingList, listNames } from './support/findings.js';
import { PrefixIndex, parseAddress } from './support/addresses.js';
import { describeRange } from './support/ranges.js';
import { sysplexGroups } from './support/stacks.js';
import { takeoverOf, takeoverStack } from './support/takeover.js';
import { sameSubplex } from '../takeover/takeover-model.js';
import { allDefinitions } from '../takeover/ownership.js';

export const rangeCoversOtherDvipaCheck: SysplexCheck = {
  codes: ['range-covers-other-dvipa'],
  run(context) {
    const out = new FindingList();
    const groups = sysplexGroups(context.model);
    const withRanges = new Map<string, StackModel[]>();
    for (const [sysplex, stacks] of groups) {
      const ranged = stacks.filter((stack) => stack.ranges.length > 0);
      if (ranged.length > 0) withRanges.set(sysplex, ranged);
    }
    if (withRanges.size === 0) return [];
    const takeover = takeoverOf(context);
    const lookups = checkState(context, rangeCoversOtherDvipaCheck, () => new Map<string, CoveringMemo>());
    for (const sysplex of [...lookups.keys()]) if (!withRanges.has(sysplex)) lookups.delete(sysplex);
    const indexes = new Map<string, (address: string) => StackModel[]>();
    for (const [sysplex, stacks] of withRanges) {
      const byName = new Map(stacks.map((stack) => [stack.name, stack]));
      if (byName.size !== stacks.length) {
        // Two stacks of one name: answer by position, without the memo (which keeps names).
        lookups.delete(sysplex);
        const lookup = rangeLookup(stacks, (_stack, position) => String(position));
        indexes.set(sysplex, (address) => lookup.stacksCovering(address).map((position) => stacks[Number(position)]));
        continue;
      }
      // Which stacks' ranges contain an address depends only on each stack's active ranges: kept
      // across analyses while those stay the same (an edit that touches no VIPARANGE), so the
      // per-DVIPA lookups of a keystroke are answered from the memo.
      const key = coverageKey(stacks);
      let memo = lookups.get(sysplex);
      if (memo?.key !== key) lookups.set(sysplex, (memo = { key, lookup: rangeLookup(stacks, (stack) => stack.name), covering: new Map() }));
      const current = memo;
      indexes.set(sysplex, (address) => coveringStacks(current, byName, address));
    }
    for (const dvipa of takeover.dvipas) {
      const stacksCovering = indexes.get(dvipa.sysplex);
      if (!stacksCovering) continue;
      const candidates = stacksCovering(dvipa.address);
      if (candidates.length === 0) continue;
      const definers = new Set(allDefinitions(dvipa).map((d) => d.stack));
      // The definitions that activate the DVIPA: the VIPADEFINE, else the MOVEABLE VIPABACKUPs that create it.
      const activating = dvipa.owners.length > 0 ? dvipa.owners : dvipa.backups.filter((backup) => backup.moveable);
      for (const definition of activating) {
        const own = takeoverStack(takeover, definition.stack);
        const covering = candidates.filter((stack) => {
          if (definers.has(stack.name)) return false;
          const other = takeoverStack(takeover, stack.name);
          return own !== undefined && other !== undefined && sameSubplex(own, other);
        });
        const ranges = covering.map((stack) => ({ stack, range: coveringRange(stack, dvipa.address) })).filter((entry) => entry.range !== undefined);
        if (ranges.length === 0) continue;
        const names = ranges.map((entry) => entry.stack.name);
        const shown = [...new Set(ranges.map((entry) => describeRange(entry.range!)))].join(', ');
        const related: RelatedInformation[] = ranges.map((entry) => ({ location: entry.range!.statementLocation, message: `VIPARANGE ${describeRange(entry.range!)} on ${entry.stack.name}` }));
        out.add(
          'range-covers-other-dvipa',
          'warning',
          definition.location,
          `${definition.statement} ${dvipa.address} on ${definition.stack} lies inside VIPARANGE ${shown} of ${listNames(names)}: if an application binds ${dvipa.address} on ${orList(names)} while this DVIPA is not active (${definition.stack} not started yet, or the DVIPA deactivated), the bind creates it from the range and this ${definition.statement} then fails (IBM: bind() first, then ${definition.statement} on another stack of the sysplex fails). Exclude ${dvipa.address} from those ranges (define them by address or a narrower subnet).`,
          related,
          { address: dvipa.address, stack: definition.stack, rangeStacks: names },
        );
      }
    }
    return out.findings;
  },
};

/** "SYSA", "SYSA or SYSB", "SYSA, SYSB or SYSC". */
function orList(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

interface RangeLookup {
  /**
   * Ids (see rangeLookup) of the stacks with an active VIPARANGE containing the address (any prefix; coveringRange
   * then picks the most specific). Names, not models: the memo outlives the models it was built from.
   */
  stacksCovering(address: string): string[];
}

/** A sysplex's range lookup and its answers by address (stack names), valid while `key` holds. */
interface CoveringMemo {
  key: string;
  lookup: RangeLookup;
  covering: Map<string, string[]>;
}

const NO_STACKS: StackModel[] = [];
const NO_NAMES: string[] = [];
const rangeKeys = new WeakMap<StackModel, string>();

/** What the lookup's answers depend on: each stack's name and active ranges (network, prefix, family), in order. */
function coverageKey(stacks: readonly StackModel[]): string {
  return stacks
    .map((stack) => {
      let key = rangeKeys.get(stack);
      if (key === undefined) {
        key = `${stack.name}:${activeRanges(stack).map((range) => `${range.family}/${range.network}/${range.prefixLength}`).join(',')}`;
        rangeKeys.set(stack, key);
      }
      return key;
    })
    .join('|');
}

/** The current stack models whose ranges contain the address, from the memo (same answers as lookup.stacksCovering). */
function coveringStacks(memo: CoveringMemo, byName: Map<string, StackModel>, address: string): StackModel[] {
  let names = memo.covering.get(address);
  if (!names) {
    names = memo.lookup.stacksCovering(address);
    memo.covering.set(address, names.length === 0 ? NO_NAMES : names);
  }
  return names.length === 0 ? NO_STACKS : names.map((name) => byName.get(name)!);
}

/**
 * The sysplex's VIPARANGEs for a quick "is this DVIPA in any range?": IPv4 networks as integers per
 * prefix length (most DVIPAs are in none, and this runs for every DVIPA on every analysis), IPv6
 * through the PrefixIndex.
 */
function rangeLookup(stacks: readonly StackModel[], idOf: (stack: StackModel, position: number) => string): RangeLookup {
  const v4 = new Map<number, Map<number, string[]>>();
  const v6 = new PrefixIndex<string>();
  for (const [position, stack] of stacks.entries()) {
    const id = idOf(stack, position);
    for (const range of activeRanges(stack)) {
      if (range.family === 6) {
        v6.add(range.network, range.prefixLength, id);
        continue;
      }
      const network = ipv4Int(range.network);
      if (network === undefined) continue;
      let byNetwork = v4.get(range.prefixLength);
      if (!byNetwork) v4.set(range.prefixLength, (byNetwork = new Map()));
      const key = masked(network, range.prefixLength);
      const list = byNetwork.get(key);
      if (!list) byNetwork.set(key, [id]);
      else if (!list.includes(id)) list.push(id);
    }
  }
  return {
    stacksCovering(address) {
      if (address.includes(':')) return [...new Set(v6.containing(address).flatMap((entry) => entry.values))];
      const value = ipv4Int(address);
      if (value === undefined) return [];
      const found: string[] = [];
      for (const [length, byNetwork] of v4) for (const stack of byNetwork.get(masked(value, length)) ?? []) if (!found.includes(stack)) found.push(stack);
      return found;
    },
  };
}

function ipv4Int(address: string): number | undefined {
  const parsed = parseAddress(address);
  if (!parsed || parsed.family !== 4) return undefined;
  return ((parsed.bytes[0] << 24) | (parsed.bytes[1] << 16) | (parsed.bytes[2] << 8) | parsed.bytes[3]) >>> 0;
}

function masked(value: number, length: number): number {
  return length === 0 ? 0 : (value & (~0 << (32 - length))) >>> 0;
}

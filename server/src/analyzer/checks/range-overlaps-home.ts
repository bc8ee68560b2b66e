/**
 * range-overlaps-home: a VIPARANGE DEFINE subnet containing a HOME, static VIPA or DYNAMICXCF address
 * of any stack of the sysplex. IBM: "Ensure that the DVIPAs ... in the VIPARANGE statements do not
 * overlap the non-DVIPAs in the sysplex such that the created DVIPAs can appear as duplicate IP
 * addresses" (VIPARANGE statement, V2R3). One finding per range, naming the addresses and stacks.
 */
import type { SysplexCheck } from './check.js';
import type { HomeAddressFact, RangeFact, StackModel } from '../model/sysplex-model.js';
import type { RelatedInformation } from '../diagnostics/finding.js';
import { PrefixIndex, isLoopback } from './support/addresses.js';
import { FindingList, listNames, locationKey } from './support/findings.js';
import { describeRange } from './support/ranges.js';
import { activeRanges } from '../model/coverage.js';
import { sysplexGroups } from './support/stacks.js';

/** Addresses spelled out in the message; the rest are counted (all are in related information). */
const NAMED_IN_MESSAGE = 3;

interface Overlap {
  range: RangeFact;
  rangeStacks: Set<string>;
  homes: Map<string, { stack: StackModel; home: HomeAddressFact }>;
}

function describeHome(home: HomeAddressFact, stack: StackModel): string {
  const kind = home.origin === 'DYNAMICXCF' ? 'DYNAMICXCF address' : home.staticVipa ? 'static VIPA' : 'HOME address';
  return `${home.address} (${kind} of ${stack.name})`;
}

export const rangeOverlapsHomeCheck: SysplexCheck = {
  codes: ['range-overlaps-home'],
  run(context) {
    const out = new FindingList();
    for (const stacks of sysplexGroups(context.model).values()) {
      const index = new PrefixIndex<{ stack: StackModel; range: RangeFact }>();
      let rangeCount = 0;
      for (const stack of stacks) {
        for (const range of activeRanges(stack)) {
          index.add(range.network, range.prefixLength, { stack, range });
          rangeCount++;
        }
      }
      if (rangeCount === 0) continue;

      const overlaps = new Map<string, Overlap>();
      for (const stack of stacks) {
        for (const home of [...stack.homes, ...stack.dynamicXcf]) {
          if (isLoopback(home.address)) continue;
          for (const match of index.containing(home.address)) {
            for (const { stack: rangeStack, range } of match.values) {
              const key = locationKey(range.location);
              let overlap = overlaps.get(key);
              if (!overlap) overlaps.set(key, (overlap = { range, rangeStacks: new Set(), homes: new Map() }));
              overlap.rangeStacks.add(rangeStack.name);
              overlap.homes.set(`${stack.name}|${locationKey(home.location)}`, { stack, home });
            }
          }
        }
      }

      for (const { range, rangeStacks, homes } of overlaps.values()) {
        const hits = [...homes.values()];
        const named = hits.slice(0, NAMED_IN_MESSAGE).map(({ stack, home }) => describeHome(home, stack));
        const more = hits.length > NAMED_IN_MESSAGE ? ` and ${hits.length - NAMED_IN_MESSAGE} more` : '';
        const related: RelatedInformation[] = hits.map(({ stack, home }) => ({ location: home.location, message: `${describeHome(home, stack)} is inside VIPARANGE ${describeRange(range)}` }));
        out.add(
          'range-overlaps-home',
          'warning',
          range.location,
          `VIPARANGE ${describeRange(range)} of stack${rangeStacks.size > 1 ? 's' : ''} ${listNames([...rangeStacks])} contains ${named.join(', ')}${more}: a DVIPA created from this range can duplicate a non-DVIPA address. Define the range by address, or by a subnet that excludes home addresses.`,
          related,
          { range: describeRange(range), addresses: hits.map(({ home }) => home.address) },
        );
      }
    }
    return out.findings;
  },
};

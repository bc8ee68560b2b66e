/**
 * vipadefine-in-range: a VIPADEFINE/VIPABACKUP address inside a VIPARANGE of the same stack. TCP/IP
 * accepts it, but one address may be used only one way: if an application binds it first, the bind
 * creates the DVIPA from the range and the VIPADEFINE/VIPABACKUP fails (profile-syntax.md §4.2).
 */
import type { Check } from './check.js';
import type { RangeFact } from '../model/sysplex-model.js';
import { PrefixIndex } from './support/addresses.js';
import { FindingList, describeLocation } from './support/findings.js';
import { activeRanges, describeRange } from './support/ranges.js';

export const vipadefineInRangeCheck: Check = {
  codes: ['vipadefine-in-range'],
  run(context) {
    const out = new FindingList();
    for (const stack of context.model.stacks) {
      if (stack.dvipas.length === 0 || stack.ranges.length === 0) continue;
      const index = new PrefixIndex<RangeFact>();
      for (const range of activeRanges(stack)) index.add(range.network, range.prefixLength, range);
      for (const fact of stack.dvipas) {
        const match = index.containing(fact.address)[0];
        if (!match) continue;
        const range = match.values[0];
        out.add(
          'vipadefine-in-range',
          'warning',
          fact.location,
          `${fact.statement} address ${fact.address} lies inside VIPARANGE ${describeRange(range)} of stack ${stack.name} (${describeLocation(range.statementLocation, fact.location.uri)}). TCP/IP accepts this, but an address can be used only one way: if an application binds ${fact.address} first, the bind creates the DVIPA from the range and this ${fact.statement} fails.`,
          [{ location: range.statementLocation, message: `VIPARANGE ${describeRange(range)} covers ${fact.address}` }],
        );
      }
    }
    return out.findings;
  },
};

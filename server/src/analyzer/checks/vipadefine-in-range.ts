/**
 * vipadefine-in-range: a VIPADEFINE/VIPABACKUP address inside a VIPARANGE of the same stack. TCP/IP
 * accepts it, but one address may be used only one way: if an application binds it first, the bind
 * creates the DVIPA from the range and the VIPADEFINE/VIPABACKUP fails (profile-syntax.md §4.2).
 */
import type { StackCheck } from './check.js';
import { coveringRange } from '../model/coverage.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';
import { FindingList, describeLocation } from './support/findings.js';
import { describeRange } from './support/ranges.js';

export const vipadefineInRangeCheck: StackCheck = {
  codes: ['vipadefine-in-range'],
  checkStack(stack) {
    const out = new FindingList();
    if (stack.dvipas.length === 0 || stack.ranges.length === 0) return [];
    // An address the stack rejects as its own (EZZ8307I) is reported by duplicate-vipa only.
    for (const fact of acceptedDvipas(stack)) {
      // The same most-specific-range rule as coverage: the range that would create the DVIPA on a bind.
      const range = coveringRange(stack, fact.address);
      if (!range) continue;
      out.add(
        'vipadefine-in-range',
        'warning',
        fact.location,
        `${fact.statement} address ${fact.address} lies inside VIPARANGE ${describeRange(range)} of stack ${stack.name} (${describeLocation(range.statementLocation, fact.location.uri)}). TCP/IP accepts this, but an address can be used only one way: if an application binds ${fact.address} first, the bind creates the DVIPA from the range and this ${fact.statement} fails.`,
        [{ location: range.statementLocation, message: `VIPARANGE ${describeRange(range)} covers ${fact.address}` }],
      );
    }
    return out.findings;
  },
};

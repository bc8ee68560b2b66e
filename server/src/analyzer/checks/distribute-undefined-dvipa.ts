/**
 * distribute-undefined-dvipa: VIPADISTRIBUTE DEFINE enables the sysplex distributor "for a dynamic
 * VIPA (defined on the same stack by a VIPADEFINE or VIPABACKUP statement)" ([VDIST]). An address
 * that the stack does not define that way cannot be distributed from it.
 */
import type { StackCheck } from './check.js';
import { addressKey } from './support/addresses.js';
import { FindingList } from './support/findings.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';

export const distributeUndefinedDvipaCheck: StackCheck = {
  codes: ['distribute-undefined-dvipa'],
  checkStack(stack) {
    const out = new FindingList();
    if (stack.distributes.length === 0) return [];
    // A definition the stack rejects (EZZ8307I) defines nothing.
    const defined = new Set(acceptedDvipas(stack).map((fact) => addressKey(fact.address)));
    for (const distribute of stack.distributes) {
      if (distribute.action !== 'DEFINE') continue;
      const key = addressKey(distribute.address);
      if (!key || defined.has(key)) continue;
      out.add(
        'distribute-undefined-dvipa',
        'error',
        distribute.location,
        `VIPADISTRIBUTE DEFINE for ${distribute.address}, which stack ${stack.name} does not define by VIPADEFINE or VIPABACKUP: a stack can distribute only a DVIPA defined on the same stack. Add VIPADEFINE ${distribute.address} (owner) or VIPABACKUP ${distribute.address} (backup distributor) to this stack.`,
        [],
        { address: distribute.address, stack: stack.name },
      );
    }
    return out.findings;
  },
};

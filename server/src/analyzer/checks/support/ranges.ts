/** The VIPARANGEs in force on a stack after processing: DEFINEs minus later DELETEs of the same subnet. */
import type { RangeFact, StackModel } from '../../model/sysplex-model.js';
import { networkKey } from './addresses.js';

export function activeRanges(stack: StackModel): RangeFact[] {
  const active = new Map<string, RangeFact>();
  for (const range of stack.ranges) {
    const key = networkKey(range.network, range.prefixLength);
    if (!key) continue;
    if (range.action === 'DELETE') active.delete(key);
    else active.set(key, range);
  }
  return [...active.values()];
}

export function describeRange(range: RangeFact): string {
  return `${range.network}/${range.prefixLength}`;
}

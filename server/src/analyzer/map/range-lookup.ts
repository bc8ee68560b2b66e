/**
 * The VIPARANGEs of one sysplex by network, so that "which range of each stack covers this address"
 * costs one network computation per prefix length in use, not one per stack (32 stacks × 500
 * addresses). Per stack the most specific range wins, as in sysplex-state.ts mostSpecificRange
 * ([VRNG1] Rule); a test keeps the two in step.
 */
import type { TakeoverRange, TakeoverStack } from '../model/takeover-types.js';
import { networkAddress } from '../base/addresses.js';

export class RangeLookup {
  private readonly byNetwork = new Map<string, { stack: TakeoverStack; range: TakeoverRange }[]>();
  private readonly lengths: Record<4 | 6, number[]> = { 4: [], 6: [] };

  add(stack: TakeoverStack): void {
    for (const range of stack.ranges) {
      const key = `${range.network}/${range.prefixLength}`;
      const list = this.byNetwork.get(key);
      if (list) list.push({ stack, range });
      else this.byNetwork.set(key, [{ stack, range }]);
      const lengths = this.lengths[range.family];
      if (!lengths.includes(range.prefixLength)) {
        lengths.push(range.prefixLength);
        lengths.sort((a, b) => b - a);
      }
    }
  }

  /** For each stack with a range covering the address: its most specific one. */
  covering(address: string): { stack: TakeoverStack; range: TakeoverRange }[] {
    const found: { stack: TakeoverStack; range: TakeoverRange }[] = [];
    const seen = new Set<TakeoverStack>();
    for (const length of this.lengths[address.includes(':') ? 6 : 4]) {
      let network: string;
      try {
        network = networkAddress(address, length);
      } catch {
        return found;
      }
      for (const entry of this.byNetwork.get(`${network}/${length}`) ?? []) {
        if (seen.has(entry.stack)) continue;
        seen.add(entry.stack);
        found.push(entry);
      }
    }
    return found;
  }
}

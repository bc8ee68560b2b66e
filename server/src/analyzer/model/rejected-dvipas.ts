/**
 * DVIPAs the stack rejects because the address is already one of its own: "EZZ8307I ip_addr IS
 * ALREADY DEFINED ... already defined in a HOME list or IPCONFIG DYNAMICXCF on this stack. The
 * address is ignored (rejected from the VIPADEFINE list in which it was defined), but other
 * addresses in the VIPADEFINE or VIPABACKUP list are processed."
 * (https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.halb101/ezz8307i.htm)
 * duplicate-vipa reports the rejection; a rejected address is no DVIPA, so no other check reports
 * on it (no backup, owned by two stacks, inside a VIPARANGE ...).
 */
import type { DvipaFact, StackModel } from './sysplex-model.js';

const homeSets = new WeakMap<StackModel, Set<string>>();

function homeAddresses(stack: StackModel): Set<string> {
  let set = homeSets.get(stack);
  if (!set) {
    set = new Set([...stack.homes, ...stack.dynamicXcf].map((home) => home.address));
    homeSets.set(stack, set);
  }
  return set;
}

/** True when the stack rejects this VIPADEFINE/VIPABACKUP address (EZZ8307I). */
export function isRejectedDvipa(stack: StackModel, fact: DvipaFact): boolean {
  return homeAddresses(stack).has(fact.address);
}

/** The stack's DVIPA facts without the ones it rejects. */
export function acceptedDvipas(stack: StackModel): DvipaFact[] {
  const homes = homeAddresses(stack);
  return homes.size === 0 ? stack.dvipas : stack.dvipas.filter((fact) => !homes.has(fact.address));
}

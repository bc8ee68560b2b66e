/**
 * VIPADEFINE/VIPABACKUP addresses the stack rejects or ignores. Such an address is no DVIPA of the
 * stack: it is left out of every fact (coverage, takeover, hover, summary, completion, symbols and the
 * checks) and shown only as rejected, with the reason and IBM's message id where IBM documents one.
 *
 *  - 'home-address': "EZZ8307I ip_addr IS ALREADY DEFINED ... already defined in a HOME list or IPCONFIG
 *    DYNAMICXCF on this stack. The address is ignored (rejected from the VIPADEFINE list in which it
 *    was defined), but other addresses in the VIPADEFINE or VIPABACKUP list are processed."
 *    (https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.halb101/ezz8307i.htm)
 *  - 'repeat': the same DVIPA in a second VIPADEFINE/VIPABACKUP of the stack with no VIPADELETE in
 *    between: rejected unless VIPADELETE first (VIPADYNAMIC statement summary,
 *    https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdynamicstatementsumm.htm).
 *    IBM's message id for it is not recorded (shared/domain/profile-syntax.md), so none is claimed.
 *  - 'exact-repeat': "If the second VIPADEFINE statement is exactly the same as the first, the second
 *    VIPADEFINE is ignored. No error message is displayed in this case." (same page).
 * duplicate-vipa reports each of them; the first definition stays in force.
 */
import type { Location } from '../base/range.js';
import type { DeleteFact, DvipaFact, HomeAddressFact, StackModel } from './sysplex-model.js';
import { compareOrder, processingOrder } from './processing-order.js';

export type RejectionReason = 'home-address' | 'repeat' | 'exact-repeat';

export interface RejectedDvipa {
  fact: DvipaFact;
  reason: RejectionReason;
  /** IBM's message for it, when IBM documents one (EZZ8307I). */
  messageId?: string;
  /** For 'home-address': the home (or DYNAMICXCF) address it clashes with. */
  home?: HomeAddressFact;
  /** For the repeats: the definition in force. */
  earlier?: DvipaFact;
  /** What makes the stack reject it: the home address or the earlier definition. */
  cause: Location;
}

const cache = new WeakMap<StackModel, Map<DvipaFact, RejectedDvipa>>();

/** Every rejected or ignored DVIPA fact of the stack, in processing order (computed once per stack model). */
export function rejectedDvipas(stack: StackModel): ReadonlyMap<DvipaFact, RejectedDvipa> {
  let rejected = cache.get(stack);
  if (!rejected) cache.set(stack, (rejected = computeRejections(stack)));
  return rejected;
}

export function rejectionOf(stack: StackModel, fact: DvipaFact): RejectedDvipa | undefined {
  return rejectedDvipas(stack).get(fact);
}

/** True when the stack rejects or ignores this VIPADEFINE/VIPABACKUP address. */
export function isRejectedDvipa(stack: StackModel, fact: DvipaFact): boolean {
  return rejectedDvipas(stack).has(fact);
}

/** The stack's DVIPA facts without the ones it rejects or ignores. */
export function acceptedDvipas(stack: StackModel): DvipaFact[] {
  const rejected = rejectedDvipas(stack);
  return rejected.size === 0 ? stack.dvipas : stack.dvipas.filter((fact) => !rejected.has(fact));
}

/** "EZZ8307I" or, without an IBM message, the reason in words: for hovers and summaries. */
export function rejectionLabel(rejection: RejectedDvipa): string {
  if (rejection.messageId) return rejection.messageId;
  return rejection.reason === 'exact-repeat' ? 'ignored repeat' : 'rejected repeat';
}

/** One sentence: why the stack rejects it. */
export function rejectionText(rejection: RejectedDvipa, stackName: string): string {
  const fact = rejection.fact;
  if (rejection.reason === 'home-address') {
    return `${rejection.messageId}: ${fact.address} is already ${homeKind(rejection.home!)} of stack ${stackName}, so the stack ignores it in this ${fact.statement}`;
  }
  const earlier = rejection.earlier!;
  return rejection.reason === 'exact-repeat'
    ? `repeats the ${earlier.statement} of ${fact.address} exactly: the stack ignores it`
    : `${fact.address} is already defined by ${earlier.statement} with no VIPADELETE in between: the stack rejects this ${fact.statement}`;
}

/** "a HOME address", "an INTERFACE IPADDR address" ...: with its article. */
export function homeKind(home: HomeAddressFact): string {
  if (home.origin === 'DYNAMICXCF') return 'an IPCONFIG DYNAMICXCF address';
  if (home.staticVipa) return 'a static VIPA';
  return home.origin === 'INTERFACE' ? 'an INTERFACE IPADDR address' : 'a HOME address';
}

function computeRejections(stack: StackModel): Map<DvipaFact, RejectedDvipa> {
  const rejected = new Map<DvipaFact, RejectedDvipa>();
  const homes = new Map<string, HomeAddressFact>();
  for (const home of [...stack.homes, ...stack.dynamicXcf]) if (!homes.has(home.address)) homes.set(home.address, home);
  for (const fact of stack.dvipas) {
    const home = homes.get(fact.address);
    if (home) rejected.set(fact, { fact, reason: 'home-address', messageId: 'EZZ8307I', home, cause: home.location });
  }
  findRepeats(stack, rejected);
  return rejected;
}

/** The repeats, in processing order and honouring VIPADELETE (by address, or IPv6 interface name). */
function findRepeats(stack: StackModel, rejected: Map<DvipaFact, RejectedDvipa>): void {
  const deletes = new Map<string, number[][]>();
  const addDelete = (key: string, fact: DeleteFact) => {
    const list = deletes.get(key);
    if (list) list.push(processingOrder(stack, fact));
    else deletes.set(key, [processingOrder(stack, fact)]);
  };
  for (const fact of stack.deletes) {
    if (fact.address !== undefined) addDelete(fact.address, fact);
    if (fact.interfaceName) addDelete(`if:${fact.interfaceName.toUpperCase()}`, fact);
  }
  const deletedBetween = (keys: (string | undefined)[], from: number[], to: number[]) =>
    keys.some((key) => key !== undefined && (deletes.get(key) ?? []).some((at) => compareOrder(from, at) < 0 && compareOrder(at, to) < 0));

  const ordered = stack.dvipas
    .filter((fact) => !rejected.has(fact))
    .map((fact) => ({ fact, order: processingOrder(stack, fact) }))
    .sort((a, b) => compareOrder(a.order, b.order));
  const live = new Map<string, { fact: DvipaFact; order: number[] }>();
  for (const current of ordered) {
    const { fact } = current;
    const previous = live.get(fact.address);
    if (!previous) {
      live.set(fact.address, current);
      continue;
    }
    const interfaceKeys = [fact.interfaceName, previous.fact.interfaceName].map((name) => (name ? `if:${name.toUpperCase()}` : undefined));
    if (deletedBetween([fact.address, ...interfaceKeys], previous.order, current.order)) {
      live.set(fact.address, current);
      continue;
    }
    const reason = signature(previous.fact) === signature(fact) ? 'exact-repeat' : 'repeat';
    rejected.set(fact, { fact, reason, earlier: previous.fact, cause: previous.fact.location });
  }
}

function signature(fact: DvipaFact): string {
  return [fact.statement, fact.prefixLength, fact.rank, fact.moveable, fact.interfaceName?.toUpperCase(), fact.tier, fact.cpcScope, fact.serviceMgr].join('|');
}

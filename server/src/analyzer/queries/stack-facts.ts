/**
 * What a stack has in force, fact by fact: its active DVIPAs (after VIPADELETE), VIPARANGEs (after
 * VIPARANGE DELETE) and home addresses, each with a key that names the fact and not where it is
 * written. vipa-check --obey compares a stack before and after an OBEYFILE member with it.
 */
import type { Location } from '../base/range.js';
import type { StackModel } from '../model/sysplex-model.js';
import { activeDvipas, activeRanges } from '../model/coverage.js';
import { describeRange } from '../checks/support/ranges.js';

export interface StackFactInForce {
  /** Equal for the same fact in two models of the stack ("dvipa 10.1.1.1 VIPADEFINE"). */
  key: string;
  /** The fact in words: "VIPABACKUP 10.1.1.1 rank 100", "VIPARANGE 10.1.9.0/24". */
  what: string;
  location: Location;
}

export function stackFactsInForce(stack: StackModel): Map<string, StackFactInForce> {
  const facts = new Map<string, StackFactInForce>();
  const add = (key: string, what: string, location: Location) => facts.set(key, { key, what, location });
  for (const fact of activeDvipas(stack).values()) add(`dvipa ${fact.address} ${fact.statement}`, `${fact.statement} ${fact.address}${fact.statement === 'VIPABACKUP' ? ` rank ${fact.rank ?? 1}` : ''}`, fact.location);
  for (const range of activeRanges(stack)) add(`range ${describeRange(range)}`, `VIPARANGE ${describeRange(range)}`, range.location);
  for (const home of stack.homes) add(`home ${home.address}`, `home address ${home.address} (${home.origin})`, home.location);
  return facts;
}

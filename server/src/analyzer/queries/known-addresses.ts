/** Addresses worth offering in completion: DVIPAs, VIPARANGE networks and home addresses. */
import type { AnalysisResult } from '../model/analysis-result.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';

export interface KnownAddress {
  address: string;
  /** "VIPADEFINE on SYSA", "VIPARANGE 10.30.1.0/24 on SYSA", ... */
  detail: string;
  family: 4 | 6;
}

/** Completion asks on every keystroke; the answer only changes with the model. */
const cache = new WeakMap<AnalysisResult['model'], KnownAddress[]>();

/** One entry per address, first description wins; linear in the number of model facts, once per model. */
export function knownAddresses(result: AnalysisResult): KnownAddress[] {
  let known = cache.get(result.model);
  if (!known) {
    known = collect(result.model);
    cache.set(result.model, known);
  }
  return known;
}

function collect(model: AnalysisResult['model']): KnownAddress[] {
  const byAddress = new Map<string, KnownAddress>();
  const add = (address: string, family: 4 | 6, detail: string) => {
    if (!byAddress.has(address)) byAddress.set(address, { address, family, detail });
  };
  for (const stack of model.stacks) {
    // A definition the stack rejects (EZZ8307I, a repeat) is no DVIPA.
    for (const fact of acceptedDvipas(stack)) add(fact.address, fact.family, `${fact.statement} on ${stack.name}`);
  }
  for (const stack of model.stacks) {
    for (const range of stack.ranges) {
      if (range.action === 'DEFINE') add(range.network, range.family, `VIPARANGE ${range.network}/${range.prefixLength} on ${stack.name}`);
    }
  }
  for (const stack of model.stacks) {
    for (const home of stack.homes) add(home.address, home.family, `${home.staticVipa ? 'static VIPA' : home.origin} on ${stack.name}`);
  }
  return [...byAddress.values()];
}

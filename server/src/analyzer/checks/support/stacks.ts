/** Sysplex grouping and processing order of model facts, as the checks need them. */
import type { StackModel, SysplexModel } from '../../model/sysplex-model.js';

/** Stacks by sysplex; falls back to StackModel.sysplex when the model left the map empty. */
export function sysplexGroups(model: SysplexModel): Map<string, StackModel[]> {
  if (model.sysplexes.size > 0) return model.sysplexes;
  const groups = new Map<string, StackModel[]>();
  for (const stack of model.stacks) {
    const list = groups.get(stack.sysplex);
    if (list) list.push(stack);
    else groups.set(stack.sysplex, [stack]);
  }
  return groups;
}

// Moved to the model (rejected-dvipas.ts needs it too); re-exported for the checks.
export { compareOrder, processingOrder } from '../../model/processing-order.js';

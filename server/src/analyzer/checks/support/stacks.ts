/** Sysplex grouping and processing order of model facts, as the checks need them. */

export { sysplexGroups } from '../../model/server-placement.js';

// Moved to the model (rejected-dvipas.ts needs it too); re-exported for the checks.
export { compareOrder, processingOrder } from '../../model/processing-order.js';

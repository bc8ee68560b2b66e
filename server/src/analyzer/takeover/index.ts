/**
 * The takeover model and failover simulation: the public API for the CLI, the editor and the
 * sysplex map. Everything here is pure and JSON-serialisable.
 *
 *   const model = takeoverModelFor({ model, profiles, servers, config }); // or analysis.takeover
 *   const result = simulateFailover(model, ['SYSA']);
 *   formatWhatIfText(result, { displayPath: (uri) => uri });
 */
export type * from '../model/takeover-types.js';
export type * from './what-if-types.js';
export { takeoverModelFor, buildTakeoverModel, sameSubplex, type TakeoverInput } from './takeover-model.js';
export { simulateFailover, failoverCounts, resolveStackNames, type FailoverCounts } from './simulate.js';
export { formatWhatIfText, type ReportOptions } from './what-if-report.js';
export { holdability, initialState, stateAfter, distributionIn, type DvipaState, type DistributionState } from './ownership.js';
export { SysplexState, mostSpecificRange, type BindResult, type BindVia } from './sysplex-state.js';

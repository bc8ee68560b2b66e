/**
 * The failover simulation of one analysis (analyzer/takeover), as the language server (code lens,
 * vipa/whatIf) and vipa-check (--what-if-down) ask for it: which stacks there are, and what happens
 * to addresses and Liberty endpoints when some go down. Each reads the result's takeover model,
 * built on first use and shared with the checks that read it.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { WhatIfResult } from '../takeover/what-if-types.js';
import { failoverCounts, resolveStackNames, simulateFailover, type FailoverCounts } from '../takeover/simulate.js';
import { formatWhatIfText, type ReportOptions } from '../takeover/what-if-report.js';

export type { WhatIfResult } from '../takeover/what-if-types.js';
export type { FailoverCounts } from '../takeover/simulate.js';
export type { ReportOptions } from '../takeover/what-if-report.js';

/** The requested names that are stacks (as the workspace spells them), those that are not, and every stack. */
export function resolveStacks(result: AnalysisResult, names: readonly string[]): { found: string[]; unknown: string[]; stacks: string[] } {
  const model = result.takeover;
  return { ...resolveStackNames(model, names), stacks: model.stacks.map((stack) => stack.name) };
}

/** The simulation with the stacks in `down` (names as resolveStacks found them) down. */
export function simulateDown(result: AnalysisResult, down: readonly string[]): WhatIfResult {
  return simulateFailover(result.takeover, down);
}

/** Only the counts (addresses moved and lost, servers lost): the code lens asks for them per stack. */
export function failoverCountsOf(result: AnalysisResult, down: readonly string[]): FailoverCounts {
  return failoverCounts(result.takeover, down);
}

/** The readable report vipa-check --what-if-down prints. */
export function whatIfText(whatIf: WhatIfResult, options: ReportOptions): string {
  return formatWhatIfText(whatIf, options);
}

/**
 * --what-if-down: the failover simulation (analyzer/takeover) for the CLI. JSON, exactly:
 *   "whatIf": {"down":["SYSA"],
 *              "addresses":[{"address","kind","before","after","reason"}],
 *              "endpoints":[{"file","line","address","status","stacks","reason"}]}
 * `kind` is vipadefine|viparange|static|home|distributed; `before`/`after` are stack names (`after`
 * null when the address is lost); `status` is stays|restartable|lost; `stacks` lists where a
 * restart can bind; `file` is relative to the working directory, `line` 1-based.
 */
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import { resolveStacks, simulateDown, whatIfText, type WhatIfResult } from '../analyzer/queries/what-if.js';
import { displayPath } from './report.js';

export interface CliWhatIfJson {
  down: string[];
  addresses: { address: string; kind: string; before: string | null; after: string | null; reason: string }[];
  endpoints: { file: string; line: number; address: string; status: string; stacks: string[]; reason: string }[];
}

export interface CliWhatIf {
  result: WhatIfResult;
  json: CliWhatIfJson;
  text: string;
}

export class UnknownStackError extends Error {}

export function runWhatIf(analysis: AnalysisResult, down: readonly string[], cwd: string): CliWhatIf {
  const { unknown, stacks } = resolveStacks(analysis, down);
  if (unknown.length > 0) {
    const known = stacks.join(', ') || 'none';
    throw new UnknownStackError(`--what-if-down: no stack named ${unknown.map((name) => `'${name}'`).join(', ')} (stacks: ${known})`);
  }
  const result = simulateDown(analysis, down);
  const json: CliWhatIfJson = {
    down: result.down,
    addresses: result.addresses.map(({ address, kind, before, after, reason }) => ({ address, kind, before, after, reason })),
    endpoints: result.endpoints.map((endpoint) => ({
      file: displayPath(endpoint.location.uri, cwd),
      line: endpoint.location.range.start.line + 1,
      address: endpoint.address,
      status: endpoint.status,
      stacks: endpoint.stacks,
      reason: endpoint.reason,
    })),
  };
  return { result, json, text: whatIfText(result, { displayPath: (uri) => displayPath(uri, cwd) }) };
}

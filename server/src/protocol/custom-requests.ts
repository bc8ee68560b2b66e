/**
 * The requests beyond LSP, defined once for both ends: the language server (server/src/lsp/
 * custom-requests.ts) answers them and the VS Code client (client/src) sends them. Other editors may
 * use them too; none is needed for diagnostics, hover and the other LSP features.
 *
 *  - `vipa/rescan`  (no params) -> RescanResult: re-scans the workspace folders, answers when the
 *                   first analysis of the new file set is done;
 *  - `vipa/summary` (no params) -> SysplexSummary: stacks, Liberty servers with per-stack coverage,
 *                   problem counts, from an analysis that saw every change sent before it;
 *  - `vipa/settled` (no params) -> SettledResult: answers once the analysis that covers every change
 *                   sent before it has finished and its diagnostics are published (tests, benchmarks
 *                   and scripts wait on it instead of sleeping).
 *
 * Only method names, shapes and shape checks live here (no vscode* import), so both bundles can
 * include this file.
 */
import type { SysplexSummary } from '../analyzer/queries/sysplex-summary.js';

export type { DvipaSummary, EndpointSummary, ProblemCounts, ServerSummary, StackSummary, SysplexSummary } from '../analyzer/queries/sysplex-summary.js';

export const RESCAN_REQUEST = 'vipa/rescan';
export const SUMMARY_REQUEST = 'vipa/summary';
export const SETTLED_REQUEST = 'vipa/settled';

/** Result of vipa/rescan: how many of each the fresh scan found. */
export type RescanResult = { stacks: number; servers: number; files: number };

/** Result of vipa/settled. */
export type SettledResult = {
  /** Analyses that ran to the end since the server started. */
  completedBuilds: number;
  /** Analyses stopped because a newer change arrived. */
  cancelledBuilds: number;
  /** Duration of the last complete analysis in ms. */
  lastBuildMs: number;
  /** publishDiagnostics notifications sent since the server started. */
  publishedDiagnostics: number;
  files: number;
  /** Full collections the server made once idle (it returns memory after a burst of edits). */
  idleCollections: number;
  /** The server's V8 heap in use, MB (what is live right after an idle collection). */
  heapUsedMb: number;
};

type Shape = 'string' | 'number' | 'string?' | 'number?' | ((value: unknown) => boolean);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fits(value: unknown, shape: Record<string, Shape>): boolean {
  if (!isRecord(value)) return false;
  return Object.entries(shape).every(([key, expected]) => {
    const field = value[key];
    if (typeof expected === 'function') return expected(field);
    if (expected.endsWith('?') && field === undefined) return true;
    return typeof field === expected.replace('?', '');
  });
}

const arrayOf = (check: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);
const stringMap = (value: unknown) => isRecord(value) && Object.values(value).every((entry) => typeof entry === 'string');

export function isRescanResult(value: unknown): value is RescanResult {
  return fits(value, { stacks: 'number', servers: 'number', files: 'number' });
}

export function isSettledResult(value: unknown): value is SettledResult {
  return fits(value, { completedBuilds: 'number', cancelledBuilds: 'number', lastBuildMs: 'number', publishedDiagnostics: 'number', files: 'number', idleCollections: 'number', heapUsedMb: 'number' });
}

/** A shape check of vipa/summary, used by the client before rendering and by the protocol test. */
export function isSysplexSummary(value: unknown): value is SysplexSummary {
  const dvipa = (entry: unknown) => fits(entry, { address: 'string', role: 'string', rank: 'number?' });
  const stack = (entry: unknown) => fits(entry, { name: 'string', sysplex: 'string?', file: 'string', dvipas: arrayOf(dvipa), ranges: arrayOf((r) => typeof r === 'string') });
  const endpoint = (entry: unknown) => fits(entry, { id: 'string', host: 'string', address: 'string?', coverage: stringMap });
  const server = (entry: unknown) => fits(entry, { name: 'string', file: 'string', endpoints: arrayOf(endpoint) });
  const problems = (entry: unknown) => fits(entry, { error: 'number', warning: 'number', information: 'number', hint: 'number' });
  return fits(value, { stacks: arrayOf(stack), servers: arrayOf(server), problems });
}

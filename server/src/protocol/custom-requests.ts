/**
 * The requests beyond LSP, defined once for both ends: the language server (server/src/lsp/
 * custom-requests.ts) answers them and the VS Code client (client/src) sends them. Other editors may
 * use them too; none is needed for diagnostics, hover and the other LSP features.
 *
 *  - `vipa/rescan`  (no params) -> RescanResult: re-scans the workspace folders, answers when the
 *                   first analysis of the new file set is done;
 *  - `vipa/summary` (no params) -> SysplexSummary: stacks, Liberty servers with per-stack coverage,
 *                   problem counts and what each file was taken as and why, from an analysis that
 *                   saw every change sent before it;
 *  - `vipa/settled` (no params) -> SettledResult: answers once the analysis that covers every change
 *                   sent before it has finished and its diagnostics are published (tests, benchmarks
 *                   and scripts wait on it instead of sleeping);
 *  - `vipa/proposeConfig` (no params) -> ConfigProposal: a proposed vipa-check.json for the first
 *                   workspace folder and the config files that already exist; the client opens it as
 *                   an unsaved document and never writes a file itself;
 *  - `vipa/whatIf` { down } -> WhatIfAnswer: the failover simulation for the stacks in `down`, as the
 *                   report vipa-check --what-if-down prints and as JSON;
 *  - `vipa/sysplexMap` { down? } -> SysplexMapAnswer: the sysplex map's view model (analyzer/map)
 *                   with `down` simulated, from the last complete analysis;
 *  - `vipa/libertyFiles` (no params) -> LibertyFilesAnswer: every file of every Liberty server,
 *                   includes wherever they live; the client sends XML feature requests only for them;
 *  - `vipa/analysisFinished` { stamp } (server -> client notification): an analysis was published;
 *                   sent only once the client asked for a map, so an open map can refresh.
 *
 * Only method names, shapes and shape checks live here (no vscode* import), so both bundles can
 * include this file.
 */
import type { SysplexSummary } from '../analyzer/queries/sysplex-summary.js';
import type { SysplexMap } from '../analyzer/map/map-types.js';
import type { WhatIfResult } from '../analyzer/takeover/what-if-types.js';

export type { DvipaSummary, EndpointSummary, FileSummary, ProblemCounts, RejectedSummary, ServerSummary, StackSummary, SysplexSummary } from '../analyzer/queries/sysplex-summary.js';
export type { SysplexMap } from '../analyzer/map/map-types.js';
export type { WhatIfResult } from '../analyzer/takeover/what-if-types.js';

export const RESCAN_REQUEST = 'vipa/rescan';
export const SUMMARY_REQUEST = 'vipa/summary';
export const SETTLED_REQUEST = 'vipa/settled';
export const PROPOSE_CONFIG_REQUEST = 'vipa/proposeConfig';
export const WHAT_IF_REQUEST = 'vipa/whatIf';
export const SYSPLEX_MAP_REQUEST = 'vipa/sysplexMap';
export const ANALYSIS_FINISHED_NOTIFICATION = 'vipa/analysisFinished';
export const LIBERTY_FILES_REQUEST = 'vipa/libertyFiles';

/** Result of vipa/proposeConfig: a proposed vipa-check.json and what already exists. */
export type ConfigProposal = {
  /** The proposed vipa-check.json. */
  text: string;
  /** One line per guess. */
  notes: string[];
  /** Folder URI the proposal's paths are relative to (where vipa-check.json belongs). */
  folder?: string;
  /** URIs of config files that already exist (the proposal never replaces them). */
  existing: string[];
};

/** Params of vipa/whatIf. */
export type WhatIfParams = { down: string[] };

/** Result of vipa/whatIf. */
export type WhatIfAnswer = {
  /** The stacks taken down, as the workspace names them. */
  down: string[];
  /** Requested names that match no stack. */
  unknown: string[];
  /** Every stack of the workspace, for pickers. */
  stacks: string[];
  /** The readable report (what `vipa-check --what-if-down` prints). */
  text: string;
  /** The simulation as JSON (analyzer/takeover/what-if-types.ts); absent when nothing was simulated. */
  result?: WhatIfResult;
};

/** Params of vipa/sysplexMap. */
export type SysplexMapParams = { down?: string[] };

/** Result of vipa/sysplexMap. */
export type SysplexMapAnswer = {
  /** Numbers the analysis the map was built from (vipa/analysisFinished carries the same numbers). */
  stamp: number;
  /** Undefined before the first analysis, or when building it failed (see `error`). */
  map?: SysplexMap;
  error?: string;
};

/** Params of the vipa/analysisFinished notification. */
export type AnalysisFinishedParams = { stamp: number };

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
const optional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);
const isString = (value: unknown) => typeof value === 'string';
const strings = arrayOf(isString);
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
  const file = (entry: unknown) => fits(entry, { file: 'string', role: 'string', label: 'string', reason: 'string' });
  // `files` is optional: servers before it existed do not send it.
  return fits(value, { stacks: arrayOf(stack), servers: arrayOf(server), problems, files: optional(arrayOf(file)) });
}

export function isConfigProposal(value: unknown): value is ConfigProposal {
  return fits(value, { text: 'string', notes: strings, folder: 'string?', existing: strings });
}

/** Params as a client may send them: `down` a list of names (anything else in it is dropped by the server). */
export function isWhatIfParams(value: unknown): value is WhatIfParams {
  return fits(value, { down: (down) => Array.isArray(down) });
}

export function isWhatIfAnswer(value: unknown): value is WhatIfAnswer {
  const result = (entry: unknown) => fits(entry, { down: strings, sysplexes: strings, up: strings, addresses: Array.isArray, endpoints: Array.isArray, skipped: Array.isArray, summary: isRecord });
  return fits(value, { down: strings, unknown: strings, stacks: strings, text: 'string', result: optional(result) });
}

/** The map's top level (the web view renders the rest; a shape check of every cell would cost more than the map). */
export function isSysplexMap(value: unknown): value is SysplexMap {
  return fits(value, {
    sysplexes: Array.isArray,
    stacks: Array.isArray,
    rows: Array.isArray,
    groups: Array.isArray,
    files: Array.isArray,
    locations: Array.isArray,
    unknownDown: strings,
    simulation: optional(isRecord),
    counts: isRecord,
    fileRoles: Array.isArray,
  });
}

export function isSysplexMapAnswer(value: unknown): value is SysplexMapAnswer {
  return fits(value, { stamp: 'number', map: optional(isSysplexMap), error: 'string?' });
}

export function isAnalysisFinishedParams(value: unknown): value is AnalysisFinishedParams {
  return fits(value, { stamp: 'number' });
}

/** The names in a `down` list sent by a client: strings only (a malformed list simulates nothing). */
export function downList(params: unknown): string[] {
  const down = isRecord(params) ? params.down : undefined;
  return Array.isArray(down) ? down.filter((name): name is string => typeof name === 'string') : [];
}

/** Result of vipa/libertyFiles. */
export type LibertyFilesAnswer = {
  /** Client URIs. */
  files: string[];
};

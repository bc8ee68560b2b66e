/**
 * `vipa/sysplexMap` (a request beyond LSP, for the VS Code client's sysplex map panel and any client
 * that wants the picture): params { down?: string[] } -> { stamp, map } where `map` is the view
 * model of analyzer/map (stacks, addresses, roles, Liberty endpoints, findings) with the failover
 * simulation for `down` applied. `stamp` numbers the analysis the map was built from.
 *
 * `vipa/analysisFinished` { stamp } (server -> client notification): sent after each analysis (so
 * with the diagnostics' debounce) once the client has asked for a map, so an open map can refresh
 * while the user types. Clients that never ask for a map never receive it.
 */
import { NotificationType, RequestType, type Connection } from 'vscode-languageserver';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { SysplexMap } from '../analyzer/map/map-types.js';
import type { FeatureContext } from './context.js';
import { buildSysplexMap } from '../analyzer/map/build-map.js';
import { guarded } from './handlers.js';
import { relativeToFolder } from './what-if.js';

export interface SysplexMapParams {
  down?: string[];
}

export interface SysplexMapAnswer {
  stamp: number;
  /** Undefined before the first analysis, or when building it failed (see `error`). */
  map?: SysplexMap;
  error?: string;
}

export const SysplexMapRequest = new RequestType<SysplexMapParams, SysplexMapAnswer, void>('vipa/sysplexMap');
export const AnalysisFinishedNotification = new NotificationType<{ stamp: number }>('vipa/analysisFinished');

const stamps = new WeakMap<AnalysisResult, number>();
let lastStamp = 0;

/** A number per analysis result, increasing. */
export function stampOf(result: AnalysisResult): number {
  let stamp = stamps.get(result);
  if (stamp === undefined) {
    stamp = ++lastStamp;
    stamps.set(result, stamp);
  }
  return stamp;
}

/** The last map built: asked again for the same analysis and toggles (a panel shown again), it is reused. */
let last: { result: AnalysisResult; key: string; map: SysplexMap } | undefined;

export function answerSysplexMap(context: FeatureContext, params: SysplexMapParams | undefined, folders: readonly string[]): SysplexMapAnswer {
  const result = context.freshResult();
  if (!result) return { stamp: 0, error: 'The workspace has not been analysed yet.' };
  const down = Array.isArray(params?.down) ? params.down.filter((name): name is string => typeof name === 'string') : [];
  const key = JSON.stringify([down, folders]);
  if (last?.result !== result || last.key !== key) {
    last = { result, key, map: buildSysplexMap(result, { down, labelOf: (uri) => relativeToFolder(uri, folders) }) };
  }
  return { stamp: stampOf(result), map: last.map };
}

export interface AnalysisEvents {
  /** Called with every analysis result the session publishes. */
  onAnalyzed?: (result: AnalysisResult) => void;
}

export function registerSysplexMap(connection: Connection, context: FeatureContext & AnalysisEvents, folders: () => readonly string[], ready: () => Promise<unknown>): void {
  let subscribed = false;
  context.onAnalyzed = (result) => {
    if (subscribed) void connection.sendNotification(AnalysisFinishedNotification, { stamp: stampOf(result) }).catch(() => undefined);
  };
  connection.onRequest(
    SysplexMapRequest,
    guarded(connection, 'sysplexMap', { stamp: 0, error: 'Building the sysplex map failed; see the "VIPA Check" output.' }, async (params: SysplexMapParams) => {
      subscribed = true;
      await ready();
      return answerSysplexMap(context, params, folders());
    }),
  );
}

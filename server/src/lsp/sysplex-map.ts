/**
 * `vipa/sysplexMap` (a request beyond LSP, for the VS Code client's sysplex map panel and any client
 * that wants the picture; defined in server/src/protocol/custom-requests.ts): params { down?: string[] }
 * -> { stamp, map } where `map` is the view model of analyzer/map (stacks, addresses, roles, Liberty
 * endpoints, findings) with the failover simulation for `down` applied. `stamp` numbers the analysis
 * the map was built from. The map is built from the last complete analysis: a request never waits
 * for (or starts) a build, so a map asked for while the user types answers at once.
 *
 * `vipa/analysisFinished` { stamp } (server -> client notification): sent after each analysis whose
 * diagnostics were published (session.onAnalyzed), once the client has asked for a map, so an open
 * map can refresh while the user types. Clients that never ask for a map never receive it.
 */
import { NotificationType, RequestType, type Connection } from 'vscode-languageserver';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { SysplexMap } from '../analyzer/map/map-types.js';
import type { FeatureContext } from './context.js';
import { ANALYSIS_FINISHED_NOTIFICATION, SYSPLEX_MAP_REQUEST, downList, type AnalysisFinishedParams, type SysplexMapAnswer, type SysplexMapParams } from '../protocol/custom-requests.js';
import { buildSysplexMap } from '../analyzer/map/index.js';
import { guarded } from './handlers.js';
import { relativeToFolder } from './what-if.js';

export const SysplexMapRequest = new RequestType<SysplexMapParams, SysplexMapAnswer, void>(SYSPLEX_MAP_REQUEST);
export const AnalysisFinishedNotification = new NotificationType<AnalysisFinishedParams>(ANALYSIS_FINISHED_NOTIFICATION);

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

export function answerSysplexMap(context: FeatureContext, params: unknown, folders: readonly string[]): SysplexMapAnswer {
  // The last complete analysis; a newer one sends vipa/analysisFinished and the client asks again.
  const result = context.freshResult();
  if (!result) return { stamp: 0, error: 'The workspace has not been analysed yet.' };
  const down = downList(params);
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

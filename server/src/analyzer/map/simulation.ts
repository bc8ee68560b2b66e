/**
 * Puts a failover simulation (analyzer/takeover simulateFailover) on the map: each address's fate on
 * its row, what moves or is lost in the cells, each endpoint's fate on its binding, and the bind
 * status per stack after the failure. The simulation decides everything; this only places it.
 */
import type { TakeoverModel } from '../model/takeover-types.js';
import type { DistributionSummary, WhatIfResult } from '../takeover/what-if-types.js';
import type { MapSimulation } from './map-types.js';
import { SysplexState } from '../takeover/sysplex-state.js';
import { simulateFailover } from '../takeover/simulate.js';
import { cellOf, type RowTable } from './row-table.js';
import { setBindStatuses, type PlacedBinding } from './bindings.js';

function distribution(summary: DistributionSummary | undefined): string | undefined {
  if (!summary) return undefined;
  const targets = summary.targets.length > 0 ? summary.targets.join(', ') : 'no target';
  return `${summary.distributor} → ${targets}${summary.ports ? ` (${summary.ports})` : ''}`;
}

export function applySimulation(rows: RowTable, model: TakeoverModel, down: readonly string[], before: SysplexState, placed: readonly PlacedBinding[]): MapSimulation {
  const result: WhatIfResult = simulateFailover(model, down);
  const up = new Set(model.stacks.map((stack) => stack.name).filter((name) => !result.down.includes(name)));
  const after = new SysplexState(model, up, before);

  for (const fate of result.addresses) {
    const draft = rows.get(fate.sysplex, fate.address) ?? rows.row(fate.sysplex, fate.address);
    (draft.row.fates ??= []).push({
      kind: fate.kind,
      before: fate.before,
      after: fate.after,
      moved: fate.moved,
      lost: fate.lost,
      reason: fate.reason,
      candidates: fate.candidates,
      distributionBefore: distribution(fate.distributionBefore),
      distributionAfter: distribution(fate.distributionAfter),
    });
    if (fate.before && fate.after === fate.before) cellOf(draft, fate.before).change ??= 'holds';
    if (fate.moved && fate.after) {
      cellOf(draft, fate.after).change = 'takes-over';
      if (fate.before) cellOf(draft, fate.before).change = 'moved-away';
    }
    if (fate.lost && fate.before) cellOf(draft, fate.before).change = 'lost';
  }

  const fateOf = new Map(result.endpoints.map((fate) => [endpointKey(fate.server, fate.endpointId, fate.location), fate]));
  for (const { placement, draft, index } of placed) {
    const fate = fateOf.get(endpointKey(placement.server, placement.endpointId, placement.location));
    if (fate) draft.row.servers[index].fate = { status: fate.status, stacks: fate.stacks, affected: fate.affected, reason: fate.reason };
  }
  setBindStatuses(placed, after);

  return { down: result.down, sysplexes: result.sysplexes, ...result.summary };
}

function endpointKey(server: string, endpointId: string, location: { uri: string; range: { start: { line: number; character: number } } }): string {
  return `${server}|${endpointId}|${location.uri}|${location.range.start.line}:${location.range.start.character}`;
}

/**
 * The Liberty endpoints bound to each row's address, and per stack where the server may run whether
 * the bind works there (SysplexState.bindOn, the simulation's own rule). host="*" binds every address
 * of the stack and needs no VIPA, unless PORT n TCP job BIND a redirects it to a (analyzer/takeover).
 */
import type { EndpointPlacement, TakeoverModel } from '../model/takeover-types.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { SysplexState, BindResult } from '../takeover/sysplex-state.js';
import type { BindStatus, MapBinding, MapCellServer } from './map-types.js';
import type { LocationTable } from './locations.js';
import { cellOf, tag, type RowDraft, type RowTable } from './row-table.js';

export interface PlacedBinding {
  placement: EndpointPlacement;
  draft: RowDraft;
  index: number;
}

function addressOn(placement: EndpointPlacement, stack: string): string {
  return placement.bindAddresses[stack] ?? placement.address!;
}

function bindOn(state: SysplexState, placement: EndpointPlacement, stack: string): BindResult {
  if (placement.loopback) return state.up.has(stack) ? { via: 'any' } : {};
  return state.bindOn(stack, addressOn(placement, stack));
}

export function addBindings(rows: RowTable, model: TakeoverModel, servers: readonly LibertyServer[], before: SysplexState, locations: LocationTable): PlacedBinding[] {
  const serverOf = new Map(servers.map((server) => [`${server.serverXmlUri}|${server.name}`, server]));
  const placed: PlacedBinding[] = [];
  for (const placement of model.endpoints) {
    const server = serverOf.get(`${placement.serverXmlUri}|${placement.server}`);
    const sysplex = server?.sysplex ?? before.stacks.get(placement.stacks[0] ?? '')?.sysplex ?? 'default';
    const endpoint = server?.endpoints.find((candidate) => candidate.id === placement.endpointId && candidate.enabled);
    const allInterfaces = placement.address === '*';
    const draft =
      placement.address === undefined
        ? rows.row(sysplex, placement.host, 'unresolved')
        : allInterfaces
          ? rows.row(sysplex, '*', 'all-interfaces')
          : rows.row(sysplex, placement.address);
    if (draft.row.kind === 'address') tag(draft, 'bound');
    const binding: MapBinding = {
      server: placement.server,
      endpointId: placement.endpointId,
      kind: placement.kind,
      ports: (endpoint?.ports ?? []).filter((port) => port.value !== undefined).map((port) => ({ port: port.value!, secure: port.secure })),
      host: placement.host,
      allInterfaces,
      loc: locations.ref(placement.location)!,
      stacks: [...placement.stacks],
      runsOn: placement.address === undefined ? undefined : placement.stacks.find((stack) => bindOn(before, placement, stack).via !== undefined),
    };
    const index = draft.row.servers.push(binding) - 1;
    draft.anchors.push(placement.location);
    // A finding on the variable definition that supplied the host (bootstrap.properties ...) is about this row too.
    for (const step of endpoint?.host.chain ?? []) if (step.definition?.location) draft.anchors.push(step.definition.location);
    placed.push({ placement, draft, index });
  }
  return placed;
}

/** Sets each binding's per-stack status in a state (every stack up, or after a failure). */
export function setBindStatuses(placed: readonly PlacedBinding[], state: SysplexState): void {
  for (const { placement, draft, index } of placed) {
    if (placement.address === undefined) continue;
    for (const stack of placement.stacks) {
      const cell = cellOf(draft, stack);
      const entry: MapCellServer = { binding: index, ...statusOn(state, placement, stack) };
      cell.servers = [...(cell.servers ?? []).filter((server) => server.binding !== index), entry];
    }
  }
}

function statusOn(state: SysplexState, placement: EndpointPlacement, stack: string): { status: BindStatus; via: string } {
  if (!state.up.has(stack)) return { status: 'down', via: `${stack} is down` };
  const address = addressOn(placement, stack);
  const redirected = address !== placement.address ? `PORT ... BIND ${address}: ` : '';
  const result = bindOn(state, placement, stack);
  const covered = (via: string): { status: BindStatus; via: string } => ({ status: 'covered', via: `${redirected}${via}` });
  switch (result.via) {
    case 'any':
      return { status: 'any', via: placement.loopback ? 'loopback: needs no VIPA' : 'all interfaces (host="*"): needs no VIPA' };
    case 'home':
      return covered('a HOME address');
    case 'static':
      return covered('a static VIPA');
    case 'xcf':
      return covered('the DYNAMICXCF address');
    case 'dvipa':
      return covered('holds the DVIPA');
    case 'distribute-target':
      return covered('a distribution target');
    case 'viparange':
      return covered(`VIPARANGE ${result.range!.network}/${result.range!.prefixLength}${result.range!.saf ? ` (SAF ${result.range!.saf})` : ''}`);
  }
  if (result.heldBy) {
    const backup = result.dvipa?.backups.some((definition) => definition.stack === stack);
    if (backup) return { status: 'after-takeover', via: `${redirected}VIPABACKUP: only after taking the DVIPA over from ${result.heldBy}` };
    return { status: 'uncovered', via: `${redirected}the DVIPA is held by ${result.heldBy}, so the bind fails here` };
  }
  return { status: 'uncovered', via: `${redirected}no HOME address, DVIPA, distribution or VIPARANGE covers ${address}` };
}

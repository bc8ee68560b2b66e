/**
 * Each Liberty endpoint's fate after a failure. Assumption (said in every reason that depends on
 * it): a server runs on one stack at a time, the first of its stacks (vipa-check.json
 * servers.<name>.stacks order, else the sysplex's) where its address can be bound with every stack
 * up. Then:
 *  - stays: that stack is up and the address is still bindable there;
 *  - restartable: on the stacks (up, allowed) where the address can be bound after the failure;
 *  - lost: nowhere, with the reason.
 * host="*" binds every address of the stack it runs on, unless PORT n TCP job BIND a redirects it
 * ([SAMP]: BIND forces a generic server to bind the given address).
 */
import type { EndpointPlacement, TakeoverModel } from '../model/takeover-types.js';
import type { AddressFate, EndpointFate, SkippedEndpoint } from './what-if-types.js';
import type { BindResult, SysplexState } from './sysplex-state.js';
import { sentence } from './names.js';

export function endpointFates(
  model: TakeoverModel,
  before: SysplexState,
  after: SysplexState,
  inScope: (sysplex: string) => boolean,
): { endpoints: EndpointFate[]; skipped: SkippedEndpoint[]; usedAddresses: AddressFate[] } {
  const endpoints: EndpointFate[] = [];
  const skipped: SkippedEndpoint[] = [];
  const usedAddresses: AddressFate[] = [];
  for (const placement of model.endpoints) {
    const sysplexes = new Set(placement.stacks.map((name) => before.stacks.get(name)?.sysplex));
    if (![...sysplexes].some((sysplex) => sysplex !== undefined && inScope(sysplex))) continue;
    const base = { server: placement.server, endpointId: placement.endpointId, location: placement.location };
    if (placement.address === undefined) {
      skipped.push({ ...base, reason: sentence(`host "${placement.host}" does not resolve to an address in the workspace (add it to vipa-check.json "hosts")`) });
      continue;
    }
    const fate = fateOf(placement, placement.address, before, after);
    endpoints.push(fate);
    const used = usedAddressFate(placement, fate, before, after);
    if (used) usedAddresses.push(used);
  }
  return { endpoints, skipped, usedAddresses };
}

function addressOn(placement: EndpointPlacement, stack: string): string {
  return placement.bindAddresses[stack] ?? placement.address!;
}

function bindOn(state: SysplexState, placement: EndpointPlacement, stack: string): BindResult {
  if (placement.loopback) return state.up.has(stack) ? { via: 'any' } : {};
  return state.bindOn(stack, addressOn(placement, stack));
}

function fateOf(placement: EndpointPlacement, address: string, before: SysplexState, after: SysplexState): EndpointFate {
  const running = placement.stacks.find((stack) => bindOn(before, placement, stack).via !== undefined);
  const bindable = placement.stacks.filter((stack) => bindOn(after, placement, stack).via !== undefined);
  const base = { server: placement.server, endpointId: placement.endpointId, kind: placement.kind, location: placement.location, address, before: running ?? null };
  const shown = address === '*' ? 'all interfaces (host="*")' : address;
  if (!running) {
    return {
      ...base,
      status: 'lost',
      stacks: bindable,
      affected: false,
      reason: sentence(`${shown} cannot be bound on any of its stacks (${placement.stacks.join(', ') || 'none'}) even with every stack up (see bind-not-covered)`),
    };
  }
  const runningAddress = addressOn(placement, running);
  const viaPortBind = runningAddress !== address ? ` (PORT ... BIND ${runningAddress} on ${running})` : '';
  if (after.up.has(running) && bindable.includes(running)) {
    return { ...base, status: 'stays', stacks: bindable, affected: false, reason: sentence(`assumed on ${running}, which stays up; ${runningAddress} is still bindable there${viaPortBind}`) };
  }
  const why = after.up.has(running)
    ? `assumed on ${running}, which stays up, but ${runningAddress} is no longer bindable there: ${lostReason(placement, running, before, after)}`
    : `assumed on ${running}, which is down`;
  if (bindable.length > 0) {
    const where = bindable.map((stack) => `${stack} (${describeVia(bindOn(after, placement, stack), addressOn(placement, stack))})`).join(', ');
    return { ...base, status: 'restartable', stacks: bindable, affected: true, reason: sentence(`${why}; a restart can bind on ${where}`) };
  }
  const detail = after.up.has(running) ? '' : `: ${lostReason(placement, running, before, after)}`;
  return { ...base, status: 'lost', stacks: [], affected: true, reason: sentence(`${why}${detail}`) };
}

function describeVia(result: BindResult, address: string): string {
  switch (result.via) {
    case 'any':
      return address === '*' ? 'all interfaces' : 'loopback';
    case 'dvipa':
      return `holds DVIPA ${address}`;
    case 'distribute-target':
      return `distribution target of ${address}`;
    case 'viparange':
      return `VIPARANGE ${result.range!.network}/${result.range!.prefixLength} creates ${address}`;
    case 'static':
      return `static VIPA ${address}`;
    default:
      return `home address ${address}`;
  }
}

/** Why the address the endpoint used on `running` cannot be bound on any allowed stack after the failure. */
function lostReason(placement: EndpointPlacement, running: string, before: SysplexState, after: SysplexState): string {
  const address = addressOn(placement, running);
  const was = bindOn(before, placement, running);
  const allowed = placement.stacks.join(', ');
  switch (was.via) {
    case 'home':
    case 'static':
    case 'xcf':
      return `${address} is a ${was.via === 'static' ? 'static VIPA' : 'home address'} of ${running} and does not move`;
    case 'dvipa':
    case 'distribute-target': {
      const holder = after.stateOf(was.dvipa!).holder;
      if (!holder) return `no stack takes DVIPA ${address} over`;
      if (!placement.stacks.includes(holder)) return `DVIPA ${address} moves to ${holder}, where server ${placement.server} may not run (its stacks: ${allowed})`;
      return `DVIPA ${address} moves to ${holder} and is not distributed to the server's other stacks`;
    }
    case 'viparange':
      return `no other stack where the server may run (${allowed}) has a VIPARANGE covering ${address}`;
    default:
      return `${address} cannot be bound on ${allowed}`;
  }
}

/** A range or home address in use by an endpoint, as an address fate (DVIPAs and static VIPAs are listed already). */
function usedAddressFate(placement: EndpointPlacement, fate: EndpointFate, before: SysplexState, after: SysplexState): AddressFate | undefined {
  if (!fate.before) return undefined;
  const address = addressOn(placement, fate.before);
  const was = bindOn(before, placement, fate.before);
  if (was.via !== 'viparange' && was.via !== 'home' && was.via !== 'xcf') return undefined;
  const sysplex = before.stacks.get(fate.before)!.sysplex;
  if (was.via === 'viparange') {
    const afterStack = after.up.has(fate.before) ? fate.before : fate.stacks.find((stack) => bindOn(after, placement, stack).via === 'viparange');
    const range = `${was.range!.network}/${was.range!.prefixLength}`;
    const reason =
      afterStack === fate.before
        ? `created on ${fate.before} by a bind of server ${placement.server} (VIPARANGE ${range}); ${fate.before} stays up`
        : afterStack
          ? `created by a bind of server ${placement.server} on ${fate.before} (VIPARANGE ${range}); ${fate.before} is down, so its DVIPA is gone and a restart on ${afterStack} creates it there from its own VIPARANGE`
          : `created by a bind of server ${placement.server} on ${fate.before} (VIPARANGE ${range}); ${fate.before} is down and no other stack where the server may run has a VIPARANGE covering it`;
    return { address, kind: 'viparange', sysplex, before: fate.before, after: afterStack ?? null, moved: afterStack !== undefined && afterStack !== fate.before, lost: afterStack === undefined, reason: sentence(reason), location: was.range!.location };
  }
  const up = after.up.has(fate.before);
  return {
    address,
    kind: 'home',
    sysplex,
    before: fate.before,
    after: up ? fate.before : null,
    moved: false,
    lost: !up,
    reason: sentence(up ? `home address of ${fate.before}, which stays up` : `home address of ${fate.before}, which is down: it does not move`),
  };
}

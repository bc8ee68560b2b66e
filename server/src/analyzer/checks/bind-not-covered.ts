/**
 * bind-not-covered: a Liberty endpoint binds a specific address; on z/OS the bind succeeds only
 * where the address is a home address, an active DVIPA (VIPADEFINE, or VIPABACKUP after takeover),
 * a VIPADISTRIBUTE target, or falls in a VIPARANGE (the bind then creates the DVIPA). Otherwise
 * the bind fails (EADDRNOTAVAIL) and the server does not start there.
 * - error: bindable on no stack where the server may run;
 * - warning: bindable on some, naming the stacks where a restart would fail;
 * - host="*" with `PORT n TCP job BIND a`: `a` is the address actually bound on that stack;
 * - information (same code): a covering VIPARANGE with SAF needs READ to EZB.BINDDVIPARANGE.
 * A VIPABACKUP counts through the takeover model: one that can never hold the DVIPA (another subplex;
 * no VIPADEFINE and no MOVEABLE backup, so the DVIPA is never active) does not cover; one that holds it
 * only after a takeover covers for a restart, and the message says that before the takeover the bind
 * fails there. When that is all the server's stacks have, it cannot start before a takeover: warning.
 */
import type { RelatedInformation } from '../diagnostics/finding.js';
import type { Bindability, PortBindFact, StackModel } from '../model/sysplex-model.js';
import { bindabilityOn } from '../model/coverage.js';
import { ALL_INTERFACES, isLoopbackAddress } from '../liberty/host-address.js';
import type { LibertyEndpoint, LibertyServer } from '../liberty/liberty-model.js';
import { endpointLabel, portBindFor, reportPlace, stacksForServer } from './support/liberty.js';
import { FindingList, listNames } from './support/findings.js';
import { describeRange } from './support/ranges.js';
import { sysplexGroups } from './support/stacks.js';
import type { CheckContext, SysplexCheck } from './check.js';
import { stackAnchor } from './support/stack-anchor.js';
import { dvipaSeenBy, takeoverOf } from './support/takeover.js';
import { holdability } from '../takeover/ownership.js';
import type { TakeoverModel } from '../model/takeover-types.js';

interface Target {
  stack: StackModel;
  address: string;
  portBind?: PortBindFact;
}

const HOW: Record<NonNullable<Bindability['via']>, string> = {
  home: 'a home address',
  vipadefine: 'a VIPADEFINE DVIPA',
  vipabackup: 'a VIPABACKUP DVIPA (held after takeover)',
  viparange: 'in a VIPARANGE',
  'distribute-target': 'a VIPADISTRIBUTE target',
};

export const bindNotCoveredCheck: SysplexCheck = {
  codes: ['bind-not-covered'],
  *run(context) {
    const out = new FindingList();
    // VIPADISTRIBUTE on any stack of a sysplex can make another one a target: coverage needs them all.
    const sysplexes = sysplexGroups(context.model);
    let takeover: TakeoverModel | undefined;
    const backupHold = (stack: StackModel, address: string) => {
      const dvipa = dvipaSeenBy((takeover ??= takeoverOf(context)), stack.name, address);
      return dvipa ? { ...holdability(dvipa, stack.name), dvipa } : undefined;
    };
    let checked = 0;
    for (const server of context.servers) {
      // A first analysis asks every stack about every endpoint: give the event loop a turn now and then.
      if (++checked % 16 === 0) yield;
      const stacks = stacksForServer(server, context.model);
      if (stacks.length === 0) continue;
      for (const endpoint of server.endpoints) checkEndpoint(sysplexes, out, server, endpoint, stacks, backupHold, context.profiles);
    }
    return out.findings;
  },
};

type BackupHold = (stack: StackModel, address: string) => (ReturnType<typeof holdability> & { dvipa: NonNullable<ReturnType<typeof dvipaSeenBy>> }) | undefined;

function checkEndpoint(
  sysplexes: ReadonlyMap<string, StackModel[]>,
  out: FindingList,
  server: LibertyServer,
  endpoint: LibertyEndpoint,
  stacks: StackModel[],
  backupHold: BackupHold,
  profiles: CheckContext['profiles'],
): void {
  const address = endpoint.address;
  if (!address || (address !== ALL_INTERFACES && isLoopbackAddress(address))) return;
  let targets: Target[] = [];
  const wildcardStacks: StackModel[] = [];
  if (address === ALL_INTERFACES) {
    for (const stack of stacks) {
      const portBind = portBindFor(stack, endpoint, server.jobName);
      if (portBind) targets.push({ stack, address: portBind.bindAddress, portBind });
      else wildcardStacks.push(stack);
    }
    if (targets.length === 0) return; // plain INADDR_ANY: bind-all-interfaces says what that means
  } else {
    targets = stacks.map((stack) => ({ stack, address }));
  }

  const results = targets.map((target) => {
    const bindability = bindabilityOn(target.stack, target.address, sysplexes.get(target.stack.sysplex));
    const hold = bindability.via === 'vipabackup' ? backupHold(target.stack, target.address) : undefined;
    return { target, bindability, hold };
  });
  const covered = results.filter((result) => result.bindability.bindable && result.hold?.can !== 'never');
  const missing = results.filter((result) => !result.bindability.bindable || result.hold?.can === 'never');
  const safNotes = covered.filter((result) => result.bindability.via === 'viparange' && (result.bindability.saf ?? result.bindability.range?.saf));
  const onlyAfterTakeover = missing.length === 0 && covered.length > 0 && covered.every((result) => result.hold?.can === 'after-takeover');
  // Most endpoints are covered everywhere: nothing to say, nothing to build.
  if (missing.length === 0 && safNotes.length === 0 && !onlyAfterTakeover) return;
  const label = endpointLabel(server, endpoint);
  const place = reportPlace(endpoint.host, `host of ${label}`);

  const related: RelatedInformation[] = [...place.related];
  for (const { target, bindability, hold } of covered) {
    const when = hold?.can === 'after-takeover' ? `, held only after ${target.stack.name} takes it over: before that the bind fails there (EADDRNOTAVAIL)` : '';
    if (bindability.location) related.push({ location: bindability.location, message: `${target.stack.name}: ${target.address} is ${describeVia(bindability)}${when}` });
  }
  for (const { target } of results) {
    if (target.portBind) related.push({ location: target.portBind.location, message: `${target.stack.name}: PORT ${target.portBind.port} TCP ${target.portBind.jobName} BIND ${target.portBind.bindAddress} makes host="*" bind ${target.portBind.bindAddress}` });
  }

  if (missing.length > 0) {
    const missingNames = missing.map((result) => result.target.stack.name);
    const coveredNames = [...covered.map((result) => result.target.stack.name), ...wildcardStacks.map((stack) => stack.name)];
    const shownAddress = address === ALL_INTERFACES ? listNames([...new Set(missing.map((result) => result.target.address))]) : address;
    const via = address === ALL_INTERFACES ? ` (host="*" with PORT ... BIND ${shownAddress})` : '';
    const reason = missingReason(missing);
    for (const { target } of missing) related.push({ location: stackAnchor(target.stack, profiles), message: `${target.stack.name}: ${target.address} cannot be bound` });
    const data = { address: shownAddress, missingStacks: missingNames, coveredStacks: coveredNames, server: server.name, endpoint: endpoint.id };
    if (coveredNames.length === 0) {
      out.add('bind-not-covered', 'error', place.location, `${label} binds ${shownAddress}${via}, which cannot be bound on any stack where the server may run (${listNames(missingNames)}): ${reason}. Add a VIPARANGE (or VIPADEFINE/VIPABACKUP) covering ${shownAddress}.`, related, data);
    } else {
      out.add('bind-not-covered', 'warning', place.location, `${label} binds ${shownAddress}${via}: it works on ${listNames(coveredNames)} but a restart on ${listNames(missingNames)} would fail: ${reason}. Cover ${shownAddress} on ${listNames(missingNames)} too (e.g. the same VIPARANGE).`, related, data);
    }
  }

  if (onlyAfterTakeover) {
    const names = covered.map((result) => result.target.stack.name);
    const first = covered[0].hold!;
    const owner = first.dvipa.owners[0]?.stack;
    const moveable = covered.some((result) => first.dvipa.backups.find((b) => b.stack === result.target.stack.name)?.moveable);
    const bound = listNames([...new Set(covered.map((result) => result.target.address))]);
    out.add(
      'bind-not-covered',
      'warning',
      place.location,
      `${label} binds ${bound}, which ${listNames(names)} ${names.length > 1 ? 'hold' : 'holds'} only as a VIPABACKUP${moveable ? '' : ' without MOVEABLE'}: ${listNames(names)} ${names.length > 1 ? 'get' : 'gets'} it only by taking it over${owner ? ` from ${owner}, where the server may not run` : ''}, so before a takeover the bind fails (EADDRNOTAVAIL) and the server cannot start. Let the server run on ${owner ?? 'the stack that owns it'} too, or cover ${bound} with a VIPARANGE.`,
      related,
      { address: bound, coveredStacks: names, server: server.name, endpoint: endpoint.id, onlyAfterTakeover: true },
    );
  }

  if (safNotes.length > 0) {
    const resources = safNotes.map(({ target, bindability }) => `EZB.BINDDVIPARANGE.${target.stack.system ?? 'sysname'}.${target.stack.tcpName ?? 'tcpname'}.${bindability.saf ?? bindability.range?.saf}`);
    const safRelated = safNotes.filter((result) => result.bindability.location).map(({ target, bindability }) => ({ location: bindability.location!, message: `${target.stack.name}: VIPARANGE with SAF ${bindability.saf ?? bindability.range?.saf}` }));
    out.add(
      'bind-not-covered',
      'information',
      place.location,
      `The VIPARANGE covering ${listNames([...new Set(safNotes.map((result) => result.target.address))])} has SAF: the user ID of ${label} needs READ access to ${listNames([...new Set(resources)])} to create the DVIPA by binding it.`,
      [...place.related, ...safRelated],
      { resources: [...new Set(resources)] },
    );
  }
}

/** Why the stacks in `missing` cannot bind the address (a VIPABACKUP that never holds it says why). */
function missingReason(missing: { target: Target; bindability: Bindability; hold?: { can: string; reason?: string } }[]): string {
  const plain = missing.filter((result) => !result.bindability.bindable).map((result) => result.target.stack.name);
  const parts: string[] = [];
  if (plain.length === missing.length) return `no HOME address, VIPADEFINE, VIPABACKUP, VIPADISTRIBUTE target or VIPARANGE covers it there, so the bind fails (EADDRNOTAVAIL)`;
  if (plain.length > 0) parts.push(`no HOME address, VIPADEFINE, VIPABACKUP, VIPADISTRIBUTE target or VIPARANGE covers it on ${listNames(plain)}`);
  for (const result of missing) {
    if (result.hold?.can === 'never') parts.push(`on ${result.target.stack.name} it is only a VIPABACKUP, and ${result.hold.reason}: ${result.target.stack.name} never holds it, so the bind fails there`);
  }
  return `${parts.join('; ')} (EADDRNOTAVAIL)`;
}

function describeVia(bindability: Bindability): string {
  if (bindability.via === 'viparange' && bindability.range) return `in VIPARANGE ${describeRange(bindability.range)}`;
  return bindability.via ? HOW[bindability.via] : 'bindable';
}

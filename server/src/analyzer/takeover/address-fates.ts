/** Where each DVIPA and static VIPA is after a failure, with a reason a sysprog can read. */
import type { DvipaTakeover, TakeoverModel } from '../model/takeover-types.js';
import type { AddressFate, DistributionSummary } from './what-if-types.js';
import type { SysplexState } from './sysplex-state.js';
import { describePorts, type DistributionState, type DvipaState } from './ownership.js';
import { listStacks, sentence } from './names.js';

export function dvipaFate(dvipa: DvipaTakeover, before: SysplexState, after: SysplexState): AddressFate {
  const was = before.stateOf(dvipa);
  const now = after.stateOf(dvipa);
  const distBefore = before.distributionOf(dvipa);
  const distAfter = after.distributionOf(dvipa);
  const parts: string[] = [];
  if (!was.holder && dvipa.owners.length + dvipa.backups.length === 0) {
    parts.push(`never active: ${dvipa.excluded.map((d) => d.reason).join('; ')}`);
  } else if (!was.holder) {
    parts.push(
      `never active: no stack VIPADEFINEs ${dvipa.address} and no VIPABACKUP of it has MOVEABLE (a VIPABACKUP without MOVEABLE only takes over an existing DVIPA)`,
    );
  } else if (after.up.has(was.holder)) {
    parts.push(`${was.holder} ${was.how === 'owner' ? '(VIPADEFINE)' : '(MOVEABLE VIPABACKUP)'} stays up`);
    if (was.candidates) parts.push(ambiguousStart(was));
  } else if (now.holder) {
    if (was.candidates) parts.push(ambiguousStart(was));
    parts.push(`${was.holder} is down; ${now.holder} takes it over: ${howHeld(now)}`);
    if (now.candidates) parts.push(tie(now));
    parts.push(...refusals(now));
    const back = takeback(dvipa, was, now);
    if (back) parts.push(back);
  } else {
    if (was.candidates) parts.push(ambiguousStart(was));
    parts.push(`${was.holder} is down and ${noTakeover(dvipa, was, after)}`);
    parts.push(...refusals(now));
  }
  const distribution = distributionNote(dvipa, now, distBefore, distAfter, after);
  if (distribution) parts.push(distribution);
  const location = (dvipa.owners[0] ?? dvipa.backups[0] ?? dvipa.excluded[0])?.location;
  return {
    address: dvipa.address,
    kind: distBefore ? 'distributed' : 'vipadefine',
    sysplex: dvipa.sysplex,
    before: was.holder ?? null,
    after: now.holder ?? null,
    moved: now.holder !== undefined && now.holder !== was.holder,
    lost: was.holder !== undefined && now.holder === undefined,
    reason: sentence(...parts),
    candidates: now.candidates,
    distributionBefore: summary(distBefore),
    distributionAfter: summary(distAfter),
    location,
  };
}

export function staticFates(model: TakeoverModel, after: SysplexState, inScope: (sysplex: string) => boolean): AddressFate[] {
  const fates: AddressFate[] = [];
  for (const stack of model.stacks) {
    if (!inScope(stack.sysplex)) continue;
    for (const home of stack.homes) {
      if (home.kind !== 'static') continue;
      const up = after.up.has(stack.name);
      fates.push({
        address: home.address,
        kind: 'static',
        sysplex: stack.sysplex,
        before: stack.name,
        after: up ? stack.name : null,
        moved: false,
        lost: !up,
        reason: sentence(
          up
            ? `static VIPA of ${stack.name}, which stays up`
            : `static VIPA of ${stack.name}, which is down: a static VIPA does not move by itself (only a VARY TCPIP,,OBEYFILE on another stack can define it there)`,
        ),
        location: home.location,
      });
    }
  }
  return fates;
}

function howHeld(state: DvipaState): string {
  const definition = state.definition;
  if (state.how === 'second-owner') return `${state.holder} VIPADEFINEs it too`;
  if (!definition) return 'it defines it';
  return `the highest-ranked backup still up (VIPABACKUP rank ${definition.rank ?? 1}${definition.moveable ? ` MOVEABLE ${definition.moveable}` : ''})`;
}

function tie(state: DvipaState): string {
  const rank = state.definition?.rank;
  const names = state.candidates!.join(', ');
  return state.how === 'second-owner'
    ? `UNCONFIRMED which of ${names} (each VIPADEFINEs it) takes it over; assumed ${state.holder}, the first in the workspace`
    : `UNCONFIRMED: ${names} all have rank ${rank ?? 1} and IBM does not document which of equal-rank backups takes over; assumed ${state.holder}, the first in the workspace`;
}

function ambiguousStart(state: DvipaState): string {
  return state.how === 'owner'
    ? `${listStacks(state.candidates!)} ${state.candidates!.length === 2 ? 'both' : 'all'} VIPADEFINE it: the stack that activates it later wins the contention and the other becomes a backup, so the owner depends on start order (assumed ${state.holder})`
    : `no stack VIPADEFINEs it: the first of ${state.candidates!.join(', ')} (MOVEABLE VIPABACKUP) to start creates it (assumed ${state.holder}, the highest rank)`;
}

function refusals(state: DvipaState): string[] {
  return (state.refused ?? []).map((refusal) => `${refusal.stack} cannot take it over (${refusal.reason})`);
}

function noTakeover(dvipa: DvipaTakeover, was: DvipaState, after: SysplexState): string {
  const others = [...dvipa.owners, ...dvipa.backups].filter((d) => d.stack !== was.holder);
  const excluded = dvipa.excluded.filter((d) => d.stack !== was.holder).map((d) => d.reason);
  let text: string;
  if (others.length === 0) text = `no other stack of its subplex backs it up, so nothing takes it over`;
  else {
    const down = others.filter((d) => !after.up.has(d.stack)).map((d) => (d.statement === 'VIPADEFINE' ? d.stack : `${d.stack} rank ${d.rank ?? 1}`));
    text = down.length === others.length ? `its backups (${down.join(', ')}) are down too, so nothing takes it over` : `no backup still up can take it over`;
  }
  return excluded.length > 0 ? `${text} (${excluded.join('; ')})` : text;
}

function takeback(dvipa: DvipaTakeover, was: DvipaState, now: DvipaState): string | undefined {
  if (was.how !== 'owner' || now.how !== 'takeover' || !dvipa.takeback) return undefined;
  const coded = dvipa.takebackDefaulted ? 'MOVEABLE IMMEDIATE, the default when the VIPADEFINE codes none' : `MOVEABLE ${dvipa.takeback}`;
  return dvipa.takeback === 'IMMEDIATE'
    ? `when ${was.holder} restarts, the DVIPA moves back to it at once, existing connections kept (${coded})`
    : `when ${was.holder} restarts, the DVIPA moves back only once ${now.holder} has no connections to it (${coded})`;
}

function distributionNote(dvipa: DvipaTakeover, now: DvipaState, before?: DistributionState, after?: DistributionState, state?: SysplexState): string | undefined {
  if (after && before) {
    const lost = before.targets.filter((target) => !after.targets.includes(target));
    const left = after.targets.length > 0 ? `to ${after.targets.join(', ')}` : 'to no target that is up';
    return `distribution survives: ${after.distributor} distributes it ${left}${lost.length > 0 ? ` (${lost.join(', ')} down)` : ''}`;
  }
  if (before && !after) {
    if (!now.holder) return `distribution by ${before.distributor} ends with it`;
    const routing = state?.stacks.get(now.holder)?.sysplexRouting ? '' : ' (and no IPCONFIG SYSPLEXROUTING)';
    return `distribution is lost: ${now.holder} has no VIPADISTRIBUTE for ${dvipa.address}${routing}, so connections reach only ${now.holder}'s own listeners`;
  }
  if (!before && after) return `${after.distributor} distributes it${after.targets.length > 0 ? ` to ${after.targets.join(', ')}` : ''} (its own VIPADISTRIBUTE)`;
  return undefined;
}

function summary(state: DistributionState | undefined): DistributionSummary | undefined {
  return state ? { distributor: state.distributor, targets: [...state.targets], ports: describePorts(state.ports) } : undefined;
}


/**
 * The roles an address plays on each stack, read from the takeover model (analyzer/takeover): the
 * owner (VIPADEFINE), the backups in takeover order (VIPABACKUP rank and MOVEABLE), definitions the
 * stack ignores (with why), distributors and their targets, VIPARANGEs, and home, static VIPA and
 * DYNAMICXCF addresses. No takeover rule is decided here: the model and ownership.ts decide.
 */
import type { DvipaDefinition, DvipaTakeover, TakeoverRange, TakeoverStack } from '../model/takeover-types.js';
import type { StackModel } from '../model/sysplex-model.js';
import type { LocationTable } from './locations.js';
import { initialState, describePorts } from '../takeover/ownership.js';
import { listStacks } from '../takeover/names.js';
import { activeDistributes, activeDvipa } from '../model/coverage.js';
import { addRole, cellOf, tag, type RowDraft, type RowTable } from './row-table.js';

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const HOME_ROLE = {
  home: { label: 'Home', what: 'a HOME address' },
  static: { label: 'Static VIPA', what: 'a static VIPA' },
  xcf: { label: 'XCF', what: 'the DYNAMICXCF address' },
} as const;

export function addHomeRoles(rows: RowTable, stack: TakeoverStack, locations: LocationTable): void {
  for (const home of stack.homes) {
    const draft = rows.row(stack.sysplex, home.address);
    tag(draft, home.kind);
    const { label, what } = HOME_ROLE[home.kind];
    const detail = `${home.address} is ${what} of ${stack.name}${home.kind === 'home' ? '' : home.kind === 'static' ? ': it moves only by OBEYFILE' : ''}.`;
    addRole(draft, stack.name, { kind: home.kind, label, detail, loc: locations.ref(home.location) }, home.location).active = true;
  }
}

export function addRangeRoles(rows: RowTable, stack: TakeoverStack, model: StackModel | undefined, locations: LocationTable): void {
  for (const range of stack.ranges) {
    const subnet = `${range.network}/${range.prefixLength}`;
    const draft = rows.row(stack.sysplex, subnet, 'range');
    tag(draft, 'range');
    const saf = range.saf ? `; a bind needs READ access to ${safResource(range.saf, stack, model)}` : '';
    const label = ['Range', range.moveable === 'DISRUPTIVE' ? 'DISRUPTIVE' : '', range.saf ? `SAF ${range.saf}` : ''].filter(Boolean).join(' · ');
    const detail = `VIPARANGE DEFINE MOVEABLE ${range.moveable} ${subnet} on ${stack.name}: a bind of an address in it creates a DVIPA there${saf}.`;
    addRole(draft, stack.name, { kind: 'range', label, detail, loc: locations.ref(range.location), moveable: range.moveable, saf: range.saf }, range.location, range.statementLocation);
  }
}

/** EZB.BINDDVIPARANGE.sysname.tcpname.resname (IP Configuration Reference, VIPARANGE SAF). */
function safResource(saf: string, stack: TakeoverStack, model: StackModel | undefined): string {
  return `EZB.BINDDVIPARANGE.${stack.system ?? model?.system ?? '<sysname>'}.${model?.tcpName ?? '<tcpname>'}.${saf}`;
}

/** Which VIPARANGE of a stack covers an address that is not a range row itself. */
export function addInRangeRole(draft: RowDraft, stack: TakeoverStack, range: TakeoverRange, locations: LocationTable): void {
  const subnet = `${range.network}/${range.prefixLength}`;
  const label = [`in ${subnet}`, range.saf ? `SAF ${range.saf}` : ''].filter(Boolean).join(' · ');
  const detail = `VIPARANGE ${subnet}${range.saf ? ` (SAF ${range.saf})` : ''} of ${stack.name} covers ${draft.row.address}: a bind on ${stack.name} creates it as a DVIPA while no stack holds it.`;
  addRole(draft, stack.name, { kind: 'in-range', label, detail, loc: locations.ref(range.location), saf: range.saf });
}

export function addDvipaRoles(rows: RowTable, dvipa: DvipaTakeover, locations: LocationTable): void {
  const draft = rows.row(dvipa.sysplex, dvipa.address);
  tag(draft, 'dvipa');
  const holder = initialState(dvipa).holder;
  const add = (definition: DvipaDefinition, label: string, detail: string, kind: 'owner' | 'backup' | 'excluded') => {
    const cell = addRole(draft, definition.stack, { kind, label, detail, loc: locations.ref(definition.location), rank: definition.rank, moveable: definition.moveable }, definition.location, definition.statementLocation);
    if (definition.stack === holder) cell.active = true;
  };
  for (const owner of dvipa.owners) {
    const others = dvipa.owners.filter((d) => d.stack !== owner.stack).map((d) => d.stack);
    const mode = owner.moveable ?? 'IMMEDIATE';
    const back = mode === 'WHENIDLE' ? 'moves back once the holder has no connections left (MOVEABLE WHENIDLE)' : `moves back at once, connections kept (MOVEABLE IMMEDIATE${owner.moveable ? '' : ', the default'})`;
    const duplicate = others.length > 0 ? `; also VIPADEFINEd on ${listStacks(others)}: only one stack can own it` : '';
    add(owner, ['Owner', owner.moveable ?? ''].filter(Boolean).join(' · '), `VIPADEFINE on ${owner.stack}: it owns ${dvipa.address}; after a failure it ${back}${duplicate}.`, 'owner');
  }
  dvipa.backups.forEach((backup, index) => {
    const order = `${ordinal(index + 1)} of ${dvipa.backups.length} backup${dvipa.backups.length === 1 ? '' : 's'} to take it over`;
    const tied = dvipa.backups.filter((d) => d.rank === backup.rank && d.stack !== backup.stack).map((d) => d.stack);
    const tie = tied.length > 0 ? ` (same rank as ${listStacks(tied)}: which one takes over first is UNCONFIRMED)` : '';
    const mode = backup.moveable
      ? `; MOVEABLE ${backup.moveable}: it can also create the DVIPA when no stack holds it`
      : '; no MOVEABLE: it only takes over an existing DVIPA';
    const label = [`Backup ${backup.rank ?? 1}`, backup.moveable ?? '', ordinal(index + 1)].filter(Boolean).join(' · ');
    add(backup, label, `VIPABACKUP rank ${backup.rank ?? 1} on ${backup.stack}: ${order}${tie}${mode}.`, 'backup');
  });
  for (const excluded of dvipa.excluded) {
    const what = excluded.statement === 'VIPADEFINE' ? 'VIPADEFINE' : `VIPABACKUP${excluded.rank !== undefined ? ` ${excluded.rank}` : ''}`;
    add(excluded, `${what} · ignored`, `${what} on ${excluded.stack} takes no part: ${excluded.reason}`, 'excluded');
  }
  addDistributionRoles(draft, dvipa, locations);
  for (const excluded of dvipa.excluded) {
    if (!excluded.distribution) continue;
    addRole(
      draft,
      excluded.stack,
      { kind: 'excluded', label: 'Distributor · never', detail: `VIPADISTRIBUTE DEFINE on ${excluded.stack}, which never holds ${dvipa.address} (its ${excluded.statement} takes no part), so it never distributes it.`, loc: locations.ref(excluded.distribution.location) },
      excluded.distribution.location,
    );
  }
}

function addDistributionRoles(draft: RowDraft, dvipa: DvipaTakeover, locations: LocationTable): void {
  const targets = new Map<string, string[]>();
  for (const definition of [...dvipa.owners, ...dvipa.backups]) {
    const distribution = definition.distribution;
    if (!distribution) continue;
    tag(draft, 'distributed');
    const ports = distribution.ports.length > 0 ? ` PORT ${describePorts(distribution.ports)}` : '';
    const unmatched = distribution.unmatched.length > 0 ? `; DESTIP ${distribution.unmatched.join(', ')} is no stack's DYNAMICXCF address` : '';
    const when = definition.statement === 'VIPABACKUP' ? ' once it holds the DVIPA' : '';
    const to = distribution.targets.length > 0 ? listStacks(distribution.targets) : 'no stack';
    addRole(
      draft,
      definition.stack,
      { kind: 'distributor', label: `Distributor → ${distribution.targets.length}`, detail: `VIPADISTRIBUTE DEFINE DISTMETHOD ${distribution.distMethod}${ports} on ${definition.stack}: distributes to ${to}${when}${unmatched}.`, loc: locations.ref(distribution.location) },
      distribution.location,
    );
    for (const target of distribution.targets) targets.set(target, [...(targets.get(target) ?? []), `${definition.stack}${ports ? ` (${ports.trim()})` : ''}`]);
  }
  for (const [stack, from] of targets) {
    const first = [...dvipa.owners, ...dvipa.backups].find((d) => d.distribution?.targets.includes(stack));
    cellOf(draft, stack).roles.push({ kind: 'target', label: 'Target', detail: `Distribution target of ${from.join(' and ')}: connections to ${dvipa.address} are routed to ${stack}.`, loc: locations.ref(first?.distribution?.location) });
  }
}

/** VIPADISTRIBUTE DEFINEs for an address the stack does not define: the stack ignores them (distribute-undefined-dvipa). */
export function addUndefinedDistributions(rows: RowTable, stack: StackModel, locations: LocationTable): void {
  for (const distribute of stack.distributes) {
    if (distribute.action !== 'DEFINE' || activeDvipa(stack, distribute.address)) continue;
    if (!activeDistributes(stack, distribute.address).includes(distribute)) continue;
    const draft = rows.row(stack.sysplex, distribute.address);
    tag(draft, 'distributed');
    addRole(
      draft,
      stack.name,
      { kind: 'excluded', label: 'Distributor · ignored', detail: `VIPADISTRIBUTE DEFINE ${distribute.address} on ${stack.name}, which defines it by neither VIPADEFINE nor VIPABACKUP: a stack distributes only its own DVIPA, so this does nothing.`, loc: locations.ref(distribute.location) },
      distribute.location,
      distribute.statementLocation,
    );
  }
}

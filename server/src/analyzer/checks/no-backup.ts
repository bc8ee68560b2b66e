/**
 * no-backup: a VIPADEFINE DVIPA that no other stack of the sysplex backs up (VIPABACKUP or
 * VIPADEFINE; a definition that a later VIPADELETE of its stack removed does not count), so nothing takes it over when its stack fails. A workspace with one stack still
 * warns: there is no other stack at all.
 * Also (information): a DVIPA that only non-MOVEABLE VIPABACKUPs name and no stack VIPADEFINEs. Such
 * a VIPABACKUP only takes over an existing DVIPA; it cannot create one when its stack starts first
 * (IBM Q&A dwa1433874, profile-syntax.md §2.2).
 * A backup on a stack of another TCP/IP subplex (GLOBALCONFIG XCFGRPID) does not count: stacks of
 * different subplexes are not aware of each other (sys_subplex_concepts_xmp.htm; takeover model).
 */
import type { SysplexCheck } from './check.js';
import type { DvipaFact, StackModel } from '../model/sysplex-model.js';
import { isLoopback } from './support/addresses.js';
import { FindingList, listNames } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { activeDvipas } from '../model/coverage.js';
import { dvipaSeenBy, takeoverOf } from './support/takeover.js';
import { hasSeveralSubplexes } from '../takeover/takeover-model.js';
import type { TakeoverModel } from '../takeover/takeover-types.js';

const MOVEABLE_HINT = 'With MOVEABLE IMMEDIATE and an address mask a VIPABACKUP can also create the DVIPA when its stack starts first; without MOVEABLE it only takes over an existing one.';

/** What the sysplex as a whole does with one DVIPA address. */
interface AddressUse {
  /** How many stacks define or back it up. */
  stackCount: number;
  defined: boolean;
  moveableBackup: boolean;
}

/**
 * Runs on every analysis, so it only walks each stack's active-DVIPA map (built once per stack model
 * by coverage.ts) with canonical addresses as keys: a few map operations per DVIPA of the sysplex.
 */
export const noBackupCheck: SysplexCheck = {
  codes: ['no-backup'],
  run(context) {
    const out = new FindingList();
    let takeover: TakeoverModel | undefined;
    const otherSubplexOnly = (stack: StackModel, address: string) => onlyOtherSubplexBackers((takeover ??= takeoverOf(context)), stack, address);
    for (const [sysplex, stacks] of sysplexGroups(context.model)) {
      const uses = addressUses(stacks);
      const subplexes = hasSeveralSubplexes(stacks, context) ? otherSubplexOnly : () => [];
      for (const stack of stacks) {
        for (const [address, fact] of activeDvipas(stack)) {
          if (fact.statement === 'VIPADEFINE') reportUnbacked(stack, stacks, sysplex, fact, uses.get(address), out, subplexes);
          else reportBackupThatCannotCreate(sysplex, fact, uses.get(address), out);
        }
      }
    }
    return out.findings;
  },
};

function addressUses(stacks: readonly StackModel[]): Map<string, AddressUse> {
  const uses = new Map<string, AddressUse>();
  for (const stack of stacks) {
    for (const [address, fact] of activeDvipas(stack)) {
      let use = uses.get(address);
      if (!use) uses.set(address, (use = { stackCount: 0, defined: false, moveableBackup: false }));
      use.stackCount++;
      if (fact.statement === 'VIPADEFINE') use.defined = true;
      else if (fact.moveable) use.moveableBackup = true;
    }
  }
  return uses;
}

/** The stacks backing the DVIPA up, when all of them are in another subplex than `stack`; else []. */
function onlyOtherSubplexBackers(takeover: TakeoverModel, stack: StackModel, address: string): string[] {
  const dvipa = dvipaSeenBy(takeover, stack.name, address);
  if (!dvipa) return [];
  const sameSubplex = [...dvipa.owners, ...dvipa.backups, ...dvipa.excluded.filter((d) => d.why !== 'other-subplex')].filter((d) => d.stack !== stack.name);
  if (sameSubplex.length > 0) return [];
  return [...new Set(dvipa.excluded.filter((d) => d.why === 'other-subplex').map((d) => d.stack))];
}

function reportUnbacked(
  stack: StackModel,
  stacks: readonly StackModel[],
  sysplex: string,
  fact: DvipaFact,
  use: AddressUse | undefined,
  out: FindingList,
  otherSubplexOnly: (stack: StackModel, address: string) => string[],
): void {
  // 127.0.0.1 is rejected outright (loopback-in-vipa); a backup would not help.
  if (!use || isLoopback(fact.address)) return;
  const elsewhere = use.stackCount > 1 ? otherSubplexOnly(stack, fact.address) : [];
  if (use.stackCount > 1 && elsewhere.length === 0) return;
  const others = stacks.filter((other) => other !== stack).map((other) => other.name);
  const why =
    elsewhere.length > 0
      ? `only ${listNames(elsewhere)} back${elsewhere.length === 1 ? 's' : ''} it up, in another TCP/IP subplex (GLOBALCONFIG XCFGRPID differs), and stacks of different subplexes are not aware of each other`
      : others.length === 0
        ? `stack ${stack.name} is the only stack of sysplex ${sysplex} in this workspace`
        : `no other stack of sysplex ${sysplex} (${listNames(others)}) codes VIPABACKUP or VIPADEFINE for it`;
  out.add(
    'no-backup',
    'warning',
    fact.location,
    `DVIPA ${fact.address} has no backup: ${why}, so nothing takes it over when ${stack.name} fails. Add VIPABACKUP ${fact.address} to another stack. ${MOVEABLE_HINT}`,
    [],
    { address: fact.address, stack: stack.name },
  );
}

function reportBackupThatCannotCreate(sysplex: string, fact: DvipaFact, use: AddressUse | undefined, out: FindingList): void {
  if (!use || use.defined || use.moveableBackup) return;
  out.add(
    'no-backup',
    'information',
    fact.location,
    `No stack of sysplex ${sysplex} VIPADEFINEs ${fact.address}, and no VIPABACKUP of it has MOVEABLE: this VIPABACKUP only takes over an existing DVIPA and cannot create it when its stack starts first, so ${fact.address} may never become active. Code MOVEABLE IMMEDIATE with an address mask, or VIPADEFINE it on the owning stack.`,
  );
}

/**
 * no-backup: a VIPADEFINE DVIPA that no other stack of the sysplex backs up (VIPABACKUP or
 * VIPADEFINE; a definition that a later VIPADELETE of its stack removed does not count), so nothing takes it over when its stack fails. A workspace with one stack still
 * warns: there is no other stack at all.
 * Also (information): a DVIPA that only non-MOVEABLE VIPABACKUPs name and no stack VIPADEFINEs. Such
 * a VIPABACKUP only takes over an existing DVIPA; it cannot create one when its stack starts first
 * (IBM Q&A dwa1433874, profile-syntax.md §2.2).
 */
import { checkState, type SysplexCheck } from './check.js';
import type { Finding } from '../diagnostics/finding.js';
import type { DvipaFact, StackModel } from '../model/sysplex-model.js';
import { isLoopback } from './support/addresses.js';
import { FindingList, listNames } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { StackJoin, sameLocation, type Contribution } from './support/stack-join.js';
import { activeDvipas } from '../model/coverage.js';

const MOVEABLE_HINT = 'With MOVEABLE IMMEDIATE and an address mask a VIPABACKUP can also create the DVIPA when its stack starts first; without MOVEABLE it only takes over an existing one.';

/** What the sysplex as a whole does with one DVIPA address. */
interface AddressUse {
  /** How many stacks define or back it up. */
  stackCount: number;
  defined: boolean;
  moveableBackup: boolean;
}

/**
 * An incremental join by canonical address over each stack's active-DVIPA map (built once per stack
 * model by coverage.ts; support/stack-join.ts): after an edit only the addresses of the rebuilt
 * stack are looked at again. The messages name the other stacks of the sysplex, so the ordered
 * stack names are part of the join's context.
 */
export const noBackupCheck: SysplexCheck = {
  codes: ['no-backup'],
  *run(context) {
    const join = checkState(context, noBackupCheck, () => new StackJoin(activeDvipaEntries, sameForNoBackup));
    const groups = sysplexGroups(context.model);
    join.retain(groups.keys());
    const findings: Finding[] = [];
    for (const [sysplex, stacks] of groups) {
      const names = stacks.map((stack) => stack.name);
      const judge = (_address: string, contributions: Contribution<DvipaFact>[]) => {
        const out = new FindingList();
        const use = addressUse(contributions);
        for (const { stack, entries } of contributions) {
          for (const fact of entries) {
            if (fact.statement === 'VIPADEFINE') reportUnbacked(stack, names, sysplex, fact, use, out);
            else reportBackupThatCannotCreate(sysplex, fact, use, out);
          }
        }
        return out.findings;
      };
      for (const finding of yield* join.steps(sysplex, stacks, `${sysplex}\u0000${names.join('\u0000')}`, judge)) findings.push(finding);
    }
    return findings;
  },
};

/** What the judgement reads of a DVIPA fact: its address, statement, MOVEABLE and location. */
function sameForNoBackup(a: DvipaFact, b: DvipaFact): boolean {
  return a.address === b.address && a.statement === b.statement && a.moveable === b.moveable && sameLocation(a.location, b.location);
}

function activeDvipaEntries(stack: StackModel): Map<string, DvipaFact[]> {
  const entries = new Map<string, DvipaFact[]>();
  for (const [address, fact] of activeDvipas(stack)) entries.set(address, [fact]);
  return entries;
}

function addressUse(contributions: Contribution<DvipaFact>[]): AddressUse {
  const use: AddressUse = { stackCount: 0, defined: false, moveableBackup: false };
  for (const { entries } of contributions) {
    for (const fact of entries) {
      use.stackCount++;
      if (fact.statement === 'VIPADEFINE') use.defined = true;
      else if (fact.moveable) use.moveableBackup = true;
    }
  }
  return use;
}

function reportUnbacked(stack: StackModel, stackNames: readonly string[], sysplex: string, fact: DvipaFact, use: AddressUse | undefined, out: FindingList): void {
  // 127.0.0.1 is rejected outright (loopback-in-vipa); a backup would not help.
  if (!use || use.stackCount > 1 || isLoopback(fact.address)) return;
  const others = stackNames.filter((name) => name !== stack.name);
  const why =
    others.length === 0
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

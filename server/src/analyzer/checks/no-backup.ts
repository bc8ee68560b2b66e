/**
 * no-backup: a VIPADEFINE DVIPA that no other stack of the sysplex backs up (VIPABACKUP or
 * VIPADEFINE; a definition that a later VIPADELETE of its stack removed does not count), so nothing
 * takes it over when its stack fails. When the sysplex has a single stack in the workspace, this is
 * information: the other stacks may simply not be in the workspace. An address the stack rejects
 * as its own (EZZ8307I) is no DVIPA and gets no finding here (model/rejected-dvipas.ts).
 * Also (information): a DVIPA that only non-MOVEABLE VIPABACKUPs name and no stack VIPADEFINEs. Such
 * a VIPABACKUP only takes over an existing DVIPA; it cannot create one when its stack starts first
 * (IBM Q&A dwa1433874, profile-syntax.md §2.2).
 * A backup on a stack of another TCP/IP subplex (GLOBALCONFIG XCFGRPID) does not count: stacks of
 * different subplexes are not aware of each other (sys_subplex_concepts_xmp.htm; takeover model).
 */
import { checkState, type SysplexCheck } from './check.js';
import type { Finding } from '../diagnostics/finding.js';
import type { DvipaFact, StackModel } from '../model/sysplex-model.js';
import { isLoopback } from './support/addresses.js';
import { FindingList, listNames } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { StackJoin, sameLocation, type Contribution } from './support/stack-join.js';
import { activeDvipas } from '../model/coverage.js';
import { dvipaSeenBy, takeoverOf } from './support/takeover.js';
import { subplexSignature } from '../takeover/takeover-model.js';
import type { TakeoverModel } from '../model/takeover-types.js';

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
 * stack are looked at again. The messages name the other stacks of the sysplex, and a backup in
 * another subplex does not count, so the ordered stack names and their subplexes (when there are
 * several) are the join's context; the takeover model is read only for addresses judged again.
 */
export const noBackupCheck: SysplexCheck = {
  codes: ['no-backup'],
  *run(context) {
    const join = checkState(context, noBackupCheck, () => new StackJoin(activeDvipaEntries, sameForNoBackup));
    const groups = sysplexGroups(context.model);
    join.retain(groups.keys());
    const findings: Finding[] = [];
    let takeover: TakeoverModel | undefined;
    const otherSubplexOnly = (stack: StackModel, address: string) => onlyOtherSubplexBackers((takeover ??= takeoverOf(context)), stack, address);
    for (const [sysplex, stacks] of groups) {
      const names = stacks.map((stack) => stack.name);
      // Which backups count depends on the stacks' subplexes, not only on the DVIPAs they contribute.
      const subplexes = subplexSignature(stacks, context);
      const elsewhere = subplexes ? otherSubplexOnly : () => [];
      const judge = (_address: string, contributions: Contribution<DvipaFact>[]) => {
        const out = new FindingList();
        const use = addressUse(contributions);
        for (const { stack, entries } of contributions) {
          for (const fact of entries) {
            if (fact.statement === 'VIPADEFINE') reportUnbacked(stack, names, sysplex, fact, use, out, elsewhere);
            else reportBackupThatCannotCreate(sysplex, fact, use, out);
          }
        }
        return out.findings;
      };
      for (const finding of yield* join.steps(sysplex, stacks, `${sysplex}\u0000${names.join('\u0000')}\u0000${subplexes}`, judge)) findings.push(finding);
    }
    return findings;
  },
};

/** What the judgement reads of a DVIPA fact: its address, statement, MOVEABLE, IPv6 interface name and location. */
function sameForNoBackup(a: DvipaFact, b: DvipaFact): boolean {
  return a.address === b.address && a.statement === b.statement && a.moveable === b.moveable && a.interfaceName === b.interfaceName && sameLocation(a.location, b.location);
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
  stackNames: readonly string[],
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
  const others = stackNames.filter((name) => name !== stack.name);
  if (others.length === 0) {
    // One stack in the workspace's sysplex: a monoplex, a test LPAR, or only this system's profile
    // at hand. The other stacks may simply not be here, so this is no warning.
    out.add(
      'no-backup',
      'information',
      fact.location,
      `DVIPA ${fact.address} has no backup in this workspace: stack ${stack.name} is the only stack of sysplex ${sysplex} here, and the other stacks may not be in the workspace. ` +
        `To check backups, add the other stacks' profiles and declare them in vipa-check.json ("stacks": { "${stack.name}": { "profile": "..." }, "<other stack>": { "profile": "..." } }, all in one sysplex); on a monoplex nothing can take the DVIPA over. ${addAdvice(fact)}`,
      [],
      { address: fact.address, stack: stack.name },
    );
    return;
  }
  const why =
    elsewhere.length > 0
      ? `only ${listNames(elsewhere)} back${elsewhere.length === 1 ? 's' : ''} it up, in another TCP/IP subplex (GLOBALCONFIG XCFGRPID differs), and stacks of different subplexes are not aware of each other`
      : `no other stack of sysplex ${sysplex} (${listNames(others)}) codes VIPABACKUP or VIPADEFINE for it`;
  out.add(
    'no-backup',
    'warning',
    fact.location,
    `DVIPA ${fact.address} has no backup: ${why}, so nothing takes it over when ${stack.name} fails. ${addAdvice(fact)}`,
    [],
    { address: fact.address, stack: stack.name },
  );
}

/**
 * The statement to add on a backup stack. IPv6: VIPABACKUP names the interface, and "the interface
 * name and IPv6 address pair must match ... the VIPADEFINE statement" for takeover and takeback
 * (IP Configuration Guide, IPv6 VIPADEFINE and VIPABACKUP, V2R2
 * https://www.ibm.com/docs/ja/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/vipa_ipv6_vipadefine_vipabackup.htm).
 */
function addAdvice(fact: DvipaFact): string {
  if (fact.family === 6) {
    const name = fact.interfaceName ?? '<interface name>';
    return `Add VIPABACKUP MOVEABLE IMMEDIATE ${name} ${fact.address} to another stack: an IPv6 VIPABACKUP must name the same interface, ${name}, as this VIPADEFINE, or takeover and takeback do not work.`;
  }
  return `Add VIPABACKUP ${fact.address} to another stack. ${MOVEABLE_HINT}`;
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

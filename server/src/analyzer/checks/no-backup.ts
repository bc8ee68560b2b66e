/**
 * no-backup: a VIPADEFINE DVIPA that no other stack of the sysplex backs up (VIPABACKUP or
 * VIPADEFINE; a definition that a later VIPADELETE of its stack removed does not count), so nothing takes it over when its stack fails. A workspace with one stack still
 * warns: there is no other stack at all.
 * Also (information): a DVIPA that only non-MOVEABLE VIPABACKUPs name and no stack VIPADEFINEs. Such
 * a VIPABACKUP only takes over an existing DVIPA; it cannot create one when its stack starts first
 * (IBM Q&A dwa1433874, profile-syntax.md §2.2).
 */
import type { SysplexCheck } from './check.js';
import type { DvipaFact, StackModel } from '../model/sysplex-model.js';
import { addressKey, isLoopback } from './support/addresses.js';
import { FindingList, listNames } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { activeDvipa } from '../model/coverage.js';

/** The DVIPAs of a stack in force after its VIPADELETEs (one fact per address, see coverage.ts). */
function activeDvipas(stack: StackModel): DvipaFact[] {
  return stack.dvipas.filter((fact) => activeDvipa(stack, fact.address) === fact);
}

const MOVEABLE_HINT = 'With MOVEABLE IMMEDIATE and an address mask a VIPABACKUP can also create the DVIPA when its stack starts first; without MOVEABLE it only takes over an existing one.';

interface AddressUse {
  stacks: Set<string>;
  defined: boolean;
  moveableBackup: boolean;
  backups: { stack: StackModel; fact: DvipaFact }[];
}

export const noBackupCheck: SysplexCheck = {
  codes: ['no-backup'],
  run(context) {
    const out = new FindingList();
    for (const [sysplex, stacks] of sysplexGroups(context.model)) {
      const uses = new Map<string, AddressUse>();
      for (const stack of stacks) {
        for (const fact of activeDvipas(stack)) {
          const key = addressKey(fact.address);
          if (!key) continue;
          let use = uses.get(key);
          if (!use) uses.set(key, (use = { stacks: new Set(), defined: false, moveableBackup: false, backups: [] }));
          use.stacks.add(stack.name);
          if (fact.statement === 'VIPADEFINE') use.defined = true;
          else {
            use.backups.push({ stack, fact });
            if (fact.moveable) use.moveableBackup = true;
          }
        }
      }

      for (const stack of stacks) {
        for (const fact of activeDvipas(stack)) {
          // 127.0.0.1 is rejected outright (loopback-in-vipa); a backup would not help.
          if (fact.statement !== 'VIPADEFINE' || isLoopback(fact.address)) continue;
          const use = uses.get(addressKey(fact.address) ?? '');
          if (!use || [...use.stacks].some((name) => name !== stack.name)) continue;
          const others = stacks.filter((other) => other.name !== stack.name).map((other) => other.name);
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
      }

      for (const use of uses.values()) {
        if (use.defined || use.moveableBackup) continue;
        for (const { fact } of use.backups) {
          out.add(
            'no-backup',
            'information',
            fact.location,
            `No stack of sysplex ${sysplex} VIPADEFINEs ${fact.address}, and no VIPABACKUP of it has MOVEABLE: this VIPABACKUP only takes over an existing DVIPA and cannot create it when its stack starts first, so ${fact.address} may never become active. Code MOVEABLE IMMEDIATE with an address mask, or VIPADEFINE it on the owning stack.`,
          );
        }
      }
    }
    return out.findings;
  },
};

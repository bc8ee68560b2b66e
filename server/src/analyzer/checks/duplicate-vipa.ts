/**
 * duplicate-vipa: one address defined twice where the stack or the network cannot take both.
 *  1. the same DVIPA in two VIPADEFINE/VIPABACKUP statements of one stack with no VIPADELETE between
 *     (the later one is rejected: error; an exact repeat is ignored by the stack: warning);
 *  2. a VIPADEFINE/VIPABACKUP address that is already a home/DYNAMICXCF address of the stack (EZZ8307I);
 * Parts 1 and 2 are the stack's rejections (model/rejected-dvipas.ts), which every other fact leaves out.
 *  3. the same home address (physical, static VIPA, DYNAMICXCF) on two stacks of a sysplex (error);
 *  4. the same DVIPA VIPADEFINEd on two stacks of a sysplex (warning).
 * Everything is grouped through Maps keyed by address: linear in the number of facts. Parts 1 and 2
 * read one stack and are cached with it; parts 3 and 4 compare stacks through an incremental join
 * by address (support/stack-join.ts): after an edit only the addresses the rebuilt stack had or has
 * are compared again.
 */
import { checkState, type StackCheck, type SysplexCheck } from './check.js';
import type { DvipaFact, HomeAddressFact, StackModel } from '../model/sysplex-model.js';
import type { Location } from '../base/range.js';
import type { Finding, RelatedInformation } from '../diagnostics/finding.js';
import { addressKey, isLoopback } from './support/addresses.js';
import { FindingList, describeLocation, listNames, locationKey } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { acceptedDvipas, homeKind as homeKindWithArticle, rejectedDvipas } from '../model/rejected-dvipas.js';
import { StackJoin, sameLocation, type Contribution } from './support/stack-join.js';

/** Parts 1 and 2: within one stack's profile and its INCLUDE members. */
export const duplicateVipaInStackCheck: StackCheck = {
  codes: ['duplicate-vipa'],
  checkStack(stack) {
    const out = new FindingList();
    reportRepeatedDvipas(stack, out);
    reportDvipaOnHomeAddress(stack, out);
    return out.findings;
  },
};

/** Parts 3 and 4: across the stacks of each sysplex. */
export const duplicateVipaAcrossStacksCheck: SysplexCheck = {
  codes: ['duplicate-vipa'],
  *run(context) {
    const join = checkState(context, duplicateVipaAcrossStacksCheck, () => new StackJoin(sharedAddressEntries, sameShared));
    const groups = sysplexGroups(context.model);
    join.retain(groups.keys());
    const findings: Finding[] = [];
    for (const [sysplex, stacks] of groups) {
      for (const finding of yield* join.steps(sysplex, stacks, sysplex, (_key, contributions) => reportSharedAddress(sysplex, contributions))) findings.push(finding);
    }
    return findings;
  },
};

function homeKind(home: HomeAddressFact): string {
  return homeKindWithArticle(home).replace(/^an? /, '');
}

/** Part 1: repeats inside one stack's profile, in processing order, honouring VIPADELETE (model/rejected-dvipas.ts). */
function reportRepeatedDvipas(stack: StackModel, out: FindingList): void {
  for (const rejection of rejectedDvipas(stack).values()) {
    const { fact, earlier } = rejection;
    if (!earlier) continue;
    const where = describeLocation(earlier.location, fact.location.uri);
    const related: RelatedInformation[] = [{ location: earlier.location, message: `${fact.address} first defined here by ${earlier.statement}` }];
    if (rejection.reason === 'exact-repeat') {
      out.add('duplicate-vipa', 'warning', fact.location, `This ${fact.statement} of ${fact.address} repeats the one at ${where} exactly; the stack ignores the repeat.`, related);
    } else {
      out.add(
        'duplicate-vipa',
        'error',
        fact.location,
        `DVIPA ${fact.address} is already defined by ${earlier.statement} at ${where} with no VIPADELETE in between: the stack rejects this ${fact.statement}. Only one VIPADEFINE or VIPABACKUP per DVIPA is allowed in a profile; code VIPADELETE ${fact.address} first to replace it.`,
        related,
      );
    }
  }
}

/** Part 2: EZZ8307I, a DVIPA that is already a home or DYNAMICXCF address of the same stack. */
function reportDvipaOnHomeAddress(stack: StackModel, out: FindingList): void {
  for (const rejection of rejectedDvipas(stack).values()) {
    const { fact, home } = rejection;
    if (rejection.reason !== 'home-address' || !home) continue;
    out.add(
      'duplicate-vipa',
      'error',
      fact.location,
      `EZZ8307I ${fact.address} IS ALREADY DEFINED: it is ${homeKindWithArticle(home)} of stack ${stack.name} (${describeLocation(home.location, fact.location.uri)}), so the stack ignores it in this ${fact.statement} (the statement's other addresses are still processed).`,
      [{ location: home.location, message: `${fact.address} is ${homeKindWithArticle(home)} of stack ${stack.name} here` }],
    );
  }
}

interface Placed<T> {
  stack: StackModel;
  fact: T;
}

/**
 * Reports one finding per distinct location of an address that several stacks define. A member
 * INCLUDEd by two stacks is one location defining the address on both, so it is reported once.
 */
function reportPerLocation<T extends { address: string; location: Location }>(
  group: Placed<T>[],
  report: (here: Placed<T>, stacksHere: string[], otherStacks: string[], related: RelatedInformation[]) => void,
  relatedMessage: (entry: Placed<T>) => string,
): void {
  const stackNames = [...new Set(group.map((entry) => entry.stack.name))];
  if (stackNames.length < 2) return;
  const byLocation = new Map<string, Placed<T>[]>();
  for (const entry of group) {
    const key = locationKey(entry.fact.location);
    const list = byLocation.get(key);
    if (list) list.push(entry);
    else byLocation.set(key, [entry]);
  }
  for (const [key, entries] of byLocation) {
    const stacksHere = [...new Set(entries.map((entry) => entry.stack.name))];
    const otherStacks = stackNames.filter((name) => !stacksHere.includes(name));
    const related: RelatedInformation[] = [];
    for (const [otherKey, others] of byLocation) {
      if (otherKey !== key) related.push({ location: others[0].fact.location, message: relatedMessage(others[0]) });
    }
    report(entries[0], stacksHere, otherStacks, related);
  }
}

/** What one stack puts under an address for parts 3 and 4: its homes (each location once) and VIPADEFINEs. */
interface SharedEntry {
  home?: HomeAddressFact;
  define?: DvipaFact;
}

/** What parts 3 and 4 read of an entry: the address, the location, and what kind of home it is. */
function sameShared(a: SharedEntry, b: SharedEntry): boolean {
  if (a.home && b.home) {
    return a.home.address === b.home.address && a.home.origin === b.home.origin && a.home.staticVipa === b.home.staticVipa && sameLocation(a.home.location, b.home.location);
  }
  if (a.define && b.define) return a.define.address === b.define.address && sameLocation(a.define.location, b.define.location);
  return false;
}

function sharedAddressEntries(stack: StackModel): Map<string, SharedEntry[]> {
  const byKey = new Map<string, SharedEntry[]>();
  const add = (address: string, entry: SharedEntry) => {
    const key = addressKey(address);
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  const seen = new Set<string>();
  for (const home of [...stack.homes, ...stack.dynamicXcf]) {
    // The DYNAMICXCF address is listed in homes too; count each location once per stack.
    const key = locationKey(home.location);
    if (seen.has(key) || isLoopback(home.address)) continue;
    seen.add(key);
    add(home.address, { home });
  }
  // An address the stack rejects (EZZ8307I, part 2) is no DVIPA of it.
  for (const fact of acceptedDvipas(stack)) if (fact.statement === 'VIPADEFINE') add(fact.address, { define: fact });
  return byKey;
}

/** Parts 3 and 4 for one address: on several stacks of a sysplex. */
function reportSharedAddress(sysplex: string, contributions: Contribution<SharedEntry>[]): Finding[] {
  const out = new FindingList();
  const homes: Placed<HomeAddressFact>[] = [];
  const defines: Placed<DvipaFact>[] = [];
  for (const { stack, entries } of contributions) {
    for (const entry of entries) {
      if (entry.home) homes.push({ stack, fact: entry.home });
      if (entry.define) defines.push({ stack, fact: entry.define });
    }
  }
  reportHomes(sysplex, homes, out);
  reportDefines(sysplex, defines, out);
  return out.findings;
}

function reportHomes(sysplex: string, group: Placed<HomeAddressFact>[], out: FindingList): void {
  reportPerLocation(
    group,
    (here, stacksHere, otherStacks, related) => {
      const address = here.fact.address;
      const what = homeKind(here.fact);
      const message =
        otherStacks.length > 0
          ? `${address} is ${homeKindWithArticle(here.fact)} of stack ${listNames(stacksHere)} and also a home address of stack${otherStacks.length > 1 ? 's' : ''} ${listNames(otherStacks)} in sysplex ${sysplex}: the network sees a duplicate IP address. Each stack needs its own home addresses.`
          : `${address} (${what}) comes from a member INCLUDEd by stacks ${listNames(stacksHere)} of sysplex ${sysplex}: every one of them defines it, so the network sees a duplicate IP address. Home addresses belong in each stack's own profile.`;
      out.add('duplicate-vipa', 'error', here.fact.location, message, related);
    },
    (entry) => `${entry.fact.address} is also a home address of stack ${entry.stack.name} here`,
  );
}

function reportDefines(sysplex: string, group: Placed<DvipaFact>[], out: FindingList): void {
  reportPerLocation(
    group,
    (here, stacksHere, otherStacks, related) => {
      const address = here.fact.address;
      const on = otherStacks.length > 0 ? `is also VIPADEFINEd on stack${otherStacks.length > 1 ? 's' : ''} ${listNames(otherStacks)}` : `is VIPADEFINEd by a member INCLUDEd by stacks ${listNames(stacksHere)}`;
      out.add(
        'duplicate-vipa',
        'warning',
        here.fact.location,
        `DVIPA ${address} ${on} (sysplex ${sysplex}): only one stack can own it; the other takes it over only on failure. Code VIPADEFINE on the intended owner and VIPABACKUP on the others to make that explicit.`,
        related,
      );
    },
    (entry) => `${entry.fact.address} is also VIPADEFINEd on stack ${entry.stack.name} here`,
  );
}

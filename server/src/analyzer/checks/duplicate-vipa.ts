/**
 * duplicate-vipa: one address defined twice where the stack or the network cannot take both.
 *  1. the same DVIPA in two VIPADEFINE/VIPABACKUP statements of one stack with no VIPADELETE between
 *     (the later one is rejected: error; an exact repeat is ignored by the stack: warning);
 *  2. a VIPADEFINE/VIPABACKUP address that is already a home/DYNAMICXCF address of the stack (EZZ8307I);
 * Parts 1 and 2 are the stack's rejections (model/rejected-dvipas.ts), which every other fact leaves out.
 *  3. the same home address (physical, static VIPA, DYNAMICXCF) on two stacks of a sysplex (error);
 *  4. the same DVIPA VIPADEFINEd on two stacks of a sysplex (warning).
 * Everything is grouped through Maps keyed by address: linear in the number of facts. Parts 1 and 2
 * read one stack and are cached with it; parts 3 and 4 compare stacks and run on every analysis.
 */
import type { StackCheck, SysplexCheck } from './check.js';
import type { DvipaFact, HomeAddressFact, StackModel } from '../model/sysplex-model.js';
import type { Location } from '../base/range.js';
import type { RelatedInformation } from '../diagnostics/finding.js';
import { addressKey, isLoopback } from './support/addresses.js';
import { FindingList, describeLocation, listNames, locationKey } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { acceptedDvipas, homeKind as homeKindWithArticle, rejectedDvipas } from '../model/rejected-dvipas.js';

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
  run(context) {
    const out = new FindingList();
    for (const [sysplex, stacks] of sysplexGroups(context.model)) reportSharedAddresses(sysplex, stacks, out);
    return out.findings;
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

function groupByAddress<T extends { address: string }>(entries: Placed<T>[]): Map<string, Placed<T>[]> {
  const groups = new Map<string, Placed<T>[]>();
  for (const entry of entries) {
    const key = addressKey(entry.fact.address);
    if (!key) continue;
    const list = groups.get(key);
    if (list) list.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
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

/** Parts 3 and 4: one address on several stacks of a sysplex. */
function reportSharedAddresses(sysplex: string, stacks: StackModel[], out: FindingList): void {
  const homes: Placed<HomeAddressFact>[] = [];
  const defines: Placed<DvipaFact>[] = [];
  for (const stack of stacks) {
    const seen = new Set<string>();
    for (const home of [...stack.homes, ...stack.dynamicXcf]) {
      // The DYNAMICXCF address is listed in homes too; count each location once per stack.
      const key = locationKey(home.location);
      if (seen.has(key) || isLoopback(home.address)) continue;
      seen.add(key);
      homes.push({ stack, fact: home });
    }
    // An address the stack rejects (EZZ8307I, part 2) is no DVIPA of it.
    for (const fact of acceptedDvipas(stack)) if (fact.statement === 'VIPADEFINE') defines.push({ stack, fact });
  }

  for (const group of groupByAddress(homes).values()) {
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

  for (const group of groupByAddress(defines).values()) {
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
}

/**
 * OBEYFILE members applied to a stack as a delta, so the analysis shows the sysplex after
 * `VARY TCPIP,,OBEYFILE`. The stack's model is built from its profile; each member (config
 * `stacks.X.obey`, or `vipa-check --obey`) is built the same way, with the stack's symbols, and laid
 * over it in order:
 *
 *  - "Statement syntax is the same in both the configuration data set hlq.PROFILE.TCPIP and the
 *    VARY TCPIP,,OBEYFILE command data set" (IP Configuration Reference, "Statement syntax for
 *    configuration statements"; profile-syntax.md §1.1), so members are parsed as profiles.
 *  - Every statement of a member comes after every statement of the profile and of earlier members
 *    (the facts' processing order is shifted past the stack's).
 *  - VIPADELETE removes the DVIPA (or the IPv6 interface's DVIPA) from the stack.
 *  - A VIPADEFINE or VIPABACKUP of a DVIPA the stack already has replaces the earlier definition.
 *    IBM's "Dynamic VIPA creation results" table (IP Configuration Guide, V2R2
 *    https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/vipa_dyn_conflict_res_creation_results.htm)
 *    says an identical second VIPADEFINE is ignored and that a second one for IPv4 may change the
 *    definition's options; the full rule for a changed mask or a VIPABACKUP over a VIPADEFINE was
 *    not retrieved (UNCONFIRMED). "Replaces" is the reading that matches the issue's spec and the
 *    stack's own display after such an OBEYFILE; checks never rely on more than that.
 *  - VIPARANGE adds a range (VIPARANGE DELETE removes it, as in a profile: model/coverage.ts).
 *  - HOME: "The first HOME statement of each configuration data set that is set replaces the
 *    existing HOME list with the new list" (HOME statement, IP Configuration Reference V2R1,
 *    profile-syntax.md §3.2): a member's HOME entries replace the profile's HOME entries;
 *    INTERFACE addresses are added.
 *  - IPCONFIG DYNAMICXCF of a member is not applied: IBM's page on changing it by OBEYFILE was not
 *    retrieved (UNCONFIRMED), so the profile's dynamic XCF addresses stay.
 *  - PORT reservations of a member are added; DELETE PORT is not modelled (the model only keeps
 *    PORT ... BIND facts).
 */
import type { StackModel } from './sysplex-model.js';
import { buildStackModel, type StackBuildInput, type StackBuildResult } from './build-stack-model.js';

/** buildStackModel, then the root's OBEYFILE members (root.obeyUris) applied in order. */
export function buildStackWithObey(input: StackBuildInput): StackBuildResult {
  const base = buildStackModel(input);
  const obeyUris = input.root.obeyUris ?? [];
  if (obeyUris.length === 0) return base;
  let stack = base.stack;
  const findings = [...base.findings];
  const documents = new Map(base.documents);
  for (const obeyUri of obeyUris) {
    const delta = buildStackModel({ ...input, root: { ...input.root, rootUri: obeyUri, obeyUris: undefined } });
    stack = applyObeyDelta(stack, delta.stack);
    findings.push(...delta.findings);
    for (const [uri, document] of delta.documents) documents.set(uri, document);
  }
  return { stack, findings, documents };
}

/** The stack after an OBEYFILE member's statements (see the module comment for the rules). */
export function applyObeyDelta(base: StackModel, delta: StackModel): StackModel {
  const offset = lastSequence(base) + 1;
  const shift = <T extends { sequence?: number }>(fact: T): T => ({ ...fact, sequence: (fact.sequence ?? 0) + offset });

  const replaced = new Set(delta.dvipas.map((fact) => fact.address));
  const deletedAddresses = new Set(delta.deletes.flatMap((fact) => (fact.address ? [fact.address] : [])));
  const deletedInterfaces = new Set(delta.deletes.flatMap((fact) => (fact.interfaceName ? [fact.interfaceName] : [])));
  const kept = base.dvipas.filter(
    (fact) => !replaced.has(fact.address) && !deletedAddresses.has(fact.address) && !(fact.interfaceName && deletedInterfaces.has(fact.interfaceName.toUpperCase())),
  );

  const deltaHomesReplaceList = delta.homes.some((home) => home.origin === 'HOME');
  const homes = [
    ...base.homes.filter((home) => !(deltaHomesReplaceList && home.origin === 'HOME')),
    ...delta.homes.filter((home) => home.origin !== 'DYNAMICXCF'),
  ];

  return {
    ...base,
    fileUris: [...base.fileUris, ...delta.fileUris.filter((uri) => !base.fileUris.includes(uri))],
    homes,
    dvipas: [...kept, ...delta.dvipas.map(shift)],
    ranges: [...base.ranges, ...delta.ranges.map(shift)],
    deletes: [...base.deletes, ...delta.deletes.map(shift)],
    distributes: [...base.distributes, ...delta.distributes.map(shift)],
    portBinds: [...base.portBinds, ...delta.portBinds],
    includes: [...(base.includes ?? []), ...(delta.includes ?? [])],
    sysplexRouting: base.sysplexRouting || delta.sysplexRouting,
    // The first XCFGRPID in processing order counts: the profile's, else a member's.
    ...(base.xcfGroup !== undefined || delta.xcfGroup !== undefined ? { xcfGroup: base.xcfGroup ?? delta.xcfGroup } : {}),
  };
}

function lastSequence(stack: StackModel): number {
  let last = -1;
  for (const list of [stack.dvipas, stack.ranges, stack.deletes, stack.distributes] as { sequence?: number }[][]) {
    for (const fact of list) if ((fact.sequence ?? -1) > last) last = fact.sequence ?? -1;
  }
  return last;
}

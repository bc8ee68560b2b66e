/**
 * destip-not-xcf: VIPADISTRIBUTE ... DESTIP lists "the dynamic XCF addresses of the target stacks"
 * (`dynxcfip` in the [VDIST] syntax; SMF subtype 4 DVIPA section: connections go to the stacks
 * "connected to this stack by way of a dynamic XCF interface"). A DESTIP that is another kind of
 * address of a stack (OSA, static VIPA) names no target: warning. One that no stack of the workspace
 * has at all may belong to a stack whose profile is not in the workspace: information. A DYNAMICXCF
 * address of a stack in another TCP/IP subplex (GLOBALCONFIG XCFGRPID) is no target either: warning.
 */
import type { SysplexCheck } from './check.js';
import type { DistributeFact, StackModel } from '../model/sysplex-model.js';
import { FindingList, describeLocation } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { addressOwners, xcfHint, type AddressOwners } from './support/xcf-addresses.js';
import { takeoverOf, takeoverStack } from './support/takeover.js';
import { describeGroup, sameSubplex } from '../takeover/takeover-model.js';
import type { TakeoverModel } from '../model/takeover-types.js';

export const destipNotXcfCheck: SysplexCheck = {
  codes: ['destip-not-xcf'],
  run(context) {
    const out = new FindingList();
    if (!context.model.stacks.some((stack) => stack.distributes.length > 0)) return [];
    const takeover = takeoverOf(context);
    for (const [sysplex, stacks] of sysplexGroups(context.model)) {
      const owners = addressOwners(stacks);
      for (const stack of stacks) {
        for (const distribute of stack.distributes) {
          if (distribute.action === 'DEFINE') checkDistribute(sysplex, stack, distribute, owners, takeover, out);
        }
      }
    }
    return out.findings;
  },
};

function checkDistribute(sysplex: string, stack: StackModel, distribute: DistributeFact, owners: AddressOwners, takeover: TakeoverModel, out: FindingList): void {
  distribute.destinations.forEach((destination, i) => {
    const location = distribute.destinationLocations?.[i] ?? distribute.location;
    const target = owners.xcf.get(destination);
    const data = { address: distribute.address, destination, stack: stack.name };
    if (target) {
      const self = takeoverStack(takeover, stack.name);
      const other = takeoverStack(takeover, target.name);
      if (self && other && !sameSubplex(self, other)) {
        out.add(
          'destip-not-xcf',
          'warning',
          location,
          `DESTIP ${destination} is the DYNAMICXCF address of ${target.name}, which is in another TCP/IP subplex (GLOBALCONFIG XCFGRPID ${describeGroup(other)}; ${stack.name} has ${describeGroup(self)}): stacks of different subplexes are not aware of each other, so ${stack.name} cannot distribute ${distribute.address} to it.`,
          [],
          data,
        );
      }
      return;
    }
    const home = owners.homes.get(destination);
    if (home) {
      out.add(
        'destip-not-xcf',
        'warning',
        location,
        `DESTIP ${destination} is ${home.kind} of stack ${home.stack.name} (${describeLocation(home.stack.homes.find((h) => h.address === destination)!.location, location.uri)}), not a DYNAMICXCF address: DESTIP names target stacks by their dynamic XCF address, so no stack is this target and ${distribute.address} is not distributed to ${home.stack.name}. Use ${home.stack.name}'s DYNAMICXCF address${xcfHint(home.stack, distribute.family)}.`,
        [{ location: home.stack.homes.find((h) => h.address === destination)!.location, message: `${destination} on ${home.stack.name}` }],
        data,
      );
      return;
    }
    if (owners.unresolvedXcf) return;
    out.add(
      'destip-not-xcf',
      'information',
      location,
      `DESTIP ${destination} is no stack's DYNAMICXCF address in sysplex ${sysplex} as far as this workspace shows, so no stack here is this target. If the target stack's profile is not in the workspace, add it; otherwise use the target's IPCONFIG DYNAMICXCF address.`,
      [],
      data,
    );
  });
}

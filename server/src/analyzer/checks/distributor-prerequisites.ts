/**
 * distributor-prerequisites: a distributing stack needs IPCONFIG SYSPLEXROUTING and DYNAMICXCF
 * (profile-syntax.md §2.5: Zowe/z/OSMF HA docs, MQ and Db2 sysplex examples). Checked per address
 * family: an IPv6 VIPADISTRIBUTE needs an IPCONFIG6 DYNAMICXCF address.
 */
import type { StackCheck } from './check.js';
import { FindingList } from './support/findings.js';

export const distributorPrerequisitesCheck: StackCheck = {
  codes: ['distributor-prerequisites'],
  checkStack(stack) {
    const out = new FindingList();
    for (const distribute of stack.distributes) {
      if (distribute.action !== 'DEFINE') continue;
      const missing: string[] = [];
      const ipconfig = distribute.family === 6 ? 'IPCONFIG6' : 'IPCONFIG';
      if (!stack.sysplexRouting) missing.push('IPCONFIG SYSPLEXROUTING');
      // A DYNAMICXCF whose address is a symbol without a value is coded all the same.
      const hasXcf = stack.dynamicXcf.some((xcf) => xcf.family === distribute.family) || stack.dynamicXcfCoded?.includes(distribute.family);
      if (!hasXcf) missing.push(`${ipconfig} DYNAMICXCF`);
      if (missing.length === 0) continue;
      out.add(
        'distributor-prerequisites',
        'warning',
        distribute.location,
        `Stack ${stack.name} distributes ${distribute.address} but its profile has no ${missing.join(' and no ')}: a sysplex distributor needs ${missing.length > 1 ? 'both' : 'it'} to route connections to its targets.`,
        [],
        { stack: stack.name, missing },
      );
    }
    return out.findings;
  },
};

/**
 * backup-other-subplex: a VIPABACKUP on a stack whose GLOBALCONFIG XCFGRPID differs from the owner's.
 * "Only those TCP/IP stacks joining the unique group name generated using the specified suffixes are
 * aware of each other in the sysplex" (IP Configuration Guide, sys_subplex_concepts_xmp.htm), so this
 * stack never learns that the DVIPA is active and can never take it over. VTAM's own XCFGRPID start
 * option is not in the profile: stacks that agree here may still differ there (not checked).
 */
import type { SysplexCheck } from './check.js';
import { FindingList } from './support/findings.js';
import { takeoverOf } from './support/takeover.js';

export const backupOtherSubplexCheck: SysplexCheck = {
  codes: ['backup-other-subplex'],
  run(context) {
    const out = new FindingList();
    for (const dvipa of takeoverOf(context).dvipas) {
      const owner = dvipa.owners[0];
      if (!owner) continue;
      for (const backup of dvipa.excluded) {
        if (backup.why !== 'other-subplex' || backup.statement !== 'VIPABACKUP') continue;
        out.add(
          'backup-other-subplex',
          'warning',
          backup.location,
          `VIPABACKUP ${dvipa.address} can never take over from ${owner.stack}: ${backup.reason}. Put both stacks in the same subplex, or back ${dvipa.address} up on a stack of ${owner.stack}'s subplex.`,
          [{ location: owner.location, message: `VIPADEFINE ${dvipa.address} on ${owner.stack}` }],
          { address: dvipa.address, stack: backup.stack, owner: owner.stack },
        );
      }
    }
    return out.findings;
  },
};

/**
 * backup-not-distributing: the owner distributes a DVIPA (VIPADISTRIBUTE DEFINE), but a stack that
 * takes it over (VIPABACKUP, same subplex) has no VIPADISTRIBUTE for it. A stack distributes only a
 * DVIPA it has a VIPADISTRIBUTE for ([VDIST]: "defined on the same stack"), so after that takeover the
 * DVIPA is not distributed: only the backup's own listeners get connections. IBM's data-sharing
 * setups code it on the backups: Db2 ("the VIPADISTRIBUTE statements are also specified on the backup
 * TCP/IP stacks", db2z_exampletcpipconfig), MQ (q081220_). Without IPCONFIG SYSPLEXROUTING the backup
 * could not distribute either (distributor-prerequisites covers a backup that has the VIPADISTRIBUTE).
 * Warning: the takeover itself works; what is lost is the distribution. Not confirmed from the
 * VIPADISTRIBUTE reference itself: whether a backup without VIPADISTRIBUTE could distribute with what
 * it learnt from the owner. The check follows IBM's product guidance above and stays a warning.
 */
import type { SysplexCheck } from './check.js';
import { FindingList, describeLocation } from './support/findings.js';
import { takeoverOf, takeoverStack } from './support/takeover.js';
import { describePorts } from '../takeover/ownership.js';

export const backupNotDistributingCheck: SysplexCheck = {
  codes: ['backup-not-distributing'],
  run(context) {
    const out = new FindingList();
    if (!context.model.stacks.some((stack) => stack.distributes.length > 0)) return [];
    const takeover = takeoverOf(context);
    for (const dvipa of takeover.dvipas) {
      const owner = dvipa.owners[0];
      const distribution = owner?.distribution;
      if (!distribution) continue;
      for (const backup of dvipa.backups) {
        if (backup.distribution) continue;
        const routing = takeoverStack(takeover, backup.stack)?.sysplexRouting ? '' : ' and its IPCONFIG has no SYSPLEXROUTING';
        const ports = distribution.ports.length > 0 ? ` PORT ${describePorts(distribution.ports)}` : '';
        out.add(
          'backup-not-distributing',
          'warning',
          backup.location,
          `${dvipa.address} is distributed by ${owner.stack} (VIPADISTRIBUTE${ports}, ${describeLocation(distribution.location, backup.location.uri)}), but ${backup.stack}, which takes it over (VIPABACKUP rank ${backup.rank ?? 1}), has no VIPADISTRIBUTE for it${routing}: after that takeover ${dvipa.address} is not distributed and only ${backup.stack}'s own listeners get connections. Code the same VIPADISTRIBUTE on ${backup.stack}, as IBM's Db2 and MQ sysplex examples do on their backup stacks.`,
          [{ location: distribution.location, message: `${owner.stack} distributes ${dvipa.address} here` }],
          { address: dvipa.address, stack: backup.stack, owner: owner.stack },
        );
      }
    }
    return out.findings;
  },
};

/**
 * backup-mismatch: a VIPABACKUP that codes values differently from the owner's VIPADEFINE.
 *  - IPv6: "for takeover and backup to work, the interface name and IPv6 address on the VIPADEFINE
 *    must match the VIPABACKUP" (IP Configuration Guide, vipa_ipv6_vipadefine_vipabackup.htm, JA):
 *    warning.
 *  - IPv4 mask of a MOVEABLE VIPABACKUP: "It is always a good idea, when able to specify a parameter
 *    on both primary and backup, to specify the same value" (vipa_vipabackup.htm; the rest of that
 *    note was not retrieved, so what a different mask does is not confirmed): warning.
 *  - MOVEABLE mode (same source; a VIPADEFINE without MOVEABLE counts as IMMEDIATE, as IBM's Netstat
 *    VIPADCFG example shows): information, as the effect of a different mode on takeback is not
 *    documented.
 * A plain VIPABACKUP (no MOVEABLE, no mask) codes nothing to compare.
 */
import type { SysplexCheck } from './check.js';
import type { DvipaDefinition } from '../model/takeover-types.js';
import { FindingList, describeLocation } from './support/findings.js';
import { takeoverOf } from './support/takeover.js';

export const backupMismatchCheck: SysplexCheck = {
  codes: ['backup-mismatch'],
  run(context) {
    const out = new FindingList();
    for (const dvipa of takeoverOf(context).dvipas) {
      const owner = dvipa.owners[0];
      if (!owner || dvipa.owners.length > 1) continue; // duplicate-vipa speaks about two owners
      for (const backup of dvipa.backups) {
        const { warnings, notes } = differences(owner, backup, dvipa.family);
        if (warnings.length + notes.length === 0) continue;
        const all = [...warnings, ...notes];
        out.add(
          'backup-mismatch',
          warnings.length > 0 ? 'warning' : 'information',
          backup.location,
          `VIPABACKUP ${dvipa.address} on ${backup.stack} differs from the VIPADEFINE on ${owner.stack} (${describeLocation(owner.statementLocation, backup.location.uri)}): ${all.join('; ')}. IBM advises coding the same values on the primary and its backups${dvipa.family === 6 ? ', and for IPv6 takeover and takeback need the same interface name' : ''}.`,
          [{ location: owner.statementLocation, message: `VIPADEFINE ${dvipa.address} on ${owner.stack}` }],
          { address: dvipa.address, stack: backup.stack, owner: owner.stack },
        );
      }
    }
    return out.findings;
  },
};

function differences(owner: DvipaDefinition, backup: DvipaDefinition, family: 4 | 6): { warnings: string[]; notes: string[] } {
  const warnings: string[] = [];
  const notes: string[] = [];
  if (family === 6 && owner.interfaceName && backup.interfaceName && owner.interfaceName !== backup.interfaceName) {
    warnings.push(`interface name ${backup.interfaceName} here, ${owner.interfaceName} on ${owner.stack}`);
  }
  if (family === 4 && backup.moveable && owner.prefixLength !== undefined && backup.prefixLength !== undefined && owner.prefixLength !== backup.prefixLength) {
    warnings.push(`mask /${backup.prefixLength} here, /${owner.prefixLength} on ${owner.stack}`);
  }
  // A VIPADEFINE without MOVEABLE is MOVEABLE IMMEDIATE (Netstat VIPADCFG example, vipa_verify_netstat).
  const ownerMode = owner.moveable ?? 'IMMEDIATE';
  if (backup.moveable && ownerMode !== backup.moveable) {
    notes.push(owner.moveable ? `MOVEABLE ${backup.moveable} here, MOVEABLE ${owner.moveable} on ${owner.stack}` : `MOVEABLE ${backup.moveable} here, while ${owner.stack}'s VIPADEFINE codes no MOVEABLE (IMMEDIATE by default)`);
  }
  return { warnings, notes };
}

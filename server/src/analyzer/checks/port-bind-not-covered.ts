/**
 * port-bind-not-covered: `PORT n TCP job BIND a` forces the job's INADDR_ANY listener onto `a`, which
 * "may be any valid address for the host including VIPA and dynamic VIPA addresses" ([SAMP]). Where
 * `a` is no HOME address, DVIPA, VIPADISTRIBUTE target or VIPARANGE address of that stack, the bind
 * fails (EADDRNOTAVAIL; profile-syntax.md §4.1): TN3270, FTP, Db2 DDF, MQ, Liberty alike.
 *  - warning: nothing of the stack covers `a`, or only a VIPABACKUP that can never hold it (another
 *    subplex, or a DVIPA that never becomes active: no VIPADEFINE and no MOVEABLE backup);
 *  - information: `a` is a VIPABACKUP of the stack, held only after a takeover: until then the bind
 *    fails. Normal for a standby, worth knowing.
 * Warning rather than error: an INCLUDE the workspace lacks, or an OBEYFILE, may add the address.
 */
import type { SysplexCheck } from './check.js';
import type { PortBindFact, StackModel } from '../model/sysplex-model.js';
import { bindabilityOn } from '../model/coverage.js';
import { isLoopback } from './support/addresses.js';
import { FindingList } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { dvipaSeenBy, takeoverOf } from './support/takeover.js';
import { holdability } from '../takeover/ownership.js';
import type { TakeoverModel } from '../model/takeover-types.js';

const UNSPECIFIED = new Set(['0.0.0.0', '::']);

export const portBindNotCoveredCheck: SysplexCheck = {
  codes: ['port-bind-not-covered'],
  run(context) {
    const out = new FindingList();
    if (!context.model.stacks.some((stack) => stack.portBinds.length > 0)) return [];
    const takeover = takeoverOf(context);
    for (const [, stacks] of sysplexGroups(context.model)) {
      for (const stack of stacks) for (const bind of stack.portBinds) checkBind(stack, bind, stacks, takeover, out);
    }
    return out.findings;
  },
};

function checkBind(stack: StackModel, bind: PortBindFact, stacks: readonly StackModel[], takeover: TakeoverModel, out: FindingList): void {
  const address = bind.bindAddress;
  if (isLoopback(address) || UNSPECIFIED.has(address)) return;
  const what = `PORT ${bind.port} ${bind.protocol} ${bind.jobName} BIND ${address}`;
  const data = { address, stack: stack.name, port: bind.port, jobName: bind.jobName };
  const bindability = bindabilityOn(stack, address, stacks);
  if (!bindability.bindable) {
    out.add(
      'port-bind-not-covered',
      'warning',
      bind.location,
      `${what}: no HOME address, VIPADEFINE, VIPABACKUP, VIPADISTRIBUTE target or VIPARANGE of stack ${stack.name} covers ${address}, so the bind of ${bind.jobName} fails on ${stack.name} (EADDRNOTAVAIL). Define ${address} on ${stack.name} (e.g. a VIPARANGE covering it), or bind an address the stack has.`,
      [],
      data,
    );
    return;
  }
  if (bindability.via !== 'vipabackup') return;
  const dvipa = dvipaSeenBy(takeover, stack.name, address);
  if (!dvipa) return;
  const hold = holdability(dvipa, stack.name);
  if (hold.can === 'never') {
    out.add(
      'port-bind-not-covered',
      'warning',
      bind.location,
      `${what}: ${address} is only a VIPABACKUP of ${stack.name}, and ${hold.reason}; so the bind of ${bind.jobName} fails on ${stack.name} (EADDRNOTAVAIL).`,
      bindability.location ? [{ location: bindability.location, message: `VIPABACKUP ${address} on ${stack.name}` }] : [],
      data,
    );
  } else if (hold.can === 'after-takeover') {
    const owner = dvipa.owners[0]?.stack ?? 'its holder';
    out.add(
      'port-bind-not-covered',
      'information',
      bind.location,
      `${what}: ${address} is a VIPABACKUP of ${stack.name}, held only after ${stack.name} takes it over from ${owner}: until then the bind of ${bind.jobName} fails on ${stack.name} (EADDRNOTAVAIL), so ${bind.jobName} should start there only after a takeover.`,
      bindability.location ? [{ location: bindability.location, message: `VIPABACKUP ${address} on ${stack.name}` }] : [],
      data,
    );
  }
}

/**
 * bind-all-interfaces (information): host="*" binds INADDR_ANY. That creates no DVIPA, so the
 * server is reachable only through addresses already active on the stack where it runs; name the
 * DVIPAs (VIPADEFINE/VIPABACKUP) of the stacks where it may run. A stack with PORT ... BIND for the
 * endpoint's port forces another address there; bind-not-covered checks that one.
 */
import type { SysplexCheck } from './check.js';
import { activeDvipas } from '../model/coverage.js';
import { ALL_INTERFACES } from '../liberty/host-address.js';
import { endpointLabel, portBindFor, reportPlace, stacksForServer } from './support/liberty.js';
import { FindingList } from './support/findings.js';

export const bindAllInterfacesCheck: SysplexCheck = {
  codes: ['bind-all-interfaces'],
  run(context) {
    const out = new FindingList();
    for (const server of context.servers) {
      const stacks = stacksForServer(server, context.model);
      for (const endpoint of server.endpoints) {
        if (endpoint.address !== ALL_INTERFACES) continue;
        const label = endpointLabel(server, endpoint);
        const place = reportPlace(endpoint.host, `host of ${label}`);
        const related = [...place.related];
        const perStack: string[] = [];
        const reachable = new Set<string>();
        for (const stack of stacks) {
          const portBind = portBindFor(stack, endpoint, server.jobName);
          if (portBind) {
            perStack.push(`${stack.name}: only ${portBind.bindAddress} (PORT ${portBind.port} BIND)`);
            continue;
          }
          const dvipas = [...activeDvipas(stack).values()];
          for (const fact of dvipas) {
            reachable.add(fact.address);
            related.push({ location: fact.location, message: `${stack.name}: ${fact.statement} ${fact.address}` });
          }
          perStack.push(`${stack.name}: ${dvipas.length > 0 ? dvipas.map((fact) => `${fact.address} (${fact.statement})`).join(', ') : 'no DVIPA, home addresses only'}`);
        }
        const where =
          stacks.length === 0
            ? 'The workspace has no stack profiles to say which DVIPAs those are.'
            : reachable.size === 0 && perStack.every((text) => text.includes('no DVIPA'))
              ? `None of the stacks where it may run (${stacks.map((stack) => stack.name).join(', ')}) defines a DVIPA, so it is reachable only through their home addresses.`
              : `Reachable DVIPAs — ${perStack.join('; ')}.`;
        out.add(
          'bind-all-interfaces',
          'information',
          place.location,
          `${label} listens on all interfaces (host="*"): it creates no DVIPA and is reachable only through addresses already active on the stack where it runs. ${where}`,
          related,
          { dvipas: [...reachable] },
        );
      }
    }
    return out.findings;
  },
};

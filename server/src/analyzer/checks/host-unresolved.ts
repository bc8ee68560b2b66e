/**
 * host-unresolved (information): the endpoint's host is a name the workspace config's "hosts" map
 * does not know. DNS is never asked (the checker's network is not the sysplex's), so coverage
 * cannot be checked — nothing worse is said.
 */
import type { SysplexCheck } from './check.js';
import { endpointLabel, reportPlace } from './support/liberty.js';
import { FindingList } from './support/findings.js';

export const hostUnresolvedCheck: SysplexCheck = {
  codes: ['host-unresolved'],
  run(context) {
    const out = new FindingList();
    for (const server of context.servers) {
      for (const endpoint of server.endpoints) {
        const hostName = endpoint.host.value;
        if (hostName === undefined || endpoint.address !== undefined) continue;
        const label = endpointLabel(server, endpoint);
        const place = reportPlace(endpoint.host, `host of ${label}`);
        out.add(
          'host-unresolved',
          'information',
          place.location,
          `${label} listens on host name "${hostName}", which has no address in the "hosts" map of vipa-check.json: its VIPA coverage cannot be checked. Add "${hostName}": "<address>" under "hosts".`,
          place.related,
          { hostName },
        );
      }
    }
    return out.findings;
  },
};

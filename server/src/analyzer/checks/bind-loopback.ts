/**
 * bind-loopback (information): an endpoint on localhost / 127.0.0.1 / ::1 is not reachable from the
 * network, so no DVIPA helps it. Without a host attribute this is Liberty's default (liberty.md §1.1).
 */
import type { SysplexCheck } from './check.js';
import { ALL_INTERFACES, isLoopbackAddress } from '../liberty/host-address.js';
import { endpointLabel, reportPlace } from './support/liberty.js';
import { FindingList } from './support/findings.js';

export const bindLoopbackCheck: SysplexCheck = {
  codes: ['bind-loopback'],
  run(context) {
    const out = new FindingList();
    for (const server of context.servers) {
      for (const endpoint of server.endpoints) {
        if (!endpoint.address || endpoint.address === ALL_INTERFACES || !isLoopbackAddress(endpoint.address)) continue;
        const label = endpointLabel(server, endpoint);
        const place = reportPlace(endpoint.host, `host of ${label}`);
        const ports = endpoint.ports.map((port) => port.value ?? port.name).join('/');
        const why = endpoint.host.defaulted && endpoint.host.chain.length === 0
          ? `has no host attribute, so it listens on localhost only (Liberty's default)`
          : `listens on ${endpoint.host.value} only`;
        out.add(
          'bind-loopback',
          'information',
          place.location,
          `${label} ${why} (port ${ports}): it is not reachable from the network. Set host to the server's VIPA (or "*") if clients connect from outside.`,
          place.related,
          { address: endpoint.address },
        );
      }
    }
    return out.findings;
  },
};

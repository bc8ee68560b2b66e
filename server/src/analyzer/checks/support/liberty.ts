/**
 * What the Liberty checks share: where a server may run, where a finding about a host belongs
 * (the attribute, or the variable definition that supplied the value), and PORT ... BIND lookup.
 */
import type { RelatedInformation } from '../../diagnostics/finding.js';
import type { Location } from '../../base/range.js';
import type { LibertyEndpoint, LibertyServer, ResolvedValue } from '../../liberty/liberty-model.js';

export { portBindFor, stacksForServer } from '../../model/server-placement.js';

export function endpointLabel(server: LibertyServer, endpoint: LibertyEndpoint): string {
  return `${endpoint.kind} "${endpoint.id}" of server ${server.name}`;
}

export interface ReportPlace {
  location: Location;
  related: RelatedInformation[];
}

/**
 * A value that came from a variable is reported on the definition that wrote it (the innermost one
 * with a location: editing it fixes the problem), with related information leading to the
 * attribute; a literal is reported on the attribute.
 */
export function reportPlace(value: ResolvedValue, what: string): ReportPlace {
  const defining = [...value.chain].reverse().find((step) => step.definition?.location);
  if (defining?.definition?.location) {
    return {
      location: defining.definition.location,
      related: [{ location: value.location, message: `${what} uses \${${value.chain[0]?.name ?? defining.name}} here (written "${value.raw}")` }],
    };
  }
  const related: RelatedInformation[] = [];
  return { location: value.location, related };
}

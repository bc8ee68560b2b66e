/**
 * What the Liberty checks share: where a server may run, where a finding about a host belongs
 * (the attribute, or the variable definition that supplied the value), and PORT ... BIND lookup.
 */
import type { RelatedInformation } from '../../diagnostics/finding.js';
import type { PortBindFact, StackModel, SysplexModel } from '../../model/sysplex-model.js';
import type { Location } from '../../base/range.js';
import { sysplexGroups } from './stacks.js';
import type { LibertyEndpoint, LibertyServer, ResolvedValue } from '../../liberty/liberty-model.js';

/**
 * The stacks where a server may start: its allowedStacks, else every stack of its sysplex (a model
 * with a single sysplex serves servers whose sysplex name it does not know). Empty when the
 * workspace has no stacks: nothing can be said about coverage then.
 */
export function stacksForServer(server: LibertyServer, model: SysplexModel): StackModel[] {
  if (model.stacks.length === 0) return [];
  if (server.allowedStacks && server.allowedStacks.length > 0) {
    const wanted = new Set(server.allowedStacks.map((name) => name.toLowerCase()));
    return model.stacks.filter((stack) => wanted.has(stack.name.toLowerCase()));
  }
  const ofSysplex = sysplexGroups(model).get(server.sysplex) ?? [];
  if (ofSysplex.length > 0) return [...ofSysplex];
  const sysplexNames = new Set(model.stacks.map((stack) => stack.sysplex));
  return sysplexNames.size === 1 ? [...model.stacks] : [];
}

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

/**
 * PORT n TCP job BIND a on the stack for one of the endpoint's ports; the job must match when known.
 * An entry naming the job exactly wins over a job-name prefix (`LIB*`), which wins over `*`/OMVS.
 */
export function portBindFor(stack: StackModel, endpoint: LibertyEndpoint, jobName: string | undefined): PortBindFact | undefined {
  const ports = new Set(endpoint.ports.map((port) => port.value).filter((value): value is number => value !== undefined));
  let best: { bind: PortBindFact; score: number } | undefined;
  for (const bind of stack.portBinds) {
    if (bind.protocol !== 'TCP' || !ports.has(bind.port)) continue;
    const score = jobMatch(bind.jobName, jobName);
    if (score > 0 && (!best || score > best.score)) best = { bind, score };
  }
  return best?.bind;
}

/**
 * How well a PORT job name matches the server's job: 0 no match, 1 any job (`*`, or OMVS: "any z/OS
 * UNIX application", SAMPPROF), 2 a prefix ending in '*', 3 the exact name. An unknown job matches any.
 */
function jobMatch(pattern: string, jobName: string | undefined): number {
  const upper = pattern.toUpperCase();
  const specificity = upper === '*' || upper === 'OMVS' ? 1 : upper.endsWith('*') ? 2 : 3;
  if (!jobName) return specificity;
  const job = jobName.toUpperCase();
  if (specificity === 1) return 1;
  if (specificity === 2) return job.startsWith(upper.slice(0, -1)) ? 2 : 0;
  return upper === job ? 3 : 0;
}

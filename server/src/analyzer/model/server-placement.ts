/**
 * Where Liberty servers meet the stacks: the stacks a server may start on and the PORT ... BIND
 * entry that decides what host="*" binds there. Model-level questions: the Liberty checks
 * (checks/support/liberty.ts re-exports them) and the takeover model (takeover/) both ask them.
 */
import type { PortBindFact, StackModel, SysplexModel } from './sysplex-model.js';
import type { LibertyEndpoint, LibertyServer } from '../liberty/liberty-model.js';

/** Stacks by sysplex; falls back to StackModel.sysplex when the model left the map empty. */
export function sysplexGroups(model: SysplexModel): Map<string, StackModel[]> {
  if (model.sysplexes.size > 0) return model.sysplexes;
  const groups = new Map<string, StackModel[]>();
  for (const stack of model.stacks) {
    const list = groups.get(stack.sysplex);
    if (list) list.push(stack);
    else groups.set(stack.sysplex, [stack]);
  }
  return groups;
}

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

/**
 * The sysplex summary of one analysis: stacks with the DVIPAs and VIPARANGEs in force, Liberty
 * servers with per-stack coverage of each endpoint, problem counts, and what each file was taken as
 * and why (AnalysisResult.files). The language server answers
 * vipa/summary with it (shapes shared with the client through server/src/protocol/).
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import { activeDvipas, activeRanges } from '../model/coverage.js';
import { describeRange } from '../checks/support/ranges.js';
import { rejectedDvipas, rejectionLabel, rejectionText } from '../model/rejected-dvipas.js';

/** A DVIPA as the stack holds it: VIPADEFINE or VIPABACKUP (with its rank). */
export type DvipaSummary = { address: string; role: string; rank?: number };

export type StackSummary = {
  name: string;
  sysplex?: string;
  /** URI of the stack's main profile. */
  file: string;
  dvipas: DvipaSummary[];
  /** VIPARANGE subnets in force, "10.1.9.0/24". */
  ranges: string[];
  /** VIPADEFINE/VIPABACKUP addresses the stack rejects or ignores (EZZ8307I, a repeat): in no other list. */
  rejected?: RejectedSummary[];
};

/** `label` is IBM's message id or the reason in words; `line` is 1-based. */
export type RejectedSummary = { address: string; role: string; label: string; reason: string; file: string; line: number };

export type EndpointSummary = {
  id: string;
  /** The host value as resolved (or as written when unresolved). */
  host: string;
  address?: string;
  /** Stack name -> how it binds the address (home, vipadefine, vipabackup, distribute-target, viparange) or "not covered". */
  coverage: Record<string, string>;
};

export type ServerSummary = { name: string; file: string; endpoints: EndpointSummary[] };

export type ProblemCounts = { error: number; warning: number; information: number; hint: number };

/** What a file was taken as, and why (README "How files are classified"). */
export type FileSummary = {
  /** URI (as the client knows it). */
  file: string;
  /** stack-profile, include, obey, copy, document-local, unused-profile, other-config, liberty, config. */
  role: string;
  label: string;
  reason: string;
};

export type SysplexSummary = { stacks: StackSummary[]; servers: ServerSummary[]; problems: ProblemCounts; files?: FileSummary[] };

function coverageOf(result: AnalysisResult, address: string, sysplex: string, allowed?: string[]): Record<string, string> {
  const coverage: Record<string, string> = {};
  for (const entry of result.index.coverage(address, sysplex)) {
    if (allowed && !allowed.includes(entry.stack.name)) continue;
    coverage[entry.stack.name] = entry.bindable ? (entry.via ?? 'bindable') : 'not covered';
  }
  return coverage;
}

/** `toClient` maps the analyzer's URIs of the file list to the client's spelling. */
export function sysplexSummary(result: AnalysisResult | undefined, toClient: (uri: string) => string = (uri) => uri): SysplexSummary {
  const problems: ProblemCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  if (!result) return { stacks: [], servers: [], problems };
  for (const findings of result.findingsByUri.values()) for (const finding of findings) problems[finding.severity]++;
  return {
    stacks: result.model.stacks.map((stack) => ({
      name: stack.name,
      sysplex: stack.sysplex,
      file: stack.rootUri,
      // What is in force after VIPADELETE / VIPARANGE DELETE, as the stack would show it.
      dvipas: [...activeDvipas(stack).values()].map((fact) => ({ address: fact.address, role: fact.statement, rank: fact.rank })),
      ranges: activeRanges(stack).map(describeRange),
      rejected: [...rejectedDvipas(stack).values()].map((rejection) => ({
        address: rejection.fact.address,
        role: rejection.fact.statement,
        label: rejectionLabel(rejection),
        reason: rejectionText(rejection, stack.name),
        file: toClient(rejection.fact.location.uri),
        line: rejection.fact.location.range.start.line + 1,
      })),
    })),
    servers: result.servers.map((server) => ({
      name: server.name,
      file: server.serverXmlUri,
      endpoints: server.endpoints
        .filter((endpoint) => endpoint.enabled)
        .map((endpoint) => ({
          id: endpoint.id,
          host: endpoint.host.value ?? endpoint.host.raw,
          address: endpoint.address,
          coverage: endpoint.address ? coverageOf(result, endpoint.address, server.sysplex, server.allowedStacks) : {},
        })),
    })),
    problems,
    files: (result.files?.list() ?? []).map(({ uri, role, label, reason }) => ({ file: toClient(uri), role, label, reason })),
  };
}

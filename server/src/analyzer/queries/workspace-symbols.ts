/**
 * Workspace symbols (Ctrl+T): stacks, DVIPAs, VIPARANGEs, static VIPAs, distributed ports and
 * Liberty servers and endpoints, each with its role ("VIPABACKUP rank 100 on TCPIPB"), ranked by
 * fuzzy match of the query against the name and the role.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { Location } from '../base/range.js';
import { scoreSymbol } from './fuzzy.js';
import { acceptedDvipas } from '../model/rejected-dvipas.js';

export type SymbolRole = 'stack' | 'dvipa' | 'viparange' | 'static-vipa' | 'distributed-port' | 'liberty-server' | 'liberty-endpoint';

export interface WorkspaceSymbolEntry {
  name: string;
  role: SymbolRole;
  /** What it is and where: shown next to the name. */
  detail: string;
  location: Location;
}

const ORIGIN = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** The entries only change with the analysis: built once per result. */
const cache = new WeakMap<AnalysisResult, WorkspaceSymbolEntry[]>();

export function allWorkspaceSymbols(result: AnalysisResult): WorkspaceSymbolEntry[] {
  let entries = cache.get(result);
  if (!entries) {
    entries = collect(result);
    cache.set(result, entries);
  }
  return entries;
}

function portsText(ports: { from: number; to: number }[]): string {
  return ports.map((port) => (port.from === port.to ? `${port.from}` : `${port.from}-${port.to}`)).join(',');
}

function collect(result: AnalysisResult): WorkspaceSymbolEntry[] {
  const entries: WorkspaceSymbolEntry[] = [];
  for (const stack of result.model.stacks) {
    const where = [stack.system && `system ${stack.system}`, `sysplex ${stack.sysplex}`].filter(Boolean).join(', ');
    entries.push({ name: stack.name, role: 'stack', detail: `TCP/IP stack (${where})`, location: { uri: stack.rootUri, range: ORIGIN } });
    // A definition the stack rejects (EZZ8307I, a repeat) is no DVIPA.
    for (const fact of acceptedDvipas(stack)) {
      const role = fact.statement === 'VIPABACKUP' ? `VIPABACKUP rank ${fact.rank ?? 1}` : 'VIPADEFINE';
      entries.push({ name: fact.address, role: 'dvipa', detail: `DVIPA, ${role} on ${stack.name}`, location: fact.location });
    }
    for (const range of stack.ranges) {
      if (range.action !== 'DEFINE') continue;
      entries.push({ name: `${range.network}/${range.prefixLength}`, role: 'viparange', detail: `VIPARANGE on ${stack.name}${range.saf ? ` (SAF ${range.saf})` : ''}`, location: range.location });
    }
    for (const home of stack.homes) {
      if (!home.staticVipa) continue;
      entries.push({ name: home.address, role: 'static-vipa', detail: `static VIPA${home.linkName ? ` ${home.linkName}` : ''} on ${stack.name}`, location: home.location });
    }
    for (const distribute of stack.distributes) {
      if (distribute.action !== 'DEFINE') continue;
      const targets = distribute.allDestinations ? 'DESTIP ALL' : `${distribute.destinations.length} target${distribute.destinations.length === 1 ? '' : 's'}`;
      entries.push({
        name: `${distribute.address} port ${portsText(distribute.ports)}`,
        role: 'distributed-port',
        detail: `VIPADISTRIBUTE ${distribute.distMethod} on ${stack.name}, ${targets}`,
        location: distribute.location,
      });
    }
  }
  for (const server of result.servers) {
    const stacks = server.allowedStacks ? `stacks ${server.allowedStacks.join(', ')}` : `sysplex ${server.sysplex}`;
    entries.push({ name: server.name, role: 'liberty-server', detail: `Liberty server (${stacks})`, location: { uri: server.serverXmlUri, range: ORIGIN } });
    for (const endpoint of server.endpoints) {
      if (!endpoint.enabled) continue;
      const ports = endpoint.ports.filter((port) => port.value !== undefined).map((port) => port.value).join(',');
      const host = endpoint.host.value ?? endpoint.host.raw;
      const address = endpoint.address && endpoint.address !== host ? ` → ${endpoint.address}` : '';
      entries.push({
        name: `${server.name} ${endpoint.id}`,
        role: 'liberty-endpoint',
        detail: `${endpoint.kind} ${host}${address}${ports ? ` port ${ports}` : ''}`,
        location: endpoint.host.defaulted ? endpoint.location : endpoint.host.location,
      });
    }
  }
  return entries;
}

/** The entries matching `query`, best first; at most `limit`. */
export function searchWorkspaceSymbols(result: AnalysisResult, query: string, limit = 1000): WorkspaceSymbolEntry[] {
  const scored: { entry: WorkspaceSymbolEntry; score: number }[] = [];
  for (const entry of allWorkspaceSymbols(result)) {
    const score = scoreSymbol(query, entry.name, entry.detail);
    if (score !== undefined) scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name));
  return scored.slice(0, limit).map(({ entry }) => entry);
}

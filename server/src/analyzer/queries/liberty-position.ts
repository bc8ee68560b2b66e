/**
 * Position queries over Liberty files: which endpoint host value or ${variable} is under the cursor,
 * and what it resolves to. The Liberty model keeps every value's location, so this only looks up.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { LibertyEndpoint, LibertyServer, VariableDefinition } from '../liberty/liberty-model.js';
import { containsPosition, LineIndex, type Position, type Range } from '../base/range.js';
import { uriKey } from '../base/uris.js';

/** Per analysis: file key -> the servers reading that file (hover, completion and highlight ask per request). */
const serversByFile = new WeakMap<readonly LibertyServer[], Map<string, LibertyServer[]>>();

export function serversUsingFile(result: AnalysisResult, uri: string): LibertyServer[] {
  let byFile = serversByFile.get(result.servers);
  if (!byFile) {
    byFile = new Map();
    for (const server of result.servers) {
      for (const key of new Set([server.serverXmlUri, ...server.fileUris].map(uriKey))) {
        const list = byFile.get(key);
        if (list) list.push(server);
        else byFile.set(key, [server]);
      }
    }
    serversByFile.set(result.servers, byFile);
  }
  return [...(byFile.get(uriKey(uri)) ?? [])];
}

export interface EndpointHit {
  server: LibertyServer;
  endpoint: LibertyEndpoint;
}

/** The endpoint whose host value (attribute, or the variable definition behind it) is at the position. */
export function endpointHostAt(result: AnalysisResult, uri: string, position: Position): EndpointHit | undefined {
  const key = uriKey(uri);
  for (const server of serversUsingFile(result, uri)) {
    for (const endpoint of server.endpoints) {
      const host = endpoint.host;
      if (uriKey(host.location.uri) === key && !host.defaulted && containsPosition(host.location.range, position)) return { server, endpoint };
      const definitionHere = host.chain.some((step) => step.definition?.location && uriKey(step.definition.location.uri) === key && containsPosition(step.definition.location.range, position));
      if (definitionHere) return { server, endpoint };
    }
  }
  return undefined;
}

export interface VariableHit {
  name: string;
  range: Range;
  /** Definition per server that uses this file (a shared include may resolve differently). */
  definitions: { server: LibertyServer; definition?: VariableDefinition }[];
}

/** A ${name} reference under the cursor in any Liberty file (XML, bootstrap.properties). */
export function variableAt(result: AnalysisResult, uri: string, text: string, position: Position): VariableHit | undefined {
  const index = new LineIndex(text);
  const offset = index.offsetAt(position);
  const lineStart = index.offsetAt({ line: position.line, character: 0 });
  const lineEnd = position.line + 1 < index.lineCount ? index.offsetAt({ line: position.line + 1, character: 0 }) : text.length;
  const line = text.slice(lineStart, lineEnd);
  const pattern = /\$\{([^}\s]+)\}/g;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    const start = lineStart + match.index;
    const end = start + match[0].length;
    if (offset < start || offset > end) continue;
    const name = match[1];
    return {
      name,
      range: index.rangeOf(start, end),
      definitions: serversUsingFile(result, uri).map((server) => ({ server, definition: server.variables.get(name) })),
    };
  }
  return undefined;
}

/**
 * The address at a position of any file: what the index knows (profile operands, host attributes),
 * else the address a Liberty variable definition under the cursor resolves to.
 */
export function addressAtPosition(result: AnalysisResult, uri: string, position: Position): string | undefined {
  return result.index.addressAt(uri, position) ?? endpointHostAt(result, uri, position)?.endpoint.address;
}

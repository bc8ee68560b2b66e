/**
 * Links in profiles and Liberty files, resolved as the analysis resolved them:
 *  - INCLUDE operands: the member each stack took, with the resolution rule that won (include/
 *    resolve-include.ts); a member that is not in the workspace becomes a host-member link (the
 *    client opens it through Zowe Explorer), or a zowe-ds: link when the profile itself came from
 *    the host, so the member sits next to it;
 *  - Liberty `<include location>` (the file the reader walked), keystore locations, and every other
 *    value built on a ${...dir} location variable, such as ${server.config.dir}/resources/x.xml;
 *    in bootstrap.properties, bootstrap.include.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { IncludeFact } from '../model/sysplex-model.js';
import type { IncludeRule } from '../include/resolve-include.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import type { Range } from '../base/range.js';
import { looksLikeUri, resolveUriPath, uriBasename, uriDirname, uriKey, uriPath, uriWithPath } from '../base/uris.js';
import { parseXmlCached } from '../liberty/config-walk.js';
import type { XmlElement } from '../liberty/xml-document.js';
import { parseProperties } from '../liberty/properties.js';
import { serversUsingFile } from './liberty-position.js';
import { includeStatements } from '../model/build-stack-models.js';
import { containsSymbolReference } from '../model/symbols.js';
import { scopeOfServer } from './server-scope.js';

export interface FileLink {
  range: Range;
  /** What the link opens; undefined for a member that exists only on the host. */
  targetUri?: string;
  tooltip: string;
  /** A data set member that is not in the workspace (open it from the host). */
  hostMember?: { dataSet: string; member?: string };
}

function dataSetName(fact: { dataSet: string; member?: string }): string {
  return fact.member ? `${fact.dataSet}(${fact.member})` : fact.dataSet;
}

/** "TCPIP.TCPPARMS/VIPARNG": enough of the path to tell the file apart. */
function shortName(uri: string): string {
  const folder = uriBasename(uriDirname(uri));
  return folder ? `${folder}/${uriBasename(uri)}` : uriBasename(uri);
}

export function describeIncludeRule(rule: IncludeRule | undefined, fact: { dataSet: string; member?: string }): string {
  switch (rule) {
    case 'config-member':
      return `vipa-check.json "datasets" maps ${dataSetName(fact)} to this file`;
    case 'config-folder':
      return `vipa-check.json "datasets" maps ${fact.dataSet} to the folder holding ${fact.member}`;
    case 'config-file':
      return `vipa-check.json "datasets" maps ${fact.dataSet} to this file`;
    case 'full-name':
      return `a file named ${dataSetName(fact)}`;
    case 'dataset-folder':
      return `member ${fact.member} in a folder named like the data set ${fact.dataSet}`;
    case 'same-folder':
      return `member ${fact.member} in the folder of the including file`;
    case 'anywhere':
      return fact.member ? `the file named ${fact.member} nearest to the including file` : `the file named like the data set ${fact.dataSet} nearest to the including file`;
    default:
      return 'not resolved';
  }
}

/** zowe-ds:/<profile>/<data set>[/<member>] for an INCLUDE in a member opened from the host. */
function zoweSibling(fromUri: string, fact: IncludeFact): string | undefined {
  const match = /^zowe-ds:\/([^/]+)\//i.exec(fromUri);
  if (!match) return undefined;
  return `zowe-ds:/${match[1]}/${encodeURIComponent(fact.dataSet)}${fact.member ? `/${encodeURIComponent(fact.member)}` : ''}`;
}

export function profileLinks(result: AnalysisResult, uri: string): FileLink[] {
  const key = uriKey(uri);
  // One operand may be processed by several stacks (a shared member): group by position.
  const byPosition = new Map<string, { range: Range; facts: { stack: string; fact: IncludeFact }[] }>();
  for (const stack of result.model.stacks) {
    for (const fact of stack.includes ?? []) {
      if (uriKey(fact.location.uri) !== key) continue;
      const at = `${fact.location.range.start.line}:${fact.location.range.start.character}`;
      let group = byPosition.get(at);
      if (!group) byPosition.set(at, (group = { range: fact.location.range, facts: [] }));
      group.facts.push({ stack: stack.name, fact });
    }
  }
  // A document outside every stack (a git: view, an untitled: buffer, an OBEYFILE member): its
  // INCLUDEs resolve as the analysis would resolve them from here.
  if (byPosition.size === 0) for (const fact of detachedIncludes(result, uri)) byPosition.set(`${fact.location.range.start.line}:${fact.location.range.start.character}`, { range: fact.location.range, facts: [{ stack: '', fact }] });
  const links: FileLink[] = [];
  for (const { range, facts } of byPosition.values()) {
    const first = facts[0].fact;
    const targets = new Set(facts.map(({ fact }) => fact.targetUri ?? `?${dataSetName(fact)}`));
    if (targets.size > 1) {
      const perStack = facts.map(({ stack, fact }) => `${stack}: ${fact.targetUri ? `${shortName(fact.targetUri)} (${describeIncludeRule(fact.rule, fact)})` : `${dataSetName(fact)}, not in the workspace`}`);
      const resolved = facts.find(({ fact }) => fact.targetUri)?.fact;
      links.push({ range, targetUri: resolved?.targetUri, tooltip: `Resolved per stack — ${perStack.join('; ')}` });
      continue;
    }
    if (first.targetUri) {
      links.push({ range, targetUri: first.targetUri, tooltip: `${dataSetName(first)} → ${shortName(first.targetUri)} (${describeIncludeRule(first.rule, first)})` });
      continue;
    }
    const sibling = zoweSibling(uri, first);
    if (sibling) {
      links.push({ range, targetUri: sibling, tooltip: `${dataSetName(first)}: open it from the host (same Zowe profile as this member)` });
      continue;
    }
    const mapped = first.mappedUri ? ` (vipa-check.json maps it to ${first.mappedUri}, which is not in the workspace)` : '';
    links.push({
      range,
      tooltip: `${dataSetName(first)} is not in the workspace${mapped}: open it from the host through Zowe Explorer`,
      hostMember: { dataSet: first.dataSet, member: first.member },
    });
  }
  return links;
}

function detachedIncludes(result: AnalysisResult, uri: string): IncludeFact[] {
  const document = result.profiles.get(uri) ?? [...result.profiles.values()].find((candidate) => uriKey(candidate.uri) === uriKey(uri));
  if (!document || !result.resolveInclude) return [];
  const facts: IncludeFact[] = [];
  for (const statement of includeStatements(document.statements)) {
    if (!statement.dataSet || containsSymbolReference(statement.dataSet) || (statement.member && containsSymbolReference(statement.member))) continue;
    const resolution = result.resolveInclude({ dataSet: statement.dataSet, member: statement.member, fromUri: document.uri });
    const location = { uri: document.uri, range: (statement.target ?? statement.keyword).range };
    facts.push({ location, dataSet: statement.dataSet, member: statement.member, targetUri: resolution.uri, rule: resolution.rule, mappedUri: resolution.mappedUri });
  }
  return facts;
}

/** ${server.config.dir}, ${shared.resource.dir}, ${wlp.user.dir} ...: the location variables. */
const LOCATION_VARIABLE = /\$\{[\w.]*\.dir\}/;

function uriOfLocation(server: LibertyServer, fromUri: string, location: string): string {
  const path = location.trim();
  if (looksLikeUri(path)) return path;
  if (path.startsWith('/')) return uriWithPath(server.serverXmlUri, path);
  return resolveUriPath(uriDirname(fromUri), path);
}

function relativeToServer(server: LibertyServer, uri: string): string {
  const base = uriPath(server.configDirUri).replace(/\/+$/, '');
  const path = uriPath(uri);
  return path.startsWith(`${base}/`) ? path.slice(base.length + 1) : path;
}

function elementsOf(root: XmlElement | undefined): XmlElement[] {
  const all: XmlElement[] = [];
  const visit = (element: XmlElement) => {
    all.push(element);
    element.children.forEach(visit);
  };
  if (root) visit(root);
  return all;
}

export function libertyLinks(result: AnalysisResult, uri: string, text: string): FileLink[] {
  const key = uriKey(uri);
  const links: FileLink[] = [];
  const taken = new Set<string>();
  const add = (link: FileLink) => {
    const at = `${link.range.start.line}:${link.range.start.character}`;
    if (taken.has(at)) return;
    taken.add(at);
    links.push(link);
  };
  const servers = serversUsingFile(result, uri);
  for (const server of servers) {
    for (const include of server.includes ?? []) {
      if (uriKey(include.location.uri) !== key || include.folder || !include.found) continue;
      add({ range: include.location.range, targetUri: include.targetUri, tooltip: `<include> of server ${server.name}: ${relativeToServer(server, include.targetUri)}` });
    }
    for (const keyStore of server.ssl?.keyStores.values() ?? []) {
      const location = keyStore.location;
      if (location.defaulted || !keyStore.locationUri || uriKey(location.location.uri) !== key) continue;
      add({ range: location.location.range, targetUri: keyStore.locationUri, tooltip: `Keystore "${keyStore.id}" of server ${server.name}: ${relativeToServer(server, keyStore.locationUri)}` });
    }
  }
  const server = servers[0];
  if (!server) return links;
  const scope = scopeOfServer(server);
  const lowerName = uriBasename(uri).toLowerCase();
  if (lowerName.endsWith('.xml')) {
    for (const element of elementsOf(parseXmlCached(uri, text).root)) {
      for (const attribute of element.attributes) {
        if (!LOCATION_VARIABLE.test(attribute.value)) continue;
        const resolved = scope.resolve(attribute.value, { uri, range: attribute.valueRange });
        if (resolved.value === undefined || /^(https?|ftp):/i.test(resolved.value.trim())) continue;
        const target = uriOfLocation(server, uri, resolved.value);
        add({ range: attribute.valueRange, targetUri: target, tooltip: `${attribute.value} → ${relativeToServer(server, target)} (server ${server.name})` });
      }
    }
  } else if (lowerName === 'bootstrap.properties') {
    for (const entry of parseProperties(text)) {
      if (entry.key !== 'bootstrap.include' && !LOCATION_VARIABLE.test(entry.value)) continue;
      const resolved = scope.resolve(entry.value, { uri, range: entry.valueRange });
      if (resolved.value === undefined) continue;
      const target = uriOfLocation(server, uri, resolved.value);
      add({ range: entry.valueRange, targetUri: target, tooltip: `${entry.key} → ${relativeToServer(server, target)}` });
    }
  }
  return links;
}

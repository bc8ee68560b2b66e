/**
 * The listeners of a server: every enabled <httpEndpoint> merged by id with the built-in
 * defaultHttpEndpoint (9080/9443, no host), and <wasJmsEndpoint>/<iiopEndpoint> when configured.
 * host absent → ${defaultHostName} when defined, else localhost (httpEndpoint's host attribute is
 * bound to that variable in the metatype, liberty.md §1.1); a port of -1 is disabled.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Location } from '../base/range.js';
import type { WorkspaceConfig } from '../config/workspace-config.js';
import type { ConfigElement } from './config-walk.js';
import type { EndpointPort, LibertyEndpoint, ResolvedValue } from './liberty-model.js';
import { lastDefinition, mergeById, mergedAttribute, resolveMergedAttribute, type MergedElement } from './merge.js';
import { addressOfHost } from './host-address.js';
import { unresolvedFinding } from './reader-findings.js';
import type { VariableScope } from './variables.js';
import { attributeOf, isElement } from './xml-document.js';

interface PortSpec {
  name: string;
  secure: boolean;
  /** Default when the attribute is absent (undefined: no listener without the attribute). */
  defaultValue?: number;
}

interface EndpointType {
  kind: 'httpEndpoint' | 'wasJmsEndpoint' | 'iiopEndpoint';
  /** Id given to elements without one (singleton-like types); undefined → each is its own instance. */
  unnamedId?: string;
  /** Ports whose defaults apply to this id. */
  ports(id: string): PortSpec[];
  /** Whether an absent host falls back to ${defaultHostName} (metatype ibm:variable). */
  usesDefaultHostName: boolean;
}

const HTTP: EndpointType = {
  kind: 'httpEndpoint',
  ports: (id) => [
    { name: 'httpPort', secure: false, defaultValue: id === 'defaultHttpEndpoint' ? 9080 : undefined },
    { name: 'httpsPort', secure: true, defaultValue: id === 'defaultHttpEndpoint' ? 9443 : undefined },
  ],
  usesDefaultHostName: true,
};
const WAS_JMS: EndpointType = {
  kind: 'wasJmsEndpoint',
  unnamedId: 'InboundJmsCommsEndpoint',
  ports: () => [
    { name: 'wasJmsPort', secure: false, defaultValue: 7276 },
    { name: 'wasJmsSSLPort', secure: true, defaultValue: 7286 },
  ],
  usesDefaultHostName: false,
};
const IIOP: EndpointType = {
  kind: 'iiopEndpoint',
  unnamedId: 'defaultIiopEndpoint',
  ports: () => [{ name: 'iiopPort', secure: false, defaultValue: 2809 }],
  usesDefaultHostName: false,
};

export interface EndpointContext {
  elements: readonly ConfigElement[];
  scope: VariableScope;
  config: WorkspaceConfig;
  /** Where findings about the built-in default endpoint land: server.xml's root element. */
  builtInLocation: Location;
  findings: Finding[];
}

export function readEndpoints(context: EndpointContext): LibertyEndpoint[] {
  const endpoints: LibertyEndpoint[] = [];
  for (const type of [HTTP, WAS_JMS, IIOP]) {
    const merged = mergeById(context.elements, type.kind, type.unnamedId);
    if (type === HTTP && !merged.has('defaultHttpEndpoint')) {
      merged.set('defaultHttpEndpoint', { id: 'defaultHttpEndpoint', attributes: new Map(), children: [], definitions: [] });
    }
    for (const element of merged.values()) {
      const endpoint = buildEndpoint(type, element, context);
      if (endpoint) endpoints.push(endpoint);
    }
  }
  return endpoints;
}

function buildEndpoint(type: EndpointType, element: MergedElement, context: EndpointContext): LibertyEndpoint | undefined {
  const { scope, findings } = context;
  const location = lastDefinition(element) ?? context.builtInLocation;
  const enabled = resolveMergedAttribute(element, 'enabled', scope);
  if (enabled?.value !== undefined && enabled.value.trim().toLowerCase() === 'false') return undefined;

  const ports: EndpointPort[] = [];
  const portSpecs = [...type.ports(element.id)];
  const nested = type === IIOP ? element.children.find((child) => isElement(child.element, 'iiopsOptions')) : undefined;
  for (const spec of portSpecs) {
    const port = readPort(spec, resolveMergedAttribute(element, spec.name, scope), findings);
    if (port) ports.push(port);
  }
  if (nested) {
    const attribute = attributeOf(nested.element, 'iiopsPort');
    if (attribute) {
      const resolved = scope.resolve(attribute.value, { uri: nested.uri, range: attribute.valueRange });
      const port = readPort({ name: 'iiopsPort', secure: true }, resolved, findings);
      if (port) ports.push(port);
    }
  }
  // Both ports -1 (or none given): the endpoint opens nothing (missingPorts.endpointDisabled).
  if (ports.length === 0) return undefined;

  const host = resolveHost(type, element, location, scope);
  if (host.value === undefined) findings.push(unresolvedFinding(host, `the ${type.kind} "${element.id}" host`));
  const sslOptionsRef = type === HTTP ? sslOptionsRefOf(element) : undefined;
  return {
    kind: type.kind,
    id: element.id,
    enabled: true,
    host,
    address: host.value === undefined ? undefined : addressOfHost(host.value, context.config.hosts),
    ports,
    location,
    sslOptionsRef,
    definitions: element.definitions,
  };
}

function readPort(spec: PortSpec, resolved: ResolvedValue | undefined, findings: Finding[]): EndpointPort | undefined {
  if (!resolved) return spec.defaultValue === undefined ? undefined : { name: spec.name, value: spec.defaultValue, secure: spec.secure };
  if (resolved.value === undefined) {
    findings.push(unresolvedFinding(resolved, `the port ${spec.name}`));
    return { name: spec.name, secure: spec.secure, location: resolved.location };
  }
  const value = Number(resolved.value.trim());
  if (!Number.isInteger(value) || value < 0) return undefined;
  return { name: spec.name, value, secure: spec.secure, location: resolved.location };
}

function resolveHost(type: EndpointType, element: MergedElement, location: Location, scope: VariableScope): ResolvedValue {
  const written = resolveMergedAttribute(element, 'host', scope);
  if (written) return { ...written, value: written.value?.trim().toLowerCase() };
  if (type.usesDefaultHostName && scope.lookup('defaultHostName')) {
    const viaVariable = scope.resolve('${defaultHostName}', location, true);
    return { ...viaVariable, value: viaVariable.value?.trim().toLowerCase() };
  }
  return { raw: 'localhost', value: 'localhost', location, chain: [], unresolved: [], defaulted: true };
}

function sslOptionsRefOf(element: MergedElement): string | undefined {
  const reference = mergedAttribute(element, 'sslOptionsRef')?.attribute.value.trim();
  if (reference) return reference;
  const nested = element.children.find((child) => isElement(child.element, 'sslOptions'));
  return nested ? `${element.id}/sslOptions` : undefined;
}

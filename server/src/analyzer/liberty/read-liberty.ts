/**
 * Reads one Liberty server (server.xml plus everything it pulls in) into a LibertyServer: endpoints
 * with resolved hosts and addresses, variables with provenance, SSL facts, and reader findings.
 * Pure: every file comes through the FileHost. Never throws: a failure becomes a finding.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Location } from '../base/range.js';
import type { FileHost } from '../base/file-host.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import { ConfigWalker } from './config-walk.js';
import { readEndpoints } from './endpoints.js';
import type { LibertyServer, VariableDefinition } from './liberty-model.js';
import { parseProperties, parseServerEnv, type PropertyEntry } from './properties.js';
import { builtInVariables, serverConfigOf, serverNameOf, sysplexOf } from './server-identity.js';
import { readSslFacts } from './ssl-facts.js';
import { looksLikeUri, uriDirname, resolveUriPath, uriWithPath } from '../base/uris.js';
import { VariableScope, type VariableTiers } from './variables.js';
import { unresolvedFinding } from './reader-findings.js';

const ORIGIN: Location['range'] = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function readLibertyServer(host: FileHost, serverXmlUri: string, config: LoadedConfig): LibertyServer {
  const name = serverNameOf(serverXmlUri);
  const serverConfig = serverConfigOf(serverXmlUri, name, config);
  const base: LibertyServer = {
    name,
    serverXmlUri,
    configDirUri: uriDirname(serverXmlUri),
    fileUris: [serverXmlUri],
    endpoints: [],
    variables: new Map(),
    findings: [],
    sysplex: sysplexOf(serverConfig, config),
    allowedStacks: serverConfig?.stacks,
    jobName: serverConfig?.jobName,
  };
  try {
    return readInto(base, host, config, serverConfig?.variables ?? {});
  } catch (error) {
    base.findings.push({ uri: serverXmlUri, range: ORIGIN, severity: 'error', code: 'xml-syntax-error', message: `The Liberty configuration could not be read: ${(error as Error).message}` });
    return base;
  }
}

function readInto(server: LibertyServer, host: FileHost, config: LoadedConfig, configVariables: Record<string, string>): LibertyServer {
  const missingUris: string[] = [];
  const otherFiles: string[] = [];
  const tiers: VariableTiers = { builtIns: builtInVariables(server.serverXmlUri, server.name), defaultValues: [], environment: [], bootstrap: [], configValues: [] };
  const readOptional = (uri: string): string | undefined => {
    const text = host.readText(uri);
    if (text === undefined) missingUris.push(uri);
    else otherFiles.push(uri);
    return text;
  };
  const asDefinitions = (entries: PropertyEntry[], uri: string, source: VariableDefinition['source']): VariableDefinition[] =>
    entries.map((entry) => ({ name: entry.key, value: entry.value, source, location: { uri, range: entry.valueRange } }));

  // Environment: values from vipa-check.json first (weakest), then the shared and the server's server.env.
  for (const [variable, value] of Object.entries(configVariables)) {
    if (typeof value === 'string') tiers.environment.push({ name: variable, value, source: 'config' });
  }
  const userDir = tiers.builtIns.find((definition) => definition.name === 'wlp.user.dir')?.value;
  const envFiles = [...(userDir ? [uriWithPath(server.serverXmlUri, `${userDir}/shared/server.env`)] : []), resolveUriPath(server.configDirUri, 'server.env')];
  for (const uri of envFiles) {
    const text = readOptional(uri);
    if (text !== undefined) tiers.environment.push(...asDefinitions(parseServerEnv(text), uri, 'server.env'));
  }

  // bootstrap.properties; a bootstrap.include file is read first so the server's own keys win (UNCONFIRMED order).
  const bootstrapUri = resolveUriPath(server.configDirUri, 'bootstrap.properties');
  const bootstrapText = readOptional(bootstrapUri);
  if (bootstrapText !== undefined) {
    const entries = parseProperties(bootstrapText);
    const include = entries.find((entry) => entry.key === 'bootstrap.include');
    if (include) {
      const location = include.value.trim();
      const includeUri = looksLikeUri(location) ? location : resolveUriPath(server.configDirUri, location);
      const includedText = readOptional(includeUri);
      if (includedText !== undefined) tiers.bootstrap.push(...asDefinitions(parseProperties(includedText), includeUri, 'bootstrap.properties'));
    }
    tiers.bootstrap.push(...asDefinitions(entries, bootstrapUri, 'bootstrap.properties'));
  }

  const walk = new ConfigWalker(host, tiers, server.serverXmlUri).walk();
  const findings: Finding[] = [...walk.findings];
  if (!walk.fileUris.includes(server.serverXmlUri)) {
    findings.push({ uri: server.serverXmlUri, range: ORIGIN, severity: 'error', code: 'xml-syntax-error', message: 'server.xml could not be read.' });
  }
  const scope = new VariableScope(tiers);
  const builtInLocation: Location = { uri: server.serverXmlUri, range: walk.rootNameRange ?? ORIGIN };

  const endpoints = readEndpoints({ elements: walk.elements, scope, config: config.config, builtInLocation, findings });
  const ssl = readSslFacts(walk.elements, scope, server.serverXmlUri);
  for (const keyStore of ssl.keyStores.values()) {
    if (keyStore.location.value === undefined && !keyStore.location.defaulted) findings.push(unresolvedFinding(keyStore.location, `the keyStore "${keyStore.id}" location`));
  }

  return {
    ...server,
    fileUris: unique([...walk.fileUris, ...otherFiles]),
    endpoints,
    variables: scope.effective,
    findings: dedupe(findings),
    ssl,
    includes: walk.includes,
    missingUris: unique([...missingUris, ...walk.missingUris]),
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** One finding per code and place: an attribute read twice (e.g. merged endpoints) is reported once. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}|${finding.uri}|${finding.range.start.line}:${finding.range.start.character}|${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * <keyStore>, <ssl>, <sslOptions> and <sslDefault>, merged by id, and the chain an endpoint uses:
 * httpEndpoint sslOptionsRef → sslOptions sslRef → ssl, else sslDefault sslRef → ssl, else the ssl
 * config "defaultSSLConfig" (implicit over keyStore "defaultKeyStore" when only that is configured)
 * → keyStoreRef → keyStore (liberty.md §5).
 */
import type { Location } from '../base/range.js';
import type { ConfigElement } from './config-walk.js';
import type { LibertyEndpoint, LibertyKeyStore, LibertySslConfig, LibertySslFacts } from './liberty-model.js';
import { lastDefinition, mergeById, mergedAttribute, resolveMergedAttribute } from './merge.js';
import { looksLikeUri, resolveUriPath, uriWithPath } from '../base/uris.js';
import type { VariableScope } from './variables.js';
import { attributeOf, isElement } from './xml-document.js';

export const DEFAULT_SSL_CONFIG = 'defaultSSLConfig';
export const DEFAULT_KEY_STORE = 'defaultKeyStore';
const DEFAULT_KEY_STORE_LOCATION = '${server.output.dir}/resources/security/key.p12';

export function readSslFacts(elements: readonly ConfigElement[], scope: VariableScope, serverXmlUri: string): LibertySslFacts {
  const keyStores = new Map<string, LibertyKeyStore>();
  for (const merged of mergeById(elements, 'keyStore').values()) {
    const elementLocation = lastDefinition(merged);
    const location = resolveMergedAttribute(merged, 'location', scope) ?? scope.resolve(DEFAULT_KEY_STORE_LOCATION, elementLocation, true);
    keyStores.set(merged.id, {
      id: merged.id,
      location,
      locationUri: keyStoreUri(location.value, scope, serverXmlUri),
      type: mergedAttribute(merged, 'type')?.attribute.value.trim(),
      password: resolveMergedAttribute(merged, 'password', scope),
      elementLocation,
    });
  }

  const sslConfigs = new Map<string, LibertySslConfig>();
  for (const merged of mergeById(elements, 'ssl').values()) {
    sslConfigs.set(merged.id, {
      id: merged.id,
      keyStoreRef: mergedAttribute(merged, 'keyStoreRef')?.attribute.value.trim() || undefined,
      serverKeyAlias: mergedAttribute(merged, 'serverKeyAlias')?.attribute.value.trim() || undefined,
      location: lastDefinition(merged),
    });
  }
  if (!sslConfigs.has(DEFAULT_SSL_CONFIG) && keyStores.has(DEFAULT_KEY_STORE)) {
    sslConfigs.set(DEFAULT_SSL_CONFIG, { id: DEFAULT_SSL_CONFIG, keyStoreRef: DEFAULT_KEY_STORE });
  }

  const sslOptions: LibertySslFacts['sslOptions'] = new Map();
  for (const merged of mergeById(elements, 'sslOptions').values()) {
    sslOptions.set(merged.id, { id: merged.id, sslRef: mergedAttribute(merged, 'sslRef')?.attribute.value.trim() || undefined, location: lastDefinition(merged) });
  }
  // <sslOptions> nested in an <httpEndpoint> gets the id the endpoint reader gives it.
  for (const merged of mergeById(elements, 'httpEndpoint').values()) {
    for (const child of merged.children) {
      if (!isElement(child.element, 'sslOptions')) continue;
      const sslRef = attributeOf(child.element, 'sslRef')?.value.trim() || undefined;
      sslOptions.set(`${merged.id}/sslOptions`, { id: `${merged.id}/sslOptions`, sslRef, location: { uri: child.uri, range: child.element.nameRange } });
    }
  }

  let defaultSslRef: LibertySslFacts['defaultSslRef'];
  for (const merged of mergeById(elements, 'sslDefault', 'sslDefault').values()) {
    const reference = mergedAttribute(merged, 'sslRef');
    if (reference?.attribute.value.trim()) defaultSslRef = { value: reference.attribute.value.trim(), location: { uri: reference.uri, range: reference.attribute.valueRange } };
  }
  return { keyStores, sslConfigs, sslOptions, defaultSslRef };
}

/** Keystore paths are relative to ${server.output.dir}/resources/security when not absolute. */
function keyStoreUri(location: string | undefined, scope: VariableScope, serverXmlUri: string): string | undefined {
  if (!location) return undefined;
  const path = location.trim().replace(/\\/g, '/');
  if (/^file:/i.test(path)) return path;
  if (looksLikeUri(path)) return undefined; // safkeyring:, safkeyringhw:, http: ... are not workspace files
  if (path.startsWith('/')) return uriWithPath(serverXmlUri, path);
  const outputDir = scope.resolve('${server.output.dir}', { uri: serverXmlUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }).value;
  if (!outputDir) return undefined;
  return resolveUriPath(uriWithPath(serverXmlUri, outputDir), `resources/security/${path}`);
}

export interface SslChain {
  sslConfig?: LibertySslConfig;
  keyStore?: LibertyKeyStore;
  /** How the ssl config was chosen, for messages. */
  via: 'sslOptions' | 'sslDefault' | 'default';
  /** The sslOptions / sslDefault reference that chose it, when written. */
  reference?: Location;
}

/** The ssl config and keystore an endpoint's HTTPS port uses (undefined parts when not configured). */
export function sslChainOf(endpoint: LibertyEndpoint, facts: LibertySslFacts): SslChain {
  let chain: SslChain;
  const options = endpoint.sslOptionsRef ? facts.sslOptions.get(endpoint.sslOptionsRef) : undefined;
  if (options?.sslRef) chain = { sslConfig: facts.sslConfigs.get(options.sslRef), via: 'sslOptions', reference: options.location };
  else if (facts.defaultSslRef) chain = { sslConfig: facts.sslConfigs.get(facts.defaultSslRef.value), via: 'sslDefault', reference: facts.defaultSslRef.location };
  else chain = { sslConfig: facts.sslConfigs.get(DEFAULT_SSL_CONFIG), via: 'default' };
  const keyStoreRef = chain.sslConfig?.keyStoreRef;
  if (keyStoreRef) chain.keyStore = facts.keyStores.get(keyStoreRef);
  return chain;
}

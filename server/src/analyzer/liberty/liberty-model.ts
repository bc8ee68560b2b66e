/**
 * What the Liberty reader learns about a server: its endpoints with resolved addresses and where each
 * value came from. Every value keeps its provenance so diagnostics land on the attribute or on the
 * variable definition, with related information leading to the other.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Location } from '../base/range.js';

export type VariableSource = 'server.xml' | 'defaultValue' | 'bootstrap.properties' | 'server.env' | 'environment' | 'built-in' | 'config';

export interface VariableDefinition {
  name: string;
  value: string;
  source: VariableSource;
  /** Undefined for built-ins and the process environment. */
  location?: Location;
}

/** One step of a resolution: ${name} was replaced by a definition. */
export interface ResolutionStep {
  name: string;
  definition?: VariableDefinition;
}

export interface ResolvedValue {
  /** The attribute value as written, e.g. ${ip.address}. */
  raw: string;
  /** After substitution; undefined when some variable stayed unresolved. */
  value?: string;
  /** The attribute value's location (or the built-in default's owner element). */
  location: Location;
  /** Variables substituted, outermost first. */
  chain: ResolutionStep[];
  /** Names of variables that could not be resolved. */
  unresolved: string[];
  /** True when the attribute was absent and a default applied. */
  defaulted: boolean;
}

export type EndpointKind = 'httpEndpoint' | 'wasJmsEndpoint' | 'iiopEndpoint' | string;

export interface EndpointPort {
  /** Attribute name: httpPort, httpsPort, wasJmsPort, wasJmsSSLPort, iiopPort, iiopsPort ... */
  name: string;
  value?: number;
  secure: boolean;
  location?: Location;
}

export interface LibertyEndpoint {
  kind: EndpointKind;
  id: string;
  enabled: boolean;
  host: ResolvedValue;
  /** The address the host resolves to (literal, or via the config's host map); undefined if unknown. */
  address?: string;
  /** Enabled ports (value >= 0). */
  ports: EndpointPort[];
  /** The element (last merged definition). */
  location: Location;
  /** sslOptionsRef / ssl chain, resolved by the reader where possible. */
  sslRef?: string;
  /** `sslOptionsRef` (or a nested `<sslOptions>`'s id), as written. */
  sslOptionsRef?: string;
  /** Every element merged into this endpoint, in processing order (the built-in default has none). */
  definitions?: Location[];
}

export interface LibertyServer {
  /** Server name: the folder of server.xml (servers/<name>/server.xml), else its parent folder. */
  name: string;
  serverXmlUri: string;
  /** ${server.config.dir} */
  configDirUri: string;
  /** Every file that contributed: server.xml, includes, configDropins, bootstrap.properties, server.env. */
  fileUris: string[];
  endpoints: LibertyEndpoint[];
  variables: Map<string, VariableDefinition>;
  /** Reader-level findings: xml-syntax-error, liberty-include-not-found, variable-unresolved. */
  findings: Finding[];
  /** Sysplex it belongs to and the stacks where it may run (from the config, else all of its sysplex). */
  sysplex: string;
  allowedStacks?: string[];
  jobName?: string;
  /** Keystores and SSL configurations, for the certificate checks. */
  ssl?: LibertySslFacts;
  /** Every `<include location>` with the file it resolved to (for document links). */
  includes?: { location: Location; resolved: string; targetUri: string; folder: boolean; found: boolean }[];
  /** Files the reader looked for that do not exist (bootstrap.properties, optional includes ...): creating one changes the result. */
  missingUris?: string[];
}

// --- Additions for the SSL/certificate checks (san-mismatch) ---

/** `<keyStore>` merged by id; `location`/`password` keep provenance for diagnostics. */
export interface LibertyKeyStore {
  id: string;
  /** Resolved location; defaulted to ${server.output.dir}/resources/security/key.p12 when absent. */
  location: ResolvedValue;
  /** The workspace URI the location maps to, when it is a file path (not safkeyring: and the like). */
  locationUri?: string;
  type?: string;
  password?: ResolvedValue;
  /** The element (last merged definition). */
  elementLocation: Location;
}

/** `<ssl>` merged by id. */
export interface LibertySslConfig {
  id: string;
  keyStoreRef?: string;
  serverKeyAlias?: string;
  /** The element; undefined for the implicit defaultSSLConfig. */
  location?: Location;
}

export interface LibertySslFacts {
  keyStores: Map<string, LibertyKeyStore>;
  sslConfigs: Map<string, LibertySslConfig>;
  /** `<sslOptions id sslRef>` by id. */
  sslOptions: Map<string, { id: string; sslRef?: string; location: Location }>;
  /** `<sslDefault sslRef>`. */
  defaultSslRef?: { value: string; location: Location };
}


/**
 * Loads vipa-check.json. Never throws: JSON syntax errors and shape errors become `config-error`
 * findings at the exact line/column, and whatever is valid is still used (a typo in one host entry
 * must not switch the whole config off). The shapes follow schemas/vipa-check.schema.json.
 */
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { FileHost } from '../base/file-host.js';
import type { FileRoleSetting, LoadedConfig, ServerConfig, StackConfig, WorkspaceConfig } from './workspace-config.js';
import { CONFIG_FILE_NAMES, FILE_ROLE_SETTINGS, normalizeSymbolName } from './workspace-config.js';
import { LineIndex, type Range } from '../base/range.js';
import { isDiagnosticCode } from '../diagnostics/codes.js';
import { parseJsonTree, type JsonNode, type JsonProperty } from './json-tree.js';
import { canonicalAddress } from '../base/addresses.js';
import { uriBasename, uriDirname, uriKey } from '../base/uris.js';
import { escapePointer } from './json-tree.js';

export interface ConfigLoad {
  loaded: LoadedConfig;
  findings: Finding[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'];

/** Reads and validates the config at `uri`; a missing or unreadable file is itself a config-error. */
export function loadConfig(host: FileHost, uri: string): ConfigLoad {
  const text = host.readText(uri);
  if (text === undefined) {
    const findings: Finding[] = [{ uri, range: zero(), severity: 'error', code: 'config-error', message: `Cannot read the config file ${uriBasename(uri)}.` }];
    return { loaded: { config: {}, uri, baseUri: uriDirname(uri), findings }, findings };
  }
  return parseConfigText(uri, text);
}

/** Validates config text (the language server passes unsaved buffers here). */
export function parseConfigText(uri: string, text: string): ConfigLoad {
  const lines = new LineIndex(text);
  const validator = new ConfigValidator(uri, lines);
  const { root, error } = parseJsonTree(text);
  let config: WorkspaceConfig = {};
  if (error) {
    validator.report(error.offset, error.offset + error.length, 'error', `vipa-check.json is not valid JSON: ${error.message}.`);
  } else if (root) {
    config = validator.root(root);
  }
  const findings = validator.findings;
  return { loaded: { config, uri, baseUri: uriDirname(uri), findings, pointers: validator.pointers }, findings };
}

/** The config file to use among known files: the one nearest the workspace root (shortest path). */
export function findConfigUri(uris: Iterable<string>): string | undefined {
  const candidates = [...uris].filter((uri) => CONFIG_FILE_NAMES.includes(uriBasename(uri).toLowerCase()));
  candidates.sort((a, b) => uriKey(a).split('/').length - uriKey(b).split('/').length || (a < b ? -1 : a > b ? 1 : 0));
  return candidates[0];
}

class ConfigValidator {
  readonly findings: Finding[] = [];
  readonly pointers: Record<string, Range> = {};

  constructor(private readonly uri: string, private readonly lines: LineIndex) {}

  report(start: number, end: number, severity: Severity, message: string, pointer?: string): void {
    this.findings.push({ uri: this.uri, range: this.lines.rangeOf(start, end), severity, code: 'config-error', message, data: pointer ? { pointer } : undefined });
  }

  root(node: JsonNode): WorkspaceConfig {
    this.pointers[''] = this.rangeOf(node);
    const config: WorkspaceConfig = {};
    if (node.kind !== 'object') {
      this.report(node.start, node.end, 'error', 'vipa-check.json must contain a JSON object.');
      return config;
    }
    for (const property of node.properties) {
      const pointer = `/${escapePointer(property.key)}`;
      this.pointers[pointer] = this.rangeOf(property.value);
      switch (property.key) {
        case '$schema':
        case '$comment':
          break;
        case 'files':
          config.files = this.mapOf(property, pointer, (p, ptr) => this.fileRoleEntry(p, ptr));
          break;
        case 'stacks':
          config.stacks = this.mapOf(property, pointer, (p, ptr) => this.stack(p, ptr));
          break;
        case 'sysplexes':
          config.sysplexes = this.mapOf(property, pointer, (p, ptr) => this.stringArray(p.value, ptr, `sysplexes.${p.key}`));
          break;
        case 'datasets':
          config.datasets = this.mapOf(property, pointer, (p, ptr) => this.dataSetEntry(p, ptr));
          break;
        case 'hosts':
          config.hosts = this.mapOf(property, pointer, (p, ptr) => this.hostEntry(p, ptr));
          break;
        case 'symbols':
          config.symbols = this.symbols(property, pointer);
          break;
        case 'servers':
          config.servers = this.mapOf(property, pointer, (p, ptr) => this.server(p, ptr));
          break;
        case 'severity':
          config.severity = this.mapOf(property, pointer, (p, ptr) => this.severityEntry(p, ptr));
          break;
        default:
          this.unknownProperty(property, ['stacks', 'sysplexes', 'datasets', 'hosts', 'symbols', 'servers', 'severity', 'files', '$comment']);
      }
    }
    this.crossCheckSysplexes(config, node);
    return config;
  }

  private stack(property: JsonProperty, pointer: string): StackConfig | undefined {
    const node = property.value;
    if (!this.expectObject(node, `stacks.${property.key}`)) return undefined;
    const stack: Partial<StackConfig> = {};
    for (const field of node.properties) {
      const ptr = `${pointer}/${escapePointer(field.key)}`;
      this.pointers[ptr] = this.rangeOf(field.value);
      switch (field.key) {
        case 'profile':
        case 'system':
        case 'tcpName':
        case 'sysplex':
        case 'cpc': {
          const value = this.string(field.value, `stacks.${property.key}.${field.key}`);
          if (value !== undefined) stack[field.key] = value;
          break;
        }
        case 'symbols':
          stack.symbols = this.symbols(field, ptr);
          break;
        case 'obey':
          stack.obey = this.stringArray(field.value, ptr, `stacks.${property.key}.obey`);
          break;
        case '$comment':
          break;
        default:
          this.unknownProperty(field, ['profile', 'system', 'tcpName', 'sysplex', 'cpc', 'symbols', 'obey', '$comment']);
      }
    }
    if (stack.profile === undefined) {
      // A present-but-invalid profile was reported already.
      if (node.properties.some((field) => field.key === 'profile')) return undefined;
      this.report(property.keyStart, property.keyEnd, 'error', `Stack "${property.key}" needs a "profile": the path of its PROFILE.TCPIP, relative to vipa-check.json.`, pointer);
      return undefined;
    }
    return stack as StackConfig;
  }

  private server(property: JsonProperty, pointer: string): ServerConfig | undefined {
    const node = property.value;
    if (!this.expectObject(node, `servers.${property.key}`)) return undefined;
    const server: ServerConfig = {};
    for (const field of node.properties) {
      const ptr = `${pointer}/${escapePointer(field.key)}`;
      this.pointers[ptr] = this.rangeOf(field.value);
      if (field.key === 'stacks') server.stacks = this.stringArray(field.value, ptr, `servers.${property.key}.stacks`);
      else if (field.key === '$comment') continue;
      else if (field.key === 'sysplex' || field.key === 'jobName') {
        const value = this.string(field.value, `servers.${property.key}.${field.key}`);
        if (value !== undefined) server[field.key] = value;
      } else this.unknownProperty(field, ['stacks', 'sysplex', 'jobName']);
    }
    return server;
  }

  private dataSetEntry(property: JsonProperty, _pointer: string): string | undefined {
    if (!isDataSetReference(property.key)) {
      this.report(property.keyStart, property.keyEnd, 'error',
        `"${property.key}" is not a data set name: write DSN or DSN(MEMBER), qualifiers of 1–8 characters (A–Z, 0–9, @ # $ -) separated by dots.`);
      return undefined;
    }
    return this.string(property.value, `datasets["${property.key}"]`);
  }

  private fileRoleEntry(property: JsonProperty, _pointer: string): FileRoleSetting | undefined {
    const value = this.string(property.value, `files["${property.key}"]`);
    if (value === undefined) return undefined;
    if (!(FILE_ROLE_SETTINGS as readonly string[]).includes(value)) {
      this.report(property.value.start, property.value.end, 'error', `files["${property.key}"]: "${value}" must be one of ${FILE_ROLE_SETTINGS.join(', ')}.`);
      return undefined;
    }
    return value as FileRoleSetting;
  }

  private hostEntry(property: JsonProperty, _pointer: string): string | undefined {
    const value = this.string(property.value, `hosts["${property.key}"]`);
    if (value === undefined) return undefined;
    const canonical = canonicalAddress(value);
    if (!canonical) {
      this.report(property.value.start, property.value.end, 'error', `hosts["${property.key}"]: "${value}" is not an IPv4 or IPv6 address.`);
      return undefined;
    }
    return canonical;
  }

  private severityEntry(property: JsonProperty, _pointer: string): Severity | 'off' | undefined {
    if (!isDiagnosticCode(property.key)) {
      this.report(property.keyStart, property.keyEnd, 'warning', `severity: "${property.key}" is not a diagnostic code of vipa-check.`);
      return undefined;
    }
    const value = this.string(property.value, `severity["${property.key}"]`);
    if (value === undefined) return undefined;
    if (!SEVERITIES.includes(value)) {
      this.report(property.value.start, property.value.end, 'error', `severity["${property.key}"]: "${value}" must be one of ${SEVERITIES.join(', ')}.`);
      return undefined;
    }
    return value as Severity | 'off';
  }

  private symbols(property: JsonProperty, pointer: string): Record<string, string> | undefined {
    return this.mapOf(property, pointer, (p) => {
      if (!/^&?[A-Za-z@#$_][A-Za-z0-9@#$_]*\.?$/.test(p.key)) {
        this.report(p.keyStart, p.keyEnd, 'error', `"${p.key}" is not a system symbol name (letters, digits, @ # $ _; e.g. "SYSNAME").`);
        return undefined;
      }
      return this.string(p.value, `symbols.${normalizeSymbolName(p.key)}`);
    });
  }

  /** An object whose values are validated one by one; invalid entries are dropped. */
  private mapOf<T>(property: JsonProperty, pointer: string, entry: (p: JsonProperty, pointer: string) => T | undefined): Record<string, T> | undefined {
    if (!this.expectObject(property.value, property.key)) return undefined;
    const result: Record<string, T> = {};
    for (const item of property.value.properties) {
      // "$comment" documents a map (vipa-check init writes them); it is not an entry.
      if (item.key === '$comment') continue;
      const ptr = `${pointer}/${escapePointer(item.key)}`;
      this.pointers[ptr] = this.rangeOf(item.value);
      const value = entry(item, ptr);
      if (value !== undefined) result[item.key] = value;
    }
    return result;
  }

  private stringArray(node: JsonNode, pointer: string, what: string): string[] | undefined {
    if (node.kind !== 'array') {
      this.report(node.start, node.end, 'error', `${what} must be an array of strings.`);
      return undefined;
    }
    const result: string[] = [];
    node.items.forEach((item, i) => {
      this.pointers[`${pointer}/${i}`] = this.rangeOf(item);
      const value = this.string(item, `${what}[${i}]`);
      if (value !== undefined) result.push(value);
    });
    return result;
  }

  private string(node: JsonNode, what: string): string | undefined {
    if (node.kind !== 'string') {
      this.report(node.start, node.end, 'error', `${what} must be a string, not ${describe(node)}.`);
      return undefined;
    }
    return node.value;
  }

  private expectObject(node: JsonNode, what: string): node is Extract<JsonNode, { kind: 'object' }> {
    if (node.kind === 'object') return true;
    this.report(node.start, node.end, 'error', `${what} must be an object, not ${describe(node)}.`);
    return false;
  }

  private unknownProperty(property: JsonProperty, allowed: string[]): void {
    this.report(property.keyStart, property.keyEnd, 'warning', `Unknown property "${property.key}" (expected one of: ${allowed.join(', ')}).`);
  }

  /** A stack in two sysplexes, or a `sysplexes` entry that contradicts StackConfig.sysplex. */
  private crossCheckSysplexes(config: WorkspaceConfig, root: Extract<JsonNode, { kind: 'object' }>): void {
    const sysplexesNode = root.properties.find((p) => p.key === 'sysplexes')?.value;
    if (!config.sysplexes || sysplexesNode?.kind !== 'object') return;
    const seen = new Map<string, string>();
    const stackNames = new Map(Object.keys(config.stacks ?? {}).map((name) => [name.toUpperCase(), name]));
    for (const property of sysplexesNode.properties) {
      if (property.value.kind !== 'array') continue;
      for (const item of property.value.items) {
        if (item.kind !== 'string') continue;
        const name = item.value.toUpperCase();
        const earlier = seen.get(name);
        if (earlier !== undefined && earlier !== property.key) {
          this.report(item.start, item.end, 'error', `Stack "${item.value}" is listed in sysplexes "${earlier}" and "${property.key}"; a stack belongs to one sysplex.`);
          continue;
        }
        seen.set(name, property.key);
        const configName = stackNames.get(name);
        const declared = configName ? config.stacks?.[configName]?.sysplex : undefined;
        if (declared !== undefined && declared !== property.key) {
          this.report(item.start, item.end, 'error', `Stack "${item.value}" is listed in sysplex "${property.key}" but its stacks entry says sysplex "${declared}".`);
        }
      }
    }
  }

  private rangeOf(node: JsonNode): Range {
    return this.lines.rangeOf(node.start, node.end);
  }
}

function describe(node: JsonNode): string {
  return node.kind === 'null' ? 'null' : node.kind === 'array' ? 'an array' : node.kind === 'object' ? 'an object' : `a ${node.kind}`;
}

/** DSN or DSN(MEMBER): qualifiers of 1–8 characters; system symbols (&SYSNAME.) are allowed. */
export function isDataSetReference(text: string): boolean {
  const match = /^([^()\s]+)(?:\(([^()\s]+)\))?$/.exec(text.trim());
  if (!match) return false;
  const [, dataSet, member] = match;
  const qualifierOk = (q: string) => (q.includes('&') ? /^[A-Za-z0-9@#$&_-]+$/.test(q) : /^[A-Za-z@#$][A-Za-z0-9@#$-]{0,7}$/.test(q));
  if (dataSet.includes('&')) {
    if (!/^[A-Za-z0-9@#$&._-]+$/.test(dataSet)) return false;
  } else if (dataSet.length > 44 || !dataSet.split('.').every(qualifierOk)) return false;
  return member === undefined || qualifierOk(member);
}

function zero(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

/**
 * Collects a server's configuration elements in Liberty's processing order:
 * configDropins/defaults/*.xml → server.xml (each <include> expanded where it stands) →
 * configDropins/overrides/*.xml. Include locations are resolved with the variables known at that
 * point, as Liberty does. Missing non-optional includes and include cycles are reported on the
 * location attribute.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { FileHost } from '../base/file-host.js';
import type { Location } from '../base/range.js';
import { attributeOf, isElement, parseXml, type XmlDocument, type XmlElement } from './xml-document.js';
import { looksLikeUri, uriBasename, uriDirname, resolveUriPath } from '../base/uris.js';
import { VariableScope, type VariableTiers } from './variables.js';
import { unresolvedFinding } from './reader-findings.js';
import { notTextReason } from '../base/text-decoding.js';
import { notTextFinding } from '../diagnostics/not-text.js';

export type ConflictMode = 'MERGE' | 'REPLACE' | 'IGNORE';

export interface ConfigElement {
  element: XmlElement;
  uri: string;
  /** How this element combines with an earlier one of the same id (from the include that brought it). */
  onConflict: ConflictMode;
}

/** An `<include location>` as the walk resolved it (document links read these). */
export interface IncludeLink {
  /** The location attribute's value. */
  location: Location;
  /** The location after variable substitution. */
  resolved: string;
  targetUri: string;
  /** The location names a folder: every .xml in it is read. */
  folder: boolean;
  /** The file (or folder) was found. */
  found: boolean;
}

export interface WalkResult {
  elements: ConfigElement[];
  includes: IncludeLink[];
  /** Every XML file read, in processing order. */
  fileUris: string[];
  missingUris: string[];
  findings: Finding[];
  /** Name range of server.xml's root element: where findings about built-in defaults land. */
  rootNameRange?: Location['range'];
}

/** Cap on XML files per server, so include fan-out cannot explode. */
const MAX_FILES = 500;

/** Parses are cached by URI and text so per-keystroke re-reads cost only the files that changed. */
const parseCache = new Map<string, { text: string; document: XmlDocument }>();
const PARSE_CACHE_LIMIT = 1_000;

export function parseXmlCached(uri: string, text: string): XmlDocument {
  const cached = parseCache.get(uri);
  if (cached && cached.text === text) return cached.document;
  const document = parseXml(text);
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value as string);
  parseCache.set(uri, { text, document });
  return document;
}

/** *.xml entries of a folder, in alphabetical order of the lower-cased name. */
export function xmlFilesIn(host: FileHost, folderUri: string): string[] | undefined {
  const entries = host.listDirectory(folderUri);
  if (!entries) return undefined;
  return entries
    .filter((entry) => !entry.isDirectory && entry.name.toLowerCase().endsWith('.xml'))
    .sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0))
    .map((entry) => entry.uri);
}

export class ConfigWalker {
  private readonly result: WalkResult = { elements: [], includes: [], fileUris: [], missingUris: [], findings: [] };
  private readonly visited = new Set<string>();

  /** `tiers.configValues`/`defaultValues` grow as `<variable>` elements are met. */
  constructor(
    private readonly host: FileHost,
    private readonly tiers: VariableTiers,
    /** Where '/'-absolute and variable-built paths land (same scheme as server.xml). */
    private readonly serverXmlUri: string,
  ) {}

  walk(): WalkResult {
    const configDir = uriDirname(this.serverXmlUri);
    this.walkFolder(resolveUriPath(configDir, 'configDropins/defaults'));
    this.walkFile(this.serverXmlUri, 'MERGE', []);
    this.walkFolder(resolveUriPath(configDir, 'configDropins/overrides'));
    return this.result;
  }

  private walkFolder(folderUri: string): void {
    for (const uri of xmlFilesIn(this.host, folderUri) ?? []) this.walkFile(uri, 'MERGE', []);
  }

  private walkFile(uri: string, onConflict: ConflictMode, includeChain: string[]): boolean {
    if (this.visited.has(uri) || this.visited.size >= MAX_FILES) return true;
    const text = this.host.readText(uri);
    if (text === undefined) return false;
    this.visited.add(uri);
    this.result.fileUris.push(uri);
    const notText = notTextReason(text);
    if (notText) {
      this.result.findings.push(notTextFinding(uri, notText));
      return true;
    }
    const document = parseXmlCached(uri, text);
    for (const problem of document.problems) {
      const code = problem.code ?? 'xml-syntax-error';
      this.result.findings.push({ uri, range: problem.range, severity: code === 'xml-syntax-error' ? 'error' : 'information', code, message: problem.message });
    }
    if (!document.root) return true;
    if (uri === this.serverXmlUri) this.result.rootNameRange = document.root.nameRange;
    const chain = [...includeChain, uri];
    for (const element of document.root.children) {
      if (isElement(element, 'include')) this.walkInclude(element, uri, onConflict, chain);
      else {
        this.noteVariable(element, uri);
        this.result.elements.push({ element, uri, onConflict });
      }
    }
    return true;
  }

  private noteVariable(element: XmlElement, uri: string): void {
    if (!isElement(element, 'variable')) return;
    const name = attributeOf(element, 'name');
    if (!name?.value) return;
    const value = attributeOf(element, 'value');
    if (value) this.tiers.configValues.push({ name: name.value, value: value.value, source: 'server.xml', location: { uri, range: value.valueRange } });
    const defaultValue = attributeOf(element, 'defaultValue');
    if (defaultValue) this.tiers.defaultValues.push({ name: name.value, value: defaultValue.value, source: 'defaultValue', location: { uri, range: defaultValue.valueRange } });
  }

  private walkInclude(element: XmlElement, uri: string, inheritedConflict: ConflictMode, chain: string[]): void {
    const locationAttribute = attributeOf(element, 'location');
    if (!locationAttribute) return;
    const attributeLocation: Location = { uri, range: locationAttribute.valueRange };
    const optional = /^true$/i.test(attributeOf(element, 'optional')?.value.trim() ?? '');
    const conflictText = attributeOf(element, 'onConflict')?.value.trim().toUpperCase();
    const onConflict: ConflictMode = conflictText === 'REPLACE' || conflictText === 'IGNORE' ? conflictText : inheritedConflict;
    const resolved = new VariableScope(this.tiers).resolve(locationAttribute.value, attributeLocation);
    if (resolved.value === undefined) {
      if (!optional) this.result.findings.push(unresolvedFinding(resolved, 'the include location'));
      return;
    }
    const location = resolved.value.trim();
    if (/^(https?|ftp):/i.test(location)) return; // remote resources are never fetched
    const targetUri = looksLikeUri(location) ? location : resolveUriPath(uriDirname(uri), location);
    if (chain.includes(targetUri)) {
      this.result.includes.push({ location: attributeLocation, resolved: location, targetUri, folder: false, found: true });
      const cycle = [...chain.slice(chain.indexOf(targetUri)), targetUri].map((file) => uriBasename(file)).join(' → ');
      this.result.findings.push({ ...attributeLocation, severity: 'warning', code: 'liberty-include-not-found', message: `Include cycle: ${cycle}. the repeated file is not read again.`, data: { cycle: [...chain, targetUri] } });
      return;
    }
    const folderFiles = location.endsWith('/') || !location.toLowerCase().endsWith('.xml') ? xmlFilesIn(this.host, targetUri) : undefined;
    if (folderFiles) {
      this.result.includes.push({ location: attributeLocation, resolved: location, targetUri, folder: true, found: true });
      for (const file of folderFiles) this.walkFile(file, onConflict, chain);
      return;
    }
    const found = this.walkFile(targetUri, onConflict, chain);
    this.result.includes.push({ location: attributeLocation, resolved: location, targetUri, folder: false, found });
    if (found) return;
    this.result.missingUris.push(targetUri);
    if (this.host.isOutsideWorkspace?.(targetUri)) {
      this.result.findings.push({
        ...attributeLocation,
        severity: 'information',
        code: 'outside-workspace',
        message: `${location} is outside the workspace folders, so it was not read (nothing outside the workspace is read unless vipaCheck.allowReadsOutsideWorkspace, or vipa-check --allow-outside, allows it). What it configures is not checked.`,
        data: { location, uri: targetUri },
      });
      return;
    }
    if (optional) return;
    this.result.findings.push({
      ...attributeLocation,
      severity: 'warning',
      code: 'liberty-include-not-found',
      message: `The included file ${locationAttribute.value === location ? location : `${locationAttribute.value} (${location})`} is not in the workspace; Liberty fails to start when a non-optional include is missing (set optional="true" if it may be absent).`,
      data: { location, uri: targetUri },
    });
  }
}

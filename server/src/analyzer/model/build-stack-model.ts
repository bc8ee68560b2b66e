/**
 * One stack's model: its profile and INCLUDE members walked depth-first in processing order, with
 * system symbols resolved for this stack. Building one stack needs nothing of the others, so the
 * workspace rebuilds only the stacks whose files changed.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { AddressValue, IncludeStatement, ProfileDocument, Statement, Word } from '../profile/ast.js';
import type { Location, Range } from '../text/range.js';
import type { IncludeRequest, IncludeResolution } from '../include/resolve-include.js';
import type { DvipaFact, HomeAddressFact, StackModel } from './sysplex-model.js';
import { containsSymbolReference, networkAddress, parseAddressLiteral, prefixLengthOfMask, substituteSymbols, type ParsedAddress } from './symbols.js';
import { uriBasename, uriKey } from '../workspace/uris.js';

/** A stack before its facts are known: where it starts and how it is named. */
export interface StackRoot {
  name: string;
  rootUri: string;
  sysplex: string;
  system?: string;
  tcpName?: string;
  /** Merged symbol table (stack symbols over global ones), keys normalized (see symbols.ts). */
  symbols: Record<string, string>;
}

export interface StackBuildInput {
  root: StackRoot;
  /** The parsed profile of a URI (parsing on demand is fine). */
  profileOf(uri: string): ProfileDocument | undefined;
  resolveInclude(request: IncludeRequest): IncludeResolution;
}

export interface StackBuildResult {
  stack: StackModel;
  findings: Finding[];
  /** Every profile document the walk read, by URI (the workspace compares them to reuse models). */
  documents: Map<string, ProfileDocument>;
}

/** INCLUDE nesting deeper than this is treated as runaway (real profiles nest one or two levels). */
const MAX_INCLUDE_DEPTH = 32;
/** Upper bound on member expansions per stack, so a diamond-shaped include graph cannot explode. */
const MAX_EXPANSIONS = 5000;

export function buildStackModel(input: StackBuildInput): StackBuildResult {
  return new StackWalker(input).run();
}

/** Human-readable form of an INCLUDE operand, upper-cased as the stack logs it. */
export function includeTargetText(statement: IncludeStatement): string {
  if (statement.dataSet) return statement.member ? `${statement.dataSet}(${statement.member})` : statement.dataSet;
  return statement.target?.text.toUpperCase() ?? '';
}

class StackWalker {
  private readonly stack: StackModel;
  private readonly findings: Finding[] = [];
  private readonly documents = new Map<string, ProfileDocument>();
  private readonly active: string[] = [];
  private readonly virtualLinks = new Set<string>();
  private readonly virtualDevices = new Set<string>();
  private readonly linkDevices = new Map<string, string>();
  private sequence = 0;
  private expansions = 0;

  constructor(private readonly input: StackBuildInput) {
    const { root } = input;
    this.stack = {
      name: root.name,
      system: root.system,
      tcpName: root.tcpName,
      sysplex: root.sysplex,
      rootUri: root.rootUri,
      fileUris: [],
      homes: [],
      dvipas: [],
      ranges: [],
      deletes: [],
      distributes: [],
      portBinds: [],
      sysplexRouting: false,
      dynamicXcf: [],
      symbols: root.symbols,
    };
  }

  run(): StackBuildResult {
    this.walkFile(this.input.root.rootUri);
    this.markStaticVipas();
    return { stack: this.stack, findings: this.findings, documents: this.documents };
  }

  private walkFile(uri: string): void {
    const document = this.input.profileOf(uri);
    if (!document) return;
    this.documents.set(uri, document);
    if (!this.stack.fileUris.includes(uri)) this.stack.fileUris.push(uri);
    this.active.push(uriKey(uri));
    this.visit(document.statements, uri);
    this.active.pop();
  }

  private visit(statements: readonly Statement[], uri: string): void {
    for (const statement of statements) this.visitStatement(statement, uri);
  }

  private visitStatement(statement: Statement, uri: string): void {
    switch (statement.kind) {
      case 'VIPADYNAMIC':
        // Statements after a syntax error in the block are ignored by the stack: no facts.
        this.visit(statement.statements.slice(0, statement.ignoredFrom ?? statement.statements.length), uri);
        return;
      case 'BLOCK':
        this.visit(statement.statements, uri);
        return;
      case 'INCLUDE':
        this.include(statement, uri);
        return;
      case 'HOME':
        for (const entry of statement.entries) {
          const parsed = this.resolveAddress(entry.address, uri);
          if (parsed) this.addHome(parsed, 'HOME', entry.link?.upper, false, this.at(uri, entry.address.range));
        }
        return;
      case 'INTERFACE': {
        const action = statement.action?.toUpperCase();
        if (action && action !== 'DEFINE' && action !== 'ADDADDR') return;
        for (const value of statement.addresses) {
          const parsed = this.resolveAddress(value, uri);
          if (parsed) this.addHome(parsed, 'INTERFACE', statement.name?.upper, statement.virtual, this.at(uri, value.range));
        }
        return;
      }
      case 'DEVICE':
        if (statement.virtual && statement.name) this.virtualDevices.add(statement.name.upper);
        return;
      case 'LINK':
        if (!statement.name) return;
        if (statement.virtual) this.virtualLinks.add(statement.name.upper);
        if (statement.device) this.linkDevices.set(statement.name.upper, statement.device.upper);
        return;
      case 'IPCONFIG':
      case 'IPCONFIG6':
        this.ipConfig(statement, uri);
        return;
      case 'VIPADEFINE':
      case 'VIPABACKUP':
        this.dvipa(statement, uri);
        return;
      case 'VIPARANGE':
        this.range(statement, uri);
        return;
      case 'VIPADELETE':
        for (const value of statement.addresses) {
          const parsed = this.resolveAddress(value, uri);
          if (parsed) this.stack.deletes.push({ address: parsed.address, location: this.at(uri, value.range), sequence: this.next() });
        }
        if (statement.interfaceName) {
          this.stack.deletes.push({ interfaceName: statement.interfaceName.upper, location: this.at(uri, statement.interfaceName.range), sequence: this.next() });
        }
        return;
      case 'VIPADISTRIBUTE':
        this.distribute(statement, uri);
        return;
      case 'PORT':
        for (const entry of statement.entries) {
          if (!entry.bind || entry.port === undefined || !entry.protocol) continue;
          const parsed = this.resolveAddress(entry.bind, uri);
          if (!parsed) continue;
          this.stack.portBinds.push({
            port: entry.port,
            protocol: entry.protocol,
            jobName: entry.job?.upper ?? '*',
            bindAddress: parsed.address,
            family: parsed.family,
            location: this.at(uri, entry.bind.range),
          });
        }
        return;
      default:
        return;
    }
  }

  private include(statement: IncludeStatement, uri: string): void {
    const where = this.at(uri, statement.target?.range ?? statement.range);
    if (!statement.dataSet) return; // The parser reports a missing operand.
    let dataSet = statement.dataSet;
    let member = statement.member;
    if (containsSymbolReference(dataSet) || (member && containsSymbolReference(member))) {
      const dsn = substituteSymbols(dataSet, this.stack.symbols);
      const mem = member ? substituteSymbols(member, this.stack.symbols) : undefined;
      const unresolved = [...dsn.unresolved, ...(mem?.unresolved ?? [])];
      if (unresolved.length > 0) {
        this.unresolvedSymbol(where, unresolved);
        return;
      }
      dataSet = dsn.text.toUpperCase();
      member = mem?.text.toUpperCase();
    }
    const shown = member ? `${dataSet}(${member})` : dataSet;
    const resolution = this.input.resolveInclude({ dataSet, member, fromUri: uri });
    if (!resolution.uri) {
      const message = resolution.mappedUri
        ? `INCLUDE ${shown}: vipa-check.json "datasets" maps it to ${resolution.mappedUri}, which is not in the workspace.`
        : `INCLUDE ${shown}: no workspace file found for this ${member ? 'member' : 'data set'}; it may live only on the host. ` +
          `Map it in vipa-check.json "datasets" to check it with this stack.`;
      this.report(where, 'include-not-found', 'information', message, { dataSet, member });
      return;
    }
    const key = uriKey(resolution.uri);
    if (this.active.includes(key)) {
      const start = this.active.indexOf(key);
      const cycle = [...this.active.slice(start), key].map((k) => uriBasename(k)).join(' -> ');
      this.report(where, 'include-cycle', 'error', `INCLUDE ${shown} leads back to a file that is already being included (${cycle}).`, {
        dataSet,
        member,
        target: resolution.uri,
      });
      return;
    }
    if (this.active.length >= MAX_INCLUDE_DEPTH || this.expansions >= MAX_EXPANSIONS) return;
    this.expansions++;
    this.walkFile(resolution.uri);
  }

  private ipConfig(statement: Extract<Statement, { kind: 'IPCONFIG' | 'IPCONFIG6' }>, uri: string): void {
    if (statement.sysplexRouting) this.stack.sysplexRouting = true;
    const xcf = statement.dynamicXcf;
    if (!xcf?.address) return;
    const parsed = this.resolveAddress(xcf.address, uri);
    if (!parsed) return;
    const maskPrefix = xcf.mask ? this.resolveMask(xcf.mask, uri) : undefined;
    const fact: HomeAddressFact = {
      address: parsed.address,
      family: parsed.family,
      origin: 'DYNAMICXCF',
      staticVipa: false,
      prefixLength: maskPrefix ?? parsed.prefixLength,
      location: this.at(uri, xcf.address.range),
    };
    this.stack.homes.push(fact);
    this.stack.dynamicXcf.push(fact);
  }

  private dvipa(statement: Extract<Statement, { kind: 'VIPADEFINE' | 'VIPABACKUP' }>, uri: string): void {
    const maskPrefix = statement.mask ? this.resolveMask(statement.mask, uri) : undefined;
    if (statement.mask && maskPrefix === undefined) return;
    for (const value of statement.addresses) {
      const parsed = this.resolveAddress(value, uri);
      if (!parsed) continue;
      const fact: DvipaFact = {
        address: parsed.address,
        family: parsed.family,
        statement: statement.kind,
        prefixLength: maskPrefix ?? parsed.prefixLength,
        rank: statement.kind === 'VIPABACKUP' ? statement.rank : undefined,
        moveable: statement.moveable,
        interfaceName: statement.interfaceName?.upper,
        location: this.at(uri, value.range),
        statementLocation: this.at(uri, statement.range),
        sequence: this.next(),
      };
      this.stack.dvipas.push(fact);
    }
  }

  private range(statement: Extract<Statement, { kind: 'VIPARANGE' }>, uri: string): void {
    if (!statement.address) return;
    const parsed = this.resolveAddress(statement.address, uri);
    if (!parsed) return;
    const maskPrefix = statement.mask ? this.resolveMask(statement.mask, uri) : undefined;
    const prefixLength = maskPrefix ?? parsed.prefixLength;
    if (prefixLength === undefined) return;
    this.stack.ranges.push({
      action: statement.action,
      network: networkAddress(parsed.address, prefixLength),
      prefixLength,
      family: parsed.family,
      moveable: statement.moveable,
      saf: statement.saf?.upper,
      zcx: statement.zcx,
      location: this.at(uri, statement.address.range),
      statementLocation: this.at(uri, statement.range),
      sequence: this.next(),
    });
  }

  private distribute(statement: Extract<Statement, { kind: 'VIPADISTRIBUTE' }>, uri: string): void {
    let parsed: ParsedAddress | undefined;
    let where: Range | undefined;
    if (statement.address) {
      parsed = this.resolveAddress(statement.address, uri);
      where = statement.address.range;
    } else if (statement.interfaceName) {
      // IPv6 form names the DVIPA interface; the address is the one its VIPADEFINE/VIPABACKUP gave.
      const name = statement.interfaceName.upper;
      const owner = [...this.stack.dvipas].reverse().find((d) => d.interfaceName === name);
      if (owner) parsed = { address: owner.address, family: owner.family, prefixLength: owner.prefixLength };
      where = statement.interfaceName.range;
    }
    if (!parsed || !where) return;
    const destinations: string[] = [];
    const destinationLocations: Location[] = [];
    let all = false;
    for (const destination of statement.destinations) {
      if (destination.all) all = true;
      if (!destination.address) continue;
      const target = this.resolveAddress(destination.address, uri);
      if (!target) continue;
      destinations.push(target.address);
      destinationLocations.push(this.at(uri, destination.address.range));
    }
    this.stack.distributes.push({
      action: statement.action,
      address: parsed.address,
      family: parsed.family,
      distMethod: statement.distMethod,
      ports: statement.ports.map((p) => ({ from: p.from, to: p.to })),
      destinations,
      allDestinations: all,
      location: this.at(uri, where),
      statementLocation: this.at(uri, statement.range),
      sequence: this.next(),
      destinationLocations,
    });
  }

  private addHome(parsed: ParsedAddress, origin: HomeAddressFact['origin'], linkName: string | undefined, staticVipa: boolean, location: Location): void {
    this.stack.homes.push({ address: parsed.address, family: parsed.family, origin, staticVipa, linkName, prefixLength: parsed.prefixLength, location });
  }

  /** HOME entries name a LINK; the link (or its DEVICE) being VIRTUAL makes the address a static VIPA. */
  private markStaticVipas(): void {
    for (const home of this.stack.homes) {
      if (home.origin !== 'HOME' || !home.linkName) continue;
      const device = this.linkDevices.get(home.linkName);
      if (this.virtualLinks.has(home.linkName) || (device !== undefined && this.virtualDevices.has(device))) home.staticVipa = true;
    }
  }

  /** The address a value stands for on this stack; undefined (after reporting) when a symbol has no value. */
  private resolveAddress(value: AddressValue, uri: string): ParsedAddress | undefined {
    if (!value.symbol && value.address && value.family) {
      return { address: value.address, family: value.family, prefixLength: value.prefixLength };
    }
    if (!value.symbol && !containsSymbolReference(value.text)) return undefined;
    const substituted = substituteSymbols(value.text, this.stack.symbols);
    if (substituted.unresolved.length > 0) {
      this.unresolvedSymbol(this.at(uri, value.range), substituted.unresolved);
      return undefined;
    }
    return parseAddressLiteral(substituted.text);
  }

  private resolveMask(mask: AddressValue | Word, uri: string): number | undefined {
    const text = mask.text;
    if (!containsSymbolReference(text)) return prefixLengthOfMask(text);
    const substituted = substituteSymbols(text, this.stack.symbols);
    if (substituted.unresolved.length > 0) {
      this.unresolvedSymbol(this.at(uri, mask.range), substituted.unresolved);
      return undefined;
    }
    return prefixLengthOfMask(substituted.text);
  }

  private unresolvedSymbol(location: Location, names: string[]): void {
    const shown = [...new Set(names)].map((n) => `&${n}.`).join(', ');
    this.report(location, 'unresolved-symbol', 'information',
      `System symbol ${shown} has no value in vipa-check.json ("symbols", or the stack's "symbols"); checks skip this value.`,
      { symbols: [...new Set(names)], stack: this.stack.name });
  }

  private report(location: Location, code: Finding['code'], severity: Finding['severity'], message: string, data?: Record<string, unknown>): void {
    this.findings.push({ uri: location.uri, range: location.range, severity, code, message, data });
  }

  private at(uri: string, range: Range): Location {
    return { uri, range };
  }

  private next(): number {
    return this.sequence++;
  }
}

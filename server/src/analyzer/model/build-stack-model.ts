/**
 * One stack's model: its profile and INCLUDE members walked depth-first in processing order, with
 * system symbols resolved for this stack. Building one stack needs nothing of the others, so the
 * workspace rebuilds only the stacks whose files changed.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { IncludeStatement, ProfileDocument, Statement } from '../profile/ast.js';
import type { Location, Range } from '../base/range.js';
import type { IncludeRequest, IncludeResolution } from '../include/resolve-include.js';
import type { HomeAddressFact, StackModel } from './sysplex-model.js';
import { containsSymbolReference, substituteSymbols } from './symbols.js';
import type { ParsedAddress } from '../base/addresses.js';
import { ValueResolver } from './value-resolver.js';
import { xcfGroupOf } from './xcf-group.js';
import { distributeFact, dvipaFacts, processedVipaStatements, rangeFact } from './vipa-facts.js';
import { permanentLoopbackOperands } from '../profile/statement-addresses.js';
import { uriBasename, uriKey } from '../base/uris.js';

/** A stack before its facts are known: where it starts and how it is named. */
export interface StackRoot {
  name: string;
  rootUri: string;
  sysplex: string;
  system?: string;
  tcpName?: string;
  /** Merged symbol table (stack symbols over global ones), keys normalized (see symbols.ts). */
  symbols: Record<string, string>;
  /** OBEYFILE members applied after the profile, in order (config `stacks.X.obey`; model/obey-delta.ts). */
  obeyUris?: string[];
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

class StackWalker {
  private readonly stack: StackModel;
  private readonly findings: Finding[] = [];
  private readonly documents = new Map<string, ProfileDocument>();
  private readonly active: string[] = [];
  private readonly virtualLinks = new Set<string>();
  private readonly virtualDevices = new Set<string>();
  private readonly linkDevices = new Map<string, string>();
  private readonly values: ValueResolver;
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
      includes: [],
    };
    this.values = new ValueResolver(root.symbols, (finding) => this.findings.push(finding));
  }

  run(): StackBuildResult {
    this.walkFile(this.input.root.rootUri);
    this.markStaticVipas();
    const xcfGroup = xcfGroupOf(this.stack, (uri) => this.documents.get(uri));
    if (xcfGroup !== undefined) this.stack.xcfGroup = xcfGroup;
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
        // What the stack ignores (after a syntax error, EZZ0827I/EZZ0829I/EZZ0831I) gives no facts.
        this.visit(processedVipaStatements(statement), uri);
        return;
      case 'BLOCK':
        this.visit(statement.statements, uri);
        return;
      case 'INCLUDE':
        this.include(statement, uri);
        return;
      case 'HOME':
        if (permanentLoopbackOperands(statement).length > 0) return; // EZZ0344I: statement ignored
        for (const entry of statement.entries) {
          const parsed = this.values.address(entry.address, uri);
          if (parsed) this.addHome(parsed, 'HOME', entry.link?.upper, false, this.at(uri, entry.address.range));
        }
        return;
      case 'INTERFACE': {
        const action = statement.action?.toUpperCase();
        if (action && action !== 'DEFINE' && action !== 'ADDADDR') return;
        for (const value of statement.addresses) {
          const parsed = this.values.address(value, uri);
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
        this.stack.dvipas.push(...dvipaFacts(statement, uri, this.values, () => this.next()));
        return;
      case 'VIPARANGE': {
        const fact = rangeFact(statement, uri, this.values, () => this.next());
        if (fact) this.stack.ranges.push(fact);
        return;
      }
      case 'VIPADELETE':
        for (const value of statement.addresses) {
          const parsed = this.values.address(value, uri);
          if (parsed) this.stack.deletes.push({ address: parsed.address, location: this.at(uri, value.range), sequence: this.next() });
        }
        if (statement.interfaceName) {
          this.stack.deletes.push({ interfaceName: statement.interfaceName.upper, location: this.at(uri, statement.interfaceName.range), sequence: this.next() });
        }
        return;
      case 'VIPADISTRIBUTE': {
        const fact = distributeFact(statement, uri, this.values, this.stack.dvipas, () => this.next());
        if (fact) this.stack.distributes.push(fact);
        return;
      }
      case 'PORT':
        for (const entry of statement.entries) {
          if (!entry.bind || entry.port === undefined || !entry.protocol) continue;
          const parsed = this.values.address(entry.bind, uri);
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
        this.values.reportUnresolved(where, unresolved);
        return;
      }
      dataSet = dsn.text.toUpperCase();
      member = mem?.text.toUpperCase();
    }
    const shown = member ? `${dataSet}(${member})` : dataSet;
    const resolution = this.input.resolveInclude({ dataSet, member, fromUri: uri });
    this.stack.includes?.push({ location: where, dataSet, member, targetUri: resolution.uri, rule: resolution.rule, mappedUri: resolution.mappedUri });
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
    const coded = (this.stack.dynamicXcfCoded ??= []);
    const codedFamily = statement.kind === 'IPCONFIG6' ? 6 : 4;
    if (!coded.includes(codedFamily)) coded.push(codedFamily);
    const parsed = this.values.address(xcf.address, uri);
    if (!parsed) return;
    const maskPrefix = xcf.mask ? this.values.mask(xcf.mask, uri) : undefined;
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

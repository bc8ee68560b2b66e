/**
 * Renaming an address across the workspace: every profile operand that names it (PORT … BIND
 * included), every Liberty value that resolves to it — at the place the literal is written, so a
 * ${variable} keeps its reference and its definition changes — and the vipa-check.json values
 * (hosts, symbols, server variables) that stand for it.
 *
 * A rename must leave the analysis as it was except for the address, so it is refused, with the
 * reason, when the new text is not an address of the same family, when the new address is already
 * in use, when a VIPARANGE would have to change shape (the address enters or leaves one, or it is a
 * range's own network and addresses inside would fall out), or when a value builds the address from
 * pieces (10.20.&NET..5, ${prefix}.10) that no single edit can change.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { ProfileDocument, Statement } from '../profile/ast.js';
import type { StackModel } from '../model/sysplex-model.js';
import type { Location, Range } from '../base/range.js';
import { parseAddressText } from '../base/addresses.js';
import { substituteSymbols } from '../model/symbols.js';
import { uriBasename, uriKey } from '../base/uris.js';
import { addressOfValue, literalIn } from './address-literals.js';
import { configAddressValues } from './config-values.js';
import { RenameRefusal, checkCollision, checkRanges, familyOf, refuse, where } from './rename-checks.js';

export type EditGroup = 'profile' | 'port-bind' | 'liberty' | 'config';

export interface AddressEdit {
  uri: string;
  range: Range;
  newText: string;
  group: EditGroup;
}

export type RenamePlan = { edits: AddressEdit[] } | { refused: string };

export interface RenameRequest {
  result: AnalysisResult;
  /** Canonical address being renamed. */
  address: string;
  newText: string;
  textOf(uri: string): string | undefined;
  /** The workspace config file in use, if any. */
  configUri?: string;
}


export function planAddressRename(request: RenameRequest): RenamePlan {
  try {
    const newAddress = validateNewText(request);
    const collector = new EditCollector(request, newAddress);
    collector.profiles();
    collector.liberty();
    collector.config();
    checkCollision(request.result, newAddress);
    checkRanges(request.result, request.address, newAddress);
    return { edits: collector.edits };
  } catch (error) {
    if (error instanceof RenameRefusal) return { refused: error.message };
    throw error;
  }
}

function validateNewText(request: RenameRequest): string {
  const text = request.newText.trim();
  const parsed = parseAddressText(text.replace(/^\[(.*)\]$/, '$1'));
  if (!parsed) refuse(`"${text}" is not an IP address.`);
  if (parsed.prefixLength !== undefined) refuse(`Give the new address without a prefix length: "${text}".`);
  const oldFamily = familyOf(request.address);
  if (parsed.family !== oldFamily) {
    refuse(`${request.address} is an IPv${oldFamily} address and "${text}" is IPv${parsed.family}: a rename keeps the address family (IPv${parsed.family} statements take other operands).`);
  }
  if (parsed.address === request.address) refuse(`The new address is ${request.address} already.`);
  return parsed.address;
}

function stacksProcessing(result: AnalysisResult, uri: string): StackModel[] {
  const key = uriKey(uri);
  return result.model.stacks.filter((stack) => stack.fileUris.some((file) => uriKey(file) === key));
}

/** PORT … BIND operands, by "line:character" of their start. */
function portBindStarts(statements: readonly Statement[], into = new Set<string>()): Set<string> {
  for (const statement of statements) {
    if (statement.kind === 'PORT') {
      for (const entry of statement.entries) if (entry.bind) into.add(`${entry.bind.range.start.line}:${entry.bind.range.start.character}`);
    } else if (statement.kind === 'VIPADYNAMIC' || statement.kind === 'BLOCK') portBindStarts(statement.statements, into);
  }
  return into;
}

const SYMBOL_REFERENCE = /&([A-Za-z@#$_][A-Za-z0-9@#$_]*)\.?/g;

class EditCollector {
  readonly edits: AddressEdit[] = [];
  private readonly taken = new Set<string>();
  /** Symbol names (normalized) whose value is the address, by stack. */
  private readonly symbolsToChange = new Map<string, Set<string>>();
  /** Host names whose config mapping is the address. */
  private readonly hostNamesToChange = new Set<string>();
  private readonly configValues: ReturnType<typeof configAddressValues>;
  private readonly configText: string | undefined;

  constructor(private readonly request: RenameRequest, private readonly newAddress: string) {
    this.configText = request.configUri ? request.textOf(request.configUri) : undefined;
    this.configValues = this.configText !== undefined ? configAddressValues(this.configText) : [];
  }

  private add(uri: string, range: Range, group: EditGroup): void {
    const key = `${uriKey(uri)}|${range.start.line}:${range.start.character}`;
    if (this.taken.has(key)) return;
    this.taken.add(key);
    this.edits.push({ uri, range, newText: this.newAddress, group });
  }

  /** Edits the literal inside `range` of a file, or refuses when it is not written there. */
  private addLiteral(location: Location, group: EditGroup, what: string): void {
    const text = this.request.textOf(location.uri);
    if (text === undefined) refuse(`${uriBasename(location.uri)} cannot be read, so ${what} cannot be changed.`);
    const literal = literalIn(text, location.range, this.request.address);
    if (!literal) refuse(`${what} (${where(location)}) builds ${this.request.address} from pieces; change it by hand.`);
    this.add(location.uri, literal, group);
  }

  profiles(): void {
    const { result, address } = this.request;
    for (const [uri, document] of result.profiles) this.profile(uri, document, address, result);
  }

  private profile(uri: string, document: ProfileDocument, address: string, result: AnalysisResult): void {
    let binds: Set<string> | undefined;
    for (const token of document.tokens) {
      if (token.kind === 'symbol') {
        this.symbolToken(uri, token.text, token.range, result);
        continue;
      }
      if (token.kind !== 'ipv4' && token.kind !== 'ipv4-prefix' && token.kind !== 'ipv6' && token.kind !== 'ipv6-prefix') continue;
      const slash = token.text.indexOf('/');
      const parsed = parseAddressText(slash < 0 ? token.text : token.text.slice(0, slash));
      if (parsed?.address !== address) continue;
      const length = slash < 0 ? token.text.length : slash;
      const range = { start: token.range.start, end: { line: token.range.start.line, character: token.range.start.character + length } };
      binds ??= portBindStarts(document.statements);
      this.add(uri, range, binds.has(`${range.start.line}:${range.start.character}`) ? 'port-bind' : 'profile');
    }
  }

  /** A symbol operand that stands for the address on some stack: its definition must change. */
  private symbolToken(uri: string, text: string, range: Range, result: AnalysisResult): void {
    const valuePart = text.split('/')[0];
    for (const stack of stacksProcessing(result, uri)) {
      const substituted = substituteSymbols(valuePart, stack.symbols);
      if (substituted.unresolved.length > 0 || parseAddressText(substituted.text)?.address !== this.request.address) continue;
      const names = [...valuePart.matchAll(SYMBOL_REFERENCE)];
      const single = names.length === 1 && names[0][0].length === valuePart.length;
      if (!single) refuse(`${text} (${where({ uri, range })}) builds ${this.request.address} from several pieces on ${stack.name}; change it by hand.`);
      const name = names[0][1].toUpperCase();
      let set = this.symbolsToChange.get(stack.name);
      if (!set) this.symbolsToChange.set(stack.name, (set = new Set()));
      set.add(name);
    }
  }

  liberty(): void {
    const { result, address } = this.request;
    for (const server of result.servers) {
      for (const endpoint of server.endpoints) {
        if (!endpoint.address || endpoint.host.defaulted || addressOfValue(endpoint.address) !== address) continue;
        const host = endpoint.host;
        const what = `host of ${endpoint.id} in server ${server.name}`;
        if (host.chain.length === 0) {
          if (addressOfValue(host.raw) === address) this.addLiteral(host.location, 'liberty', `The ${what}`);
          else this.hostNamesToChange.add(host.raw.trim().toLowerCase());
          continue;
        }
        // The definition that holds the literal (the end of the chain), else a host name, else pieces.
        const holder = [...host.chain].reverse().find((step) => step.definition && addressOfValue(step.definition.value) === address)?.definition;
        if (holder) {
          if (holder.location) this.addLiteral(holder.location, 'liberty', `\${${holder.name}}`);
          else if (holder.source !== 'config') refuse(`\${${holder.name}} (${what}) is ${address} from the ${holder.source} value, which is not in a file.`);
          continue;
        }
        const value = host.value?.trim() ?? '';
        if (value && addressOfValue(value) === undefined) this.hostNamesToChange.add(value.toLowerCase());
        else refuse(`The ${what} (${where(host.location)}) builds ${address} from several variables; change it by hand.`);
      }
      // Variables whose value is the address although no endpoint reads them (yet).
      for (const definition of server.variables.values()) {
        if (definition.location && addressOfValue(definition.value) === address) this.addLiteral(definition.location, 'liberty', `\${${definition.name}}`);
      }
    }
  }

  config(): void {
    const { address, configUri } = this.request;
    const hostsInConfig = new Set<string>();
    const symbolsInConfig = new Map<string, Set<string>>();
    for (const entry of this.configValues) {
      if (addressOfValue(entry.value) !== address) continue;
      if (entry.section === 'hosts') hostsInConfig.add(entry.key.toLowerCase());
      const symbolScope = entry.section === 'symbols' ? '*' : /^stacks\.(.+)\.symbols$/.exec(entry.section)?.[1];
      if (symbolScope) {
        let set = symbolsInConfig.get(symbolScope);
        if (!set) symbolsInConfig.set(symbolScope, (set = new Set()));
        set.add(entry.key.replace(/^&/, '').replace(/\.$/, '').toUpperCase());
      }
      const literal = literalIn(this.configText!, entry.range, address);
      if (literal) this.add(configUri!, literal, 'config');
    }
    for (const name of this.hostNamesToChange) {
      if (hostsInConfig.has(name)) continue;
      refuse(`The host name ${name} maps to ${address} outside vipa-check.json (the vipaCheck.hosts setting); change it there.`);
    }
    for (const [stack, names] of this.symbolsToChange) {
      for (const name of names) {
        if (symbolsInConfig.get(stack)?.has(name) || symbolsInConfig.get('*')?.has(name)) continue;
        refuse(`&${name}. stands for ${address} on ${stack} but its value is not in vipa-check.json "symbols"; change it where it is defined.`);
      }
    }
  }
}

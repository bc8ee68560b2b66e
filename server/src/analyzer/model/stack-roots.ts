/**
 * Which profiles are stacks, what they are called and which sysplex they belong to.
 *
 * - A stack named in the config's `stacks` is that stack (config name, system, sysplex, symbols).
 * - Every other profile that no other profile INCLUDEs is a stack named after its file without the
 *   last extension (PROFILE.TCPIP -> PROFILE, TCPIPA -> TCPIPA). When two such names collide
 *   (SYSA/PROFILE.TCPIP, SYSB/PROFILE.TCPIP) the folder is prefixed: SYSA/PROFILE, SYSB/PROFILE.
 * - A profile that no stack reaches (e.g. two members that only include each other) becomes a stack
 *   too, so its problems are still reported.
 * - Sysplex: StackConfig.sysplex, else the `sysplexes` entry listing the stack's name, else 'default'.
 * - Symbols: the stack's `symbols` over the global `symbols`; a stack's `system` also defines
 *   &SYSNAME. unless its symbols already do.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { StackRoot } from './build-stack-model.js';
import { symbolTable } from './symbols.js';
import { escapePointer } from '../config/json-tree.js';
import { resolveUriPath, stripExtension, uriBasename, uriFolderNames, uriKey } from '../base/uris.js';
import { range as makeRange } from '../base/range.js';

export interface StackRootsInput {
  /** Every profile URI (stacks and members). */
  profileUris: readonly string[];
  /** URIs of the files a profile INCLUDEs (resolved with global symbols only). */
  includeTargets(uri: string): readonly string[];
  config: LoadedConfig;
  /**
   * Profiles that are never stacks (OBEYFILE members, copies: model/profile-roles.ts) but whose
   * INCLUDEs still count, so a member only they include does not become a stack of its own.
   */
  nonRootIncluders?: readonly string[];
  /** OBEYFILE members per configured stack name (resolved by model/profile-roles.ts). */
  obeyByStack?: ReadonlyMap<string, string[]>;
}

export function determineStackRoots(input: StackRootsInput): { roots: StackRoot[]; findings: Finding[] } {
  const { config } = input;
  const findings: Finding[] = [];
  const profileByKey = new Map(input.profileUris.map((uri) => [uriKey(uri), uri]));
  const sortedProfiles = [...input.profileUris].sort();

  const configured: { name: string; uri: string }[] = [];
  const configuredKeys = new Set<string>();
  for (const [name, stackConfig] of Object.entries(config.config.stacks ?? {})) {
    if (typeof stackConfig?.profile !== 'string') continue;
    const uri = profileByKey.get(uriKey(resolveUriPath(config.baseUri, stackConfig.profile)));
    if (!uri) {
      const finding = configFinding(config, `/stacks/${escapePointer(name)}/profile`, 'error',
        `Stack ${name}: profile "${stackConfig.profile}" is not a profile in the workspace.`);
      if (finding) findings.push(finding);
      continue;
    }
    configured.push({ name, uri });
    configuredKeys.add(uriKey(uri));
  }

  const included = new Set<string>();
  for (const uri of [...input.profileUris, ...(input.nonRootIncluders ?? [])]) {
    for (const target of input.includeTargets(uri)) if (uriKey(target) !== uriKey(uri)) included.add(uriKey(target));
  }
  const derived = sortedProfiles.filter((uri) => !configuredKeys.has(uriKey(uri)) && !included.has(uriKey(uri)));

  // Profiles no root reaches (include-only cycles) become stacks of their own.
  const reached = new Set<string>();
  const reach = (uri: string): void => {
    const pending = [uri];
    while (pending.length > 0) {
      const next = pending.pop()!;
      const key = uriKey(next);
      if (reached.has(key)) continue;
      reached.add(key);
      for (const target of input.includeTargets(next)) if (profileByKey.has(uriKey(target))) pending.push(target);
    }
  };
  for (const { uri } of configured) reach(uri);
  for (const uri of derived) reach(uri);
  for (const uri of input.nonRootIncluders ?? []) reach(uri);
  for (const uri of sortedProfiles) {
    if (reached.has(uriKey(uri))) continue;
    derived.push(uri);
    reach(uri);
  }

  const names = nameDerivedStacks(derived, new Set(configured.map((c) => c.name.toUpperCase())));
  const sysplexOf = sysplexMembership(config);
  const roots: StackRoot[] = [];
  for (const { name, uri } of configured) {
    const stackConfig = config.config.stacks![name];
    const root = makeRoot(name, uri, config, stackConfig, sysplexOf);
    const obey = input.obeyByStack?.get(name);
    if (obey && obey.length > 0) root.obeyUris = obey;
    roots.push(root);
  }
  derived.forEach((uri, i) => roots.push(makeRoot(names[i], uri, config, undefined, sysplexOf)));

  findings.push(...unknownSysplexMembers(config, new Set(roots.map((r) => r.name.toUpperCase()))));
  return { roots, findings };
}

function makeRoot(
  name: string,
  rootUri: string,
  config: LoadedConfig,
  stackConfig: NonNullable<LoadedConfig['config']['stacks']>[string] | undefined,
  sysplexOf: Map<string, string>,
): StackRoot {
  const symbols = symbolTable(stackConfig?.symbols, config.config.symbols);
  if (stackConfig?.system && symbols.SYSNAME === undefined) symbols.SYSNAME = stackConfig.system;
  return {
    name,
    rootUri,
    sysplex: stackConfig?.sysplex ?? sysplexOf.get(name.toUpperCase()) ?? 'default',
    system: stackConfig?.system,
    tcpName: stackConfig?.tcpName,
    symbols,
  };
}

function nameDerivedStacks(uris: readonly string[], taken: Set<string>): string[] {
  const plain = uris.map((uri) => stripExtension(uriBasename(uri)));
  const counts = new Map<string, number>();
  for (const name of plain) counts.set(name.toUpperCase(), (counts.get(name.toUpperCase()) ?? 0) + 1);
  const used = new Set(taken);
  return uris.map((uri, i) => {
    let name = plain[i];
    if ((counts.get(name.toUpperCase()) ?? 0) > 1 || used.has(name.toUpperCase())) {
      const folders = uriFolderNames(uri);
      if (folders.length > 0) name = `${folders[folders.length - 1]}/${name}`;
    }
    let unique = name;
    for (let n = 2; used.has(unique.toUpperCase()); n++) unique = `${name}#${n}`;
    used.add(unique.toUpperCase());
    return unique;
  });
}

function sysplexMembership(config: LoadedConfig): Map<string, string> {
  const result = new Map<string, string>();
  for (const [sysplex, members] of Object.entries(config.config.sysplexes ?? {})) {
    if (!Array.isArray(members)) continue;
    for (const member of members) if (typeof member === 'string' && !result.has(member.toUpperCase())) result.set(member.toUpperCase(), sysplex);
  }
  return result;
}

function unknownSysplexMembers(config: LoadedConfig, stackNames: Set<string>): Finding[] {
  const findings: Finding[] = [];
  for (const [sysplex, members] of Object.entries(config.config.sysplexes ?? {})) {
    if (!Array.isArray(members)) continue;
    members.forEach((member, i) => {
      if (typeof member !== 'string' || stackNames.has(member.toUpperCase())) return;
      const finding = configFinding(config, `/sysplexes/${escapePointer(sysplex)}/${i}`, 'warning',
        `Sysplex ${sysplex} lists stack "${member}", but no stack has that name (stacks: ${[...stackNames].sort().join(', ') || 'none'}).`);
      if (finding) findings.push(finding);
    });
  }
  return findings;
}

/** A config-error on the config value at `pointer` (or the file start); none without a config file. */
export function configFinding(config: LoadedConfig, pointer: string, severity: Finding['severity'], message: string): Finding | undefined {
  if (!config.uri) return undefined;
  const at = config.pointers?.[pointer] ?? makeRange(0, 0, 0, 0);
  return { uri: config.uri, range: at, severity, code: 'config-error', message, data: { pointer } };
}


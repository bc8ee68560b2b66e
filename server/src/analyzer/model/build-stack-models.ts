/**
 * The sysplex model from parsed profiles: decide the stacks (stack-roots.ts), build each stack
 * (build-stack-model.ts), group them. The workspace uses the pieces separately to rebuild only
 * changed stacks; `buildSysplexModel` is the one-shot form (CLI-like use, tests).
 */
import type { Finding } from '../diagnostics/finding.js';
import type { IncludeStatement, ProfileDocument, Statement } from '../profile/ast.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { SysplexModel, StackModel } from './sysplex-model.js';
import { IncludeFileIndex, resolveIncludeDetailed, type IncludeRequest } from '../include/resolve-include.js';
import { buildStackModel } from './build-stack-model.js';
import { determineStackRoots } from './stack-roots.js';
import { containsSymbolReference, substituteSymbols, symbolTable } from './symbols.js';
import { uriKey } from '../base/uris.js';

export { buildStackModel, type StackRoot, type StackBuildInput, type StackBuildResult } from './build-stack-model.js';
export { determineStackRoots } from './stack-roots.js';

export interface SysplexBuildInput {
  /** Every parsed profile (stacks and INCLUDE members) by URI. */
  profiles: ReadonlyMap<string, ProfileDocument>;
  /** Every known workspace file (for INCLUDE resolution); defaults to the profiles' URIs. */
  knownUris?: Iterable<string>;
  config?: LoadedConfig;
}

export function buildSysplexModel(input: SysplexBuildInput): { model: SysplexModel; findings: Finding[] } {
  const config = input.config ?? { config: {} };
  const files = new IncludeFileIndex(input.knownUris ?? input.profiles.keys());
  const resolve = (request: IncludeRequest) => resolveIncludeDetailed(request, files, config);
  const profileOf = profileLookup(input.profiles);
  const { roots, findings } = determineStackRoots({
    profileUris: [...input.profiles.keys()],
    includeTargets: (uri) => includeTargetsOf(profileOf(uri), resolve, config),
    config,
  });
  const stacks: StackModel[] = [];
  for (const root of roots) {
    const built = buildStackModel({ root, profileOf, resolveInclude: resolve });
    stacks.push(built.stack);
    findings.push(...built.findings);
  }
  return { model: assembleSysplexModel(stacks), findings: dedupeFindings(findings) };
}

/** Profiles by URI, tolerant of URI spelling differences (see uriKey). */
export function profileLookup(profiles: ReadonlyMap<string, ProfileDocument>): (uri: string) => ProfileDocument | undefined {
  const byKey = new Map<string, ProfileDocument>();
  for (const [uri, document] of profiles) byKey.set(uriKey(uri), document);
  return (uri) => profiles.get(uri) ?? byKey.get(uriKey(uri));
}

/** Groups stacks by sysplex and records which stacks include each member. */
export function assembleSysplexModel(stacks: StackModel[]): SysplexModel {
  const sysplexes = new Map<string, StackModel[]>();
  const includedBy = new Map<string, string[]>();
  for (const stack of stacks) {
    const group = sysplexes.get(stack.sysplex);
    if (group) group.push(stack);
    else sysplexes.set(stack.sysplex, [stack]);
    for (const uri of stack.fileUris) {
      if (uri === stack.rootUri) continue;
      const list = includedBy.get(uri);
      if (!list) includedBy.set(uri, [stack.name]);
      else if (!list.includes(stack.name)) list.push(stack.name);
    }
  }
  return { stacks, sysplexes, includedBy };
}

/** The files a profile INCLUDEs, resolved with the global symbols only (used to decide the stacks). */
export function includeTargetsOf(
  document: ProfileDocument | undefined,
  resolve: (request: IncludeRequest) => { uri?: string },
  config: LoadedConfig,
): string[] {
  if (!document) return [];
  const symbols = symbolTable(config.config.symbols);
  const targets: string[] = [];
  for (const statement of includeStatements(document.statements)) {
    if (!statement.dataSet) continue;
    let dataSet = statement.dataSet;
    let member = statement.member;
    if (containsSymbolReference(dataSet) || (member && containsSymbolReference(member))) {
      const dsn = substituteSymbols(dataSet, symbols);
      const mem = member ? substituteSymbols(member, symbols) : undefined;
      if (dsn.unresolved.length > 0 || (mem && mem.unresolved.length > 0)) continue;
      dataSet = dsn.text.toUpperCase();
      member = mem?.text.toUpperCase();
    }
    const uri = resolve({ dataSet, member, fromUri: document.uri }).uri;
    if (uri) targets.push(uri);
  }
  return targets;
}

/** INCLUDE statements at any depth (an INCLUDE may sit inside a VIPADYNAMIC block). */
export function includeStatements(statements: readonly Statement[]): IncludeStatement[] {
  const result: IncludeStatement[] = [];
  for (const statement of statements) {
    if (statement.kind === 'INCLUDE') result.push(statement);
    else if (statement.kind === 'VIPADYNAMIC' || statement.kind === 'BLOCK') result.push(...includeStatements(statement.statements));
  }
  return result;
}

/** A member shared by two stacks yields its include/symbol findings once. */
export function dedupeFindings(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.uri}|${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}|${f.code}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

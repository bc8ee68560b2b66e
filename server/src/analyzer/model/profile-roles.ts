/**
 * What each parsed profile is, before the stacks are decided (README "How files are classified"):
 *  - document-local: a view of another file (git:, gitlens:, merge and compare views, vscode-vfs:,
 *    untitled:; base/uri-schemes.ts): its own syntax only, never a stack, never INCLUDEd;
 *  - obey: an OBEYFILE member: config `stacks.X.obey` (applied to that stack as a delta,
 *    model/obey-delta.ts) or `files` "obey", else by name or content (model/obey-members.ts);
 *    syntax checks only unless a stack applies it;
 *  - copy: another version of a stack profile (model/profile-copies.ts, or `files` "copy"): not
 *    checked, one profile-copy note on it;
 *  - include: `files` "include": a member, never a stack of its own;
 *  - every other profile may be a stack or an INCLUDE member; stack-roots.ts decides by the
 *    INCLUDE graph and the config's `stacks`.
 * The config always wins; without it, names and content decide.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { ProfileDocument } from '../profile/ast.js';
import { escapePointer } from '../config/json-tree.js';
import { fileSettingOf } from '../config/file-settings.js';
import { isDocumentLocalUri, uriScheme } from '../base/uri-schemes.js';
import { resolveUriPath, stripExtension, uriBasename, uriKey } from '../base/uris.js';
import { range as makeRange } from '../base/range.js';
import { obeyMemberReason } from './obey-members.js';
import { findProfileCopies } from './profile-copies.js';
import { configFinding } from './stack-roots.js';

export type ProfileRole = 'stack-profile' | 'include' | 'obey' | 'copy' | 'document-local';

export interface RoleDecision {
  role: ProfileRole;
  /** Why, in words the summary shows. */
  reason: string;
  /** For a copy: the profile taken as the stack. */
  of?: string;
  /** For an OBEYFILE member: the stacks it is applied to (config). */
  stacks?: string[];
}

export interface ProfileRolesInput {
  /** Every parsed profile, workspace files and document-local views alike. */
  profiles: ReadonlyMap<string, ProfileDocument>;
  includeTargets(uri: string): readonly string[];
  config: LoadedConfig;
}

export interface ProfileRoles {
  /** Profiles that are certainly not stacks, with why. */
  decisions: Map<string, RoleDecision>;
  /** Profiles that may be stacks or INCLUDE members: stack-roots.ts decides. */
  stackCandidates: string[];
  /** OBEYFILE members, copies and configured members: never stacks, but their INCLUDEs count. */
  nonRootIncluders: string[];
  /** OBEYFILE members per configured stack, in the config's order. */
  obeyByStack: Map<string, string[]>;
  /** profile-copy notes and config errors (an `obey` path that is no profile). */
  findings: Finding[];
}

export function decideProfileRoles(input: ProfileRolesInput): ProfileRoles {
  const { config } = input;
  const decisions = new Map<string, RoleDecision>();
  const findings: Finding[] = [];
  const byKey = new Map<string, string>();
  for (const uri of input.profiles.keys()) {
    if (isDocumentLocalUri(uri)) {
      decisions.set(uri, { role: 'document-local', reason: `a ${uriScheme(uri) || 'scratch'}: document is a view or a scratch copy, checked for its own syntax only` });
    } else byKey.set(uriKey(uri), uri);
  }
  const lookup = (path: string) => byKey.get(uriKey(resolveUriPath(config.baseUri, path)));

  const configuredStacks = new Map<string, string>();
  for (const [name, stack] of Object.entries(config.config.stacks ?? {})) {
    const uri = typeof stack?.profile === 'string' ? lookup(stack.profile) : undefined;
    if (uri) configuredStacks.set(uri, name);
  }

  const obeyByStack = new Map<string, string[]>();
  for (const [name, stack] of Object.entries(config.config.stacks ?? {})) {
    (stack?.obey ?? []).forEach((path, i) => {
      const uri = lookup(path);
      if (!uri) {
        const finding = configFinding(config, `/stacks/${escapePointer(name)}/obey/${i}`, 'error', `Stack ${name}: OBEYFILE member "${path}" is not a profile in the workspace.`);
        if (finding) findings.push(finding);
        return;
      }
      const list = obeyByStack.get(name) ?? [];
      list.push(uri);
      obeyByStack.set(name, list);
      const earlier = decisions.get(uri);
      const stacks = [...(earlier?.stacks ?? []), name];
      decisions.set(uri, { role: 'obey', stacks, reason: `vipa-check.json applies it to stack${stacks.length > 1 ? 's' : ''} ${stacks.join(', ')} (stacks.${stacks[0]}.obey), after the profile` });
    });
  }

  const forcedCandidates = new Set<string>();
  for (const uri of byKey.values()) {
    if (decisions.has(uri) || configuredStacks.has(uri)) continue;
    const setting = fileSettingOf(config, uri);
    if (!setting) continue;
    const because = `vipa-check.json files["${setting.key}"]`;
    if (setting.setting === 'obey') decisions.set(uri, { role: 'obey', reason: because });
    else if (setting.setting === 'copy') decisions.set(uri, { role: 'copy', reason: because });
    else if (setting.setting === 'include') decisions.set(uri, { role: 'include', reason: because });
    else if (setting.setting === 'profile') forcedCandidates.add(uri);
  }

  const included = new Set<string>();
  for (const uri of byKey.values()) for (const target of input.includeTargets(uri)) if (uriKey(target) !== uriKey(uri)) included.add(uriKey(target));

  const copyCandidates: { uri: string; document: ProfileDocument; configured: boolean }[] = [];
  for (const uri of byKey.values()) {
    if (decisions.has(uri)) continue;
    const configured = configuredStacks.has(uri);
    if (!configured && included.has(uriKey(uri))) continue;
    const document = input.profiles.get(uri)!;
    if (!configured && !forcedCandidates.has(uri)) {
      const obey = obeyMemberReason(uri, document);
      if (obey) {
        decisions.set(uri, { role: 'obey', reason: obey });
        continue;
      }
    }
    copyCandidates.push({ uri, document, configured: configured || forcedCandidates.has(uri) });
  }
  for (const copy of findProfileCopies(copyCandidates)) {
    decisions.set(copy.uri, { role: 'copy', of: copy.of, reason: copy.reason });
    findings.push(copyNote(copy.uri, copy.of, copy.reason, configuredStacks.get(copy.of), input.profiles.get(copy.uri)!, config));
  }

  const stackCandidates = [...byKey.values()].filter((uri) => !decisions.has(uri));
  const nonRootIncluders = [...decisions].filter(([, decision]) => decision.role !== 'document-local').map(([uri]) => uri);
  return { decisions, stackCandidates, nonRootIncluders, obeyByStack, findings };
}

/** Whether a profile's own parse and document-check findings are reported (a copy's are not: they would be doubled). */
export function reportsOwnFindings(roles: ProfileRoles | undefined, uri: string): boolean {
  return roles?.decisions.get(uri)?.role !== 'copy';
}

function copyNote(uri: string, of: string, reason: string, configuredName: string | undefined, document: ProfileDocument, config: LoadedConfig): Finding {
  const copyName = uriBasename(uri);
  const stackName = configuredName ?? stripExtension(uriBasename(of));
  const path = configPath(uri, config);
  const at = document.statements[0]?.keyword.range ?? makeRange(0, 0, 0, 0);
  return {
    uri,
    range: at,
    severity: 'information',
    code: 'profile-copy',
    message:
      `${copyName} is taken as a copy of ${uriBasename(of)} (stack ${stackName}), not as a stack of its own: ${reason}. ` +
      `Its findings are reported once, on ${uriBasename(of)}. To check ${copyName} as the stack instead, set "stacks": { "${stackName}": { "profile": "${path}" } } in vipa-check.json; ` +
      `to check both as separate stacks, list both under "stacks".`,
    data: { copyOf: of },
  };
}

/** The path to write in vipa-check.json: relative to the config's folder when there is one. */
function configPath(uri: string, config: LoadedConfig): string {
  const base = config.baseUri ? uriKey(config.baseUri).replace(/\/$/, '') + '/' : undefined;
  const key = uriKey(uri);
  if (base && key.startsWith(base)) return key.slice(base.length);
  return uriBasename(uri);
}

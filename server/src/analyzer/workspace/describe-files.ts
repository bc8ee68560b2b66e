/**
 * What each file was taken as, and why: the sysplex summary (vipa/summary) and vipa-check's text
 * summary show this list, so a user can see at once that the rollback copy is a copy and the TN3270
 * profile is not a stack, and what to put in vipa-check.json when a guess is wrong.
 */
import type { FileKind } from '../base/file-kind.js';
import type { LoadedConfig } from '../config/workspace-config.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { SysplexModel } from '../model/sysplex-model.js';
import type { ProfileRoles } from '../model/profile-roles.js';
import type { FileClassification, FileRoles } from './analysis.js';
import { OTHER_CONFIG_NAMES, isOtherConfigKind } from '../base/file-kind.js';
import { fileSettingOf } from '../config/file-settings.js';
import { resolveUriPath, uriBasename, uriKey } from '../base/uris.js';
import { stackAddressStatements } from '../model/profile-shape.js';

export interface DescribeInput {
  kinds: ReadonlyMap<string, FileKind | undefined>;
  roles: ProfileRoles;
  model: SysplexModel;
  profiles: ReadonlyMap<string, ProfileDocument>;
  config: LoadedConfig;
  /** Why discovery (or the editor) gave a file its kind (workspace/file-set.ts). */
  reasonOf(uri: string): string | undefined;
}

export function lazyFileRoles(build: () => FileClassification[]): FileRoles {
  let list: FileClassification[] | undefined;
  return { list: () => (list ??= build()) };
}

export function describeFiles(input: DescribeInput): FileClassification[] {
  const { model, roles, config } = input;
  const result = new Map<string, FileClassification>();
  const configuredProfiles = new Map<string, string>();
  for (const [name, stack] of Object.entries(config.config.stacks ?? {})) {
    if (typeof stack?.profile === 'string') configuredProfiles.set(uriKey(resolveUriPath(config.baseUri, stack.profile)), name);
  }

  for (const stack of model.stacks) {
    const configured = configuredProfiles.get(uriKey(stack.rootUri));
    const document = input.profiles.get(stack.rootUri);
    const addresses = document ? stackAddressStatements(document) : [];
    const reason = configured
      ? `vipa-check.json stacks.${configured}.profile`
      : `no other profile INCLUDEs it${addresses.length > 0 ? ` and it defines the stack's addresses: ${addresses.slice(0, 3).join(', ')}` : ''}`;
    result.set(stack.rootUri, { uri: stack.rootUri, role: 'stack-profile', label: `stack profile of ${stack.name}`, reason });
  }
  for (const [uri, stacks] of model.includedBy) {
    if (result.has(uri) || roles.decisions.get(uri)?.role === 'obey') continue;
    result.set(uri, { uri, role: 'include', label: `INCLUDE member of ${stacks.join(', ')}`, reason: `INCLUDEd by the profile of ${stacks.length > 1 ? 'stacks' : 'stack'} ${stacks.join(', ')}` });
  }
  for (const [uri, decision] of roles.decisions) {
    if (result.has(uri)) continue;
    const label =
      decision.role === 'copy'
        ? `copy of ${decision.of ? uriBasename(decision.of) : 'another profile'}`
        : decision.role === 'obey'
          ? decision.stacks
            ? `OBEYFILE member applied to ${decision.stacks.join(', ')}`
            : 'OBEYFILE member, syntax checks only; stacks.<name>.obey in vipa-check.json applies it to a stack'
          : decision.role === 'include'
            ? 'INCLUDE member'
            : 'document checked on its own';
    result.set(uri, { uri, role: decision.role === 'include' ? 'unused-profile' : decision.role, label, reason: decision.reason });
  }
  for (const uri of input.profiles.keys()) {
    if (result.has(uri)) continue;
    result.set(uri, { uri, role: 'unused-profile', label: 'profile member that no stack reads', reason: 'no stack profile INCLUDEs it' });
  }
  for (const [uri, kind] of input.kinds) {
    if (result.has(uri) || kind === undefined || kind === 'profile') continue;
    const setting = fileSettingOf(config, uri);
    const reason = setting ? `vipa-check.json files["${setting.key}"]` : (input.reasonOf(uri) ?? 'its name');
    if (isOtherConfigKind(kind)) result.set(uri, { uri, role: 'other-config', label: `${OTHER_CONFIG_NAMES[kind]}, not a stack profile`, reason });
    else if (kind === 'config') result.set(uri, { uri, role: 'config', label: 'workspace config', reason: 'its name' });
    else result.set(uri, { uri, role: 'liberty', label: kind === 'liberty-server-xml' ? 'Liberty server.xml' : 'Liberty configuration', reason });
  }
  return [...result.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
}

/**
 * INCLUDE members that are not in the workspace. The server marks their links with
 * data.hostMember (no target); this middleware points them at the command below, which opens the
 * member through Zowe Explorer (zowe-ds:/<profile>/<data set>/<member>) when Zowe Explorer is
 * installed and a profile is connected, and otherwise says what is missing.
 */
import { commands, extensions, Uri, window, workspace, type Disposable, type DocumentLink } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

export const OPEN_HOST_MEMBER_COMMAND = 'vipaCheck.openHostMember';
export const ZOWE_EXPLORER_ID = 'Zowe.vscode-extension-for-zowe';

export interface HostMember {
  dataSet: string;
  member?: string;
}

export type OpenOutcome = 'opened' | 'no-zowe-explorer' | 'no-profile' | 'cancelled' | 'failed';

function isHostMember(value: unknown): value is HostMember {
  return typeof value === 'object' && value !== null && typeof (value as HostMember).dataSet === 'string';
}

export function memberName(member: HostMember): string {
  return member.member ? `${member.dataSet}(${member.member})` : member.dataSet;
}

/** zowe-ds:/<profile>/<DSN>/<MEMBER> (Zowe Explorer v3 URI layout). */
export function zoweUriOf(profile: string, member: HostMember): Uri {
  const path = [profile, member.dataSet, ...(member.member ? [member.member] : [])].map(encodeURIComponent).join('/');
  return Uri.parse(`zowe-ds:/${path}`);
}

/**
 * Profiles the user is connected with: those of data set members open in editors or workspace folders
 * (zowe-ds:/<profile>/...). Zowe Explorer creates those URIs only for a profile it has connected.
 */
export function connectedZoweProfiles(): string[] {
  const uris = [...workspace.textDocuments.map((document) => document.uri), ...(workspace.workspaceFolders ?? []).map((folder) => folder.uri)];
  const profiles = uris.filter((uri) => uri.scheme === 'zowe-ds').map((uri) => decodeURIComponent(uri.path.split('/')[1] ?? '')).filter(Boolean);
  return [...new Set(profiles)].sort();
}

export async function openHostMember(member: HostMember): Promise<OpenOutcome> {
  const name = memberName(member);
  if (!extensions.getExtension(ZOWE_EXPLORER_ID)) {
    void window.showInformationMessage(
      `VIPA: ${name} is not in the workspace. Install Zowe Explorer and connect a profile to open it from the host, or copy the member into the workspace (map its data set in vipa-check.json "datasets").`,
    );
    return 'no-zowe-explorer';
  }
  const profiles = connectedZoweProfiles();
  if (profiles.length === 0) {
    void window.showInformationMessage(`VIPA: ${name} is not in the workspace and no Zowe Explorer profile is connected. Open a data set from a profile in the Zowe Explorer Data Sets view, then follow the link again.`);
    return 'no-profile';
  }
  const profile = profiles.length === 1 ? profiles[0] : await window.showQuickPick(profiles, { title: `Open ${name} through which Zowe Explorer profile?` });
  if (!profile) return 'cancelled';
  try {
    const document = await workspace.openTextDocument(zoweUriOf(profile, member));
    await window.showTextDocument(document, { preview: false });
    return 'opened';
  } catch (error) {
    void window.showErrorMessage(`VIPA: Zowe Explorer could not open ${name} with profile ${profile}: ${error instanceof Error ? error.message : String(error)}`);
    return 'failed';
  }
}

export function registerHostMemberCommand(): Disposable {
  return commands.registerCommand(OPEN_HOST_MEMBER_COMMAND, (member: unknown) => (isHostMember(member) ? openHostMember(member) : undefined));
}

/** Turns the server's host-member links into command links. */
export const hostMemberLinks: Pick<Middleware, 'provideDocumentLinks'> = {
  async provideDocumentLinks(document, token, next) {
    const links = await next(document, token);
    for (const link of links ?? []) {
      const data = (link as DocumentLink & { data?: { hostMember?: unknown } }).data;
      if (!link.target && isHostMember(data?.hostMember)) {
        link.target = Uri.parse(`command:${OPEN_HOST_MEMBER_COMMAND}?${encodeURIComponent(JSON.stringify([data.hostMember]))}`);
      }
    }
    return links;
  },
};

/**
 * Discovery: what each workspace file is. The name decides first; the content is consulted only
 * for files whose name says nothing (no extension we know belongs to something else).
 *
 * Rules, in order:
 *  1. vipa-check.json / .vipa-check.json            -> config
 *  2. Liberty files (liberty/liberty-files.ts)      -> liberty-server-xml, liberty-xml, liberty-bootstrap, liberty-env
 *  3. *.tcpip, or a name with a qualifier starting with PROFILE (PROFILE, PROFILE.TCPIP,
 *     SYSA.PROFILE.TCPIP, profile2.txt)            -> profile
 *  4. a file inside a folder whose name contains TCPPARMS (any case): a profile, unless its member
 *     name is a well-known non-profile TCPPARMS member (TCPDATA, IPNODES, FTPDATA, ...) or its text
 *     is given and does not look like a profile
 *  5. any other file without a foreign extension whose text looks like a profile -> profile
 * Files a profile INCLUDEs are profiles whatever their name (the workspace promotes them).
 */
import type { FileKind } from './analysis.js';
import { CONFIG_FILE_NAMES } from '../config/workspace-config.js';
import { libertyFileKind } from './liberty-adapter.js';
import { looksLikeProfile } from '../profile/sniff.js';
import { extensionOf, stripExtension, uriBasename, uriFolderNames } from '../base/uris.js';
import { hasForeignExtension } from '../base/file-names.js';

export { hasForeignExtension, shouldSkipDirectory } from '../base/file-names.js';
export { CONFIG_FILE_NAMES } from '../config/workspace-config.js';

/** TCPPARMS members that hold other components' configuration, not a stack profile. */
const NON_PROFILE_MEMBERS = new Set([
  'TCPDATA', 'IPNODES', 'FTPDATA', 'FTPSDATA', 'RESOLV', 'RESOLVER', 'GBLRESOL', 'GBLTDATA', 'GBLIPNOD', 'OMPROUTE',
  'OMPROUTEENV', 'PAGENT', 'PAGENTENV', 'SYSLOGD', 'SERVICES', 'HOSTS', 'ETCSERV', 'NSSDATA', 'SMTPDATA',
]);


/** What the file is, or undefined for files the analyzer ignores. */
export function classifyFile(uri: string, text?: string): FileKind | undefined {
  const name = uriBasename(uri);
  const lower = name.toLowerCase();
  if (CONFIG_FILE_NAMES.includes(lower)) return 'config';
  const liberty = libertyFileKind(uri);
  if (liberty) return liberty;
  if (extensionOf(name) === 'tcpip') return 'profile';
  if (hasForeignExtension(uri)) return undefined;
  if (hasProfileQualifier(name)) return 'profile';
  if (isInTcpParmsFolder(uri)) {
    if (NON_PROFILE_MEMBERS.has(stripExtension(name).toUpperCase())) return undefined;
    if (text === undefined || looksLikeProfile(text)) return 'profile';
    return undefined;
  }
  if (text !== undefined && looksLikeProfile(text)) return 'profile';
  return undefined;
}

/** True when classification by name alone is final (no need to read the text). */
export function isDecidedByName(uri: string): boolean {
  const name = uriBasename(uri);
  if (CONFIG_FILE_NAMES.includes(name.toLowerCase()) || libertyFileKind(uri)) return true;
  if (extensionOf(name) === 'tcpip' || hasForeignExtension(uri)) return true;
  return hasProfileQualifier(name);
}

function hasProfileQualifier(name: string): boolean {
  return name.split('.').some((qualifier) => qualifier.toUpperCase().startsWith('PROFILE'));
}

function isInTcpParmsFolder(uri: string): boolean {
  return uriFolderNames(uri).some((folder) => folder.toUpperCase().includes('TCPPARMS'));
}

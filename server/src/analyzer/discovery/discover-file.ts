/**
 * Discovery: what each workspace file is, before anything is parsed. ONE function decides for the
 * command line (cli/collect-files.ts) and the language server (lsp/workspace-scan.ts, didOpen), so
 * both see the same workspace. The rules, in order (README "How files are classified"):
 *
 *  1. vipa-check.json / .vipa-check.json                  -> config
 *  2. Liberty files by path (liberty/liberty-files.ts); XML ones only when the root element is
 *     <server> (Tomcat's conf/server.xml has <Server>: XML is case-sensitive)
 *                                                          -> liberty-server-xml, liberty-xml, ...
 *  3. a foreign extension (.xml, .json, .md, .ts ...)     -> ignored
 *  4. a member or file name that always holds another component's configuration (TCPDATA,
 *     FTPDATA, OMPROUTE, PAGENT, IPNODES, TCPIP.DATA, FTP.DATA ...) -> that configuration
 *  5. content that is another z/OS TCP/IP configuration (TN3270 profile, TCPIP.DATA, OMPROUTE,
 *     FTP.DATA, Policy Agent: discovery/other-configs.ts)  -> that configuration
 *  6. *.tcpip, or a name qualifier starting with PROFILE   -> profile
 *  7. a member of a folder named like a TCPPARMS data set  -> profile when its text has profile
 *     statements, else an INCLUDE candidate
 *  8. any other file whose text looks like a profile      -> profile
 *  9. any other file without a foreign extension          -> INCLUDE candidate: no kind, but an
 *     INCLUDE may name it (then it is parsed as a profile member)
 * What a profile then is (stack profile, INCLUDE member, OBEYFILE member, copy of another profile)
 * is decided after parsing: analyzer/model/profile-roles.ts.
 */
import type { FileKind } from '../base/file-kind.js';
import { CONFIG_FILE_NAMES } from '../config/workspace-config.js';
import { libertyFileKind } from '../liberty/liberty-files.js';
import { looksLikeProfile, looksLikeProfileMember } from '../profile/sniff.js';
import { extensionOf, uriBasename, uriFolderNames } from '../base/uris.js';
import { hasForeignExtension } from '../base/file-names.js';
import { isLibertyXml, xmlRootElement } from './xml-root.js';
import { recogniseByContent, recogniseByName } from './other-configs.js';
import { notTextReason } from '../base/text-decoding.js';

export interface DiscoveredFile {
  /** Undefined for an INCLUDE candidate. */
  kind: FileKind | undefined;
  /** Why, for the summary ("its TELNETPARMS block", "its .tcpip extension"). */
  reason: string;
}

/**
 * What the file is; undefined when the analyzer ignores it altogether. `readText` is called only
 * when the name does not decide (see needsContent).
 */
export function discoverFile(uri: string, readText?: () => string | undefined): DiscoveredFile | undefined {
  const name = uriBasename(uri);
  if (CONFIG_FILE_NAMES.includes(name.toLowerCase())) return { kind: 'config', reason: 'its name' };
  const liberty = libertyFileKind(uri);
  if (liberty) {
    if (liberty !== 'liberty-server-xml' && liberty !== 'liberty-xml') return { kind: liberty, reason: "its name and folder, Liberty's layout" };
    const text = readText?.();
    if (text === undefined) return { kind: liberty, reason: "its name and folder, Liberty's layout" };
    if (isLibertyXml(text)) return { kind: liberty, reason: "its root element is Liberty's <server>" };
    // Not text at all (a binary transfer): kept, so that it gets its one file-not-text finding.
    if (notTextReason(text)) return { kind: liberty, reason: "its name and folder, Liberty's layout (not text)" };
    return undefined;
  }
  if (hasForeignExtension(uri)) return undefined;
  const byName = recogniseByName(name);
  if (byName) return { kind: byName.kind, reason: byName.reason };

  const text = readText?.();
  if (text !== undefined) {
    const byContent = recogniseByContent(text);
    if (byContent) return { kind: byContent.kind, reason: byContent.reason };
  }
  if (extensionOf(name) === 'tcpip') return { kind: 'profile', reason: 'its .tcpip extension' };
  if (hasProfileQualifier(name)) return { kind: 'profile', reason: 'its name (a PROFILE qualifier)' };
  if (isInTcpParmsFolder(uri)) {
    if (text === undefined || looksLikeProfileMember(text)) return { kind: 'profile', reason: 'its profile statements in a TCPPARMS library' };
    // EBCDIC from a binary-mode transfer of the library: reported (file-not-text), not ignored.
    if (notTextReason(text)) return { kind: 'profile', reason: 'a TCPPARMS member that is not text' };
    return { kind: undefined, reason: 'a TCPPARMS member without profile statements' };
  }
  if (text !== undefined && looksLikeProfile(text)) return { kind: 'profile', reason: 'its profile statements' };
  return { kind: undefined, reason: 'no profile statements' };
}

/**
 * False when the name alone decides (config, bootstrap.properties, foreign extensions, names of
 * other configurations): the caller need not read the file. Profiles by name (.tcpip, PROFILE*)
 * are still read, because content may show they are another configuration (a TN3270 profile
 * named TN3270.PROFILE).
 */
export function needsContent(uri: string): boolean {
  const name = uriBasename(uri);
  if (CONFIG_FILE_NAMES.includes(name.toLowerCase())) return false;
  const liberty = libertyFileKind(uri);
  if (liberty) return liberty === 'liberty-server-xml' || liberty === 'liberty-xml';
  if (hasForeignExtension(uri)) return false;
  return recogniseByName(name) === undefined;
}

/** The root element that made discovery ignore an XML file named like Liberty's (for messages). */
export function nonLibertyRoot(text: string): string | undefined {
  const root = xmlRootElement(text);
  return root === 'server' ? undefined : root;
}

function hasProfileQualifier(name: string): boolean {
  return name.split('.').some((qualifier) => qualifier.toUpperCase().startsWith('PROFILE'));
}

export function isInTcpParmsFolder(uri: string): boolean {
  return uriFolderNames(uri).some((folder) => folder.toUpperCase().includes('TCPPARMS'));
}

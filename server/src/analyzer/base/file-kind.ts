/** What a workspace file is, decided by discovery (name first, content when the name says nothing). */
export type FileKind =
  | 'profile'
  | 'liberty-server-xml' // a server.xml: the root of a Liberty server's configuration
  | 'liberty-xml' // other Liberty XML: includes, configDropins
  | 'liberty-bootstrap' // bootstrap.properties and its bootstrap.include files
  | 'liberty-env' // server.env
  | 'config' // vipa-check.json
  | OtherConfigKind;

/**
 * z/OS TCP/IP configuration that is not a stack profile: never a stack, never profile diagnostics.
 * See analyzer/discovery/other-configs.ts for how each is recognised.
 */
export type OtherConfigKind =
  | 'tcpip-data' // resolver TCPIP.DATA (and the resolver setup file)
  | 'omproute' // OMPROUTE configuration
  | 'tn3270' // TN3270E Telnet server profile (TELNETGLOBALS / TELNETPARMS / BEGINVTAM)
  | 'ftp-data' // FTP.DATA
  | 'policy-agent' // Policy Agent (pagent) configuration and policy files
  | 'tcpip-other'; // other TCP/IP members known by name: IPNODES, HOSTS, SERVICES, SYSLOGD ...

export const OTHER_CONFIG_KINDS: readonly OtherConfigKind[] = ['tcpip-data', 'omproute', 'tn3270', 'ftp-data', 'policy-agent', 'tcpip-other'];

export function isOtherConfigKind(kind: FileKind | undefined): kind is OtherConfigKind {
  return kind !== undefined && (OTHER_CONFIG_KINDS as readonly string[]).includes(kind);
}

/** How the summary and the CLI name each kind of other configuration. */
export const OTHER_CONFIG_NAMES: Readonly<Record<OtherConfigKind, string>> = {
  'tcpip-data': 'resolver configuration (TCPIP.DATA)',
  omproute: 'OMPROUTE configuration',
  tn3270: 'TN3270E Telnet server profile',
  'ftp-data': 'FTP.DATA',
  'policy-agent': 'Policy Agent configuration',
  'tcpip-other': 'other TCP/IP configuration',
};

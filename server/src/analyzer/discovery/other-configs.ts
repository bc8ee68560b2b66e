/**
 * Recognises z/OS TCP/IP configuration that is NOT a stack profile, so that a member library
 * (SYS1.TCPPARMS downloaded as one folder) does not turn the resolver's TCPIP.DATA or the TN3270
 * profile into "stacks". Each recogniser reads the first lines and looks for statements only that
 * configuration has; none of them needs a parse.
 *
 * Sources (statement names):
 *  - TCPIP.DATA: "TCPIP.DATA configuration statements" (IP Configuration Reference), e.g.
 *    TCPIPJOBNAME, HOSTNAME, DOMAINORIGIN, NSINTERADDR, NSPORTADDR, RESOLVEVIA, RESOLVERTIMEOUT,
 *    RESOLVERUDPRETRIES, SEARCH, SORTLIST, LOOKUP, MESSAGECASE; a line may start with "sysname:".
 *    The resolver setup file: GLOBALTCPIPDATA, DEFAULTTCPIPDATA, GLOBALIPNODES, DEFAULTIPNODES,
 *    COMMONSEARCH, CACHE ...
 *  - OMPROUTE: statements written `Name Keyword=value ... ;` (Area, OSPF_Interface, RIP_Interface,
 *    Interface, Routesa_Config, Global_Options, RouterID, Ipv6_OSPF ...).
 *  - TN3270E Telnet server profile: the TELNETGLOBALS / TELNETPARMS / BEGINVTAM blocks (IP
 *    Configuration Reference, "TN3270E Telnet server"); a stack profile that also defines its own
 *    addresses stays a profile (old in-stack Telnet profiles).
 *  - FTP.DATA: "FTP.DATA configuration statements" (ANONYMOUS, AUTOMOUNT, BANNER, BLKSIZE,
 *    DIRECTORYMODE, FILETYPE, LRECL, PRIMARY, RECFM, SECONDARY, SPACETYPE, STARTDIRECTORY ...).
 *  - Policy Agent: pagent.conf (TcpImage, LogLevel, PEPInstance, CommonTTLSConfig ...) and policy
 *    files (TTLSRule, TTLSGroupAction, IpFilterRule, PolicyRule, PolicyAction ... with { } blocks).
 */
import type { OtherConfigKind } from '../base/file-kind.js';
import { REMOVED_STATEMENTS } from '../keywords/statements.js';

export interface Recognised {
  kind: OtherConfigKind;
  /** Why, in words the summary shows ("TELNETPARMS and BEGINVTAM blocks"). */
  reason: string;
}

/** Member (file) names that always hold another component's configuration, by name without extension. */
const MEMBER_NAMES: Readonly<Record<string, OtherConfigKind>> = {
  TCPDATA: 'tcpip-data', RESOLV: 'tcpip-data', RESOLVER: 'tcpip-data', GBLRESOL: 'tcpip-data', GBLTDATA: 'tcpip-data',
  FTPDATA: 'ftp-data', FTPSDATA: 'ftp-data',
  OMPROUTE: 'omproute', OMPROUTEENV: 'omproute',
  PAGENT: 'policy-agent', PAGENTENV: 'policy-agent',
  IPNODES: 'tcpip-other', GBLIPNOD: 'tcpip-other', SYSLOGD: 'tcpip-other', SERVICES: 'tcpip-other', HOSTS: 'tcpip-other',
  ETCSERV: 'tcpip-other', NSSDATA: 'tcpip-other', SMTPDATA: 'tcpip-other',
};

/** Full file names (any case) used on z/OS UNIX or in downloads. */
const FILE_NAMES: Readonly<Record<string, OtherConfigKind>> = {
  'TCPIP.DATA': 'tcpip-data', 'RESOLV.CONF': 'tcpip-data', 'FTP.DATA': 'ftp-data', 'OMPROUTE.CONF': 'omproute',
  'PAGENT.CONF': 'policy-agent', 'IPNODES': 'tcpip-other', 'SYSLOG.CONF': 'tcpip-other', 'HOSTS.LOCAL': 'tcpip-other',
  'ETC.IPNODES': 'tcpip-other', 'ETC.SERVICES': 'tcpip-other',
};

export function recogniseByName(fileName: string): Recognised | undefined {
  const upper = fileName.toUpperCase();
  const byFile = FILE_NAMES[upper];
  if (byFile) return { kind: byFile, reason: `its name ${fileName}` };
  const dot = upper.lastIndexOf('.');
  const bare = dot > 0 ? upper.slice(0, dot) : upper;
  const byMember = MEMBER_NAMES[bare];
  if (byMember) return { kind: byMember, reason: `its member name ${bare}` };
  return undefined;
}

const RESOLVER_WORDS = new Set([
  'TCPIPJOBNAME', 'TCPIPUSERID', 'HOSTNAME', 'DOMAINORIGIN', 'DOMAIN', 'NSINTERADDR', 'NAMESERVER', 'NSPORTADDR', 'RESOLVEVIA',
  'RESOLVERTIMEOUT', 'RESOLVERUDPRETRIES', 'RESOLVERTIMEOUTS', 'SEARCH', 'SORTLIST', 'LOOKUP', 'MESSAGECASE', 'ALWAYSWTO',
  'SYSLOGID', 'UNRESPONSIVETHRESHOLD', 'AUTOQUIESCE', 'OPTIONS', 'NOCACHE', 'TRACE',
  // resolver setup file
  'GLOBALTCPIPDATA', 'DEFAULTTCPIPDATA', 'GLOBALIPNODES', 'DEFAULTIPNODES', 'COMMONSEARCH', 'CACHE', 'CACHESIZE', 'MAXTTL', 'UNRESPONSIVETHRESHOLD',
]);
/** Words that are resolver-only (DATASETPREFIX is shared with PROFILE.TCPIP, so it does not count). */
const RESOLVER_STRONG = new Set(['TCPIPJOBNAME', 'NSINTERADDR', 'NAMESERVER', 'DOMAINORIGIN', 'RESOLVEVIA', 'RESOLVERTIMEOUT', 'RESOLVERUDPRETRIES', 'NSPORTADDR', 'MESSAGECASE', 'GLOBALTCPIPDATA', 'DEFAULTTCPIPDATA', 'GLOBALIPNODES', 'DEFAULTIPNODES']);

const OMPROUTE_WORDS = new Set([
  'AREA', 'OSPF', 'OSPF_INTERFACE', 'RIP', 'RIP_INTERFACE', 'INTERFACE', 'ROUTESA_CONFIG', 'GLOBAL_OPTIONS', 'ROUTERID', 'IPV6_OSPF',
  'IPV6_OSPF_INTERFACE', 'IPV6_RIP', 'IPV6_RIP_INTERFACE', 'IPV6_INTERFACE', 'DEFAULT_ROUTE', 'IPV6_DEFAULT_ROUTE', 'AS_BOUNDARY_ROUTING',
  'RANGE', 'VIRTUAL_LINK', 'NEIGHBOR', 'ORIGINATE_RIP_DEFAULT', 'ACCEPT_RIP_UPDATES', 'IGNORE_RIP_NEIGHBOR', 'SEND_RIP_UPDATES',
  'FILTER', 'ROUTESA', 'DEMAND_CIRCUIT', 'IPV6_RANGE',
]);

const TN3270_BLOCKS = new Set(['TELNETGLOBALS', 'TELNETPARMS', 'BEGINVTAM']);
/** Statements that give a stack its own addresses: a profile with these is a stack profile, whatever else it holds. */
const STACK_ADDRESS_WORDS = /^(HOME|DEVICE|DEVICES?|LINK|INTERFACE|IPCONFIG|IPCONFIG6)$/;

const FTP_WORDS = new Set([
  'ANONYMOUS', 'ANONYMOUSFILEACCESS', 'ANONYMOUSFILETYPEJES', 'ANONYMOUSLEVEL', 'AUTOMOUNT', 'AUTORECALL', 'AUTOTAPEMOUNT', 'BANNER',
  'BLKSIZE', 'BLOCKSIZE', 'BUFNO', 'CCTRANS', 'CHKPTINT', 'CTRLCONN', 'DATACLASS', 'DB2', 'DB2PLAN', 'DCBDSN', 'DIRECTORY',
  'DIRECTORYMODE', 'DSNTYPE', 'ENCODING', 'EXTENSIONS', 'FILETYPE', 'FTPLOGGING', 'FTPKEEPALIVE', 'INACTIVE', 'JESINTERFACELEVEL',
  'LISTLEVEL', 'LRECL', 'MBDATACONN', 'MGMTCLASS', 'MIGRATEVOL', 'PASSIVEDATAPORTS', 'PORTOFENTRY4', 'PRIMARY', 'RDW', 'RECFM',
  'RETPD', 'SBDATACONN', 'SBSUB', 'SBTRANS', 'SECONDARY', 'SECURE_CTRLCONN', 'SECURE_DATACONN', 'SECURE_FTP', 'SECURE_LOGIN',
  'SMF', 'SMFJES', 'SPACETYPE', 'SQLCOL', 'STARTDIRECTORY', 'STORCLASS', 'TLSMECHANISM', 'TLSPORT', 'TLSRFCLEVEL', 'TRAILINGBLANKS',
  'TRUNCATE', 'UCSHOSTCS', 'UMASK', 'UNITNAME', 'VOLUME', 'WLMCLUSTERNAME', 'WRAPRECORD', 'WRTAPEFASTIO', 'XLATE', 'ADMINEMAILADDRESS',
  'DEBUG', 'DUMP', 'EMAILADDRCHECK', 'FIFOIOTIME', 'SITE', 'SUPPRESSIGNOREWARNINGS', 'CONDDISP', 'ISPFSTATS', 'QUOTESOVERRIDE',
]);
/** FTP.DATA words that are not also PROFILE.TCPIP statements or common English. */
const FTP_STRONG = new Set(['ANONYMOUS', 'AUTOMOUNT', 'AUTORECALL', 'BLKSIZE', 'FILETYPE', 'LRECL', 'RECFM', 'SPACETYPE', 'DIRECTORYMODE', 'STARTDIRECTORY', 'SBDATACONN', 'CCTRANS', 'SECURE_FTP', 'TLSMECHANISM', 'CHKPTINT', 'JESINTERFACELEVEL', 'FTPLOGGING', 'UMASK', 'DB2PLAN']);

const PAGENT_WORDS = new Set([
  'TCPIMAGE', 'LOGLEVEL', 'PEPINSTANCE', 'COMMONTTLSCONFIG', 'COMMONIPSECCONFIG', 'COMMONQOSCONFIG', 'COMMONIDSCONFIG', 'COMMONROUTINGCONFIG',
  'TTLSCONFIG', 'IPSECCONFIG', 'QOSCONFIG', 'IDSCONFIG', 'ROUTINGCONFIG', 'TTLSRULE', 'TTLSGROUPACTION', 'TTLSENVIRONMENTACTION',
  'TTLSCONNECTIONACTION', 'TTLSKEYRINGPARMS', 'TTLSCIPHERPARMS', 'TTLSSIGNATUREPARMS', 'IPFILTERRULE', 'IPFILTERPOLICY', 'IPGENERICFILTERACTION',
  'IPSERVICE', 'IPADDR', 'IPADDRSET', 'IPDYNVPNACTION', 'KEYEXCHANGERULE', 'KEYEXCHANGEACTION', 'POLICYRULE', 'POLICYACTION',
  'POLICYPERFORMANCEACTION', 'ROUTINGRULE', 'ROUTINGACTION', 'IDSRULE', 'IDSACTION', 'LOCALADDR', 'REMOTEADDR', 'PORTRANGE', 'TRAFFICDESCRIPTOR',
]);
const PAGENT_STRONG = new Set(['TCPIMAGE', 'PEPINSTANCE', 'COMMONTTLSCONFIG', 'COMMONIPSECCONFIG', 'TTLSCONFIG', 'IPSECCONFIG', 'QOSCONFIG', 'TTLSRULE', 'TTLSGROUPACTION', 'TTLSENVIRONMENTACTION', 'TTLSCONNECTIONACTION', 'IPFILTERRULE', 'POLICYRULE', 'POLICYACTION', 'KEYEXCHANGERULE', 'ROUTINGRULE', 'IDSRULE']);

/**
 * Statements only z/VM's TCP/IP profile has (keywords/statements.ts names each, with its source). Two
 * different ones mark a z/VM profile: one alone may be a stray word in a z/OS profile.
 */
const ZVM_STATEMENTS = new Set(Object.entries(REMOVED_STATEMENTS).filter(([, why]) => why.includes('z/VM')).map(([word]) => word));

const MAX_LINES = 400;
const MAX_CHARS = 64 * 1024;

interface Line {
  /** First word, upper-cased, with a leading "sysname:" prefix removed. */
  first: string;
  /** The line without comments, trimmed. */
  text: string;
}

/** Significant lines: ';' comments (profile, TCPIP.DATA, FTP.DATA, OMPROUTE) and '#' comments (pagent) removed. */
function significantLines(text: string): Line[] {
  const lines: Line[] = [];
  let count = 0;
  for (const raw of text.slice(0, MAX_CHARS).split(/\r\n?|\n/)) {
    if (++count > MAX_LINES) break;
    let line = raw;
    const semicolon = line.indexOf(';');
    if (semicolon >= 0) line = line.slice(0, semicolon);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('*')) continue;
    const withoutSystem = trimmed.replace(/^[A-Za-z0-9@#$]{1,8}:\s+/, '');
    const first = withoutSystem.split(/[\s={]/)[0].toUpperCase();
    lines.push({ first, text: trimmed });
  }
  return lines;
}

function distinct(lines: readonly Line[], words: ReadonlySet<string>): Set<string> {
  return new Set(lines.map((line) => line.first).filter((word) => words.has(word)));
}

function list(words: Iterable<string>, max = 3): string {
  const all = [...words];
  return all.slice(0, max).join(', ') + (all.length > max ? ' ...' : '');
}

/** What other configuration the text is, or undefined when it is none of them. */
export function recogniseByContent(text: string): Recognised | undefined {
  const head = text.trimStart();
  if (head.startsWith('<') || head.startsWith('{')) return undefined;
  const lines = significantLines(text);
  if (lines.length === 0) return undefined;

  const telnet = distinct(lines, TN3270_BLOCKS);
  if (telnet.size > 0 && !lines.some((line) => STACK_ADDRESS_WORDS.test(line.first))) {
    return { kind: 'tn3270', reason: `its ${list(telnet)} block${telnet.size > 1 ? 's' : ''} and no statement defining stack addresses` };
  }

  const zvm = distinct(lines, ZVM_STATEMENTS);
  if (zvm.size >= 2) return { kind: 'tcpip-other', reason: `its z/VM TCP/IP statements ${list(zvm)}: a z/VM profile, not a z/OS stack's` };

  const omproute = distinct(lines, OMPROUTE_WORDS);
  const assignments = lines.filter((line) => /^[A-Za-z_0-9]+\s+[A-Za-z_0-9]+\s*=/.test(line.text) || /^[A-Za-z_0-9]+\s*=/.test(line.text)).length;
  if (omproute.size >= 1 && assignments >= 2 && assignments * 3 >= lines.length) {
    return { kind: 'omproute', reason: `its ${list(omproute)} statements written as Keyword=value` };
  }

  const pagent = distinct(lines, PAGENT_WORDS);
  const pagentStrong = [...pagent].filter((word) => PAGENT_STRONG.has(word));
  if (pagentStrong.length >= 1 && pagent.size >= 2) return { kind: 'policy-agent', reason: `its ${list(pagent)} statements` };

  const resolver = distinct(lines, RESOLVER_WORDS);
  const resolverStrong = [...resolver].filter((word) => RESOLVER_STRONG.has(word));
  if (resolverStrong.length >= 1 && resolver.size >= 2) return { kind: 'tcpip-data', reason: `its ${list(resolver)} statements` };

  const ftp = distinct(lines, FTP_WORDS);
  const ftpStrong = [...ftp].filter((word) => FTP_STRONG.has(word));
  if (ftpStrong.length >= 2 && ftp.size >= 3) return { kind: 'ftp-data', reason: `its ${list(ftp)} statements` };
  return undefined;
}

/**
 * Top-level statements and END-terminated blocks of the z/OS TCP/IP profile.
 *
 * The statement list is IBM's: "TCP/IP profile (PROFILE.TCPIP) and configuration statements" in
 * the IP Configuration Reference table of contents, V2R2
 * https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/toc.htm (V2R1:
 * https://www.ibm.com/docs/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/toc.htm, which still lists
 * ATMARPSV/ATMLIS/ATMPVC and GATEWAY). A word at statement position that is not in this list is
 * reported as unknown-statement, so the list must be complete; newer statements found later go here.
 *
 * Minimum lengths: IBM's upper-case part where a syntax diagram or IBM's IPCS-reconstructed profile
 * shows one (AUTOLog, ENDAUTOLog, DEVice from
 * https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.hald001/sampout.htm;
 * PORTRange, IPCONFig, BSDRoutingparms, ENDBSDRoutingparms, VIPADynamic from the statement
 * pages); otherwise the full name. BEGINRoutes/ENDRoutes and ENDVIPADynamic follow
 * ../shared/domain/profile-syntax.md (not re-confirmed on an IBM diagram).
 */
import type { KeywordInfo } from './keyword-info.js';
import { DOC } from './doc-urls.js';

function statement(
  name: string,
  minimum: number,
  meaning: string,
  syntax: string,
  parameters: string[] = [],
  docUrl: string = DOC.summary,
): KeywordInfo {
  return { name, minimum, role: 'statement', meaning, syntax, parameters, docUrl };
}

function block(
  name: string,
  minimum: number,
  endKeyword: string,
  meaning: string,
  syntax: string,
  parameters: string[] = [],
  docUrl: string = DOC.summary,
): KeywordInfo {
  return { name, minimum, role: 'block-start', endKeyword, meaning, syntax, parameters, docUrl };
}

function blockEnd(name: string, minimum: number, opener: string, docUrl: string = DOC.summary): KeywordInfo {
  return { name, minimum, role: 'block-end', context: [opener], meaning: `Ends the ${opener} block.`, syntax: name, docUrl };
}

export const STATEMENT_KEYWORDS: readonly KeywordInfo[] = [
  statement('ARPAGE', 6, 'Minutes before an ARP cache entry of an LCS device is revalidated or deleted.', 'ARPAGE minutes'),
  block('AUTOLOG', 5, 'ENDAUTOLOG', 'Procedures TCP/IP starts (and restarts) when it initializes; optional wait time first.',
    'AUTOLog [wait_time] { procname [JOBNAME jobname] [PARMSTRING "string"] [DELAYSTART [DVIPA] [TTLS]] } ... ENDAUTOLog',
    ['JOBNAME', 'PARMSTRING', 'DELAYSTART', 'DVIPA', 'TTLS']),
  blockEnd('ENDAUTOLOG', 8, 'AUTOLOG', DOC.ipcsProfile),
  block('BEGINROUTES', 6, 'ENDROUTES', 'Static routes, written in BSD style, one ROUTE statement each.',
    'BEGINRoutes ROUTE ... ENDRoutes', ['ROUTE']),
  blockEnd('ENDROUTES', 4, 'BEGINROUTES'),
  // BSDRoutingparms ... ENDBSDRoutingparms: V2R2 diagram
  // https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/bsdroutingparmsstatement.htm
  block('BSDROUTINGPARMS', 4, 'ENDBSDROUTINGPARMS', 'MTU, metric and subnet mask of links, for the routing daemons.',
    'BSDRoutingparms {TRUE|FALSE} { link_name {mtu|DEFAULTSize} cost_metric subnet_mask dest_addr } ... ENDBSDRoutingparms',
    ['TRUE', 'FALSE', 'DEFAULTSIZE'], DOC.bsdRoutingParms),
  blockEnd('ENDBSDROUTINGPARMS', 7, 'BSDROUTINGPARMS', DOC.bsdRoutingParms),
  // DATASETPREFIX: IBM documents it as a TCPIP.DATA statement (DATASETPREFIX dsprefix;
  // https://www.ibm.com/docs/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/datasetprefixstatement.htm), and
  // older PROFILE.TCPIP data sets carry it. No IBM text was found saying the stack rejects it in
  // PROFILE.TCPIP, so it is recognised here (read generically) rather than reported.
  statement('DATASETPREFIX', 13, 'High-level qualifier for dynamically allocated data sets (documented for TCPIP.DATA; found in older profiles).',
    'DATASETPREFIX dsprefix', [], DOC.dataSetPrefix),
  block('DEFADDRTABLE', 12, 'ENDDEFADDRTABLE', 'The IPv6 default address selection policy table.',
    'DEFADDRTABLE { prefix/prefix_length precedence label } ... ENDDEFADDRTABLE'),
  blockEnd('ENDDEFADDRTABLE', 15, 'DEFADDRTABLE'),
  statement('DELETE', 6, 'Deletes a device, link, port or port range that an earlier statement defined.',
    'DELETE { DEVICE device_name | LINK link_name | PORT num {TCP|UDP} jobname | PORTRANGE 1st_port num_ports {TCP|UDP} jobname }',
    ['DEVICE', 'LINK', 'PORT', 'PORTRANGE']),
  statement('DEVICE', 3, 'Defines a network device (OSA MPCIPA, MPCPTP, virtual, ...); a LINK statement then names its link.',
    'DEVice device_name { MPCIPA [NOAUTORESTART|AUTORESTART] | MPCPTP | VIRTUAL 0 | LCS device_number | CTC device_number ... }',
    ['MPCIPA', 'MPCPTP', 'MPCOSA', 'VIRTUAL', 'LCS', 'CTC', 'AUTORESTART', 'NOAUTORESTART', 'NONROUTER', 'PRIROUTER', 'SECROUTER'], DOC.staticVipa),
  statement('GLOBALCONFIG', 12, 'Settings for the whole TCP/IP stack (statistics, sysplex monitoring, SMC, zIIP, ...).',
    'GLOBALCONFIG [ADJUSTDVIPAMSS ...] [ECSALIMIT n] [EXPLICITBINDPORTRANGE port count] [SYSPLEXMONITOR ...] [TCPIPSTATISTICS|NOTCPIPSTATISTICS] [XCFGRPID id] ...',
    ['ADJUSTDVIPAMSS', 'AUTOIQDX', 'NOAUTOIQDX', 'ECSALIMIT', 'EXPLICITBINDPORTRANGE', 'IQDMULTIWRITE', 'NOIQDMULTIWRITE', 'IQDVLANID',
      'MAXRECS', 'MTU', 'POOLLIMIT', 'SEGMENTATIONOFFLOAD', 'NOSEGMENTATIONOFFLOAD', 'SMCD', 'NOSMCD', 'SMCR', 'NOSMCR', 'SYSPLEXMONITOR',
      'DELAYJOIN', 'NODELAYJOIN', 'RECOVERY', 'NORECOVERY', 'AUTOREJOIN', 'NOAUTOREJOIN', 'MONINTERFACE', 'NOMONINTERFACE', 'DYNROUTE',
      'NODYNROUTE', 'TIMERSECS', 'SYSPLEXWLMPOLL', 'TCPIPSTATISTICS', 'NOTCPIPSTATISTICS', 'WLMPRIORITYQ', 'NOWLMPRIORITYQ', 'XCFGRPID',
      'ZIIP', 'IPSECURITY', 'NOIPSECURITY', 'IQDIOMULTIWRITE', 'NOIQDIOMULTIWRITE', 'PFID', 'PORTNUM', 'FIXEDMEMORY', 'TCPKEEPMININTERVAL']),
  statement('HOME', 4, 'The IPv4 home addresses of links defined with DEVICE/LINK (one address per link).',
    'HOME { internet_addr link_name } ...', [], DOC.home),
  statement('INCLUDE', 7, 'Reads another data set (or member) as if its statements were coded here.',
    'INCLUDE data_set_name | INCLUDE data_set_name(member)'),
  statement('INTERFACE', 9, 'Defines, changes or deletes an interface (IPAQENET, IPAQIDIO, VIRTUAL, ... and their IPv6 forms) with its own IPADDR.',
    'INTERFACE intf_name { DEFINE type [PORTNAME port] IPADDR addr[/n] ... | ADDADDR addr | DELADDR addr | DELETE }',
    ['DEFINE', 'ADDADDR', 'DELADDR', 'DELETE', 'IPAQENET', 'IPAQENET6', 'IPAQIDIO', 'IPAQIDIO6', 'IPAQIQDX', 'IPAQIQDX6', 'MPCPTP6', 'EQENET', 'EQENET6', 'DEVNUM', 'TRLENAME', 'VIRTUAL',
      'VIRTUAL6', 'PORTNAME', 'IPADDR', 'INTFID', 'PRIROUTER', 'SECROUTER', 'NONROUTER', 'VLANID', 'MTU', 'INBPERF', 'BALANCED', 'DYNAMIC',
      'MINCPU', 'MINLATENCY', 'WORKLOADQ', 'NOWORKLOADQ', 'CHPID', 'CHPIDTYPE', 'PNETID', 'SOURCEVIPAINTERFACE', 'SOURCEVIPAINTFNAME', 'IPBCAST', 'DYNVLANREG',
      'NODYNVLANREG', 'OLM', 'NOOLM', 'ISOLATE', 'NOISOLATE', 'READSTORAGE', 'OPTLATENCYMODE', 'TEMPPREFIX', 'DUPADDRDET', 'SMCR', 'NOSMCR',
      'SMCD', 'NOSMCD', 'SECCLASS', 'MONSYSPLEX', 'NOMONSYSPLEX', 'DYNTYPE'], DOC.staticVipa),
  statement('IPCONFIG', 6, 'IPv4 layer settings: forwarding, dynamic XCF, sysplex routing, source VIPA, multipath, ...',
    'IPCONFig [DATAGRamfwd|NODATAGRamfwd] [DYNAMICXCF ipv4_addr {subnet_mask|/n} cost_metric|NODYNAMICXCF] [SOURCEVIPA|NOSOURCEVIPA] [SYSPLEXRouting|NOSYSPLEXRouting] ... (any order)',
    [], DOC.ipConfig),
  statement('IPCONFIG6', 9, 'IPv6 layer settings: forwarding, IPv6 dynamic XCF, source VIPA, hop limit, ...',
    'IPCONFIG6 [DATAGRAMFWD|NODATAGRAMFWD] [DYNAMICXCF ipv6_addr [INTFID id]|NODYNAMICXCF] [SOURCEVIPA|NOSOURCEVIPA] ... (any order)',
    [], DOC.ipConfig),
  block('IPSEC', 5, 'ENDIPSEC', 'IP filter rules and manual tunnels used when IPSECURITY is enabled.',
    'IPSEC [LOGENABLE|LOGDISABLE] [LOGIMPLICIT|NOLOGIMPLICIT] IPSECRULE ... IPSEC6RULE ... ENDIPSEC',
    ['LOGENABLE', 'LOGDISABLE', 'LOGIMPLICIT', 'NOLOGIMPLICIT', 'IPSECRULE', 'IPSEC6RULE']),
  blockEnd('ENDIPSEC', 8, 'IPSEC'),
  statement('ITRACE', 6, 'Component trace settings of the TCP/IP SNMP subagent and other components.',
    'ITRACE { ON | OFF } [SUBAGENT level | CONFIG level | COMMAND level | ...]', ['ON', 'OFF', 'SUBAGENT', 'CONFIG', 'COMMAND', 'AUTODAEMON']),
  statement('LINK', 4, 'Defines a link (network interface) on a device defined by DEVICE.',
    'LINK link_name { IPAQENET | IPAQIDIO | MPCPTP | VIRTUAL 0 | ... } device_name [options]',
    ['IPAQENET', 'IPAQIDIO', 'MPCPTP', 'VIRTUAL', 'ETHERNET', 'ETHEROR802.3', '802.3', 'CTC', 'IFSPEED', 'IFHSPEED', 'CHECKSUM', 'NOCHECKSUM',
      'SECCLASS', 'MONSYSPLEX', 'NOMONSYSPLEX', 'VLANID', 'MTU', 'INBPERF', 'READSTORAGE', 'IPBCAST', 'PRIROUTER', 'SECROUTER', 'NONROUTER',
      'DYNVLANREG', 'NODYNVLANREG', 'OLM', 'NOOLM', 'ISOLATE', 'NOISOLATE'], DOC.staticVipa),
  block('NETACCESS', 9, 'ENDNETACCESS', 'Network access control: which security zone each network (prefix) belongs to.',
    'NETACCESS [INBOUND|NOINBOUND] [OUTBOUND|NOOUTBOUND] [CACHEALL|CACHEPERMIT|CACHESAME] { prefix zone | DEFAULT zone | DEFAULTHOME zone | ... } ... ENDNETACCESS'),
  blockEnd('ENDNETACCESS', 12, 'NETACCESS'),
  statement('NETMONITOR', 10, 'Enables the network management interfaces (SMF 119 real-time services, NTA, ...).',
    'NETMONITOR [SMFSERVICE|NOSMFSERVICE] [NTATRCSERVICE|NONTATRCSERVICE] [TCPCONNSERVICE|NOTCPCONNSERVICE] ...',
    ['SMFSERVICE', 'NOSMFSERVICE', 'NTATRCSERVICE', 'NONTATRCSERVICE', 'PKTTRCSERVICE', 'NOPKTTRCSERVICE', 'TCPCONNSERVICE', 'NOTCPCONNSERVICE', 'SMFSERVICEDETAIL']),
  statement('PKTTRACE', 8, 'Packet trace filters (which packets the component trace records).',
    'PKTTRACE [ON|OFF] [ABBREV length] [IPADDR addr[/n]] [PORTNUM n] [PROT name] ...',
    ['ON', 'OFF', 'ABBREV', 'FULL', 'IPADDR', 'SUBNET', 'PORTNUM', 'DESTPORT', 'SRCPORT', 'PROT', 'LINKNAME', 'INTFNAME', 'DISCARD', 'CLEAR', 'ALL']),
  statement('PORT', 4, 'Reserves ports for job names, optionally with BIND (force a specific address), SHAREPORT and SAF.',
    'PORT { num {TCP|UDP} {RESERVED | jobname [NOAUTOLog] [DELAYAcks|NODELAYAcks] [SHAREPort|SHAREPORTWLM] [BIND ipaddr] [SAF resname] [NOSMC|SMC]} | UNRSV {TCP|UDP} ... } ...',
    ['TCP', 'UDP', 'RESERVED', 'UNRSV', 'NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SHAREPORT', 'SHAREPORTWLM', 'BIND', 'SAF', 'NOSMC', 'SMC', 'DENY', 'WHENLISTEN', 'WHENBIND'],
    DOC.port),
  statement('PORTRANGE', 5, 'Reserves a range of ports for a job name (no BIND or SHAREPORT here).',
    'PORTRange { 1st_port num_ports {TCP|UDP} {RESERVED | AUTHPORT | jobname [NOAUTOLog] [DELAYAcks|NODELAYAcks] [SAF resname] [NOSMC|SMC]} } ...',
    ['TCP', 'UDP', 'RESERVED', 'AUTHPORT', 'NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SAF', 'NOSMC', 'SMC'], DOC.portRange),
  statement('PRIMARYINTERFACE', 16, 'The link or interface whose address is the stack\'s primary (default local) address.',
    'PRIMARYINTERFACE link_name | intf_name'),
  statement('SACONFIG', 8, 'Configures the TCP/IP SNMP subagent.',
    'SACONFIG [ENABLED|DISABLED] [AGENT port] [COMMUNITY name] [OSASF port] [SETSENABLED|SETSDISABLED] ...',
    ['ENABLED', 'DISABLED', 'AGENT', 'COMMUNITY', 'OSASF', 'SETSENABLED', 'SETSDISABLED', 'ATMENABLED', 'ATMDISABLED']),
  statement('SMFCONFIG', 9, 'Which SMF records (type 118 / 119 subtypes) the stack writes.',
    'SMFCONFIG [TYPE118 ...] [TYPE119 ...] [FTPCLIENT] [TCPINIT] [TCPTERM] [PROFILE] [DVIPA] ...',
    ['TYPE118', 'TYPE119', 'NOTYPE118', 'NOTYPE119', 'TCPINIT', 'NOTCPINIT', 'TCPTERM', 'NOTCPTERM', 'TCPIPSTATISTICS', 'NOTCPIPSTATISTICS',
      'PROFILE', 'NOPROFILE', 'DVIPA', 'NODVIPA', 'FTPCLIENT', 'NOFTPCLIENT', 'TN3270CLIENT', 'NOTN3270CLIENT', 'IFSTATISTICS', 'NOIFSTATISTICS',
      'PORTSTATISTICS', 'NOPORTSTATISTICS', 'TCPSTACK', 'NOTCPSTACK', 'UDPTERM', 'NOUDPTERM', 'IPSECURITY', 'NOIPSECURITY', 'SMCRLINKEVENT',
      'NOSMCRLINKEVENT', 'SMCRGROUPSTATISTICS', 'NOSMCRGROUPSTATISTICS', 'ZERTDETAIL', 'NOZERTDETAIL', 'ZERTSUMMARY', 'NOZERTSUMMARY']),
  statement('SMFPARMS', 8, 'Older form of SMF record selection (IPCS converts it to SMFCONFIG).',
    'SMFPARMS [type_init] [type_term] [type_client]'),
  statement('SOMAXCONN', 9, 'Maximum length of the queue of pending connections for a listening socket.',
    'SOMAXCONN max_connections'),
  block('SRCIP', 5, 'ENDSRCIP', 'Source IP address selection for outbound traffic by job name or destination.',
    'SRCIP { DESTINATION dest src | JOBNAME jobname src [SERVER|CLIENT|BOTH] } ... ENDSRCIP',
    ['DESTINATION', 'JOBNAME', 'SERVER', 'CLIENT', 'BOTH', 'PUBLICADDRS', 'TEMPADDRS', 'NOPUBLICADDRS', 'NOTEMPADDRS']),
  blockEnd('ENDSRCIP', 8, 'SRCIP'),
  statement('START', 5, 'Starts a device or interface when the profile is processed.', 'START device_name | intf_name'),
  statement('STOP', 4, 'Stops a device or interface.', 'STOP device_name | intf_name'),
  statement('TCPCONFIG', 9, 'TCP layer settings: buffer sizes, keepalive, RESTRICTLOWPORTS, TTLS, ...',
    'TCPCONFIG [TCPSENDBFRSIZE n] [TCPRCVBUFRSIZE n] [RESTRICTLOWPORTS|UNRESTRICTLOWPORTS] [TTLS|NOTTLS] ...',
    ['TCPSENDBFRSIZE', 'TCPRCVBUFRSIZE', 'TCPMAXRCVBUFRSIZE', 'TCPMAXSENDBUFRSIZE', 'INTERVAL', 'RESTRICTLOWPORTS', 'UNRESTRICTLOWPORTS', 'SENDGARBAGE',
      'TRUE', 'FALSE', 'TTLS', 'NOTTLS', 'DELAYACKS', 'NODELAYACKS', 'FINWAIT2TIME', 'KEEPALIVEPROBES', 'TCPTIMESTAMP', 'NOTCPTIMESTAMP',
      'MAXRETRANSMITTIME', 'MINRETRANSMITTIME', 'RETRANSMITATTEMPT', 'CONNECTTIMEOUT', 'CONNECTINITINTERVAL', 'QUEUEDRTT', 'DEFAULTKEEPALIVE',
      'EPHEMERALPORTS', 'FRRTHRESHOLD', 'NAGLE', 'NONAGLE', 'SELECTIVEACK', 'NOSELECTIVEACK']),
  statement('TRANSLATE', 9, 'Maps IP addresses to hardware addresses for devices without ARP.',
    'TRANSLATE { ip_addr {ETHERNET|802.3|ETHEROR802.3|IBMTR|FDDI|HCH ...} net_addr link_name } ...'),
  statement('UDPCONFIG', 9, 'UDP layer settings: buffer sizes, checksum, RESTRICTLOWPORTS, ...',
    'UDPCONFIG [UDPCHKSUM|NOUDPCHKSUM] [UDPSENDBFRSIZE n] [UDPRCVBUFRSIZE n] [RESTRICTLOWPORTS|UNRESTRICTLOWPORTS] ...',
    ['UDPCHKSUM', 'NOUDPCHKSUM', 'UDPSENDBFRSIZE', 'UDPRCVBUFRSIZE', 'UDPQUEUELIMIT', 'NOUDPQUEUELIMIT', 'RESTRICTLOWPORTS', 'UNRESTRICTLOWPORTS',
      'EPHEMERALPORTS', 'NOEPHEMERALPORTS']),
  block('VIPADYNAMIC', 5, 'ENDVIPADYNAMIC', 'Block of dynamic VIPA statements (VIPADEFINE, VIPABACKUP, VIPARANGE, VIPADISTRIBUTE, ...).',
    'VIPADynamic [VIPADEFine|VIPABackup|VIPARange|VIPADELete|VIPADISTribute|VIPARoute|VIPASMparms] ... ENDVIPADynamic',
    ['VIPADEFINE', 'VIPABACKUP', 'VIPADELETE', 'VIPADISTRIBUTE', 'VIPARANGE', 'VIPAROUTE', 'VIPASMPARMS'], DOC.vipaDynamic),
  blockEnd('ENDVIPADYNAMIC', 8, 'VIPADYNAMIC', DOC.vipaDynamic),
  {
    name: 'ROUTE',
    minimum: 5,
    role: 'block-statement',
    context: ['BEGINROUTES'],
    parameters: ['DEFAULT', 'DEFAULT6', 'HOST', 'MTU', 'DEFAULTSIZE', 'REPLACEABLE', 'NOREPLACEABLE', 'MAXIMUMRETRANSMITTIME', 'MINIMUMRETRANSMITTIME',
      'ROUNDTRIPGAIN', 'VARIANCEGAIN', 'VARIANCEMULTIPLIER', 'DELAYACKS', 'NODELAYACKS'],
    meaning: 'One static route inside BEGINROUTES: destination, first hop (= for direct), link or interface, MTU.',
    syntax: 'ROUTE { dest subnet_mask | dest/prefix_len | dest HOST | DEFAULT | DEFAULT6 } { first_hop | = } link_name MTU { mtu | DEFAULTSIZE } [REPLaceable] ...',
    docUrl: DOC.staticRouteExample,
  },
  // TN3270E Telnet server blocks. They belong to the Telnet server's own configuration data set
  // (https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/telnet_tn3270e_cfg_dataset.htm)
  // and old PROFILE.TCPIP data sets still carry them from the time Telnet ran in the stack. No IBM
  // text was found that the stack now rejects them, so they are read as blocks (their contents,
  // e.g. PORT 23, are not stack statements) and reported as a warning only (FOREIGN_BLOCKS).
  block('TELNETGLOBALS', 13, 'ENDTELNETGLOBALS', 'TN3270E Telnet server settings for all ports (Telnet profile).',
    'TELNETGLOBALS ... ENDTELNETGLOBALS', [], DOC.telnetProfile),
  blockEnd('ENDTELNETGLOBALS', 16, 'TELNETGLOBALS', DOC.telnetProfile),
  block('TELNETPARMS', 11, 'ENDTELNETPARMS', 'TN3270E Telnet server settings of one port (Telnet profile).',
    'TELNETPARMS ... ENDTELNETPARMS', [], DOC.telnetProfile),
  blockEnd('ENDTELNETPARMS', 14, 'TELNETPARMS', DOC.telnetProfile),
  block('BEGINVTAM', 9, 'ENDVTAM', 'TN3270E Telnet server LU and application mapping (Telnet profile).',
    'BEGINVTAM ... ENDVTAM', [], DOC.telnetProfile),
  blockEnd('ENDVTAM', 7, 'BEGINVTAM', DOC.telnetProfile),
];

/**
 * Blocks that are not stack statements but are tolerated (reported as a warning, not an error):
 * name -> why.
 */
export const FOREIGN_BLOCKS: Readonly<Record<string, string>> = {
  TELNETGLOBALS: 'TELNETGLOBALS belongs to the TN3270E Telnet server profile; the TCP/IP stack does not use it',
  TELNETPARMS: 'TELNETPARMS belongs to the TN3270E Telnet server profile; the TCP/IP stack does not use it',
  BEGINVTAM: 'BEGINVTAM belongs to the TN3270E Telnet server profile; the TCP/IP stack does not use it',
};

/**
 * Statements reported as unknown-statement, with the reason shown in the finding. Each one needs an
 * IBM source that current z/OS (V2R2 and later) does not support it in PROFILE.TCPIP:
 *
 * - GATEWAY, ATMARPSV, ATMLIS, ATMPVC: "Support considerations in V2R2 - Support for the following
 *   functions is discontinued. Several TCP/IP device drivers: Asynchronous Transfer Mode (ATM) ...
 *   GATEWAY profile statement" and "Removed support for the GATEWAY statement in the TCP/IP profile -
 *   The GATEWAY profile statement cannot be used to configure IPv4 static routes to the TCP/IP stack"
 *   (https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.e0za100/ch1comsv_0_support.htm,
 *   https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.e0za100/ch1comsv_2_simplification.htm);
 *   the V2R2 statement list no longer has ATMARPSV/ATMLIS/ATMPVC or GATEWAY (V2R1 still did).
 * - OBEY, ENDOBEY, SSLSERVERID, INTERNALCLIENTPARMS, ENDINTERNALCLIENTPARMS, LARGEENVELOPEPOOLSIZE:
 *   z/VM TCP/IP statements, absent from every z/OS statement list (toc pages above).
 */
export const REMOVED_STATEMENTS: Readonly<Record<string, string>> = {
  GATEWAY: 'GATEWAY is not supported since z/OS V2R2; code static routes in BEGINROUTES',
  ATMARPSV: 'ATM support was removed in z/OS V2R2',
  ATMLIS: 'ATM support was removed in z/OS V2R2',
  ATMPVC: 'ATM support was removed in z/OS V2R2',
  OBEY: 'OBEY is a z/VM TCP/IP statement',
  ENDOBEY: 'ENDOBEY is a z/VM TCP/IP statement',
  SSLSERVERID: 'SSLSERVERID is a z/VM TCP/IP statement',
  INTERNALCLIENTPARMS: 'INTERNALCLIENTPARMS is a z/VM TCP/IP statement',
  ENDINTERNALCLIENTPARMS: 'ENDINTERNALCLIENTPARMS is a z/VM TCP/IP statement',
  LARGEENVELOPEPOOLSIZE: 'LARGEENVELOPEPOOLSIZE is a z/VM TCP/IP statement',
};

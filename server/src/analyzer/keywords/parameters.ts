/**
 * Parameter keywords of the non-VIPADYNAMIC statements that the parser reads in full (PORT,
 * PORTRANGE, IPCONFIG/IPCONFIG6, INTERFACE, DEVICE/LINK, DELETE, AUTOLOG, ROUTE). Parameters of the
 * generically parsed statements are listed on their statement rows; keyword-table.ts gives them a
 * row of their own.
 */
import type { KeywordInfo } from './keyword-info.js';
import { DOC } from './doc-urls.js';

function param(name: string, minimum: number, context: string[], meaning: string, docUrl: string = DOC.summary): KeywordInfo {
  return { name, minimum, role: 'parameter', context, meaning, docUrl };
}

const PORTS = ['PORT', 'PORTRANGE'];
const IPC = ['IPCONFIG', 'IPCONFIG6'];
const IPC4 = ['IPCONFIG'];
const IPC6 = ['IPCONFIG6'];
const INTF = ['INTERFACE'];

export const PARAMETER_KEYWORDS: readonly KeywordInfo[] = [
  // PORT / PORTRANGE. Minimums from IBM's diagrams (NOAUTOLog, DELAYAcks, NODELAYAcks, SHAREPort,
  // PORTRange): PORT V2R2 https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/portstatement.htm
  // and 3.1 https://www.ibm.com/docs/SSLTBW_3.1.0/com.ibm.zos.v3r1.halz001/portstatement.htm ; PORTRANGE V2R1, V2R2, V2R4
  // (V2R4: https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/portrangestatementtcpip.htm).
  param('TCP', 3, [...PORTS, 'DELETE'], 'The reservation is for TCP.', DOC.port),
  param('UDP', 3, [...PORTS, 'DELETE'], 'The reservation is for UDP.', DOC.port),
  param('RESERVED', 8, PORTS, 'The port is reserved and no application may use it.', DOC.port),
  param('AUTHPORT', 8, ['PORTRANGE'], 'Ports usable only by authorized applications (explicit bind).', DOC.portRange),
  param('UNRSV', 5, ['PORT'], 'Rules for ports that no PORT or PORTRANGE reserves.', DOC.port),
  param('NOAUTOLOG', 6, PORTS, 'AUTOLOG does not restart the job if it stops listening on the port.', DOC.port),
  param('DELAYACKS', 6, [...PORTS, 'ROUTE', 'TCPCONFIG'], 'Delay ACKs on connections (the default).', DOC.port),
  param('NODELAYACKS', 8, [...PORTS, 'ROUTE', 'TCPCONFIG'], 'Send ACKs immediately.', DOC.port),
  param('SHAREPORT', 6, ['PORT'], 'Several listeners of the job may share the port; connections are spread round-robin.', DOC.port),
  param('SHAREPORTWLM', 12, ['PORT'], 'Like SHAREPORT, connections are spread by WLM server weights.', DOC.port),
  param('BIND', 4, ['PORT'], 'Forces a generic (INADDR_ANY) server on this port to bind to the given address, e.g. a DVIPA.', DOC.port),
  param('SAF', 3, PORTS, 'Users need access to EZB.PORTACCESS.sysname.tcpname.resname to use the port.', DOC.port),
  param('SMC', 3, PORTS, 'Shared Memory Communications may be used on the port (the default).', DOC.port),
  param('NOSMC', 5, PORTS, 'Shared Memory Communications is not used on the port.', DOC.port),
  // V2R1 spelling (PORTRANGE diagram ... '-NOSMCR-'), replaced by NOSMC/SMC in V2R2; older profiles carry it.
  param('NOSMCR', 6, PORTS, 'V2R1 form of NOSMC: SMC-R is not used on the port.', DOC.portRangeV2R1),
  param('DENY', 4, ['PORT'], 'UNRSV: no application may use unreserved ports.', DOC.port),
  param('WHENLISTEN', 10, ['PORT'], 'UNRSV TCP: the check applies when the application listens.', DOC.port),
  param('WHENBIND', 8, ['PORT'], 'UNRSV: the check applies when the application binds.', DOC.port),

  // IPCONFIG / IPCONFIG6. Minimums are the upper-case parts of IBM's syntax diagrams:
  //   IPCONFIG  V2R4 https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/ipconfigstatement.htm
  //   IPCONFIG  V2R1 http://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/ipconfigstatement.htm
  //   IPCONFIG6 3.2  https://www.ibm.com/docs/SSLTBW_3.2.0/com.ibm.zos.v3r2.halz001/ipconfig6statement.htm
  // Words shown without a lower-case part (ARPTO, MULTIPATH, TTL, IPSECURITY, ...) have the full
  // name as minimum. The list is NOT used to reject input: IPCONFIG/IPCONFIG6 words not listed here
  // are accepted (newer releases add parameters; see parse-ipconfig.ts).
  param('ARPTO', 5, IPC4, 'ARP cache timeout in seconds.', DOC.ipConfig),
  param('CHECKSUMOFFLOAD', 12, IPC, 'Let OSA-Express compute checksums.', DOC.ipConfig),
  param('NOCHECKSUMOFFLOAD', 14, IPC, 'Do not offload checksums.', DOC.ipConfig),
  param('CLAWUSEDOUBLENOP', 8, IPC4, 'CLAW channel programs end with two NOP CCWs (V2R1; CLAW support ended in V2R2).', DOC.ipConfigV2R1),
  param('DATAGRAMFWD', 6, IPC, 'Forward IP datagrams between interfaces.', DOC.ipConfig),
  param('NODATAGRAMFWD', 8, IPC, 'Do not forward datagrams (the default).', DOC.ipConfig),
  param('FWDMULTIPATH', 7, IPC, 'Forwarded packets use multiple equal-cost routes (FWDMULTipath PERPacket).', DOC.ipConfig),
  param('NOFWDMULTIPATH', 9, IPC, 'Forwarded packets do not use multipath.', DOC.ipConfig),
  param('DEVRETRYDURATION', 11, IPC4, 'How long (seconds) the stack retries a failed device.', DOC.ipConfig),
  param('DYNAMICXCF', 10, IPC, 'Creates dynamic XCF interfaces to the other stacks; its address is a HOME address of this stack.', DOC.dynamicXcf),
  param('NODYNAMICXCF', 12, IPC, 'No dynamic XCF interfaces (the default).', DOC.ipConfig),
  param('SECCLASS', 8, [...IPC, 'LINK', 'INTERFACE'], 'IP security class of the interface.', DOC.ipConfig),
  param('SOURCEVIPAINTERFACE', 13, IPC, 'DYNAMICXCF: the static VIPA used as source address of the dynamic XCF interfaces.', DOC.ipConfig),
  param('INTFID', 6, [...IPC6, 'INTERFACE'], 'The 64-bit IPv6 interface identifier.', DOC.ipConfig6),
  param('FORMAT', 4, IPC4, 'Netstat report format: LONG or SHORT.', DOC.ipConfig),
  param('LONG', 4, IPC4, 'Long Netstat format.', DOC.ipConfig),
  param('SHORT', 5, IPC4, 'Short Netstat format.', DOC.ipConfig),
  param('HOPLIMIT', 4, IPC6, 'Default IPv6 hop limit.', DOC.ipConfig6),
  param('ICMPERRORLIMIT', 5, IPC6, 'Rate limit of ICMPv6 error messages.', DOC.ipConfig6),
  param('IGNOREREDIRECT', 7, IPC, 'Ignore ICMP redirects.', DOC.ipConfig),
  param('IGNOREROUTERHOPLIMIT', 13, IPC6, 'Ignore hop limits learnt from router advertisements.', DOC.ipConfig6),
  param('NOIGNOREROUTERHOPLIMIT', 15, IPC6, 'Use hop limits learnt from router advertisements.', DOC.ipConfig6),
  param('IPSECURITY', 10, [...IPC, 'GLOBALCONFIG', 'SMFCONFIG'], 'Enables IP security filtering (IPSEC block).', DOC.ipConfig),
  param('IQDIOROUTING', 6, IPC4, 'Route forwarded traffic over HiperSockets/QDIO directly.', DOC.ipConfig),
  param('NOIQDIOROUTING', 8, IPC4, 'No IQDIO routing.', DOC.ipConfig),
  param('QDIOACCELERATOR', 9, IPC4, 'QDIO accelerator for forwarded traffic.', DOC.ipConfig),
  param('NOQDIOACCELERATOR', 11, IPC4, 'No QDIO accelerator.', DOC.ipConfig),
  param('QDIOPRIORITY', 5, IPC4, 'QDIO priority of accelerated traffic.', DOC.ipConfig),
  param('MULTIPATH', 9, IPC, 'Use multiple equal-cost routes for outbound traffic.', DOC.ipConfig),
  param('NOMULTIPATH', 11, IPC, 'Do not use multipath routing (the default).', DOC.ipConfig),
  param('PERCONNECTION', 4, IPC, 'Multipath: one route per connection.', DOC.ipConfig),
  param('PERPACKET', 4, IPC, 'Multipath: routes alternate per packet.', DOC.ipConfig),
  param('PATHMTUDISCOVERY', 11, IPC4, 'Discover the path MTU of connections.', DOC.ipConfig),
  param('NOPATHMTUDISCOVERY', 13, IPC4, 'No path MTU discovery (the default).', DOC.ipConfig),
  param('REASSEMBLYTIMEOUT', 9, IPC4, 'Seconds to wait for all fragments of a datagram.', DOC.ipConfig),
  param('SEGMENTATIONOFFLOAD', 16, [...IPC, 'GLOBALCONFIG'], 'Let OSA-Express segment TCP data.', DOC.ipConfig),
  param('NOSEGMENTATIONOFFLOAD', 18, [...IPC, 'GLOBALCONFIG'], 'Do not offload TCP segmentation.', DOC.ipConfig),
  param('SOURCEVIPA', 10, [...IPC, 'SRCIP'], 'Use a VIPA as source address of outbound packets.', DOC.staticVipa),
  param('NOSOURCEVIPA', 12, IPC, 'Use the physical interface address as source (the default).', DOC.ipConfig),
  param('STOPONCLAWERROR', 15, IPC4, 'Stop a CLAW device on errors (older releases).', DOC.ipConfigV2R1),
  param('SYSPLEXROUTING', 8, IPC, 'Report routing information to WLM; required for sysplex distribution.', DOC.ipConfig),
  param('NOSYSPLEXROUTING', 10, IPC, 'No sysplex routing (the default).', DOC.ipConfig),
  param('TCPSTACKSOURCEVIPA', 15, IPC, 'One VIPA used as source address of all outbound TCP connections (needs SOURCEVIPA).', DOC.ipConfig),
  param('NOTCPSTACKSOURCEVIPA', 17, IPC, 'No stack-wide TCP source VIPA (the default).', DOC.ipConfig),
  param('TEMPADDRS', 9, [...IPC6, 'SRCIP'], 'Generate IPv6 temporary (privacy) addresses.', DOC.ipConfig6),
  param('NOTEMPADDRS', 11, [...IPC6, 'SRCIP'], 'No IPv6 temporary addresses.', DOC.ipConfig6),
  param('PREFLIFETIME', 12, IPC6, 'Preferred lifetime of temporary addresses (hours).', DOC.ipConfig6),
  param('VALIDLIFETIME', 13, IPC6, 'Valid lifetime of temporary addresses (hours).', DOC.ipConfig6),
  param('R1COMPLIANCE', 12, IPC6, 'IPv6 RFC compliance behaviour (newer releases).', DOC.ipConfig6),
  param('NOR1COMPLIANCE', 14, IPC6, 'No R1 compliance behaviour.', DOC.ipConfig6),
  param('TTL', 3, IPC4, 'Default time-to-live of outbound IPv4 packets.', DOC.ipConfig),
  param('VARSUBNETTING', 13, IPC4, 'Support variable-length subnet masks (older releases).', DOC.ipConfig),
  param('NOVARSUBNETTING', 15, IPC4, 'No variable subnetting (older releases).', DOC.ipConfig),
  param('ECHOREPLY', 9, IPC6, 'How to answer IPv6 echo requests.', DOC.ipConfig6),
  param('OSMSECCLASS', 11, IPC, 'IP security class of OSM interfaces.', DOC.ipConfig6),
  param('LOGENABLE', 9, IPC, 'Log packets filtered by IP security.', DOC.ipConfig),
  param('LOGDISABLE', 10, IPC, 'Do not log filtered packets.', DOC.ipConfig),
  param('LOGIMPLICIT', 11, IPC, 'Log packets denied by the implicit deny rule.', DOC.ipConfig),
  param('NOLOGIMPLICIT', 13, IPC, 'Do not log implicit denies.', DOC.ipConfig),
  param('SMCD', 4, [...IPC, 'INTERFACE', 'GLOBALCONFIG'], 'Shared Memory Communications - Direct Memory Access may be used.', DOC.ipConfig),
  param('NOSMCD', 6, [...IPC, 'INTERFACE', 'GLOBALCONFIG'], 'SMC-D is not used.', DOC.ipConfig),

  // INTERFACE / DEVICE / LINK
  param('DEFINE', 6, INTF, 'Defines the interface (followed by its type).', DOC.staticVipa),
  param('ADDADDR', 7, INTF, 'Adds an address to an existing IPv6 interface.'),
  param('DELADDR', 7, INTF, 'Removes an address from an existing IPv6 interface.'),
  param('DELETE', 6, INTF, 'Deletes the interface.'),
  param('IPADDR', 6, [...INTF, 'PKTTRACE'], 'The interface address: IPv4 addr or addr/prefix_len; IPv6 one or more addresses.', DOC.staticVipa),
  param('PORTNAME', 8, INTF, 'The OSA port name (from VTAM TRLE).'),
  param('VIRTUAL', 4, ['DEVICE', 'LINK'], 'A virtual device/link: its HOME address is a static VIPA.', DOC.staticVipa),
  param('VIRTUAL', 7, INTF, 'Interface type: IPv4 static VIPA.', DOC.staticVipa),
  param('VIRTUAL6', 8, INTF, 'Interface type: IPv6 static VIPA.', DOC.staticVipa),
  param('IPAQENET', 8, [...INTF, 'LINK'], 'OSA-Express QDIO Ethernet.'),
  param('IPAQENET6', 9, INTF, 'OSA-Express QDIO Ethernet, IPv6.'),
  param('IPAQIDIO', 8, [...INTF, 'LINK'], 'HiperSockets.'),
  param('IPAQIDIO6', 9, INTF, 'HiperSockets, IPv6.'),
  param('MPCPTP6', 7, INTF, 'MPC point-to-point, IPv6: XCF, same-host (IUTSAMEH) or channel-to-channel links to other z/OS stacks; dynamic XCF for IPv6 generates INTERFACE EZ6XCFnn DEFINE MPCPTP6.', DOC.dynamicXcf6),
  // Network Express (IBM z17, CHPID type OSH): IBM support page 7231685 "New Interface EQENET /
  // EQENET6", "DEVNUM replaces PORTNAME"; no EQDIO support on z/OS 2.4.
  param('EQENET', 6, INTF, 'Network Express (EQDIO, CHPID type OSH) Ethernet interface, IPv4: DEVNUM instead of PORTNAME; IPADDR with its subnet mask is required.', DOC.networkExpress),
  param('EQENET6', 7, INTF, 'Network Express (EQDIO, CHPID type OSH) Ethernet interface, IPv6.', DOC.networkExpress),
  param('DEVNUM', 6, INTF, 'Network Express: the first device number of the OSH CHPID (replaces PORTNAME).', DOC.networkExpress),
  param('TRLENAME', 8, INTF, 'MPCPTP6: the TRLE (VTAM transport resource list entry) of the interface.', DOC.dynamicXcf6),
  param('MPCIPA', 6, ['DEVICE'], 'OSA-Express QDIO or HiperSockets device.'),
  param('MPCPTP', 6, ['DEVICE', 'LINK'], 'MPC point-to-point (XCF, same-host) device or link.'),
  param('DEVICE', 6, ['DELETE'], 'DELETE DEVICE: removes a device.'),
  param('LINK', 4, ['DELETE'], 'DELETE LINK: removes a link.'),
  param('PORT', 4, ['DELETE'], 'DELETE PORT: removes a port reservation.'),
  param('PORTRANGE', 5, ['DELETE'], 'DELETE PORTRANGE: removes a port range reservation.'),

  // AUTOLOG entries and ROUTE
  param('JOBNAME', 7, ['AUTOLOG', 'SRCIP'], 'The job name the procedure runs under, when it differs from the procedure name.'),
  param('PARMSTRING', 10, ['AUTOLOG'], 'Parameters passed to the started procedure (quoted string).'),
  param('DELAYSTART', 10, ['AUTOLOG'], 'Start the procedure only after DVIPAs (DVIPA) or AT-TLS (TTLS) are ready.'),
  param('DVIPA', 5, ['AUTOLOG', 'SMFCONFIG'], 'AUTOLOG DELAYSTART: wait until the stack joined the sysplex and DVIPAs are active.'),
  // ROUTE: DEFAULT6, MTU ... REPL and EndRoutes appear in IBM's static route example
  // https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/rtg_static_cfg_xmp_tcpcs7.htm
  // (the BEGINROUTES syntax page itself was not retrieved: other ROUTE options are accepted unchecked).
  param('DEFAULT', 7, ['ROUTE'], 'The default route.'),
  param('DEFAULT6', 8, ['ROUTE'], 'The IPv6 default route.', DOC.staticRouteExample),
  param('HOST', 4, ['ROUTE'], 'The destination is a host route (/32).'),
  param('MTU', 3, ['ROUTE', 'INTERFACE', 'LINK', 'GLOBALCONFIG'], 'Maximum transmission unit.'),
  param('DEFAULTSIZE', 11, ['ROUTE'], 'MTU DEFAULTSIZE: use 576 (IPv4) or 1280 (IPv6).'),
  param('REPLACEABLE', 4, ['ROUTE'], 'The route may be replaced by a dynamic route from OMPROUTE (IBM examples code REPL).', DOC.staticRouteExample),
];

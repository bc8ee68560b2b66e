/**
 * IBM documentation pages the keyword table links to. Pages that were confirmed (see
 * ../shared/domain/profile-syntax.md) are linked directly; every other statement links to the
 * statement summary of the IP Configuration Reference, which lists each statement's own page.
 */
export const DOC = {
  summary: 'https://www.ibm.com/docs/SSLTBW_3.1.0/com.ibm.zos.v3r1.halz001/pro.htm',
  syntax:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.3.0/com.ibm.zos.v2r3.halz001/stmntsynforconfigstatements.dita',
  vipaDynamic:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdynamicstatementsumm.htm',
  vipaDefine:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/vdyvipadefinestatement.htm',
  vipaBackup:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipabackupstatement.htm',
  vipaRange: 'https://ibm.com/docs/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.halz001/vdyviparangestatement.htm',
  vipaDelete:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipadeletestatement.htm',
  vipaDistribute:
    'http://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipadistributestatement.htm',
  vipaRoute:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyviparoutestatement.htm',
  vipaSmParms:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipasmparmsstatement.htm',
  home: 'https://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/homestatement.htm',
  port: 'https://www.ibm.com/docs/SSLTBW_3.1.0/com.ibm.zos.v3r1.halz001/portstatement.htm',
  portRange:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/portrangestatementtcpip.htm',
  ipConfig:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/ipconfigstatement.htm',
  staticVipa:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/vipa_static_cfg.htm',
  dynamicXcf:
    'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/sys_dyn_xcf_ipv4.htm',
  /** IPCONFIG6 syntax diagram, z/OS 3.2. */
  ipConfig6: 'https://www.ibm.com/docs/SSLTBW_3.2.0/com.ibm.zos.v3r2.halz001/ipconfig6statement.htm',
  /** IPCONFIG syntax diagram, V2R1 (keywords later removed, e.g. CLAWUSEDoublenop). */
  ipConfigV2R1: 'http://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/ipconfigstatement.htm',
  /** PORTRANGE V2R1 diagram (NOSMCR, renamed NOSMC in V2R2). */
  portRangeV2R1: 'http://www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/portrangestatementtcpip.htm',
  /** BSDROUTINGPARMS syntax diagram, V2R2 (BSDRoutingparms ... ENDBSDRoutingparms). */
  bsdRoutingParms: 'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/bsdroutingparmsstatement.htm',
  /** IP Configuration Guide static route example: ROUTE ... MTU 5000 REPL, ROUTE DEFAULT6 ..., EndRoutes. */
  staticRouteExample: 'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/rtg_static_cfg_xmp_tcpcs7.htm',
  /** IPCS TCPIPCS PROFILE sample output (IBM's own spelling: AUTOLog, ENDAUTOLog, DEVice, VIRTual). */
  ipcsProfile: 'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.hald001/sampout.htm',
  /** V2R2 table of contents of the IP Configuration Reference: the list of profile statements. */
  statementListV2R2: 'https://www.ibm.com/docs/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/toc.htm',
  /** "Support considerations" (z/OS V2R3 Communications Server new function summary). */
  supportV2R3: 'https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.e0za100/ch1comsv_0_support.htm',
  /** DATASETPREFIX (a TCPIP.DATA statement), V2R4. */
  dataSetPrefix: 'https://www.ibm.com/docs/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/datasetprefixstatement.htm',
  /** TN3270E Telnet server configuration data set (TELNETGLOBALS, TELNETPARMS, BEGINVTAM blocks). */
  telnetProfile: 'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/telnet_tn3270e_cfg_dataset.htm',
  /** IPv6 Network and Application Design Guide V2R1: the IPv6 interface types IPAQENET6, MPCPTP6, IPAQIDIO6. */
  ipv6InterfaceTypes: 'https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.hale001/ipv6d004999564.htm',
  /** IP Configuration Guide, dynamic XCF for IPv6: INTERFACE EZ6XCFnn DEFINE MPCPTP6 TRLENAME ... IPADDR. */
  dynamicXcf6: 'https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/sys_dyn_xcf_ipv6_scenario2.htm',
  /** IBM support page 7231685 (z17 Network Express): INTERFACE ... DEFINE EQENET / EQENET6 DEVNUM ... */
  networkExpress: 'https://www.ibm.com/support/pages/node/7231685',
  /** "Support considerations" (z/OS V2R3 summary of changes; lists the V2R2 and V2R3 removals). */
  removedDevices: 'https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.e0za100/ch1comsv_0_support.htm',
} as const;

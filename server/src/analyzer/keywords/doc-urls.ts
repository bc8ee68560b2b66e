/**
 * IBM documentation pages the keyword table links to (hover, completion). Every link names one
 * release, z/OS 3.1, over https: a user following links should not land in three different
 * releases. The pages were found in older releases (their addresses, with the release each was
 * read in, are kept below as the sources of the rules); IBM keeps the page names of a book across
 * releases, and ibm.com/docs redirects a release-qualified page address to the page of that release.
 * Statements without a confirmed page of their own link to the statement summary of the IP
 * Configuration Reference, which lists each statement's page.
 */

/** The z/OS release every documentation link names. */
export const IBM_DOC_RELEASE = { product: 'SSLTBW_3.1.0', version: 'v3r1' } as const;

/** halz001: IP Configuration Reference; halz002: IP Configuration Guide; hald001: IP Diagnosis Guide. */
export function ibmDoc(book: 'halz001' | 'halz002' | 'hald001', page: string): string {
  return `https://www.ibm.com/docs/en/${IBM_DOC_RELEASE.product}/com.ibm.zos.${IBM_DOC_RELEASE.version}.${book}/${page}`;
}

export const DOC = {
  // Read in 3.1.
  summary: ibmDoc('halz001', 'pro.htm'),
  // Read in V2R1: knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdynamicstatementsumm.htm
  vipaDynamic: ibmDoc('halz001', 'vdynamicstatementsumm.htm'),
  // Read in V2R4: knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/vdyvipadefinestatement.htm
  vipaDefine: ibmDoc('halz001', 'vdyvipadefinestatement.htm'),
  // Read in V2R1: knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipabackupstatement.htm
  vipaBackup: ibmDoc('halz001', 'vdyvipabackupstatement.htm'),
  // Read in V2R3: docs/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.halz001/vdyviparangestatement.htm
  vipaRange: ibmDoc('halz001', 'vdyviparangestatement.htm'),
  // Read in V2R1: knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipadeletestatement.htm
  vipaDelete: ibmDoc('halz001', 'vdyvipadeletestatement.htm'),
  // Read in V2R1: www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipadistributestatement.htm
  vipaDistribute: ibmDoc('halz001', 'vdyvipadistributestatement.htm'),
  // Read in V2R1: knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyviparoutestatement.htm
  vipaRoute: ibmDoc('halz001', 'vdyviparoutestatement.htm'),
  // Read in V2R1: knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipasmparmsstatement.htm
  vipaSmParms: ibmDoc('halz001', 'vdyvipasmparmsstatement.htm'),
  // Read in V2R1: www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/homestatement.htm
  home: ibmDoc('halz001', 'homestatement.htm'),
  // Read in 3.1.
  port: ibmDoc('halz001', 'portstatement.htm'),
  // Read in V2R4: knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/portrangestatementtcpip.htm
  portRange: ibmDoc('halz001', 'portrangestatementtcpip.htm'),
  // Read in V2R4: knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/ipconfigstatement.htm
  ipConfig: ibmDoc('halz001', 'ipconfigstatement.htm'),
  // Read in V2R2: knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/vipa_static_cfg.htm
  staticVipa: ibmDoc('halz002', 'vipa_static_cfg.htm'),
  // Read in V2R2: knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/sys_dyn_xcf_ipv4.htm
  dynamicXcf: ibmDoc('halz002', 'sys_dyn_xcf_ipv4.htm'),
  // IPCONFIG6 syntax diagram, read in 3.2: docs/SSLTBW_3.2.0/com.ibm.zos.v3r2.halz001/ipconfig6statement.htm
  ipConfig6: ibmDoc('halz001', 'ipconfig6statement.htm'),
  // Keywords removed since V2R1 (e.g. CLAWUSEDoublenop) were read in the V2R1 diagram,
  // www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/ipconfigstatement.htm;
  // their hover says when they went and links to the statement as it is now.
  ipConfigV2R1: ibmDoc('halz001', 'ipconfigstatement.htm'),
  // NOSMCR (renamed NOSMC in V2R2), read in the V2R1 diagram,
  // www-01.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/portrangestatementtcpip.htm.
  portRangeV2R1: ibmDoc('halz001', 'portrangestatementtcpip.htm'),
  // BSDROUTINGPARMS diagram, read in V2R2: knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz001/bsdroutingparmsstatement.htm
  bsdRoutingParms: ibmDoc('halz001', 'bsdroutingparmsstatement.htm'),
  // IP Configuration Guide static route example (ROUTE ... MTU 5000 REPL, EndRoutes), read in V2R2:
  // knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/rtg_static_cfg_xmp_tcpcs7.htm
  staticRouteExample: ibmDoc('halz002', 'rtg_static_cfg_xmp_tcpcs7.htm'),
  // IPCS TCPIPCS PROFILE sample output (IBM's own spelling: AUTOLog, DEVice ...), read in V2R2:
  // knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.hald001/sampout.htm
  ipcsProfile: ibmDoc('hald001', 'sampout.htm'),
  // DATASETPREFIX (a TCPIP.DATA statement), read in V2R4: docs/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/datasetprefixstatement.htm
  dataSetPrefix: ibmDoc('halz001', 'datasetprefixstatement.htm'),
  // TN3270E Telnet server configuration data set, read in V2R2:
  // knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/telnet_tn3270e_cfg_dataset.htm
  telnetProfile: ibmDoc('halz002', 'telnet_tn3270e_cfg_dataset.htm'),
  // Dynamic XCF for IPv6 (INTERFACE EZ6XCFnn DEFINE MPCPTP6 ...), read in V2R2:
  // knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/sys_dyn_xcf_ipv6_scenario2.htm
  dynamicXcf6: ibmDoc('halz002', 'sys_dyn_xcf_ipv6_scenario2.htm'),
  /** IBM support page 7231685 (z17 Network Express): INTERFACE ... DEFINE EQENET / EQENET6 DEVNUM ... (no release). */
  networkExpress: 'https://www.ibm.com/support/pages/node/7231685',
} as const;

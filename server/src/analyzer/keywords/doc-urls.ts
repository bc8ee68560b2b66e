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
} as const;

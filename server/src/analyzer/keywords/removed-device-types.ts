/**
 * DEVICE and LINK types that z/OS Communications Server no longer supports, reported like the
 * GATEWAY statement (REMOVED_STATEMENTS in statements.ts): with the release that removed them and
 * IBM's words. Source: "Support considerations" (z/OS V2R3 Communications Server summary,
 * https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.e0za100/ch1comsv_0_support.htm):
 *  - "Support considerations in V2R2 - Support for the following functions is discontinued. Several
 *    TCP/IP device drivers: Asynchronous Transfer Mode (ATM), Common Link Access To Workstation
 *    (CLAW), HYPERChannel, Channel Data Link Control (CDLC), SNALINK (both LU0 and LU6.2), X.25";
 *  - "Support considerations in V2R3 - ... Several TCP/IP device drivers: FDDI and Token Ring (LCS
 *    with LINKs FDDI and IBMTR), Token Ring (MPCIPA with LINK IPAQTR), Ethernet and FDDI (MPCOSA
 *    with LINKs OSAENET and OSAFDDI)".
 * The DEVICE type words (ATM, CLAW, HCH, CDLC, SNAIUCV, SNALU62, X25NPSI, MPCOSA) are those of the
 * V2R1 IP Configuration Reference's "DEVICE and LINK" statement pages. LINK types that other,
 * supported devices also use (IP, SAMEHOST, CTC, ETHERNET) are not listed: their DEVICE is reported.
 */
export interface RemovedDeviceType {
  release: string;
  what: string;
}

const V2R2 = 'z/OS V2R2';
const V2R3 = 'z/OS V2R3';

export const REMOVED_DEVICE_TYPES: Readonly<Record<string, RemovedDeviceType>> = {
  ATM: { release: V2R2, what: 'Asynchronous Transfer Mode (ATM)' },
  CLAW: { release: V2R2, what: 'Common Link Access To Workstation (CLAW)' },
  HCH: { release: V2R2, what: 'HYPERchannel' },
  CDLC: { release: V2R2, what: 'Channel Data Link Control (CDLC)' },
  SNAIUCV: { release: V2R2, what: 'SNALINK LU0' },
  SNALU62: { release: V2R2, what: 'SNALINK LU6.2' },
  X25NPSI: { release: V2R2, what: 'X.25 NPSI' },
  MPCOSA: { release: V2R3, what: 'MPCOSA (Ethernet and FDDI over OSA in non-QDIO MPC mode)' },
};

export const REMOVED_LINK_TYPES: Readonly<Record<string, RemovedDeviceType>> = {
  ATM: { release: V2R2, what: 'Asynchronous Transfer Mode (ATM)' },
  HCH: { release: V2R2, what: 'HYPERchannel' },
  FDDI: { release: V2R3, what: 'FDDI on an LCS device' },
  IBMTR: { release: V2R3, what: 'token ring on an LCS device' },
  IPAQTR: { release: V2R3, what: 'token ring on an MPCIPA device' },
  OSAENET: { release: V2R3, what: 'Ethernet on an MPCOSA device' },
  OSAFDDI: { release: V2R3, what: 'FDDI on an MPCOSA device' },
};

export const REMOVED_DEVICE_SOURCE = 'IBM "Support considerations" in the z/OS Communications Server summary of changes';

/** Small stack profiles for sysplex tests, so that each test states only its VIPADYNAMIC lines. */

/** A stack profile with DYNAMICXCF 10.30.1.n, an OSA 10.10.1.n and the given VIPADYNAMIC lines. */
export function stackProfile(n: number, vipa: string, extra = ''): string {
  return `IPCONFIG DATAGRAMFWD SYSPLEXROUTING DYNAMICXCF 10.30.1.${n} 255.255.255.0 1
INTERFACE OSA1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.10.1.${n}/24
${extra}
VIPADYNAMIC
${vipa}
ENDVIPADYNAMIC
`;
}

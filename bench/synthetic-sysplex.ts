/**
 * A synthetic sysplex at the scale the product must handle: N stacks with profiles of about L lines
 * (each INCLUDEs one shared VIPARANGE member) and S Liberty servers binding DVIPAs. Written by us for
 * measurement only; the shapes follow IBM's statement syntax.
 */
export interface SyntheticSysplex {
  files: Record<string, string>;
  profileOf(stack: number): string;
  sharedMember: string;
  serverXmlOf(server: number): string;
}

const pad = (n: number, width = 3) => String(n).padStart(width, '0');

function stackProfile(stack: number, stacks: number, lines: number): string {
  const out: string[] = [
    `; PROFILE.TCPIP of stack TCPIP${pad(stack)} (synthetic benchmark profile)`,
    'TCPCONFIG TCPSENDBFRSIZE 64K TCPRCVBUFRSIZE 64K RESTRICTLOWPORTS',
    `IPCONFIG DATAGRAMFWD SYSPLEXROUTING DYNAMICXCF 10.99.${stack}.1 255.255.255.0 1`,
    'INCLUDE BENCH.TCPPARMS(VIPARNG)',
    `DEVICE VIPADEV VIRTUAL 0`,
    `LINK VIPALNK VIRTUAL 0 VIPADEV`,
    'HOME',
    `  10.98.${stack}.1 VIPALNK`,
    'PORT',
  ];
  let port = 1000;
  const portLines = Math.floor(lines * 0.35);
  for (let i = 0; i < portLines; i++) out.push(`  ${port++} TCP JOB${pad(i % 999)}   ; service ${i}`);
  out.push('BEGINROUTES');
  const routeLines = Math.floor(lines * 0.25);
  for (let i = 0; i < routeLines; i++) out.push(`  ROUTE 10.${100 + (i % 100)}.${Math.floor(i / 100)}.0/24 10.99.${stack}.254 XCFLINK MTU 1500`);
  out.push('ENDROUTES', 'VIPADYNAMIC');
  const vipaLines = Math.max(0, lines - out.length - 2);
  // Even lines define a DVIPA of this stack, odd lines back up the previous stack's one: a sysplex
  // that is mostly correct, as real ones are, so the figures are not dominated by findings.
  const dvipa = (owner: number, index: number) => `10.${50 + Math.floor(index / 250)}.${owner}.${(index % 250) + 1}`;
  for (let i = 0; i < vipaLines; i++) {
    if (i % 2 === 0) out.push(`  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 ${dvipa(stack, i)}`);
    else out.push(`  VIPABACKUP ${1 + (i % 200)} MOVEABLE IMMEDIATE 255.255.255.255 ${dvipa((stack + stacks - 1) % stacks, i - 1)}`);
  }
  out.push('ENDVIPADYNAMIC');
  return out.join('\n') + '\n';
}

function sharedRanges(): string {
  const out = ['; common VIPARANGEs for every stack', 'VIPADYNAMIC'];
  for (let i = 0; i < 64; i++) out.push(`  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.200.${i}.0`);
  out.push('ENDVIPADYNAMIC');
  return out.join('\n') + '\n';
}

function serverXml(server: number): string {
  const address = `10.200.${server % 64}.${(server % 200) + 10}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<server description="benchmark server ${server}">`,
    '  <featureManager><feature>restfulWS-3.1</feature><feature>transportSecurity-1.0</feature></featureManager>',
    `  <variable name="vipa.address" value="${address}"/>`,
    `  <httpEndpoint id="defaultHttpEndpoint" host="\${vipa.address}" httpPort="${9000 + (server % 500)}" httpsPort="-1"/>`,
    '</server>',
    '',
  ].join('\n');
}

export function syntheticSysplex(stacks: number, linesPerProfile: number, servers: number): SyntheticSysplex {
  const files: Record<string, string> = {};
  const profileOf = (stack: number) => `sys${pad(stack)}/PROFILE.TCPIP`;
  const sharedMember = 'BENCH.TCPPARMS/VIPARNG';
  const serverXmlOf = (server: number) => `liberty/servers/srv${pad(server)}/server.xml`;
  for (let s = 0; s < stacks; s++) files[profileOf(s)] = stackProfile(s, stacks, linesPerProfile);
  files[sharedMember] = sharedRanges();
  for (let v = 0; v < servers; v++) files[serverXmlOf(v)] = serverXml(v);
  return { files, profileOf, sharedMember, serverXmlOf };
}

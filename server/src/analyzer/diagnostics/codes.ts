import type { Severity } from './finding.js';

/**
 * Every diagnostic code the analyzer can emit. Codes are stable: users filter and suppress by them,
 * and README.md documents each one under a heading with the same name (codeDescription links there).
 */
export interface CodeInfo {
  code: string;
  /** The usual severity; a check may use another for a specific case, as its doc says. */
  defaultSeverity: Severity;
  area: 'profile' | 'sysplex' | 'liberty' | 'workspace';
  summary: string;
}

export const CODES = {
  // --- profile syntax ---
  'syntax-error': { defaultSeverity: 'error', area: 'profile', summary: 'The text is not valid profile syntax (bad operand, missing END, unexpected token).' },
  'unknown-statement': { defaultSeverity: 'error', area: 'profile', summary: 'A word at statement position is not a z/OS profile statement (EZZ0324I-style).' },
  'statement-out-of-place': { defaultSeverity: 'error', area: 'profile', summary: 'A statement outside the block it belongs to, e.g. VIPADEFINE outside VIPADYNAMIC or ROUTE outside BEGINROUTES.' },
  'mixed-address-families': { defaultSeverity: 'error', area: 'profile', summary: 'IPv4 and IPv6 addresses mixed in one statement.' },
  'comment-without-blank': { defaultSeverity: 'warning', area: 'profile', summary: 'A value immediately followed by ";" — IBM requires a blank before a comment.' },
  'ignored-after-error': { defaultSeverity: 'information', area: 'profile', summary: 'Statements of a VIPADYNAMIC block after a syntax error, which the stack ignores.' },
  'unresolved-symbol': { defaultSeverity: 'information', area: 'profile', summary: 'A system symbol (&NAME.) with no value in the workspace config; checks skip that value.' },
  'include-not-found': { defaultSeverity: 'information', area: 'profile', summary: 'An INCLUDE whose data set or member is not in the workspace (it may live only on the host).' },
  'include-cycle': { defaultSeverity: 'error', area: 'profile', summary: 'An INCLUDE that leads back to a file already being included.' },
  'sequence-numbers': { defaultSeverity: 'warning', area: 'profile', summary: 'ISPF sequence numbers in columns 73–80, which TCP/IP does not allow: reported once per file and ignored for checking.' },
  // --- VIPA checks on one stack or across the sysplex ---
  'duplicate-vipa': { defaultSeverity: 'error', area: 'sysplex', summary: 'The same VIPA defined twice: in one profile, against a HOME/DYNAMICXCF address (EZZ8307I), or on two stacks.' },
  'no-backup': { defaultSeverity: 'warning', area: 'sysplex', summary: 'A VIPADEFINE DVIPA that no other stack backs up (VIPABACKUP or VIPADEFINE).' },
  'vipadefine-in-range': { defaultSeverity: 'warning', area: 'sysplex', summary: 'A VIPADEFINE/VIPABACKUP address inside a VIPARANGE of the same stack: one address may be used only one way.' },
  'range-overlaps-home': { defaultSeverity: 'warning', area: 'sysplex', summary: 'A VIPARANGE subnet that contains a HOME or static VIPA address of a stack in the sysplex.' },
  'distribute-undefined-dvipa': { defaultSeverity: 'error', area: 'sysplex', summary: 'VIPADISTRIBUTE for a DVIPA that is not defined on that stack by VIPADEFINE or VIPABACKUP.' },
  'hotstandby-rules': { defaultSeverity: 'error', area: 'profile', summary: 'DISTMETHOD HOTSTANDBY needs exactly one PREFERRED and 1–31 BACKUP targets (EZZ0827I, EZZ0829I, EZZ0831I).' },
  'distributor-prerequisites': { defaultSeverity: 'warning', area: 'sysplex', summary: 'VIPADISTRIBUTE on a stack without IPCONFIG SYSPLEXROUTING or DYNAMICXCF.' },
  'loopback-in-vipa': { defaultSeverity: 'error', area: 'profile', summary: '127.0.0.1 in a VIPADYNAMIC statement or HOME list (EZZ0638I, EZZ0344I).' },
  'rank-out-of-range': { defaultSeverity: 'error', area: 'profile', summary: 'A VIPABACKUP rank outside 1–254.' },
  'removed-device-type': { defaultSeverity: 'error', area: 'profile', summary: 'A DEVICE or LINK type that z/OS no longer supports (ATM, CLAW, CDLC, HYPERchannel, SNALINK, X.25, token ring, FDDI ...), with the release that removed it.' },
  // --- takeover and sysplex distributor (the takeover model, analyzer/takeover) ---
  'destip-not-xcf': { defaultSeverity: 'warning', area: 'sysplex', summary: "A VIPADISTRIBUTE DESTIP address that is no stack's DYNAMICXCF address, so no stack is that target." },
  'viparoute-not-xcf': { defaultSeverity: 'warning', area: 'sysplex', summary: "A VIPAROUTE whose first operand is not a target stack's DYNAMICXCF address, so it matches no target." },
  'backup-not-distributing': { defaultSeverity: 'warning', area: 'sysplex', summary: 'A backup of a distributed DVIPA without its own VIPADISTRIBUTE (or SYSPLEXROUTING): after takeover nothing is distributed.' },
  'backup-mismatch': { defaultSeverity: 'warning', area: 'sysplex', summary: "A VIPABACKUP whose mask, MOVEABLE mode or IPv6 interface name differs from the owner's VIPADEFINE." },
  'backup-other-subplex': { defaultSeverity: 'warning', area: 'sysplex', summary: 'A VIPABACKUP on a stack in another TCP/IP subplex (GLOBALCONFIG XCFGRPID) than the owner: it can never take over.' },
  'port-bind-not-covered': { defaultSeverity: 'warning', area: 'sysplex', summary: 'PORT n TCP job BIND a, where no HOME address, DVIPA or VIPARANGE of that stack covers a: the bind fails.' },
  'range-covers-other-dvipa': { defaultSeverity: 'warning', area: 'sysplex', summary: "A VIPARANGE on one stack covering another stack's VIPADEFINE/VIPABACKUP: a bind there first makes that definition fail." },
  // --- Liberty ---
  'bind-not-covered': { defaultSeverity: 'error', area: 'liberty', summary: 'A Liberty endpoint address that cannot be bound on some or all stacks where the server may run.' },
  'bind-all-interfaces': { defaultSeverity: 'information', area: 'liberty', summary: 'host="*" creates no DVIPA; the server is reachable only through addresses already active on the stack.' },
  'bind-loopback': { defaultSeverity: 'information', area: 'liberty', summary: 'The endpoint listens on localhost / 127.0.0.1 and is not reachable from the network.' },
  'san-mismatch': { defaultSeverity: 'warning', area: 'liberty', summary: "The server certificate's Subject Alternative Names do not name the endpoint's VIPA." },
  'certificate-not-checked': { defaultSeverity: 'information', area: 'liberty', summary: 'The server certificate could not be read (SAF key ring, JKS, encoded password): check its Subject Alternative Names by hand.' },
  'host-unresolved': { defaultSeverity: 'information', area: 'liberty', summary: 'A host name with no address in the workspace config, so coverage cannot be checked.' },
  'variable-unresolved': { defaultSeverity: 'information', area: 'liberty', summary: 'A ${variable} with no value in server.xml, includes, bootstrap.properties or server.env.' },
  'liberty-include-not-found': { defaultSeverity: 'warning', area: 'liberty', summary: 'A non-optional <include> whose file is not in the workspace, or an include cycle.' },
  'xml-syntax-error': { defaultSeverity: 'error', area: 'liberty', summary: 'A Liberty configuration file that is not well-formed XML.' },
  'xml-doctype-ignored': { defaultSeverity: 'information', area: 'liberty', summary: 'A DOCTYPE declaration: DTDs and external entities are never read and entities never expanded, so the declaration was ignored.' },
  // --- the workspace itself ---
  'config-error': { defaultSeverity: 'error', area: 'workspace', summary: 'The workspace config file (vipa-check.json) is not valid.' },
  'profile-copy': { defaultSeverity: 'information', area: 'workspace', summary: 'A profile taken as a copy (another version) of a stack profile, so it is not checked as a second stack; says how to choose the other version.' },
  'file-too-large': { defaultSeverity: 'information', area: 'workspace', summary: 'An open file larger than the vipaCheck.maxFileSizeKb setting, which the editor does not analyse, or a Liberty XML file over 512 KB.' },
  'file-not-text': { defaultSeverity: 'warning', area: 'workspace', summary: 'A profile or Liberty file that is not text (EBCDIC from a binary transfer, a binary file, UTF-16 without BOM): not checked.' },
  'outside-workspace': { defaultSeverity: 'information', area: 'workspace', summary: 'An include that points outside the workspace folders, which is not read unless vipaCheck.allowReadsOutsideWorkspace (or --allow-outside) allows it.' },
  'internal-error': { defaultSeverity: 'warning', area: 'workspace', summary: 'A check, the model or a reader failed on this input: its findings are missing, the others are complete.' },
} as const satisfies Record<string, Omit<CodeInfo, 'code'>>;

export type DiagnosticCode = keyof typeof CODES;

export const ALL_CODES = Object.keys(CODES) as DiagnosticCode[];

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.prototype.hasOwnProperty.call(CODES, value);
}

/** README anchor of a code, used for LSP codeDescription links. */
export const CODE_DOCS_BASE = 'https://github.com/zos-vipa/zos-tcpip-vipa/blob/main/README.md#';

/**
 * The seven VIPADYNAMIC sub-statements and their parameter keywords ([VDYN] [VDEF] [VBAK] [VRNG]
 * [VDEL] [VDIST] [VRTE] [VSMP] in ../shared/domain/profile-syntax.md). Minimums follow IBM's
 * mixed-case spelling (VIPADEFine, MOVEable, IMMEDiate, DISTMethod, ...).
 */
import type { KeywordInfo } from './keyword-info.js';
import { DOC } from './doc-urls.js';

function vipaStatement(name: string, minimum: number, meaning: string, syntax: string, parameters: string[], docUrl: string): KeywordInfo {
  return { name, minimum, role: 'vipa-statement', context: ['VIPADYNAMIC'], meaning, syntax, parameters, docUrl };
}

function param(name: string, minimum: number, context: string[], meaning: string, docUrl: string): KeywordInfo {
  return { name, minimum, role: 'parameter', context, meaning, docUrl };
}

const DEF_BAK = ['VIPADEFINE', 'VIPABACKUP'];

export const VIPA_KEYWORDS: readonly KeywordInfo[] = [
  vipaStatement('VIPADEFINE', 7, 'DVIPAs this stack owns initially; other stacks may back them up (VIPABACKUP).',
    'VIPADEFine [TIER1|TIER2 [CPCSCOPE]|CPCSCOPE] { [MOVEable IMMEDiate|MOVEable WHENIDLE] [SERVICEMGR] address_mask ipv4_addr ... | [MOVEable IMMEDiate] ipv6_intfname ipv6_addr[/prefix_len] }',
    ['TIER1', 'TIER2', 'CPCSCOPE', 'MOVEABLE', 'IMMEDIATE', 'WHENIDLE', 'SERVICEMGR'], DOC.vipaDefine),
  vipaStatement('VIPABACKUP', 5, 'DVIPAs this stack takes over when the owning stack fails; rank orders the backups (1-254).',
    'VIPABackup [rank] [TIER1|TIER2 [CPCSCOPE]|CPCSCOPE] { ipv4_addr ... | ipv6_intfname ipv6_addr | MOVEable {IMMEDiate|WHENIDLE} [SERVICEMGR] address_mask ipv4_addr ... | MOVEable IMMEDiate ipv6_intfname ipv6_addr[/prefix_len] }',
    ['TIER1', 'TIER2', 'CPCSCOPE', 'MOVEABLE', 'IMMEDIATE', 'WHENIDLE', 'SERVICEMGR'], DOC.vipaBackup),
  vipaStatement('VIPADELETE', 7, 'Removes DVIPAs defined by an earlier VIPADEFINE or VIPABACKUP.',
    'VIPADELete { ipv4_addr ... | ipv6_intfname }', [], DOC.vipaDelete),
  vipaStatement('VIPADISTRIBUTE', 8, 'Sysplex distributor: spreads connections to a DVIPA (and ports) over target stacks (DESTIP).',
    'VIPADISTribute [DEFINE|DELEte] [DISTMethod method] [OPTLOCAL [n]|NOOPTLOCAL] [SYSPLEXPorts] [TIMEDAFFinity n] ... { ipv4_addr | ipv6_intfname } [PORT num|num-num ...] DESTIP { ALL | dynxcfip [WEIGHT n|PREFERRED|BACKUP [rank]] ... }',
    ['DEFINE', 'DELETE', 'DISTMETHOD', 'BASEWLM', 'ROUNDROBIN', 'SERVERWLM', 'WEIGHTEDACTIVE', 'HOTSTANDBY', 'TARGCONTROLLED', 'OPTLOCAL',
      'NOOPTLOCAL', 'SYSPLEXPORTS', 'TIMEDAFFINITY', 'PROCTYPE', 'CP', 'ZAAP', 'ZIIP', 'PROCXCOST', 'ILWEIGHTING', 'AUTOSWITCHBACK',
      'NOAUTOSWITCHBACK', 'HEALTHSWITCH', 'NOHEALTHSWITCH', 'TIER1', 'TIER2', 'GRE', 'ENCAP', 'CONTROLPORT', 'PORT', 'DESTIP', 'ALL',
      'WEIGHT', 'PREFERRED', 'BACKUP'], DOC.vipaDistribute),
  vipaStatement('VIPARANGE', 5, 'A subnet in which applications may create DVIPAs by bind() or ioctl (DEFINE, default) or its removal (DELETE).',
    'VIPARange [DEFINE|DELEte] { [MOVEable NONDISRUPTive|MOVEable DISRUPTive] address_mask ipv4_addr | [MOVEable NONDISRUPTive] ipv6_intfname ipv6_addr/prefix_len } [SAF resname] [ZCX]',
    ['DEFINE', 'DELETE', 'MOVEABLE', 'NONDISRUPTIVE', 'DISRUPTIVE', 'SAF', 'ZCX'], DOC.vipaRange),
  vipaStatement('VIPAROUTE', 9, 'Route from a distributing stack to a target stack (by its dynamic XCF address) for distributed DVIPA traffic.',
    'VIPAROUTE [DEFINE|DELETE] dynxcf_addr target_addr', ['DEFINE', 'DELETE'], DOC.vipaRoute),
  vipaStatement('VIPASMPARMS', 6, 'Service manager (MNLB) parameters; required when a VIPADEFINE/VIPABACKUP uses SERVICEMGR.',
    'VIPASMparms [SMMCAST ipv4_addr] [SMPORT port] [SMPASSWORD password]', ['SMMCAST', 'SMPORT', 'SMPASSWORD'], DOC.vipaSmParms),

  param('TIER1', 5, [...DEF_BAK, 'VIPADISTRIBUTE'], 'Multi-tier distribution: the DVIPA is a tier-1 address (VIPADISTRIBUTE: followed by the tier group name).', DOC.vipaDefine),
  param('TIER2', 5, [...DEF_BAK, 'VIPADISTRIBUTE'], 'Multi-tier distribution: the DVIPA is a tier-2 address (VIPADISTRIBUTE: followed by the tier group name).', DOC.vipaDefine),
  param('CPCSCOPE', 8, DEF_BAK, 'The DVIPA is only moved to or taken over by stacks in the same CPC.', DOC.vipaDefine),
  param('MOVEABLE', 4, [...DEF_BAK, 'VIPARANGE'], 'How the DVIPA moves between stacks; followed by IMMEDIATE/WHENIDLE or NONDISRUPTIVE/DISRUPTIVE.', DOC.vipaDefine),
  param('IMMEDIATE', 5, DEF_BAK, 'The DVIPA moves back to its owner as soon as the owner is active again; existing connections are kept.', DOC.vipaDefine),
  param('WHENIDLE', 8, DEF_BAK, 'The DVIPA moves back to its owner only when the current stack has no connections using it.', DOC.vipaDefine),
  param('SERVICEMGR', 10, DEF_BAK, 'The DVIPA is advertised to a service manager; needs a VIPASMPARMS statement.', DOC.vipaDefine),
  param('DEFINE', 6, ['VIPARANGE', 'VIPADISTRIBUTE', 'VIPAROUTE'], 'Adds the definition (the default).', DOC.vipaRange),
  param('DELETE', 4, ['VIPARANGE', 'VIPADISTRIBUTE', 'VIPAROUTE'], 'Removes a definition made earlier with the same operands.', DOC.vipaRange),
  param('NONDISRUPTIVE', 9, ['VIPARANGE'], 'A bind on another stack moves the DVIPA there; existing connections are kept (default since V1R10).', DOC.vipaRange),
  param('DISRUPTIVE', 6, ['VIPARANGE'], 'A bind to the same DVIPA on another stack fails while this stack has it.', DOC.vipaRange),
  param('SAF', 3, ['VIPARANGE'], 'Binders need READ access to EZB.BINDDVIPARANGE.sysname.tcpname.resname (SERVAUTH).', DOC.vipaRange),
  param('ZCX', 3, ['VIPARANGE'], 'The range is reserved for z/OS Container Extensions (zCX) instances.', DOC.vipaRange),
  param('DISTMETHOD', 5, ['VIPADISTRIBUTE'], 'How connections are distributed: BASEWLM (default), ROUNDROBIN, SERVERWLM, WEIGHTEDACTIVE, HOTSTANDBY, TARGCONTROLLED.', DOC.vipaDistribute),
  param('BASEWLM', 7, ['VIPADISTRIBUTE'], 'Distribute by WLM system weights (the default method).', DOC.vipaDistribute),
  param('ROUNDROBIN', 10, ['VIPADISTRIBUTE'], 'Distribute to the targets in turn.', DOC.vipaDistribute),
  param('SERVERWLM', 9, ['VIPADISTRIBUTE'], 'Distribute by WLM server-specific weights.', DOC.vipaDistribute),
  param('WEIGHTEDACTIVE', 9, ['VIPADISTRIBUTE'], 'Distribute by the configured WEIGHT of each DESTIP relative to its active connections.', DOC.vipaDistribute),
  param('HOTSTANDBY', 10, ['VIPADISTRIBUTE'], 'All connections go to the PREFERRED target; BACKUP targets take over when it is unavailable.', DOC.vipaDistribute),
  param('TARGCONTROLLED', 14, ['VIPADISTRIBUTE'], 'Tier-1 distribution controlled by the targets (multi-tier).', DOC.vipaDistribute),
  param('OPTLOCAL', 8, ['VIPADISTRIBUTE'], 'Prefer a target on the same system as the client (optional value 0-16 controls how strongly).', DOC.vipaDistribute),
  param('NOOPTLOCAL', 10, ['VIPADISTRIBUTE'], 'Do not favour local targets (the default).', DOC.vipaDistribute),
  param('SYSPLEXPORTS', 8, ['VIPADISTRIBUTE'], 'Ephemeral ports for this DVIPA are assigned sysplex-wide so they are unique.', DOC.vipaDistribute),
  param('TIMEDAFFINITY', 8, ['VIPADISTRIBUTE'], 'Seconds that connections from one client keep going to the same target (0 = none).', DOC.vipaDistribute),
  param('PROCTYPE', 8, ['VIPADISTRIBUTE'], 'BASEWLM weights per processor type: CP n ZAAP n ZIIP n.', DOC.vipaDistribute),
  param('PROCXCOST', 9, ['VIPADISTRIBUTE'], 'SERVERWLM crossover cost of specialty processors: ZAAP n ZIIP n.', DOC.vipaDistribute),
  param('ILWEIGHTING', 11, ['VIPADISTRIBUTE'], 'SERVERWLM importance-level weighting 0-3.', DOC.vipaDistribute),
  param('CP', 2, ['VIPADISTRIBUTE'], 'Weight of general-purpose processors (PROCTYPE).', DOC.vipaDistribute),
  param('ZAAP', 4, ['VIPADISTRIBUTE'], 'Weight or crossover cost of zAAP processors.', DOC.vipaDistribute),
  param('ZIIP', 4, ['VIPADISTRIBUTE'], 'Weight or crossover cost of zIIP processors.', DOC.vipaDistribute),
  param('AUTOSWITCHBACK', 14, ['VIPADISTRIBUTE'], 'HOTSTANDBY: switch back to the PREFERRED target when it is available again (the default).', DOC.vipaDistribute),
  param('NOAUTOSWITCHBACK', 16, ['VIPADISTRIBUTE'], 'HOTSTANDBY: stay on the backup target after the PREFERRED one returns.', DOC.vipaDistribute),
  param('HEALTHSWITCH', 12, ['VIPADISTRIBUTE'], 'HOTSTANDBY: switch targets when the active target is unhealthy (the default).', DOC.vipaDistribute),
  param('NOHEALTHSWITCH', 14, ['VIPADISTRIBUTE'], 'HOTSTANDBY: switch targets only when the active target is unavailable.', DOC.vipaDistribute),
  param('GRE', 3, ['VIPADISTRIBUTE'], 'Tier-1: forward to non-z/OS targets with GRE encapsulation.', DOC.vipaDistribute),
  param('ENCAP', 5, ['VIPADISTRIBUTE'], 'Tier-1: forward to non-z/OS targets with Cisco encapsulation.', DOC.vipaDistribute),
  param('CONTROLPORT', 11, ['VIPADISTRIBUTE'], 'Tier-1: port for load-balancing agents (default 1702).', DOC.vipaDistribute),
  param('PORT', 4, ['VIPADISTRIBUTE'], 'Ports (num or num-num) whose connections are distributed; all ports when omitted.', DOC.vipaDistribute),
  param('DESTIP', 6, ['VIPADISTRIBUTE'], 'Target stacks by dynamic XCF address, or ALL stacks reachable over dynamic XCF.', DOC.vipaDistribute),
  param('ALL', 3, ['VIPADISTRIBUTE'], 'DESTIP ALL: every stack connected by a dynamic XCF interface of the same family is a target.', DOC.vipaDistribute),
  param('WEIGHT', 6, ['VIPADISTRIBUTE'], 'WEIGHTEDACTIVE: the relative weight of this DESTIP.', DOC.vipaDistribute),
  param('PREFERRED', 9, ['VIPADISTRIBUTE'], 'HOTSTANDBY: the target that gets all connections while available (exactly one).', DOC.vipaDistribute),
  param('BACKUP', 6, ['VIPADISTRIBUTE'], 'HOTSTANDBY: a standby target, with an optional rank (at most 31 backups).', DOC.vipaDistribute),
  param('SMMCAST', 7, ['VIPASMPARMS'], 'Multicast group address of the service manager.', DOC.vipaSmParms),
  param('SMPORT', 6, ['VIPASMPARMS'], 'Port of the service manager.', DOC.vipaSmParms),
  param('SMPASSWORD', 10, ['VIPASMPARMS'], 'Password for the service manager connection.', DOC.vipaSmParms),
];

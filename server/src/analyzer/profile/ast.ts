/**
 * The typed AST of a PROFILE.TCPIP file. Every node has a range; model facts point back at them.
 * One file is parsed on its own (INCLUDE members are separate documents) so parses can be cached by
 * document version. System symbols stay unresolved here: one member may be included by two stacks
 * whose symbols differ, so the model resolves them per stack.
 */
import type { Range } from '../base/range.js';
import type { Finding } from '../diagnostics/finding.js';

export type ValueKind =
  | 'keyword' // a word that matched a keyword of the keyword table in this context
  | 'name' // any other word: job, link, device, interface, SAF resource, data set names
  | 'ipv4'
  | 'ipv4-prefix' // a.b.c.d/n
  | 'ipv6'
  | 'ipv6-prefix'
  | 'number' // 123, 64K, 2M
  | 'symbol' // a word that is or contains a system symbol, &NAME or &NAME.
  | 'string' // "quoted"
  | 'other'; // punctuation such as = or *

/** One operand as written. */
export interface Word {
  text: string;
  /** Upper-cased text; keywords and names compare on this. */
  upper: string;
  kind: ValueKind;
  range: Range;
  /** For kind 'keyword': the full keyword name from the keyword table (VIPADEF -> VIPADEFINE). */
  keyword?: string;
  /** For kind 'number': its value with K/M applied. */
  numericValue?: number;
}

/** An address operand (IPv4/IPv6, optional /prefix) or a symbol standing for one. */
export interface AddressValue {
  text: string;
  range: Range;
  /** Undefined while the value is an unresolved system symbol. */
  family?: 4 | 6;
  /** Canonical form: IPv4 dotted decimal, IPv6 as ipaddr.js toString() (RFC 5952). */
  address?: string;
  /** From a/n notation. */
  prefixLength?: number;
  /** Set when the text is or contains a system symbol; the model resolves it per stack. */
  symbol?: boolean;
}

interface NodeBase {
  /** The whole statement, from its keyword to its last operand. */
  range: Range;
  /** The statement keyword as written. */
  keyword: Word;
  /** All operand words after the keyword, in order, whatever the typed fields below took. */
  operands: Word[];
}

export interface VipaDefineStatement extends NodeBase {
  kind: 'VIPADEFINE';
  tier?: 'TIER1' | 'TIER2';
  cpcScope: boolean;
  moveable?: 'IMMEDIATE' | 'WHENIDLE';
  serviceMgr: boolean;
  mask?: AddressValue;
  /** IPv6 form: the DVIPA interface name. */
  interfaceName?: Word;
  addresses: AddressValue[];
}

export interface VipaBackupStatement extends NodeBase {
  kind: 'VIPABACKUP';
  /** 1 when not coded. */
  rank: number;
  rankWord?: Word;
  tier?: 'TIER1' | 'TIER2';
  cpcScope: boolean;
  moveable?: 'IMMEDIATE' | 'WHENIDLE';
  serviceMgr: boolean;
  mask?: AddressValue;
  interfaceName?: Word;
  addresses: AddressValue[];
}

export interface VipaRangeStatement extends NodeBase {
  kind: 'VIPARANGE';
  action: 'DEFINE' | 'DELETE';
  moveable?: 'NONDISRUPTIVE' | 'DISRUPTIVE';
  mask?: AddressValue;
  interfaceName?: Word;
  /** IPv4: with mask; IPv6: with prefixLength. */
  address?: AddressValue;
  saf?: Word;
  zcx: boolean;
}

export interface VipaDeleteStatement extends NodeBase {
  kind: 'VIPADELETE';
  addresses: AddressValue[];
  interfaceName?: Word;
}

export interface PortSpec {
  from: number;
  to: number;
  range: Range;
}

export interface DestinationIp {
  /** Undefined for DESTIP ALL. */
  address?: AddressValue;
  all: boolean;
  weight?: number;
  preferred: boolean;
  backup: boolean;
  backupRank?: number;
  range: Range;
}

export interface VipaDistributeStatement extends NodeBase {
  kind: 'VIPADISTRIBUTE';
  action: 'DEFINE' | 'DELETE';
  /** Full method name (BASEWLM when not coded). */
  distMethod: string;
  distMethodWord?: Word;
  /** Keyword options before the address (OPTLOCAL, SYSPLEXPORTS, TIMEDAFFINITY, NOAUTOSWITCHBACK, ...). */
  options: Word[];
  address?: AddressValue;
  interfaceName?: Word;
  ports: PortSpec[];
  destinations: DestinationIp[];
}

export interface VipaRouteStatement extends NodeBase {
  kind: 'VIPAROUTE';
  action: 'DEFINE' | 'DELETE';
  xcfAddress?: AddressValue;
  targetAddress?: AddressValue;
}

export interface VipaSmParmsStatement extends NodeBase {
  kind: 'VIPASMPARMS';
}

export type VipaSubStatement =
  | VipaDefineStatement
  | VipaBackupStatement
  | VipaRangeStatement
  | VipaDeleteStatement
  | VipaDistributeStatement
  | VipaRouteStatement
  | VipaSmParmsStatement;

export interface VipaDynamicBlock extends NodeBase {
  kind: 'VIPADYNAMIC';
  statements: Statement[];
  /** The ENDVIPADYNAMIC word; undefined when missing (reported at the block start). */
  end?: Word;
  /**
   * Index into `statements` of the first statement the stack ignores because an earlier statement
   * of this block has a syntax error; undefined when the block is clean.
   */
  ignoredFrom?: number;
}

export interface HomeEntry {
  address: AddressValue;
  link?: Word;
  range: Range;
}

export interface HomeStatement extends NodeBase {
  kind: 'HOME';
  entries: HomeEntry[];
}

export interface InterfaceStatement extends NodeBase {
  kind: 'INTERFACE';
  name?: Word;
  /** DEFINE, ADDADDR, DELADDR, DELETE. */
  action?: string;
  /** IPAQENET, IPAQENET6, VIRTUAL, VIRTUAL6, ... */
  interfaceType?: string;
  virtual: boolean;
  /** IPADDR values (IPv4 a/n or IPv6), and ADDADDR addresses. */
  addresses: AddressValue[];
}

export interface DeviceStatement extends NodeBase {
  kind: 'DEVICE';
  name?: Word;
  deviceType?: string;
  virtual: boolean;
}

export interface LinkStatement extends NodeBase {
  kind: 'LINK';
  name?: Word;
  linkType?: string;
  virtual: boolean;
  device?: Word;
}

export interface DynamicXcf {
  address?: AddressValue;
  mask?: AddressValue;
  cost?: Word;
  range: Range;
}

export interface IpConfigStatement extends NodeBase {
  kind: 'IPCONFIG' | 'IPCONFIG6';
  /** Every keyword coded, by full name (DATAGRAMFWD, SYSPLEXROUTING, SOURCEVIPA, ...). */
  options: string[];
  dynamicXcf?: DynamicXcf;
  sysplexRouting: boolean;
}

export interface PortEntry {
  port?: number;
  portWord: Word;
  protocol?: 'TCP' | 'UDP';
  /** Job name, *, OMVS, RESERVED, INTCLIEN. */
  job?: Word;
  unreserved: boolean;
  /** Option keywords by full name (NOAUTOLOG, SHAREPORT, SHAREPORTWLM, ...). */
  options: string[];
  bind?: AddressValue;
  saf?: Word;
  range: Range;
}

export interface PortStatement extends NodeBase {
  kind: 'PORT';
  entries: PortEntry[];
}

export interface PortRangeEntry {
  firstPort?: number;
  count?: number;
  protocol?: 'TCP' | 'UDP';
  job?: Word;
  options: string[];
  saf?: Word;
  range: Range;
}

export interface PortRangeStatement extends NodeBase {
  kind: 'PORTRANGE';
  entries: PortRangeEntry[];
}

export interface IncludeStatement extends NodeBase {
  kind: 'INCLUDE';
  /** The operand as written, e.g. adcd.Z25B.tcpparms(zcxdvipa). */
  target?: Word;
  /** Upper-cased data set name without the member. */
  dataSet?: string;
  /** Upper-cased member name, if any. */
  member?: string;
}

export interface RouteStatement extends NodeBase {
  kind: 'ROUTE';
  destination?: Word;
}

/** BEGINROUTES, AUTOLOG, BSDROUTINGPARMS, NETACCESS, SRCIP, ... : END-terminated blocks. */
export interface BlockStatement extends NodeBase {
  kind: 'BLOCK';
  /** Full name of the opening keyword. */
  name: string;
  /** Statements inside (ROUTE for BEGINROUTES); entry-style blocks keep their entries in operands. */
  statements: Statement[];
  end?: Word;
}

/** A recognised statement that is parsed as keyword + operands (no VIPA meaning). */
export interface GenericStatement extends NodeBase {
  kind: 'GENERIC';
  /** Full keyword name. */
  name: string;
}

/** A word at statement position that is not a statement; operands run to the next statement. */
export interface UnknownStatement extends NodeBase {
  kind: 'UNKNOWN';
}

export type Statement =
  | VipaDynamicBlock
  | VipaSubStatement
  | HomeStatement
  | InterfaceStatement
  | DeviceStatement
  | LinkStatement
  | IpConfigStatement
  | PortStatement
  | PortRangeStatement
  | IncludeStatement
  | RouteStatement
  | BlockStatement
  | GenericStatement
  | UnknownStatement;

/** A lexical token with what the parser learnt about it; hover and highlighting use these. */
export interface ProfileToken extends Word {
  /** The full name of the statement this token belongs to (for parameter-keyword lookup). */
  statement?: string;
}

export interface ProfileDocument {
  uri: string;
  /** Top-level statements in order (VIPA sub-statements live inside their VIPADYNAMIC block). */
  statements: Statement[];
  /** All tokens in order, comments excluded. */
  tokens: ProfileToken[];
  /** Ranges of ';' comments. */
  comments: Range[];
  /** Syntax-level findings: syntax-error, unknown-statement, statement-out-of-place, ... */
  findings: Finding[];
  /** Number of lines, for size statistics. */
  lineCount: number;
}

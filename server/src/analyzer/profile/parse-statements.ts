/**
 * Top-level statements other than blocks: HOME, PORT, PORTRANGE, INCLUDE, DEVICE, LINK, INTERFACE,
 * IPCONFIG/IPCONFIG6 and ROUTE in full; everything else as keyword + operands. Each statement first
 * collects its operands (parse-context.ts decides where the next statement begins, protecting the
 * positions that take names), then reads them in IBM's order.
 */
import type {
  GenericStatement,
  HomeEntry,
  HomeStatement,
  IncludeStatement,
  InterfaceStatement,
  IpConfigStatement,
  PortEntry,
  PortRangeEntry,
  PortRangeStatement,
  PortStatement,
  ProfileToken,
  DeviceStatement,
  LinkStatement,
  RouteStatement,
  Statement,
} from './ast.js';
import { lookupKeyword } from '../keywords/keyword-table.js';
import { OperandReader, checkFamilies, isAddressAttempt, toAddressValue } from './operand-reader.js';
import { spanOf, type ParseContext } from './parse-context.js';

type Protect = (operands: ProfileToken[], next: ProfileToken) => boolean;

function keywordName(token: ProfileToken | undefined, statement: string): string | undefined {
  return token && token.kind !== 'string' ? lookupKeyword(token.text, ['parameter'], statement)?.name : undefined;
}

function isAddressish(token: ProfileToken | undefined): boolean {
  return token !== undefined && (token.kind === 'symbol' || isAddressAttempt(token));
}

/** Positions that take names (so a name that looks like a statement keyword does not end the statement). */
const DEVICE_TYPES_WITH_ADDRESS = new Set(['LCS', 'CTC', 'CLAW', 'HCH', 'CDLC', 'SNAIUCV', 'SNALINK', 'X25NPSI', 'ATM']);
const VALUE_KEYWORDS: Record<string, string[]> = {
  PORT: ['BIND', 'SAF'],
  PORTRANGE: ['SAF'],
  INTERFACE: ['PORTNAME', 'SOURCEVIPAINTERFACE', 'SOURCEVIPAINTFNAME', 'CHPID', 'PNETID', 'IPADDR', 'ADDADDR', 'DELADDR'],
  LINK: [],
};

const PROTECT: Record<string, Protect> = {
  HOME: (operands) => isAddressish(operands[operands.length - 1]),
  PORT: (operands) => {
    const previous = operands[operands.length - 1];
    // Only name positions are protected: the job name after TCP/UDP and the values of BIND and SAF.
    const name = keywordName(previous, 'PORT');
    return name === 'TCP' || name === 'UDP' || name === 'BIND' || name === 'SAF';
  },
  PORTRANGE: (operands) => {
    const previous = operands[operands.length - 1];
    const name = keywordName(previous, 'PORTRANGE');
    return name === 'TCP' || name === 'UDP' || name === 'SAF';
  },
  TRANSLATE: (operands) => {
    for (let back = 1; back <= 3 && back <= operands.length; back++) if (isAddressish(operands[operands.length - back])) return true;
    return false;
  },
  DEVICE: (operands) =>
    operands.length < 2 || (operands.length === 2 && DEVICE_TYPES_WITH_ADDRESS.has(operands[1].upper)),
  LINK: (operands) => operands.length < 3 || (operands.length === 3 && operands[2].kind === 'number'),
  INTERFACE: (operands) => operands.length < 3 || VALUE_KEYWORDS.INTERFACE.includes(keywordName(operands[operands.length - 1], 'INTERFACE') ?? ''),
  DELETE: (operands) => {
    if (operands.length === 0) return true;
    const what = operands[0].upper;
    const wanted = what.startsWith('PORTR') ? 5 : what.startsWith('PORT') ? 4 : 2;
    return operands.length < wanted;
  },
  ROUTE: (operands) => {
    const previous = operands[operands.length - 1];
    if (!previous) return true;
    return isAddressish(previous) || previous.text === '=' || ['DEFAULT', 'HOST'].includes(keywordName(previous, 'ROUTE') ?? '');
  },
};
for (const single of ['START', 'STOP', 'PRIMARYINTERFACE', 'INCLUDE', 'ARPAGE', 'SOMAXCONN']) {
  PROTECT[single] = (operands) => operands.length === 0;
}

function collect(ctx: ParseContext, keyword: ProfileToken, name: string): ProfileToken[] {
  ctx.markKeyword(keyword, name);
  keyword.statement = name;
  ctx.pos++;
  return ctx.collectOperands(name, PROTECT[name] ?? (() => false));
}

function baseOf(keyword: ProfileToken, operands: ProfileToken[]) {
  return { range: spanOf(keyword.range, (operands[operands.length - 1] ?? keyword).range), keyword, operands };
}

/** Parses the statement whose keyword (full name `name`) is at ctx.pos. */
export function parseStatement(ctx: ParseContext, keyword: ProfileToken, name: string): Statement {
  const operands = collect(ctx, keyword, name);
  const base = baseOf(keyword, operands);
  const reader = new OperandReader(ctx, name, keyword, operands);
  switch (name) {
    case 'HOME':
      return readHome(reader, { kind: 'HOME', ...base, entries: [] });
    case 'PORT':
      return readPort(reader, { kind: 'PORT', ...base, entries: [] });
    case 'PORTRANGE':
      return readPortRange(reader, { kind: 'PORTRANGE', ...base, entries: [] });
    case 'INCLUDE':
      return readInclude(reader, { kind: 'INCLUDE', ...base });
    case 'DEVICE':
      return readDevice(reader, { kind: 'DEVICE', ...base, virtual: false });
    case 'LINK':
      return readLink(reader, { kind: 'LINK', ...base, virtual: false });
    case 'INTERFACE':
      return readInterface(reader, { kind: 'INTERFACE', ...base, virtual: false, addresses: [] });
    case 'IPCONFIG':
    case 'IPCONFIG6':
      return readIpConfig(reader, { kind: name, ...base, options: [], sysplexRouting: false });
    case 'ROUTE':
      return readRoute(reader, { kind: 'ROUTE', ...base });
    default:
      return readGeneric(reader, { kind: 'GENERIC', ...base, name });
  }
}

function readGeneric(reader: OperandReader, statement: GenericStatement): GenericStatement {
  for (const token of reader.operands) {
    const name = reader.keywordOf(token);
    if (name) reader.ctx.markKeyword(token, name);
  }
  if (['START', 'STOP', 'PRIMARYINTERFACE', 'SOMAXCONN', 'ARPAGE'].includes(statement.name)) {
    const what = statement.name === 'SOMAXCONN' || statement.name === 'ARPAGE' ? 'a number' : 'a device, link or interface name';
    if (reader.done) reader.expected(what, undefined);
    else if (reader.operands.length > 1) reader.fail(reader.operands[1], `${statement.name}: unexpected '${reader.operands[1].text}' (${statement.name} takes one operand)`);
  }
  if (statement.name === 'DELETE') {
    const what = reader.takeKeyword('DEVICE', 'LINK', 'PORT', 'PORTRANGE');
    if (!what) reader.expected('DEVICE, LINK, PORT or PORTRANGE', reader.peek());
  }
  return statement;
}

function readHome(reader: OperandReader, statement: HomeStatement): HomeStatement {
  // "If a syntax error is encountered in a list of parameters, such as a HOME list, the rest of
  // the entries in the list are ignored" ([SYN] rule 10): entries after an error are not recorded.
  while (!reader.done && !reader.failed) {
    const token = reader.peek()!;
    const value = toAddressValue(token);
    if (value?.family === 6) {
      reader.fail(token, `HOME: expected an IPv4 address or system symbol, found '${token.text}' (IPv6 addresses are defined with INTERFACE)`);
      break;
    }
    const address = reader.address('an IPv4 address or system symbol', 4);
    if (!address) break;
    const link = reader.name('a link name');
    if (!link) break;
    const entry: HomeEntry = { address, link, range: spanOf(address.range, link.range) };
    statement.entries.push(entry);
  }
  return statement;
}

const PORT_OPTIONS = ['NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SHAREPORT', 'SHAREPORTWLM', 'BIND', 'SAF', 'NOSMC', 'SMC'];

function readPort(reader: OperandReader, statement: PortStatement): PortStatement {
  while (!reader.done) {
    const first = reader.peek()!;
    if (reader.keywordOf(first) === 'UNRSV') {
      readUnreservedEntry(reader, statement);
      continue;
    }
    const port = reader.number('a port number', 1, 65535);
    const entry: PortEntry = { portWord: first, unreserved: false, options: [], range: first.range };
    if (!port) {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    entry.port = port.value;
    if (!readProtocol(reader, entry) || !readJob(reader, entry)) {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    if (entry.job && reader.keywordOf(entry.job) !== 'RESERVED') readPortOptions(reader, entry, PORT_OPTIONS);
    entry.range = spanOf(first.range, reader.lastRead.range);
    statement.entries.push(entry);
  }
  return statement;
}

function readUnreservedEntry(reader: OperandReader, statement: PortStatement): void {
  const first = reader.next()!;
  reader.ctx.markKeyword(first, 'UNRSV');
  const entry: PortEntry = { portWord: first, unreserved: true, options: [], range: first.range };
  if (!readProtocol(reader, entry) || !readJob(reader, entry)) {
    skipToNextEntry(reader);
    return;
  }
  readPortOptions(reader, entry, ['DENY', 'SAF', 'WHENLISTEN', 'WHENBIND']);
  entry.range = spanOf(first.range, reader.lastRead.range);
  statement.entries.push(entry);
}

function readProtocol(reader: OperandReader, entry: { protocol?: 'TCP' | 'UDP' }): boolean {
  const protocol = reader.takeKeyword('TCP', 'UDP');
  if (!protocol) {
    reader.expected('TCP or UDP', reader.peek());
    return false;
  }
  entry.protocol = protocol as 'TCP' | 'UDP';
  return true;
}

function readJob(reader: OperandReader, entry: { job?: ProfileToken }): boolean {
  const token = reader.peek();
  if (!token || token.kind === 'string') {
    reader.expected('a job name, *, OMVS or RESERVED', token);
    return false;
  }
  const special = reader.keywordOf(token);
  if (special === 'RESERVED' || special === 'AUTHPORT') reader.ctx.markKeyword(token, special);
  reader.index++;
  entry.job = token;
  return true;
}

function readPortOptions(reader: OperandReader, entry: { options: string[]; bind?: PortEntry['bind']; saf?: ProfileToken }, allowed: string[]): void {
  for (;;) {
    const option = reader.takeKeyword(...allowed);
    if (!option) return;
    if (option === 'BIND') {
      const address = reader.address('an IP address or system symbol after BIND');
      if (address) entry.bind = address;
      else return;
    } else if (option === 'SAF') {
      const saf = reader.name('a SAF resource name after SAF');
      if (saf) entry.saf = saf;
      else return;
    } else {
      entry.options.push(option);
    }
  }
}

/**
 * After a bad PORT/PORTRANGE entry: reports it once (already done) and resumes at the next word
 * that starts an entry (a port number or UNRSV). Returns false at the end of the statement.
 */
function skipToNextEntry(reader: OperandReader): boolean {
  if (!reader.failed) reader.rejectRest('');
  while (!reader.done) {
    const token = reader.peek()!;
    if (token.kind === 'number' || reader.keywordOf(token) === 'UNRSV') return true;
    reader.index++;
  }
  return false;
}

const PORTRANGE_OPTIONS = ['NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SAF', 'NOSMC', 'SMC'];

function readPortRange(reader: OperandReader, statement: PortRangeStatement): PortRangeStatement {
  while (!reader.done) {
    const first = reader.peek()!;
    const entry: PortRangeEntry = { options: [], range: first.range };
    const start = reader.number('the first port of the range', 1, 65535);
    const count = start ? reader.number('the number of ports', 1, 65535) : undefined;
    if (!start || !count || !readProtocol(reader, entry) || !readJob(reader, entry)) {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    entry.firstPort = start.value;
    entry.count = count.value;
    const job = reader.keywordOf(entry.job);
    if (job !== 'RESERVED' && job !== 'AUTHPORT') readPortOptions(reader, entry, PORTRANGE_OPTIONS);
    entry.range = spanOf(first.range, reader.lastRead.range);
    statement.entries.push(entry);
  }
  return statement;
}

const DATA_SET = /^'?([^'()]+)(?:\(([^()']+)\))?'?$/;

function readInclude(reader: OperandReader, statement: IncludeStatement): IncludeStatement {
  const target = reader.next();
  if (!target || target.kind === 'string') {
    reader.expected('a data set name, or data_set_name(member)', target);
    return statement;
  }
  statement.target = target;
  if (target.text.startsWith('/')) {
    statement.dataSet = target.text; // a z/OS UNIX path is case-sensitive
  } else {
    const match = DATA_SET.exec(target.text);
    if (!match) reader.fail(target, `INCLUDE: expected a data set name, or data_set_name(member), found '${target.text}'`);
    else {
      statement.dataSet = match[1].toUpperCase();
      if (match[2]) statement.member = match[2].toUpperCase();
    }
  }
  if (!reader.done) reader.rejectRest('INCLUDE takes one data set name');
  return statement;
}

function readDevice(reader: OperandReader, statement: DeviceStatement): DeviceStatement {
  const name = reader.name('a device name');
  if (!name) return statement;
  statement.name = name;
  const type = reader.next();
  if (!type) {
    reader.expected('a device type (MPCIPA, MPCPTP, VIRTUAL, ...)', undefined);
    return statement;
  }
  const typeName = reader.keywordOf(type) ?? type.upper;
  if (reader.keywordOf(type)) reader.ctx.markKeyword(type, typeName);
  statement.deviceType = typeName;
  statement.virtual = typeName === 'VIRTUAL';
  markRemainingKeywords(reader);
  return statement;
}

function readLink(reader: OperandReader, statement: LinkStatement): LinkStatement {
  const name = reader.name('a link name');
  if (!name) return statement;
  statement.name = name;
  const type = reader.next();
  if (!type) {
    reader.expected('a link type (IPAQENET, MPCPTP, VIRTUAL, ...)', undefined);
    return statement;
  }
  const typeName = reader.keywordOf(type) ?? type.upper;
  if (reader.keywordOf(type)) reader.ctx.markKeyword(type, typeName);
  statement.linkType = typeName;
  statement.virtual = typeName === 'VIRTUAL';
  // VIRTUAL and LAN types have a number (0, link number) before the device name.
  if (reader.peek()?.kind === 'number') reader.index++;
  const device = reader.name('the name of the device (from a DEVICE statement)');
  if (device) statement.device = device;
  markRemainingKeywords(reader);
  return statement;
}

function markRemainingKeywords(reader: OperandReader): void {
  for (; !reader.done; reader.index++) {
    const token = reader.peek()!;
    const name = reader.keywordOf(token);
    if (name) reader.ctx.markKeyword(token, name);
  }
}

const INTERFACE_ACTIONS = ['DEFINE', 'ADDADDR', 'DELADDR', 'DELETE'];
const IPV6_INTERFACE_TYPES = new Set(['IPAQENET6', 'IPAQIDIO6', 'IPAQIQDX6', 'VIRTUAL6']);

function readInterface(reader: OperandReader, statement: InterfaceStatement): InterfaceStatement {
  const name = reader.name('an interface name');
  if (!name) return statement;
  statement.name = name;
  const action = reader.takeKeyword(...INTERFACE_ACTIONS);
  if (!action) {
    reader.expected('DEFINE, ADDADDR, DELADDR or DELETE', reader.peek());
    return statement;
  }
  statement.action = action;
  let family: 4 | 6 | undefined;
  if (action === 'DEFINE') {
    const type = reader.next();
    if (!type) {
      reader.expected('an interface type (IPAQENET, IPAQIDIO, VIRTUAL, VIRTUAL6, ...)', undefined);
      return statement;
    }
    const typeName = reader.keywordOf(type) ?? type.upper;
    if (reader.keywordOf(type)) reader.ctx.markKeyword(type, typeName);
    statement.interfaceType = typeName;
    statement.virtual = typeName === 'VIRTUAL' || typeName === 'VIRTUAL6';
    family = IPV6_INTERFACE_TYPES.has(typeName) ? 6 : 4;
  } else if (action === 'ADDADDR' || action === 'DELADDR') {
    readInterfaceAddresses(reader, statement, undefined, `an IP address after ${action}`);
  }
  while (!reader.done && !reader.failed) {
    const token = reader.peek()!;
    const keyword = reader.keywordOf(token);
    reader.index++;
    if (!keyword) continue;
    reader.ctx.markKeyword(token, keyword);
    if (keyword === 'IPADDR') readInterfaceAddresses(reader, statement, family, family === 6 ? 'an IPv6 address or system symbol' : 'an IPv4 address (a.b.c.d or a.b.c.d/n) or system symbol');
    else if (VALUE_KEYWORDS.INTERFACE.includes(keyword) && !reader.done) reader.index++;
  }
  checkFamilies(reader.ctx, 'INTERFACE', statement.addresses);
  return statement;
}

function readInterfaceAddresses(reader: OperandReader, statement: InterfaceStatement, family: 4 | 6 | undefined, what: string): void {
  const first = reader.address(what, family, { prefix: 'allowed' });
  if (!first) return;
  statement.addresses.push(first);
  // IPv6 interfaces take several addresses; IPv4 exactly one.
  // (an IPv4 address among them is kept so that the family check reports the mix).
  while (family !== 4 && reader.nextIsAddress()) statement.addresses.push(reader.address(what, undefined, { prefix: 'allowed' })!);
}

/** IPCONFIG parameters that take values ("specify the parameters in any order"). */
const IPCONFIG_NUMBER_OPTIONS = new Set(['ARPTO', 'DEVRETRYDURATION', 'REASSEMBLYTIMEOUT', 'TTL', 'HOPLIMIT', 'ICMPERRORLIMIT', 'QDIOPRIORITY', 'PREFLIFETIME', 'VALIDLIFETIME', 'SECCLASS', 'OSMSECCLASS']);

function readIpConfig(reader: OperandReader, statement: IpConfigStatement): IpConfigStatement {
  const v6 = statement.kind === 'IPCONFIG6';
  while (!reader.done && !reader.failed) {
    const token = reader.peek()!;
    const keyword = reader.keywordOf(token);
    if (!keyword) {
      reader.fail(token, `${statement.kind}: '${token.text}' is not an ${statement.kind} parameter`);
      break;
    }
    reader.ctx.markKeyword(token, keyword);
    reader.index++;
    statement.options.push(keyword);
    if (keyword === 'SYSPLEXROUTING') statement.sysplexRouting = true;
    else if (keyword === 'NOSYSPLEXROUTING') statement.sysplexRouting = false;
    else if (keyword === 'DYNAMICXCF') readDynamicXcf(reader, statement, v6, token);
    else if (IPCONFIG_NUMBER_OPTIONS.has(keyword)) reader.number(`a number after ${keyword}`);
    else if (keyword === 'TCPSTACKSOURCEVIPA') {
      if (v6) reader.name('an IPv6 VIPA interface name');
      else reader.address('an IPv4 VIPA address or system symbol', 4);
    } else if (keyword === 'INTFID') reader.next();
    else if (keyword === 'FORMAT') reader.takeKeyword('LONG', 'SHORT') ?? reader.expected('LONG or SHORT', reader.peek());
    else if (keyword === 'ECHOREPLY') reader.next();
  }
  return statement;
}

function readDynamicXcf(reader: OperandReader, statement: IpConfigStatement, v6: boolean, keyword: ProfileToken): void {
  const xcf: NonNullable<IpConfigStatement['dynamicXcf']> = { range: keyword.range };
  statement.dynamicXcf = xcf;
  if (v6) {
    const address = reader.address('an IPv6 address or system symbol', 6, { prefix: 'forbidden' });
    if (address) xcf.address = address;
  } else {
    const address = reader.address('an IPv4 address (with a subnet mask or /n) or system symbol', 4, { prefix: 'allowed' });
    if (!address) return;
    xcf.address = address;
    if (address.prefixLength === undefined) {
      const mask = reader.mask('a subnet mask such as 255.255.255.0');
      if (!mask) return;
      xcf.mask = mask;
    }
    const cost = reader.peek();
    if (!cost || (cost.kind !== 'number' && cost.kind !== 'symbol')) {
      reader.expected('a cost metric (a number)', cost);
      return;
    }
    xcf.cost = cost;
    reader.index++;
  }
  xcf.range = spanOf(keyword.range, reader.lastRead.range);
}

function readRoute(reader: OperandReader, statement: RouteStatement): RouteStatement {
  const destination = reader.peek();
  if (!destination) {
    reader.expected('a destination (address, address/prefix_len or DEFAULT)', undefined);
    return statement;
  }
  statement.destination = destination;
  const name = reader.keywordOf(destination);
  if (name === 'DEFAULT') reader.ctx.markKeyword(destination, name);
  else if (!toAddressValue(destination)) {
    reader.expected('a destination (address, address/prefix_len or DEFAULT)', destination);
    return statement;
  }
  reader.index++;
  markRemainingKeywords(reader);
  return statement;
}

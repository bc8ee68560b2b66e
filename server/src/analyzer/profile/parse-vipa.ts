/**
 * The seven VIPADYNAMIC sub-statements, read in IBM's parameter order ([VDEF] [VBAK] [VRNG] [VDEL]
 * [VDIST] [VRTE] [VSMP] in ../shared/domain/profile-syntax.md).
 */
import type {
  AddressValue,
  DestinationIp,
  PortSpec,
  ProfileToken,
  VipaBackupStatement,
  VipaDefineStatement,
  VipaDeleteStatement,
  VipaDistributeStatement,
  VipaRangeStatement,
  VipaRouteStatement,
  VipaSmParmsStatement,
  VipaSubStatement,
} from './ast.js';
import { lookupKeyword } from '../keywords/keyword-table.js';
import { OperandReader, checkFamilies, isAddressAttempt, toAddressValue } from './operand-reader.js';
import { spanOf, type ParseContext } from './parse-context.js';

type Protect = (operands: ProfileToken[], next: ProfileToken) => boolean;

function previousIs(statement: string, names: string[]): Protect {
  return (operands) => {
    if (operands.length === 0) return true;
    const previous = operands[operands.length - 1];
    if (previous.kind === 'number') return true;
    const name = lookupKeyword(previous.text, ['parameter'], statement)?.name;
    return name !== undefined && names.includes(name);
  };
}

const PROTECT: Record<string, Protect> = {
  VIPADEFINE: previousIs('VIPADEFINE', ['IMMEDIATE', 'WHENIDLE', 'SERVICEMGR', 'CPCSCOPE', 'TIER1', 'TIER2']),
  VIPABACKUP: previousIs('VIPABACKUP', ['IMMEDIATE', 'WHENIDLE', 'SERVICEMGR', 'CPCSCOPE', 'TIER1', 'TIER2']),
  VIPADELETE: (operands) => operands.length === 0,
  VIPARANGE: previousIs('VIPARANGE', ['DEFINE', 'DELETE', 'NONDISRUPTIVE', 'DISRUPTIVE', 'SAF']),
  VIPADISTRIBUTE: (operands) => {
    const previous = operands[operands.length - 1];
    const name = previous && lookupKeyword(previous.text, ['parameter'], 'VIPADISTRIBUTE')?.name;
    return name === 'TIER1' || name === 'TIER2' || name === 'DISTMETHOD';
  },
  VIPAROUTE: () => false,
  VIPASMPARMS: () => false,
};

export function parseVipaStatement(ctx: ParseContext, keyword: ProfileToken, name: string): VipaSubStatement {
  ctx.markKeyword(keyword, name);
  keyword.statement = name;
  ctx.pos++;
  const operands = ctx.collectOperands(name, PROTECT[name] ?? (() => false));
  const reader = new OperandReader(ctx, name, keyword, operands);
  const range = spanOf(keyword.range, (operands[operands.length - 1] ?? keyword).range);
  const base = { range, keyword, operands };
  switch (name) {
    case 'VIPADEFINE':
      return { kind: 'VIPADEFINE', ...base, ...readDefineOrBackup(reader, false) };
    case 'VIPABACKUP': {
      const rankToken = reader.peek()?.kind === 'number' ? reader.next() : undefined;
      const rest = readDefineOrBackup(reader, true);
      const statement: VipaBackupStatement = { kind: 'VIPABACKUP', ...base, rank: rankToken?.numericValue ?? 1, ...rest };
      if (rankToken) statement.rankWord = rankToken;
      return statement;
    }
    case 'VIPARANGE':
      return readRange(reader, base);
    case 'VIPADELETE':
      return readDelete(reader, base);
    case 'VIPADISTRIBUTE':
      return readDistribute(reader, base);
    case 'VIPAROUTE':
      return readRoute(reader, base);
    default: {
      const statement: VipaSmParmsStatement = { kind: 'VIPASMPARMS', ...base };
      readSmParms(reader);
      return statement;
    }
  }
}

type DefineFields = Omit<VipaDefineStatement, 'kind' | 'range' | 'keyword' | 'operands'>;

/** VIPADEFINE and VIPABACKUP after the rank: tier, MOVEABLE, SERVICEMGR, then the IPv4 or IPv6 form. */
function readDefineOrBackup(reader: OperandReader, backup: boolean): DefineFields {
  const fields: DefineFields = { cpcScope: false, serviceMgr: false, addresses: [] };
  for (;;) {
    const tier = reader.takeKeyword('TIER1', 'TIER2');
    if (tier) {
      fields.tier = tier as 'TIER1' | 'TIER2';
      continue;
    }
    if (reader.takeKeyword('CPCSCOPE')) {
      fields.cpcScope = true;
      continue;
    }
    break;
  }
  if (reader.takeKeyword('MOVEABLE')) {
    const how = reader.takeKeyword('IMMEDIATE', 'WHENIDLE');
    if (how) fields.moveable = how as 'IMMEDIATE' | 'WHENIDLE';
    else reader.expected('IMMEDIATE or WHENIDLE after MOVEABLE', reader.peek());
  }
  if (reader.takeKeyword('SERVICEMGR')) fields.serviceMgr = true;
  if (reader.failed) return fields;

  const first = reader.peek();
  if (!first) {
    reader.expected(backup ? 'an IPv4 address, an address mask or an IPv6 interface name' : 'an address mask or an IPv6 interface name', undefined);
    return fields;
  }
  const firstValue = toAddressValue(first);
  if (firstValue?.family === 6) {
    reader.expected('an IPv6 interface name before the IPv6 address', first);
    return fields;
  }
  if (firstValue || isAddressAttempt(first)) {
    // IPv4 form. VIPADEFINE always has a mask; VIPABACKUP has one with MOVEABLE. A VIPABACKUP
    // without MOVEABLE whose first operand is a contiguous mask followed by more addresses is read
    // as mask too, so the model never takes 255.255.255.0 for a DVIPA.
    const secondIsAddress = toAddressValue(reader.peek(1) ?? first) !== undefined && reader.peek(1) !== undefined;
    const wantsMask = !backup || fields.moveable !== undefined || (firstValue?.family === 4 && isMaskLike(first.text) && secondIsAddress);
    if (wantsMask) {
      const mask = reader.mask();
      if (!mask) return fields;
      fields.mask = mask;
    }
    if (!reader.nextIsAddress()) {
      reader.expected('an IPv4 address or system symbol', reader.peek());
      return fields;
    }
    readAddressList(reader, fields.addresses);
    checkFamilies(reader.ctx, reader.statement, fields.addresses);
    return fields;
  }
  // IPv6 form: interface name, then one IPv6 address (optionally with /prefix_len).
  const interfaceName = reader.name('an IPv6 interface name');
  if (!interfaceName) return fields;
  fields.interfaceName = interfaceName;
  const address = reader.address('an IPv6 address or system symbol', 6, { prefix: 'allowed' });
  if (address) fields.addresses.push(address);
  if (!reader.done) reader.rejectRest('only one IPv6 address may follow the interface name');
  return fields;
}

function isMaskLike(text: string): boolean {
  return /^255\./.test(text) || text === '0.0.0.0';
}

/** IPv4 addresses (or symbols) up to the end of the statement; the first non-address is an error. */
function readAddressList(reader: OperandReader, into: AddressValue[]): void {
  while (!reader.done) {
    const address = reader.address('an IPv4 address or system symbol', 4);
    if (!address) {
      reader.index = reader.operands.length;
      return;
    }
    into.push(address);
  }
}

function readRange(reader: OperandReader, base: Pick<VipaRangeStatement, 'range' | 'keyword' | 'operands'>): VipaRangeStatement {
  const statement: VipaRangeStatement = { kind: 'VIPARANGE', ...base, action: 'DEFINE', zcx: false };
  const action = reader.takeKeyword('DEFINE', 'DELETE');
  if (action) statement.action = action as 'DEFINE' | 'DELETE';
  if (reader.takeKeyword('MOVEABLE')) {
    const how = reader.takeKeyword('NONDISRUPTIVE', 'DISRUPTIVE');
    if (how) statement.moveable = how as 'NONDISRUPTIVE' | 'DISRUPTIVE';
    else reader.expected('NONDISRUPTIVE or DISRUPTIVE after MOVEABLE', reader.peek());
  }
  if (reader.failed) return statement;
  const first = reader.peek();
  const firstValue = first ? toAddressValue(first) : undefined;
  if (!first) {
    reader.expected('an address mask or an IPv6 interface name', undefined);
  } else if (firstValue?.family === 6) {
    reader.expected('an IPv6 interface name before the IPv6 address', first);
  } else if (firstValue || isAddressAttempt(first)) {
    const mask = reader.mask();
    if (mask) {
      statement.mask = mask;
      const address = reader.address('an IPv4 address or system symbol', 4);
      if (address) statement.address = address;
    }
  } else {
    const interfaceName = reader.name('an IPv6 interface name');
    if (interfaceName) {
      statement.interfaceName = interfaceName;
      const address = reader.address('an IPv6 address/prefix_len or system symbol', 6, { prefix: 'required' });
      if (address) statement.address = address;
    }
  }
  if (reader.failed) return statement;
  if (reader.takeKeyword('SAF')) {
    const saf = reader.name('a SAF resource name after SAF');
    if (saf) statement.saf = saf;
  }
  if (reader.takeKeyword('ZCX')) statement.zcx = true;
  if (!reader.done) reader.rejectRest('');
  checkFamilies(reader.ctx, 'VIPARANGE', [statement.address]);
  return statement;
}

function readDelete(reader: OperandReader, base: Pick<VipaDeleteStatement, 'range' | 'keyword' | 'operands'>): VipaDeleteStatement {
  const statement: VipaDeleteStatement = { kind: 'VIPADELETE', ...base, addresses: [] };
  const first = reader.peek();
  if (!first) {
    reader.expected('an IPv4 address or an IPv6 interface name', undefined);
  } else if (toAddressValue(first) || isAddressAttempt(first)) {
    readAddressList(reader, statement.addresses);
  } else {
    const interfaceName = reader.name('an IPv6 interface name');
    if (interfaceName) statement.interfaceName = interfaceName;
    if (!reader.done) reader.rejectRest('only one interface name can be specified');
  }
  return statement;
}

/** Options of VIPADISTRIBUTE that come before the address, in any order ([VDIST] rule). */
const DISTRIBUTE_OPTIONS_WITH_NUMBER = new Set(['TIMEDAFFINITY', 'CONTROLPORT', 'ILWEIGHTING']);
const DISTRIBUTE_FLAGS = new Set(['SYSPLEXPORTS', 'NOOPTLOCAL', 'AUTOSWITCHBACK', 'NOAUTOSWITCHBACK', 'HEALTHSWITCH', 'NOHEALTHSWITCH', 'GRE', 'ENCAP']);
const DIST_METHODS = ['BASEWLM', 'ROUNDROBIN', 'SERVERWLM', 'WEIGHTEDACTIVE', 'HOTSTANDBY', 'TARGCONTROLLED'];

function readDistribute(reader: OperandReader, base: Pick<VipaDistributeStatement, 'range' | 'keyword' | 'operands'>): VipaDistributeStatement {
  const statement: VipaDistributeStatement = {
    kind: 'VIPADISTRIBUTE',
    ...base,
    action: 'DEFINE',
    distMethod: 'BASEWLM',
    options: [],
    ports: [],
    destinations: [],
  };
  readDistributeOptions(reader, statement);
  if (reader.failed) return statement;

  const target = reader.peek();
  if (!target || reader.keywordOf(target) === 'PORT' || reader.keywordOf(target) === 'DESTIP') {
    reader.expected('an IPv4 address or an IPv6 interface name', target);
    return statement;
  }
  if (toAddressValue(target) || isAddressAttempt(target)) {
    const address = reader.address('an IPv4 address or system symbol', 4);
    if (!address) return statement;
    statement.address = address;
  } else {
    const interfaceName = reader.name('an IPv6 interface name');
    if (!interfaceName) return statement;
    statement.interfaceName = interfaceName;
  }

  if (reader.takeKeyword('PORT')) readPortList(reader, statement.ports);
  if (reader.failed) return statement;
  if (!reader.takeKeyword('DESTIP')) {
    reader.expected(statement.ports.length > 0 ? 'a port number or DESTIP' : 'PORT or DESTIP', reader.peek());
    return statement;
  }
  readDestinations(reader, statement);
  const family = statement.interfaceName ? 6 : undefined;
  checkFamilies(reader.ctx, 'VIPADISTRIBUTE', [
    family === 6 ? { text: statement.interfaceName!.text, range: statement.interfaceName!.range, family: 6 } : statement.address,
    ...statement.destinations.map((d) => d.address),
  ]);
  return statement;
}

function readDistributeOptions(reader: OperandReader, statement: VipaDistributeStatement): void {
  for (;;) {
    const token = reader.peek();
    const name = reader.keywordOf(token);
    if (!token || !name || name === 'PORT' || name === 'DESTIP' || name === 'ALL') return;
    if (name === 'DEFINE' || name === 'DELETE') {
      reader.ctx.markKeyword(token, name);
      reader.index++;
      statement.action = name;
      continue;
    }
    if (name === 'DISTMETHOD') {
      reader.ctx.markKeyword(token, name);
      reader.index++;
      const method = reader.takeKeyword(...DIST_METHODS);
      if (!method) {
        reader.expected(`a distribution method (${DIST_METHODS.join(', ')})`, reader.peek());
        return;
      }
      statement.distMethod = method;
      statement.distMethodWord = reader.operands[reader.index - 1];
      continue;
    }
    reader.ctx.markKeyword(token, name);
    reader.index++;
    statement.options.push(token);
    if (DISTRIBUTE_FLAGS.has(name)) continue;
    if (name === 'OPTLOCAL') {
      if (reader.peek()?.kind === 'number') reader.index++;
    } else if (DISTRIBUTE_OPTIONS_WITH_NUMBER.has(name)) {
      reader.number(`a number after ${name}`);
    } else if (name === 'TIER1' || name === 'TIER2') {
      if (reader.peek() && !reader.keywordOf(reader.peek()) && !isAddressAttempt(reader.peek())) reader.index++;
    } else if (name === 'PROCTYPE' || name === 'PROCXCOST') {
      while (reader.takeKeyword('CP', 'ZAAP', 'ZIIP')) reader.number('a weight');
    } else if (name !== 'CP' && name !== 'ZAAP' && name !== 'ZIIP') {
      reader.fail(token, `VIPADISTRIBUTE: ${name} is not valid before the address`);
      return;
    }
  }
}

const PORT_RANGE = /^(\d+)-(\d+)$/;

function readPortList(reader: OperandReader, ports: PortSpec[]): void {
  while (!reader.done) {
    const token = reader.peek()!;
    const single = token.kind === 'number' && !/[KM]$/i.test(token.text) ? Number(token.text) : undefined;
    const pair = PORT_RANGE.exec(token.text);
    if (single === undefined && !pair && token.kind !== 'symbol') {
      if (ports.length === 0) reader.expected('a port number or range (num-num)', token);
      return;
    }
    reader.index++;
    if (token.kind === 'symbol') continue;
    const from = single ?? Number(pair![1]);
    const to = single ?? Number(pair![2]);
    if (from < 1 || to > 65535 || from > to) {
      reader.fail(token, `VIPADISTRIBUTE: port must be 1-65535 (a range low-high), found '${token.text}'`);
      return;
    }
    ports.push({ from, to, range: token.range });
  }
}

function readDestinations(reader: OperandReader, statement: VipaDistributeStatement): void {
  if (reader.peek() && reader.keywordOf(reader.peek()) === 'ALL') {
    const all = reader.next()!;
    reader.ctx.markKeyword(all, 'ALL');
    statement.destinations.push({ all: true, preferred: false, backup: false, range: all.range });
    if (!reader.done) reader.rejectRest('DESTIP ALL takes no addresses');
    return;
  }
  if (reader.done) {
    reader.expected('ALL or a dynamic XCF address', undefined);
    return;
  }
  while (!reader.done) {
    const address = reader.address('a dynamic XCF address (IPv4, IPv6) or system symbol');
    if (!address) return;
    const destination: DestinationIp = { address, all: false, preferred: false, backup: false, range: address.range };
    for (;;) {
      const option = reader.takeKeyword('WEIGHT', 'PREFERRED', 'BACKUP');
      if (!option) break;
      const optionToken = reader.operands[reader.index - 1];
      destination.range = spanOf(destination.range, optionToken.range);
      if (option === 'PREFERRED') destination.preferred = true;
      else if (option === 'BACKUP') {
        destination.backup = true;
        if (reader.peek()?.kind === 'number') {
          const rank = reader.next()!;
          destination.backupRank = rank.numericValue;
          destination.range = spanOf(destination.range, rank.range);
        }
      } else {
        const weight = reader.number('a weight after WEIGHT');
        if (!weight) return;
        destination.weight = weight.value;
        destination.range = spanOf(destination.range, weight.token.range);
      }
    }
    statement.destinations.push(destination);
  }
}

function readRoute(reader: OperandReader, base: Pick<VipaRouteStatement, 'range' | 'keyword' | 'operands'>): VipaRouteStatement {
  const statement: VipaRouteStatement = { kind: 'VIPAROUTE', ...base, action: 'DEFINE' };
  const action = reader.takeKeyword('DEFINE', 'DELETE');
  if (action) statement.action = action as 'DEFINE' | 'DELETE';
  const xcf = reader.address('a dynamic XCF address or system symbol');
  if (!xcf) return statement;
  statement.xcfAddress = xcf;
  const target = reader.address('a target IP address or system symbol');
  if (!target) return statement;
  statement.targetAddress = target;
  if (!reader.done) reader.rejectRest('');
  checkFamilies(reader.ctx, 'VIPAROUTE', [xcf, target]);
  return statement;
}

function readSmParms(reader: OperandReader): void {
  while (!reader.done) {
    const option = reader.takeKeyword('SMMCAST', 'SMPORT', 'SMPASSWORD');
    if (!option) {
      reader.expected('SMMCAST, SMPORT or SMPASSWORD', reader.peek());
      return;
    }
    if (option === 'SMMCAST') reader.address('a multicast IPv4 address', 4);
    else if (option === 'SMPORT') reader.number('a port number', 1, 65535);
    else reader.name('a password');
  }
}

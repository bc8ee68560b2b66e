/**
 * VIPADISTRIBUTE ([VDIST]; V2R4 diagram
 * https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/vdyvipadistributestatement.htm:
 * "Specify the parameters in the order shown here, except for the optional parameters preceding
 * the IPv4 address or IPv6 interface name, which can be specified in any order").
 * Strict where the shape is certain: the DVIPA (address or IPv6 interface name), PORT numbers,
 * DESTIP ALL or addresses with WEIGHT n / PREFERRED / BACKUP [rank]. The options before the address
 * were not all confirmed (the retrieved diagram is cut after OPTLOCAL), so a word there that we do
 * not know is accepted as written, unless it is where the IPv6 interface name stands (just before
 * PORT or DESTIP).
 */
import type { DestinationIp, PortSpec, VipaDistributeStatement } from './ast.js';
import { OperandReader, checkFamilies, isAddressAttempt, toAddressValue } from './operand-reader.js';
import { spanOf } from './parse-context.js';

/** Options of VIPADISTRIBUTE that come before the address, in any order ([VDIST] rule). */
const DISTRIBUTE_OPTIONS_WITH_NUMBER = new Set(['TIMEDAFFINITY', 'CONTROLPORT', 'ILWEIGHTING']);
const DISTRIBUTE_FLAGS = new Set(['SYSPLEXPORTS', 'NOOPTLOCAL', 'AUTOSWITCHBACK', 'NOAUTOSWITCHBACK', 'HEALTHSWITCH', 'NOHEALTHSWITCH', 'GRE', 'ENCAP']);
const DIST_METHODS = ['BASEWLM', 'ROUNDROBIN', 'SERVERWLM', 'WEIGHTEDACTIVE', 'HOTSTANDBY', 'TARGCONTROLLED'];

export function readDistribute(reader: OperandReader, base: Pick<VipaDistributeStatement, 'range' | 'keyword' | 'operands'>): VipaDistributeStatement {
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
    if (token && !name && isUnknownOption(reader)) {
      reader.index++; // an option we do not know (see the file comment)
      continue;
    }
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

/**
 * True when the word at the cursor is an unknown option rather than the DVIPA: not an address,
 * and what follows is neither PORT/DESTIP (then it is the IPv6 interface name) nor the end.
 */
function isUnknownOption(reader: OperandReader): boolean {
  const token = reader.peek()!;
  if (token.kind === 'string' || toAddressValue(token) || isAddressAttempt(token)) return false;
  const next = reader.peek(1);
  if (!next) return false;
  const nextName = reader.keywordOf(next);
  return nextName !== 'PORT' && nextName !== 'DESTIP';
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

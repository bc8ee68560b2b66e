/**
 * VIPARANGE (strict: [VRNG] V2R1/V2R3, DELEte from
 * https://ibm.com/docs/en/SSLTBW_2.3.0/com.ibm.zos.v2r3.halz001/vdyviparangestatement.htm), and
 * VIPAROUTE and VIPASMPARMS, whose syntax diagrams were not retrieved: for them only what the
 * descriptions make certain is checked (VIPAROUTE: a dynamic XCF address and a target address;
 * https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyviparoutestatement.htm),
 * and other words are accepted as written.
 */
import type { VipaRangeStatement, VipaRouteStatement } from './ast.js';
import { OperandReader, checkFamilies, isAddressAttempt, toAddressValue } from './operand-reader.js';

export function readRange(reader: OperandReader, base: Pick<VipaRangeStatement, 'range' | 'keyword' | 'operands'>): VipaRangeStatement {
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

export function readRoute(reader: OperandReader, base: Pick<VipaRouteStatement, 'range' | 'keyword' | 'operands'>): VipaRouteStatement {
  const statement: VipaRouteStatement = { kind: 'VIPAROUTE', ...base, action: 'DEFINE' };
  const action = reader.takeKeyword('DEFINE', 'DELETE');
  if (action) statement.action = action as 'DEFINE' | 'DELETE';
  const xcf = reader.address('a dynamic XCF address or system symbol');
  if (!xcf) return statement;
  statement.xcfAddress = xcf;
  const target = reader.address('a target IP address or system symbol');
  if (!target) return statement;
  statement.targetAddress = target;
  // Words after the target address are accepted as written (full syntax not confirmed).
  checkFamilies(reader.ctx, 'VIPAROUTE', [xcf, target]);
  return statement;
}

export function readSmParms(reader: OperandReader): void {
  // VIPASMPARMS SMMCAST / SMPORT / SMPASSWORD are named in IBM's description; the full syntax was
  // not retrieved, so other words are accepted as written. A value after SMMCAST must be an address.
  while (!reader.done && !reader.failed) {
    const option = reader.takeKeyword('SMMCAST', 'SMPORT', 'SMPASSWORD');
    if (!option) {
      reader.index++;
      continue;
    }
    if (option === 'SMMCAST') reader.address('a multicast IPv4 address', 4);
    else if (option === 'SMPORT') reader.number('a port number', 1, 65535);
    else reader.name('a password');
  }
}

/**
 * VIPADEFINE, VIPABACKUP (after the rank) and VIPADELETE, read in IBM's parameter order ([VDEF]
 * V2R4 https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/vdyvipadefinestatement.htm,
 * [VBAK] V2R1 https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipabackupstatement.htm,
 * [VDEL] V2R1 https://www.ibm.com/support/knowledgecenter/SSLTBW_2.1.0/com.ibm.zos.v2r1.halz001/vdyvipadeletestatement.htm).
 * These are strict: the shape (keywords, then a mask and IPv4 addresses, or an interface name and
 * one IPv6 address) is certain, and the model takes the stack's DVIPAs from them.
 */
import type { AddressValue, VipaDefineStatement, VipaDeleteStatement } from './ast.js';
import { OperandReader, checkFamilies, isAddressAttempt, toAddressValue } from './operand-reader.js';

export type DefineFields = Omit<VipaDefineStatement, 'kind' | 'range' | 'keyword' | 'operands'>;

/** VIPADEFINE and VIPABACKUP after the rank: tier, MOVEABLE, SERVICEMGR, then the IPv4 or IPv6 form. */
export function readDefineOrBackup(reader: OperandReader, backup: boolean): DefineFields {
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
      if (backup && fields.moveable === undefined) {
        // IBM's VIPABACKUP diagram ([VBAK] V2R1) has address_mask only in the MOVEable IMMEDiate|
        // WHENIDLE branch; the form without MOVEABLE is a plain list of ipv4_addr, so the stack
        // takes the mask for a DVIPA address. What it then does is not documented: a warning. The
        // model still reads it as the mask (it never takes 255.255.255.0 for a DVIPA).
        reader.ctx.report(
          'syntax-error',
          first.range,
          `VIPABACKUP: an address mask is allowed only after MOVEABLE IMMEDIATE or MOVEABLE WHENIDLE (IBM's VIPABACKUP syntax); without MOVEABLE every operand is a DVIPA address, so the stack takes ${first.text} for one. Code MOVEABLE IMMEDIATE before the mask (the backup can then also create the DVIPA when its stack starts first), or remove the mask.`,
          'warning',
        );
      }
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

export function readDelete(reader: OperandReader, base: Pick<VipaDeleteStatement, 'range' | 'keyword' | 'operands'>): VipaDeleteStatement {
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

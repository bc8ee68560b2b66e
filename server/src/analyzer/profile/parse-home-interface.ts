/**
 * HOME, DEVICE, LINK and INTERFACE: the statements that give a stack its (static) addresses.
 * HOME and the INTERFACE addresses are read strictly (an address where an address is required);
 * the many device and interface options are accepted as written, because their lists differ per
 * interface type and release (IBM has one INTERFACE page per type, e.g.
 * https://www.ibm.com/docs/SSLTBW_3.2.0/com.ibm.zos.v3r2.halz001/interfaceipaqenetosaxqdio.htm).
 */
import type { DeviceStatement, HomeEntry, HomeStatement, InterfaceStatement, LinkStatement } from './ast.js';
import { OperandReader, checkFamilies, markRemainingKeywords, toAddressValue } from './operand-reader.js';
import { spanOf } from './parse-context.js';
import { REMOVED_DEVICE_SOURCE, REMOVED_DEVICE_TYPES, REMOVED_LINK_TYPES } from '../keywords/removed-device-types.js';

export function readHome(reader: OperandReader, statement: HomeStatement): HomeStatement {
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

/**
 * DEVICE and LINK both start `name type`: reads both, marks a known type as a keyword and returns its
 * full name (undefined when the name or the type is missing, already reported).
 */
function readNameAndType(reader: OperandReader, statement: DeviceStatement | LinkStatement, what: string, types: string): string | undefined {
  const name = reader.name(`a ${what} name`);
  if (!name) return undefined;
  statement.name = name;
  const type = reader.next();
  if (!type) {
    reader.expected(`a ${what} type (${types}, VIRTUAL, ...)`, undefined);
    return undefined;
  }
  const keyword = reader.keywordOf(type);
  if (keyword) reader.ctx.markKeyword(type, keyword);
  statement.virtual = (keyword ?? type.upper) === 'VIRTUAL';
  const removed = (statement.kind === 'DEVICE' ? REMOVED_DEVICE_TYPES : REMOVED_LINK_TYPES)[keyword ?? type.upper];
  if (removed) {
    reader.ctx.report(
      'removed-device-type',
      type.range,
      `${statement.kind} type ${type.upper}: ${removed.what} is not supported since ${removed.release} (${REMOVED_DEVICE_SOURCE}); the stack rejects this ${statement.kind}. Move the connection to a supported interface (INTERFACE ... DEFINE IPAQENET for OSA-Express QDIO, IPAQIDIO for HiperSockets, MPCPTP for XCF and same-host links).`,
      'error',
    );
  }
  return keyword ?? type.upper;
}

export function readDevice(reader: OperandReader, statement: DeviceStatement): DeviceStatement {
  const typeName = readNameAndType(reader, statement, 'device', 'MPCIPA, MPCPTP');
  if (typeName === undefined) return statement;
  statement.deviceType = typeName;
  markRemainingKeywords(reader);
  return statement;
}

export function readLink(reader: OperandReader, statement: LinkStatement): LinkStatement {
  const typeName = readNameAndType(reader, statement, 'link', 'IPAQENET, MPCPTP');
  if (typeName === undefined) return statement;
  statement.linkType = typeName;
  // VIRTUAL and LAN types have a number (0, link number) before the device name.
  if (reader.peek()?.kind === 'number') reader.index++;
  const device = reader.name('the name of the device (from a DEVICE statement)');
  if (device) statement.device = device;
  markRemainingKeywords(reader);
  return statement;
}

/** INTERFACE keywords whose next operand is a value (a name that may look like a keyword). */
export const INTERFACE_VALUE_KEYWORDS = ['PORTNAME', 'SOURCEVIPAINTERFACE', 'SOURCEVIPAINTFNAME', 'CHPID', 'PNETID', 'IPADDR', 'ADDADDR', 'DELADDR', 'DEVNUM', 'TRLENAME'];
const INTERFACE_ACTIONS = ['DEFINE', 'ADDADDR', 'DELADDR', 'DELETE'];
/**
 * IPv6 interface types: their IPADDR takes IPv6 addresses.
 *  - IPAQENET6, MPCPTP6, IPAQIDIO6: "z/OS Communications Server TCP/IP supports direct attachment to
 *    IPv6 networks in the following ways: IPAQENET6 interface type ... MPCPTP6 interface type ...
 *    IPAQIDIO6 interface type" (IPv6 Network and Application Design Guide, V2R1,
 *    https://www.ibm.com/support/knowledgecenter/en/SSLTBW_2.1.0/com.ibm.zos.v2r1.hale001/ipv6d004999564.htm);
 *    dynamic XCF for IPv6 creates "INTERFACE EZ6XCFnn DEFINE MPCPTP6 TRLENAME CPName IPADDR
 *    IP6Address" (IP Configuration Guide,
 *    https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/sys_dyn_xcf_ipv6_scenario2.htm).
 *  - EQENET6: Network Express (z17, CS V2R5 and V3R1 with the Network Express PTFs): "New Interface
 *    EQENET / EQENET6", example "INTERFACE V6O4ETHA2 DEFINE EQENET6 DEVNUM 2B70 INTFID 0:16:207:3
 *    IPADDR 2001:0DB8:172::16:207:13" (IBM support page https://www.ibm.com/support/pages/node/7231685).
 *  - VIRTUAL6: IPv6 static VIPA (IP Configuration Guide, static VIPA configuration).
 *  - IPAQIQDX6: kept from earlier releases of this checker (IEDN HiperSockets); not re-confirmed.
 */
const IPV6_INTERFACE_TYPES = new Set(['IPAQENET6', 'IPAQIDIO6', 'IPAQIQDX6', 'MPCPTP6', 'EQENET6', 'VIRTUAL6']);

export function readInterface(reader: OperandReader, statement: InterfaceStatement): InterfaceStatement {
  const name = reader.name('an interface name');
  if (!name) return statement;
  statement.name = name;
  const action = reader.takeKeyword(...INTERFACE_ACTIONS);
  if (!action) {
    // The set of INTERFACE actions differs per interface type and release (IPv6 types have more
    // than DEFINE/ADDADDR/DELADDR/DELETE) and was not confirmed complete from IBM's pages: an
    // unknown word here is accepted as written, and the options after it are still read.
    if (reader.done) reader.expected('DEFINE, ADDADDR, DELADDR or DELETE', undefined);
    else reader.index++;
  } else {
    statement.action = action;
  }
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
    else if (INTERFACE_VALUE_KEYWORDS.includes(keyword) && !reader.done) reader.index++;
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

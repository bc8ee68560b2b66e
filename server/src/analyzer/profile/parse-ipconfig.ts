/**
 * IPCONFIG and IPCONFIG6 ("Specify the parameters for this statement in any order"). Known
 * parameters are marked and their values read; DYNAMICXCF is read strictly because the model
 * takes the stack's XCF address from it. Words we do not know are accepted as written: IBM's
 * diagrams were confirmed for IPCONFIG up to V2R4 and IPCONFIG6 up to 3.2 (see parameters.ts), and
 * later releases add parameters, so rejecting unknown words would flag valid profiles.
 */
import type { IpConfigStatement, ProfileToken } from './ast.js';
import { OperandReader } from './operand-reader.js';
import { spanWords } from './parse-context.js';

/** IPCONFIG parameters followed by a number. */
const NUMBER_OPTIONS = new Set(['ARPTO', 'DEVRETRYDURATION', 'REASSEMBLYTIMEOUT', 'TTL', 'HOPLIMIT', 'ICMPERRORLIMIT', 'QDIOPRIORITY', 'PREFLIFETIME', 'VALIDLIFETIME', 'SECCLASS', 'OSMSECCLASS']);
/** IPCONFIG parameters followed by a name or identifier (any word). */
const NAME_OPTIONS = new Set(['SOURCEVIPAINTERFACE', 'INTFID', 'ECHOREPLY']);

export function readIpConfig(reader: OperandReader, statement: IpConfigStatement): IpConfigStatement {
  const v6 = statement.kind === 'IPCONFIG6';
  while (!reader.done && !reader.failed) {
    const token = reader.peek()!;
    const keyword = reader.keywordOf(token);
    reader.index++;
    if (!keyword) continue; // not a parameter we know: accepted as written (see above)
    reader.ctx.markKeyword(token, keyword);
    statement.options.push(keyword);
    if (keyword === 'SYSPLEXROUTING') statement.sysplexRouting = true;
    else if (keyword === 'NOSYSPLEXROUTING') statement.sysplexRouting = false;
    else if (keyword === 'DYNAMICXCF') readDynamicXcf(reader, statement, v6, token);
    else if (NUMBER_OPTIONS.has(keyword)) reader.number(`a number after ${keyword}`);
    else if (NAME_OPTIONS.has(keyword) && !reader.done) reader.index++;
    else if (keyword === 'TCPSTACKSOURCEVIPA') {
      if (v6) reader.name('an IPv6 VIPA interface name');
      else reader.address('an IPv4 VIPA address or system symbol', 4);
    } else if (keyword === 'FORMAT') reader.takeKeyword('LONG', 'SHORT') ?? reader.expected('LONG or SHORT', reader.peek());
  }
  return statement;
}

function readDynamicXcf(reader: OperandReader, statement: IpConfigStatement, v6: boolean, keyword: ProfileToken): void {
  const xcf: NonNullable<IpConfigStatement['dynamicXcf']> = { range: keyword.range };
  statement.dynamicXcf = xcf;
  if (v6) {
    // IPCONFIG6 DYNAMICXCF { ipv6_address | ipv6_address/prefix_route_len } [INTFID id] (3.2 diagram).
    const address = reader.address('an IPv6 address (optionally /prefix_route_len) or system symbol', 6, { prefix: 'allowed' });
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
  xcf.range = spanWords(keyword, reader.lastRead);
}

/**
 * ROUTE inside BEGINROUTES. Only the destination is checked (an address, address/prefix_len or
 * DEFAULT/DEFAULT6, as in IBM's example
 * https://www.ibm.com/support/knowledgecenter/SSLTBW_2.2.0/com.ibm.zos.v2r2.halz002/rtg_static_cfg_xmp_tcpcs7.htm);
 * the BEGINROUTES syntax page was not retrieved, so the options after it (MTU, REPLaceable,
 * MAXIMUMRETRANSMITTIME, ...) are accepted as written and only marked when known.
 */
import type { RouteStatement } from './ast.js';
import { OperandReader, markRemainingKeywords, toAddressValue } from './operand-reader.js';

export function readRoute(reader: OperandReader, statement: RouteStatement): RouteStatement {
  const destination = reader.peek();
  const what = 'a destination (address, address/prefix_len, DEFAULT or DEFAULT6)';
  if (!destination) {
    reader.expected(what, undefined);
    return statement;
  }
  statement.destination = destination;
  const name = reader.keywordOf(destination);
  if (name === 'DEFAULT' || name === 'DEFAULT6') reader.ctx.markKeyword(destination, name);
  else if (!toAddressValue(destination)) {
    reader.expected(what, destination);
    return statement;
  }
  reader.index++;
  markRemainingKeywords(reader);
  return statement;
}

/**
 * loopback-in-vipa: 127.0.0.1 "cannot be used in a VIPADEFINE, VIPABACKUP, VIPARANGE, VIPADELETE or
 * VIPADISTRIBUTE statement" (EZZ0638I) nor added to the HOME list (EZZ0344I); the stack ignores the
 * statement. Works on the AST, so it also covers members that no stack INCLUDEs.
 */
import type { DocumentCheck } from './check.js';
import type { AddressValue, Statement } from '../profile/ast.js';
import { allStatements } from './support/ast-walk.js';
import { FindingList } from './support/findings.js';

const LOOPBACK = '127.0.0.1';

function vipaAddresses(statement: Statement): AddressValue[] {
  switch (statement.kind) {
    case 'VIPADEFINE':
    case 'VIPABACKUP':
    case 'VIPADELETE':
      return statement.addresses;
    case 'VIPARANGE':
    case 'VIPADISTRIBUTE':
      return statement.address ? [statement.address] : [];
    default:
      return [];
  }
}

function isLoopbackValue(value: AddressValue): boolean {
  return value.address === LOOPBACK || value.text.trim() === LOOPBACK;
}

export const loopbackInVipaCheck: DocumentCheck = {
  codes: ['loopback-in-vipa'],
  checkDocument(document) {
    const out = new FindingList();
    for (const statement of allStatements(document.statements)) {
      if (statement.kind === 'HOME') {
        for (const entry of statement.entries) {
          if (!isLoopbackValue(entry.address)) continue;
          out.add(
            'loopback-in-vipa',
            'error',
            { uri: document.uri, range: entry.address.range },
            `EZZ0344I PERMANENT LOOPBACK ADDRESS ${LOOPBACK} SPECIFIED ON LINE ${entry.address.range.start.line + 1} CANNOT BE ADDED TO THE HOME LIST: the stack ignores this HOME statement. The loopback address is defined automatically.`,
          );
        }
        continue;
      }
      for (const value of vipaAddresses(statement)) {
        if (!isLoopbackValue(value)) continue;
        out.add(
          'loopback-in-vipa',
          'error',
          { uri: document.uri, range: value.range },
          `EZZ0638I PERMANENT LOOPBACK ADDRESS ${LOOPBACK} SPECIFIED ON LINE ${value.range.start.line + 1} CANNOT BE USED IN A ${statement.kind} STATEMENT: the stack ignores the statement.`,
        );
      }
    }
    return out.findings;
  },
};

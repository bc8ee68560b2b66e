/**
 * loopback-in-vipa: 127.0.0.1 "cannot be used in a VIPADEFINE, VIPABACKUP, VIPARANGE, VIPADELETE or
 * VIPADISTRIBUTE statement" (EZZ0638I) nor added to the HOME list (EZZ0344I); the stack ignores the
 * statement. Works on the AST, so it also covers members that no stack INCLUDEs.
 */
import type { DocumentCheck } from './check.js';
import { allStatements } from './support/ast-walk.js';
import { FindingList } from './support/findings.js';
import { PERMANENT_LOOPBACK, permanentLoopbackOperands } from '../profile/statement-addresses.js';

export const loopbackInVipaCheck: DocumentCheck = {
  codes: ['loopback-in-vipa'],
  checkDocument(document) {
    const out = new FindingList();
    for (const statement of allStatements(document.statements)) {
      for (const value of permanentLoopbackOperands(statement)) {
        const line = value.range.start.line + 1;
        const message =
          statement.kind === 'HOME'
            ? `EZZ0344I PERMANENT LOOPBACK ADDRESS ${PERMANENT_LOOPBACK} SPECIFIED ON LINE ${line} CANNOT BE ADDED TO THE HOME LIST: the stack ignores this HOME statement. The loopback address is defined automatically.`
            : `EZZ0638I PERMANENT LOOPBACK ADDRESS ${PERMANENT_LOOPBACK} SPECIFIED ON LINE ${line} CANNOT BE USED IN A ${statement.kind} STATEMENT: the stack ignores the statement.`;
        out.add('loopback-in-vipa', 'error', { uri: document.uri, range: value.range }, message);
      }
    }
    return out.findings;
  },
};

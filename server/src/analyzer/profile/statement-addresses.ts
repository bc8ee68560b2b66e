/** The address operands a statement carries, in source order: one answer for checks and the outline. */
import type { AddressValue, Statement } from './ast.js';

export function addressesOf(statement: Statement): AddressValue[] {
  switch (statement.kind) {
    case 'VIPADEFINE':
    case 'VIPABACKUP':
    case 'VIPADELETE':
    case 'INTERFACE':
      return statement.addresses;
    case 'VIPARANGE':
    case 'VIPADISTRIBUTE':
      return statement.address ? [statement.address] : [];
    case 'VIPAROUTE':
      return [statement.xcfAddress, statement.targetAddress].filter((value): value is AddressValue => value !== undefined);
    case 'HOME':
      return statement.entries.map((entry) => entry.address);
    default:
      return [];
  }
}

export const PERMANENT_LOOPBACK = '127.0.0.1';

/** Literal 127.0.0.1 as an address operand (a symbol resolving to it is not caught here). */
export function isPermanentLoopback(value: AddressValue | undefined): boolean {
  return value !== undefined && (value.address === PERMANENT_LOOPBACK || value.text.trim() === PERMANENT_LOOPBACK);
}

/** The VIPADYNAMIC statements that EZZ0638I names: each is ignored whole when it uses 127.0.0.1. */
export const LOOPBACK_REJECTING_VIPA_STATEMENTS: ReadonlySet<Statement['kind']> = new Set(['VIPADEFINE', 'VIPABACKUP', 'VIPARANGE', 'VIPADELETE', 'VIPADISTRIBUTE']);

/** The 127.0.0.1 operands that make the stack ignore this statement: EZZ0638I (VIPADYNAMIC) or EZZ0344I (HOME). */
export function permanentLoopbackOperands(statement: Statement): AddressValue[] {
  if (statement.kind !== 'HOME' && !LOOPBACK_REJECTING_VIPA_STATEMENTS.has(statement.kind)) return [];
  return addressesOf(statement).filter(isPermanentLoopback);
}

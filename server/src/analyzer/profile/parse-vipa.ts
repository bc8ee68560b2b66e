/**
 * The seven VIPADYNAMIC sub-statements: which operand positions take names, and dispatch. The statements are read
 * in parse-vipa-define.ts (VIPADEFINE, VIPABACKUP, VIPADELETE), parse-vipa-range.ts (VIPARANGE,
 * VIPAROUTE, VIPASMPARMS) and parse-vipa-distribute.ts (VIPADISTRIBUTE).
 */
import type { ProfileToken, VipaBackupStatement, VipaSmParmsStatement, VipaSubStatement } from './ast.js';
import { parameterKeyword } from '../keywords/keyword-table.js';
import { OperandReader } from './operand-reader.js';
import { spanWords, type ParseContext, type Protect } from './parse-context.js';
import { readDefineOrBackup, readDelete } from './parse-vipa-define.js';
import { readRange, readRoute, readSmParms } from './parse-vipa-range.js';
import { readDistribute } from './parse-vipa-distribute.js';


function previousIs(statement: string, names: string[]): Protect {
  return (operands) => {
    if (operands.length === 0) return true;
    const previous = operands[operands.length - 1];
    if (previous.kind === 'number') return true;
    const name = parameterKeyword(previous.upper, statement)?.name;
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
    const name = previous && parameterKeyword(previous.upper, 'VIPADISTRIBUTE')?.name;
    return name === 'TIER1' || name === 'TIER2' || name === 'DISTMETHOD';
  },
  VIPAROUTE: () => false,
  VIPASMPARMS: () => false,
};

/** Which operand positions of VIPA statement `name` take names; the grammar's operand GATE asks it. */
export function vipaProtection(name: string): Protect {
  return PROTECT[name] ?? NOTHING_PROTECTED;
}

const NOTHING_PROTECTED: Protect = () => false;

/** Reads a VIPADYNAMIC sub-statement from the operands the grammar collected. */
export function readVipaStatement(ctx: ParseContext, keyword: ProfileToken, name: string, operands: ProfileToken[]): VipaSubStatement {
  const reader = new OperandReader(ctx, name, keyword, operands);
  const range = spanWords(keyword, operands[operands.length - 1] ?? keyword);
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

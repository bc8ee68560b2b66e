/**
 * Top-level statements other than blocks: the grammar (profile-grammar.ts) first collects each
 * statement's operands (parse-context.ts decides where the next statement begins, protecting the
 * positions that take names, listed here), then the statement family reads them: parse-home-interface.ts (HOME, DEVICE, LINK,
 * INTERFACE), parse-ports.ts (PORT, PORTRANGE), parse-ipconfig.ts (IPCONFIG, IPCONFIG6),
 * parse-routes.ts (ROUTE); INCLUDE here; everything else as keyword + operands.
 */
import type { GenericStatement, IncludeStatement, ProfileToken, Statement } from './ast.js';
import { parameterKeyword } from '../keywords/keyword-table.js';
import { OperandReader, isAddressAttempt } from './operand-reader.js';
import { spanWords, type ParseContext, type Protect } from './parse-context.js';
import { INTERFACE_VALUE_KEYWORDS, readDevice, readHome, readInterface, readLink } from './parse-home-interface.js';
import { readPort, readPortRange } from './parse-ports.js';
import { readIpConfig } from './parse-ipconfig.js';
import { readRoute } from './parse-routes.js';


function keywordName(token: ProfileToken | undefined, statement: string): string | undefined {
  return token && token.kind !== 'string' ? parameterKeyword(token.upper, statement)?.name : undefined;
}

function isAddressish(token: ProfileToken | undefined): boolean {
  return token !== undefined && (token.kind === 'symbol' || isAddressAttempt(token));
}

/** Positions that take names (so a name that looks like a statement keyword does not end the statement). */
const DEVICE_TYPES_WITH_ADDRESS = new Set(['LCS', 'CTC', 'CLAW', 'HCH', 'CDLC', 'SNAIUCV', 'SNALINK', 'X25NPSI', 'ATM']);

const PROTECT: Record<string, Protect> = {
  HOME: (operands) => isAddressish(operands[operands.length - 1]),
  PORT: (operands) => {
    const previous = operands[operands.length - 1];
    // Only name positions are protected: the job name after TCP/UDP and the values of BIND and SAF.
    const name = keywordName(previous, 'PORT');
    return name === 'TCP' || name === 'UDP' || name === 'BIND' || name === 'SAF';
  },
  PORTRANGE: (operands) => {
    const previous = operands[operands.length - 1];
    const name = keywordName(previous, 'PORTRANGE');
    return name === 'TCP' || name === 'UDP' || name === 'SAF';
  },
  TRANSLATE: (operands) => {
    for (let back = 1; back <= 3 && back <= operands.length; back++) if (isAddressish(operands[operands.length - back])) return true;
    return false;
  },
  DEVICE: (operands) =>
    operands.length < 2 || (operands.length === 2 && DEVICE_TYPES_WITH_ADDRESS.has(operands[1].upper)),
  LINK: (operands) => operands.length < 3 || (operands.length === 3 && operands[2].kind === 'number'),
  INTERFACE: (operands) => operands.length < 3 || INTERFACE_VALUE_KEYWORDS.includes(keywordName(operands[operands.length - 1], 'INTERFACE') ?? ''),
  DELETE: (operands) => {
    if (operands.length === 0) return true;
    const what = operands[0].upper;
    const wanted = what.startsWith('PORTR') ? 5 : what.startsWith('PORT') ? 4 : 2;
    return operands.length < wanted;
  },
  ROUTE: (operands) => {
    const previous = operands[operands.length - 1];
    if (!previous) return true;
    return isAddressish(previous) || previous.text === '=' || ['DEFAULT', 'DEFAULT6', 'HOST'].includes(keywordName(previous, 'ROUTE') ?? '');
  },
};
for (const single of ['START', 'STOP', 'PRIMARYINTERFACE', 'INCLUDE', 'ARPAGE', 'SOMAXCONN', 'DATASETPREFIX']) {
  PROTECT[single] = (operands) => operands.length === 0;
}

/** Which operand positions of statement `name` take names (see PROTECT); the grammar's operand GATE asks it. */
export function statementProtection(name: string): Protect {
  return PROTECT[name] ?? NOTHING_PROTECTED;
}

const NOTHING_PROTECTED: Protect = () => false;

/**
 * Reads the statement whose keyword (full name `name`) the grammar matched, with the operands it
 * collected (profile-grammar.ts), into its typed node.
 */
export function readStatement(ctx: ParseContext, keyword: ProfileToken, name: string, operands: ProfileToken[]): Statement {
  const base = { range: spanWords(keyword, operands[operands.length - 1] ?? keyword), keyword, operands };
  const reader = new OperandReader(ctx, name, keyword, operands);
  switch (name) {
    case 'HOME':
      return readHome(reader, { kind: 'HOME', ...base, entries: [] });
    case 'PORT':
      return readPort(reader, { kind: 'PORT', ...base, entries: [] });
    case 'PORTRANGE':
      return readPortRange(reader, { kind: 'PORTRANGE', ...base, entries: [] });
    case 'INCLUDE':
      return readInclude(reader, { kind: 'INCLUDE', ...base });
    case 'DEVICE':
      return readDevice(reader, { kind: 'DEVICE', ...base, virtual: false });
    case 'LINK':
      return readLink(reader, { kind: 'LINK', ...base, virtual: false });
    case 'INTERFACE':
      return readInterface(reader, { kind: 'INTERFACE', ...base, virtual: false, addresses: [] });
    case 'IPCONFIG':
    case 'IPCONFIG6':
      return readIpConfig(reader, { kind: name, ...base, options: [], sysplexRouting: false });
    case 'ROUTE':
      return readRoute(reader, { kind: 'ROUTE', ...base });
    default:
      return readGeneric(reader, { kind: 'GENERIC', ...base, name });
  }
}

/** Statements with exactly one operand, and what it is. */
const SINGLE_OPERAND: Record<string, string> = {
  START: 'a device, link or interface name',
  STOP: 'a device, link or interface name',
  PRIMARYINTERFACE: 'a device, link or interface name',
  SOMAXCONN: 'a number',
  ARPAGE: 'a number',
};

function readGeneric(reader: OperandReader, statement: GenericStatement): GenericStatement {
  for (const token of reader.operands) {
    const name = reader.keywordOf(token);
    if (name) reader.ctx.markKeyword(token, name);
  }
  const what = SINGLE_OPERAND[statement.name];
  if (what) {
    if (reader.done) reader.expected(what, undefined);
    else if (reader.operands.length > 1) reader.fail(reader.operands[1], `${statement.name}: unexpected '${reader.operands[1].text}' (${statement.name} takes one operand)`);
  }
  if (statement.name === 'DELETE') {
    const target = reader.takeKeyword('DEVICE', 'LINK', 'PORT', 'PORTRANGE');
    if (!target) reader.expected('DEVICE, LINK, PORT or PORTRANGE', reader.peek());
  }
  return statement;
}

const DATA_SET = /^'?([^'()]+)(?:\(([^()']+)\))?'?$/;

function readInclude(reader: OperandReader, statement: IncludeStatement): IncludeStatement {
  const target = reader.next();
  if (!target || target.kind === 'string') {
    reader.expected('a data set name, or data_set_name(member)', target);
    return statement;
  }
  statement.target = target;
  if (target.text.startsWith('/')) {
    statement.dataSet = target.text; // a z/OS UNIX path is case-sensitive
  } else {
    const match = DATA_SET.exec(target.text);
    if (!match) reader.fail(target, `INCLUDE: expected a data set name, or data_set_name(member), found '${target.text}'`);
    else {
      statement.dataSet = match[1].toUpperCase();
      if (match[2]) statement.member = match[2].toUpperCase();
    }
  }
  if (!reader.done) reader.rejectRest('INCLUDE takes one data set name');
  return statement;
}

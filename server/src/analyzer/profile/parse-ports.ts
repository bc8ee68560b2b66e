/**
 * PORT and PORTRANGE. The entry shape is strict (port 1-65535, TCP or UDP, a job name, BIND
 * followed by an address), as IBM's diagrams show it (PORT 3.1:
 * https://www.ibm.com/docs/SSLTBW_3.1.0/com.ibm.zos.v3r1.halz001/portstatement.htm ; PORTRANGE
 * V2R4: https://www.ibm.com/support/knowledgecenter/SSLTBW_2.4.0/com.ibm.zos.v2r4.halz001/portrangestatementtcpip.htm).
 * Option words after the job name that are not in our table are accepted as written (kept as
 * names): option sets change between releases (V2R1 NOSMCR became NOSMC/SMC in V2R2), and a
 * missed typo is better than an error on a valid profile.
 */
import type { PortEntry, PortRangeEntry, PortRangeStatement, PortStatement, ProfileToken } from './ast.js';
import { OperandReader } from './operand-reader.js';
import { spanWords } from './parse-context.js';

/** Placeholder until the entry's span is known (set before the entry is kept). */
const EMPTY_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const PORT_OPTIONS = ['NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SHAREPORT', 'SHAREPORTWLM', 'BIND', 'SAF', 'NOSMC', 'SMC', 'NOSMCR'];
const UNRESERVED_OPTIONS = ['DENY', 'SAF', 'WHENLISTEN', 'WHENBIND'];
const PORTRANGE_OPTIONS = ['NOAUTOLOG', 'DELAYACKS', 'NODELAYACKS', 'SAF', 'NOSMC', 'SMC', 'NOSMCR'];

export function readPort(reader: OperandReader, statement: PortStatement): PortStatement {
  while (!reader.done) {
    const first = reader.peek()!;
    if (reader.keywordOf(first) === 'UNRSV') {
      readUnreservedEntry(reader, statement);
      continue;
    }
    const entry: PortEntry = { portWord: first, unreserved: false, options: [], range: EMPTY_RANGE };
    // A system symbol stands for a port number the model resolves later.
    const port = reader.number('a port number', 1, 65535);
    if (!port && first.kind !== 'symbol') {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    if (port) entry.port = port.value;
    if (!readProtocol(reader, entry) || !readJob(reader, entry)) {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    if (entry.job && reader.keywordOf(entry.job) !== 'RESERVED') readPortOptions(reader, entry, PORT_OPTIONS);
    entry.range = spanWords(first, reader.lastRead);
    statement.entries.push(entry);
  }
  return statement;
}

function readUnreservedEntry(reader: OperandReader, statement: PortStatement): void {
  const first = reader.next()!;
  reader.ctx.markKeyword(first, 'UNRSV');
  const entry: PortEntry = { portWord: first, unreserved: true, options: [], range: EMPTY_RANGE };
  if (!readProtocol(reader, entry) || !readJob(reader, entry)) {
    skipToNextEntry(reader);
    return;
  }
  readPortOptions(reader, entry, UNRESERVED_OPTIONS);
  entry.range = spanWords(first, reader.lastRead);
  statement.entries.push(entry);
}

function readProtocol(reader: OperandReader, entry: { protocol?: 'TCP' | 'UDP' }): boolean {
  const protocol = reader.takeKeyword('TCP', 'UDP');
  if (!protocol) {
    reader.expected('TCP or UDP', reader.peek());
    return false;
  }
  entry.protocol = protocol as 'TCP' | 'UDP';
  return true;
}

function readJob(reader: OperandReader, entry: { job?: ProfileToken }): boolean {
  const token = reader.peek();
  if (!token || token.kind === 'string') {
    reader.expected('a job name, *, OMVS or RESERVED', token);
    return false;
  }
  const special = reader.keywordOf(token);
  if (special === 'RESERVED' || special === 'AUTHPORT') reader.ctx.markKeyword(token, special);
  reader.index++;
  entry.job = token;
  return true;
}

/**
 * Options after the job name, up to the next entry (a port number or UNRSV). Known options are
 * marked and recorded; BIND and SAF take their value; unknown words are skipped without an error.
 */
function readPortOptions(reader: OperandReader, entry: { options: string[]; bind?: PortEntry['bind']; saf?: ProfileToken }, allowed: string[]): void {
  while (!reader.done && !reader.failed && !startsEntry(reader, reader.peek()!)) {
    const option = reader.takeKeyword(...allowed);
    if (!option) {
      reader.index++; // not an option we know: accepted as written
      continue;
    }
    if (option === 'BIND') {
      const address = reader.address('an IP address or system symbol after BIND');
      if (address) entry.bind = address;
      else return;
    } else if (option === 'SAF') {
      const saf = reader.name('a SAF resource name after SAF');
      if (saf) entry.saf = saf;
      else return;
    } else {
      entry.options.push(option);
    }
  }
}

function startsEntry(reader: OperandReader, token: ProfileToken): boolean {
  return token.kind === 'number' || token.kind === 'symbol' || reader.keywordOf(token) === 'UNRSV';
}

/**
 * After a bad PORT/PORTRANGE entry: reports it once (already done) and resumes at the next word
 * that starts an entry (a port number or UNRSV). Returns false at the end of the statement.
 */
function skipToNextEntry(reader: OperandReader): boolean {
  if (!reader.failed) reader.rejectRest('');
  while (!reader.done) {
    const token = reader.peek()!;
    if (token.kind === 'number' || reader.keywordOf(token) === 'UNRSV') return true;
    reader.index++;
  }
  return false;
}

export function readPortRange(reader: OperandReader, statement: PortRangeStatement): PortRangeStatement {
  while (!reader.done) {
    const first = reader.peek()!;
    const entry: PortRangeEntry = { options: [], range: EMPTY_RANGE };
    const start = numberOrSymbol(reader, 'the first port of the range');
    const count = start ? numberOrSymbol(reader, 'the number of ports') : undefined;
    if (!start || !count || !readProtocol(reader, entry) || !readJob(reader, entry)) {
      if (!skipToNextEntry(reader)) break;
      continue;
    }
    if (start.value !== undefined) entry.firstPort = start.value;
    if (count.value !== undefined) entry.count = count.value;
    const job = reader.keywordOf(entry.job);
    if (job !== 'RESERVED' && job !== 'AUTHPORT') readPortOptions(reader, entry, PORTRANGE_OPTIONS);
    entry.range = spanWords(first, reader.lastRead);
    statement.entries.push(entry);
  }
  return statement;
}

/** A number 1-65535, or a system symbol standing for one (value unknown here). */
function numberOrSymbol(reader: OperandReader, what: string): { value?: number } | undefined {
  const token = reader.peek();
  const number = reader.number(what, 1, 65535);
  if (number) return { value: number.value };
  return token?.kind === 'symbol' ? {} : undefined;
}

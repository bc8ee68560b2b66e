/** Facts of the VIPADYNAMIC sub-statements that the model keeps: DVIPAs, ranges, distributes. */
import type { Statement, VipaBackupStatement, VipaDefineStatement, VipaDistributeStatement, VipaDynamicBlock, VipaRangeStatement, Word } from '../profile/ast.js';
import type { Location, Range } from '../base/range.js';
import type { DistributeFact, DvipaFact, RangeFact } from './sysplex-model.js';
import type { ValueResolver } from './value-resolver.js';
import { networkAddress, type ParsedAddress } from '../base/addresses.js';
import { permanentLoopbackOperands } from '../profile/statement-addresses.js';

const at = (uri: string, range: Range): Location => ({ uri, range });

const VIPADYNAMIC_SUB_STATEMENTS = new Set(['VIPADEFINE', 'VIPABACKUP', 'VIPARANGE', 'VIPADELETE', 'VIPADISTRIBUTE', 'VIPAROUTE', 'VIPASMPARMS']);
/** At most this many DESTIPs may be BACKUP with DISTMETHOD HOTSTANDBY (EZZ0829I). */
export const MAX_HOTSTANDBY_BACKUPS = 31;
const HOTSTANDBY_ONLY = new Set(['PREFERRED', 'BACKUP', 'AUTOSWITCHBACK', 'NOAUTOSWITCHBACK']);

/** The first PREFERRED/BACKUP/AUTOSWITCHBACK/NOAUTOSWITCHBACK of a VIPADISTRIBUTE whose DISTMETHOD is not HOTSTANDBY (EZZ0831I). */
export function hotStandbyOnlyKeyword(statement: VipaDistributeStatement): Word | undefined {
  if (statement.distMethod.toUpperCase() === 'HOTSTANDBY') return undefined;
  return statement.operands.find(
    (word) => (word.kind === 'keyword' || word.kind === 'name') && HOTSTANDBY_ONLY.has((word.keyword ?? word.upper).toUpperCase()),
  );
}

/**
 * What the stack ignores of a VIPADISTRIBUTE DEFINE (profile-syntax.md §2.5): 'statement' when the
 * HOTSTANDBY rules fail (EZZ0827I, EZZ0829I), 'rest-of-block' for a HOTSTANDBY-only keyword with
 * another DISTMETHOD (EZZ0831I: this statement and the rest of the VIPADYNAMIC block).
 */
export function distributeIgnored(statement: VipaDistributeStatement): 'statement' | 'rest-of-block' | undefined {
  if (statement.action !== 'DEFINE') return undefined;
  if (statement.distMethod.toUpperCase() !== 'HOTSTANDBY') return hotStandbyOnlyKeyword(statement) ? 'rest-of-block' : undefined;
  const preferred = statement.destinations.filter((d) => d.preferred).length;
  const backups = statement.destinations.filter((d) => d.backup).length;
  return preferred !== 1 || backups < 1 || backups > MAX_HOTSTANDBY_BACKUPS ? 'statement' : undefined;
}

/**
 * The statements of a VIPADYNAMIC block that the stack processes: those before the first syntax
 * error (ignoredFrom), before a statement that is not a VIPADYNAMIC sub-statement (HOME, PORT, ...
 * written inside the block is a syntax error there), and before an EZZ0831I VIPADISTRIBUTE; a
 * VIPADISTRIBUTE DEFINE rejected by EZZ0827I/EZZ0829I, and a statement naming 127.0.0.1 (EZZ0638I),
 * are left out alone.
 */
export function processedVipaStatements(block: VipaDynamicBlock): Statement[] {
  return walkVipaBlock(block).processed;
}

/**
 * Whether the stack would process a statement appended before this block's ENDVIPADYNAMIC: quick fixes
 * must not insert where an earlier error makes the stack ignore the rest of the block.
 */
export function processesToEnd(block: VipaDynamicBlock): boolean {
  return block.end !== undefined && walkVipaBlock(block).complete;
}

function walkVipaBlock(block: VipaDynamicBlock): { processed: Statement[]; complete: boolean } {
  const processed: Statement[] = [];
  const processable = block.statements.slice(0, block.ignoredFrom ?? block.statements.length);
  const reachedEnd = collect(processable, processed) !== undefined;
  return { processed, complete: reachedEnd && block.ignoredFrom === undefined };
}

/** Appends the processed statements to `processed`; returns it, or undefined when processing stopped early. */
function collect(statements: readonly Statement[], processed: Statement[]): Statement[] | undefined {
  for (const statement of statements) {
    if (!VIPADYNAMIC_SUB_STATEMENTS.has(statement.kind)) return undefined;
    if (permanentLoopbackOperands(statement).length > 0) continue; // EZZ0638I: the statement is ignored
    if (statement.kind === 'VIPADISTRIBUTE') {
      const ignored = distributeIgnored(statement);
      if (ignored === 'rest-of-block') return undefined;
      if (ignored === 'statement') continue;
    }
    processed.push(statement);
  }
  return processed;
}

/** One fact per address of a VIPADEFINE/VIPABACKUP; none when the mask is an unresolved symbol. */
export function dvipaFacts(statement: VipaDefineStatement | VipaBackupStatement, uri: string, values: ValueResolver, next: () => number): DvipaFact[] {
  const maskPrefix = statement.mask ? values.mask(statement.mask, uri) : undefined;
  if (statement.mask && maskPrefix === undefined) return [];
  const facts: DvipaFact[] = [];
  for (const value of statement.addresses) {
    const parsed = values.address(value, uri);
    if (!parsed) continue;
    facts.push({
      address: parsed.address,
      family: parsed.family,
      statement: statement.kind,
      prefixLength: maskPrefix ?? parsed.prefixLength,
      rank: statement.kind === 'VIPABACKUP' ? statement.rank : undefined,
      moveable: statement.moveable,
      interfaceName: statement.interfaceName?.upper,
      tier: statement.tier,
      cpcScope: statement.cpcScope,
      serviceMgr: statement.serviceMgr,
      location: at(uri, value.range),
      statementLocation: at(uri, statement.range),
      sequence: next(),
    });
  }
  return facts;
}

/** A VIPARANGE as network/prefix (host bits cleared, as Netstat VIPADCFG shows it). */
export function rangeFact(statement: VipaRangeStatement, uri: string, values: ValueResolver, next: () => number): RangeFact | undefined {
  if (!statement.address) return undefined;
  const parsed = values.address(statement.address, uri);
  if (!parsed) return undefined;
  const maskPrefix = statement.mask ? values.mask(statement.mask, uri) : undefined;
  const prefixLength = maskPrefix ?? parsed.prefixLength;
  if (prefixLength === undefined) return undefined;
  return {
    action: statement.action,
    network: networkAddress(parsed.address, prefixLength),
    prefixLength,
    family: parsed.family,
    moveable: statement.moveable,
    saf: statement.saf?.upper,
    zcx: statement.zcx,
    location: at(uri, statement.address.range),
    statementLocation: at(uri, statement.range),
    sequence: next(),
  };
}

/** A VIPADISTRIBUTE; the IPv6 form names the DVIPA interface, whose address an earlier DVIPA gave. */
export function distributeFact(
  statement: VipaDistributeStatement,
  uri: string,
  values: ValueResolver,
  earlierDvipas: readonly DvipaFact[],
  next: () => number,
): DistributeFact | undefined {
  let parsed: ParsedAddress | undefined;
  let where: Range | undefined;
  if (statement.address) {
    parsed = values.address(statement.address, uri);
    where = statement.address.range;
  } else if (statement.interfaceName) {
    const name = statement.interfaceName.upper;
    const owner = [...earlierDvipas].reverse().find((d) => d.interfaceName === name);
    if (owner) parsed = { address: owner.address, family: owner.family, prefixLength: owner.prefixLength };
    where = statement.interfaceName.range;
  }
  if (!parsed || !where) return undefined;
  const destinations: string[] = [];
  const destinationLocations: Location[] = [];
  let all = false;
  for (const destination of statement.destinations) {
    if (destination.all) all = true;
    if (!destination.address) continue;
    const target = values.address(destination.address, uri);
    if (!target) continue;
    destinations.push(target.address);
    destinationLocations.push(at(uri, destination.address.range));
  }
  return {
    action: statement.action,
    address: parsed.address,
    family: parsed.family,
    distMethod: statement.distMethod,
    ports: statement.ports.map((p) => ({ from: p.from, to: p.to })),
    destinations,
    allDestinations: all,
    location: at(uri, where),
    statementLocation: at(uri, statement.range),
    sequence: next(),
    destinationLocations,
  };
}

/** Facts of the VIPADYNAMIC sub-statements that the model keeps: DVIPAs, ranges, distributes. */
import type { VipaBackupStatement, VipaDefineStatement, VipaDistributeStatement, VipaRangeStatement } from '../profile/ast.js';
import type { Location, Range } from '../text/range.js';
import type { DistributeFact, DvipaFact, RangeFact } from './sysplex-model.js';
import type { ValueResolver } from './value-resolver.js';
import { networkAddress, type ParsedAddress } from './symbols.js';

const at = (uri: string, range: Range): Location => ({ uri, range });

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

/**
 * viparoute-not-xcf: "A VIPAROUTE statement is used to select a route from a distributing stack or a
 * backup distributing stack to a target stack ... for distribution of all DVIPAs for which a matching
 * dynamic XCF address, or ALL, was specified on a VIPADISTRIBUTE statement" ([VRTE]); its first
 * operand is the target's dynamic XCF address. One that is another address of a stack (OSA, static
 * VIPA), or the stack's own DYNAMICXCF, matches no target: warning, and distribution keeps using the
 * dynamic XCF interfaces. One that no stack of the workspace has: information (the target may not be
 * in the workspace).
 */
import type { SysplexCheck } from './check.js';
import type { ProfileDocument, Statement, VipaRouteStatement } from '../profile/ast.js';
import type { StackModel } from '../model/sysplex-model.js';
import { ValueResolver } from '../model/value-resolver.js';
import { processedVipaStatements } from '../model/vipa-facts.js';
import { FindingList } from './support/findings.js';
import { sysplexGroups } from './support/stacks.js';
import { addressOwners, xcfHint, type AddressOwners } from './support/xcf-addresses.js';

export const viparouteNotXcfCheck: SysplexCheck = {
  codes: ['viparoute-not-xcf'],
  run(context) {
    const out = new FindingList();
    for (const [sysplex, stacks] of sysplexGroups(context.model)) {
      let owners: AddressOwners | undefined;
      for (const stack of stacks) {
        for (const { route, uri } of routesOf(stack, context.profiles)) {
          owners ??= addressOwners(stacks);
          checkRoute(sysplex, stack, route, uri, owners, out);
        }
      }
    }
    return out.findings;
  },
};

/** VIPAROUTE DEFINEs of a parse, found once per parse (a keystroke re-parses one file). */
const routesByDocument = new WeakMap<ProfileDocument, VipaRouteStatement[]>();

function* routesOf(stack: StackModel, profiles: ReadonlyMap<string, ProfileDocument>): Generator<{ route: VipaRouteStatement; uri: string }> {
  for (const uri of stack.fileUris) {
    const document = profiles.get(uri);
    if (!document) continue;
    let routes = routesByDocument.get(document);
    if (!routes) {
      routes = [...vipaStatements(document.statements)].filter(
        (statement): statement is VipaRouteStatement => statement.kind === 'VIPAROUTE' && statement.action === 'DEFINE' && statement.xcfAddress !== undefined,
      );
      routesByDocument.set(document, routes);
    }
    for (const route of routes) yield { route, uri };
  }
}

function* vipaStatements(statements: readonly Statement[]): Generator<Statement> {
  for (const statement of statements) {
    if (statement.kind === 'VIPADYNAMIC') yield* processedVipaStatements(statement);
    else if (statement.kind === 'BLOCK') yield* vipaStatements(statement.statements);
  }
}

function checkRoute(sysplex: string, stack: StackModel, route: VipaRouteStatement, uri: string, owners: AddressOwners, out: FindingList): void {
  const value = route.xcfAddress!;
  const parsed = new ValueResolver(stack.symbols, () => undefined).address(value, uri);
  if (!parsed) return; // an unresolved symbol is reported by the model as unresolved-symbol
  const address = parsed.address;
  const location = { uri, range: value.range };
  const data = { address, stack: stack.name };
  const target = owners.xcf.get(address);
  if (target && target !== stack) return;
  if (target === stack) {
    out.add(
      'viparoute-not-xcf',
      'warning',
      location,
      `VIPAROUTE ${address} names ${stack.name}'s own DYNAMICXCF address: the first operand is the dynamic XCF address of a target stack that ${stack.name} distributes to, so this route matches no target.`,
      [],
      data,
    );
    return;
  }
  const home = owners.homes.get(address);
  if (home) {
    out.add(
      'viparoute-not-xcf',
      'warning',
      location,
      `VIPAROUTE ${address}: this is ${home.kind} of stack ${home.stack.name}, not its DYNAMICXCF address. The first operand must be the target stack's dynamic XCF address (the second is the address to route to), so this route matches no target and distribution to ${home.stack.name} keeps using the dynamic XCF interfaces. Use ${home.stack.name}'s DYNAMICXCF address${xcfHint(home.stack, parsed.family)}.`,
      [],
      data,
    );
    return;
  }
  if (owners.unresolvedXcf) return;
  out.add(
    'viparoute-not-xcf',
    'information',
    location,
    `VIPAROUTE ${address} is no stack's DYNAMICXCF address in sysplex ${sysplex} as far as this workspace shows, so it matches no target here. If the target stack's profile is not in the workspace, add it; otherwise use the target's IPCONFIG DYNAMICXCF address.`,
    [],
    data,
  );
}

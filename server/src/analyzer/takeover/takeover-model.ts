/**
 * Builds the takeover model (takeover-types.ts) from the sysplex model, the parsed profiles (for
 * GLOBALCONFIG XCFGRPID), the Liberty servers and the workspace config (CPC of each stack).
 *
 * Rules, with their sources (profile-syntax.md has the quotes):
 *  - Owner: the VIPADEFINE stack ("this stack should initially own", [VDEF]). Backups: VIPABACKUP
 *    stacks, "Larger numerical rank values move the respective stacks closer to the beginning of the
 *    backup chain", rank 1–254, default 1 ([VBAK]). Backup chains are per DVIPA (JA multi-application
 *    -instance page). A rank outside 1–254 is a syntax problem (rank-out-of-range): conservatively,
 *    that backup is left out of the chain.
 *  - A VIPADEFINE/VIPABACKUP address that is a HOME or DYNAMICXCF address of the same stack is
 *    ignored by the stack (EZZ8307I): it is no DVIPA, so it is not in the model at all. The one rule
 *    for this is model/rejected-dvipas.ts, applied by activeDvipas (coverage.ts), which every
 *    check reads too; duplicate-vipa reports the rejection.
 *  - Subplexes: stacks with another GLOBALCONFIG XCFGRPID are not aware of each other (model/xcf-group.ts),
 *    so their definitions of the same address are left out of the owner's chain.
 *  - CPCSCOPE: "not moved to, or taken over, by another TCP/IP stack that is in a different CPC"
 *    ([VDEF]); the CPC of a stack comes from vipa-check.json stacks.<name>.cpc (unknown otherwise).
 *  - A stack distributes a DVIPA with VIPADISTRIBUTE DEFINE "for a dynamic VIPA (defined on the same
 *    stack by a VIPADEFINE or VIPABACKUP statement)" ([VDIST]); DESTIP names "the dynamic XCF
 *    addresses of the target stacks", ALL = "all stacks connected to this stack by way of a dynamic
 *    XCF interface of the same protocol type" (SMF subtype 4 DVIPA section).
 *  - VIPARANGE: the most specific range covers a bind ([VRNG1] Rule); NONDISRUPTIVE is the default.
 */
import type { LoadedConfig } from '../config/workspace-config.js';
import type { Location } from '../base/range.js';
import type { ProfileDocument } from '../profile/ast.js';
import type { DistributeFact, DvipaFact, StackModel, SysplexModel } from '../model/sysplex-model.js';
import type { LibertyServer } from '../liberty/liberty-model.js';
import { activeDistributes, activeDvipas, activeRanges } from '../model/coverage.js';
import { ALL_INTERFACES, isLoopbackAddress } from '../liberty/host-address.js';
import { portBindFor, stacksForServer } from '../model/server-placement.js';
import type {
  DvipaDefinition,
  DvipaTakeover,
  EndpointPlacement,
  ExcludedDefinition,
  TakeoverDistribution,
  TakeoverModel,
  TakeoverStack,
} from '../model/takeover-types.js';

export interface TakeoverInput {
  model: SysplexModel;
  profiles: ReadonlyMap<string, ProfileDocument>;
  servers: readonly LibertyServer[];
  config: LoadedConfig;
}

const MIN_RANK = 1;
const MAX_RANK = 254;

const cache = new WeakMap<SysplexModel, { input: TakeoverInput; model: TakeoverModel }>();

/**
 * The takeover model of an analysis, built once per SysplexModel (each analysis assembles a new one),
 * so the checks, the CLI and the editor share one instance.
 */
export function takeoverModelFor(input: TakeoverInput): TakeoverModel {
  const steps = takeoverModelSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * takeoverModelFor as steps: it yields every few hundred addresses and servers, so the workspace
 * can build the model of a first analysis (tens of thousands of DVIPAs) between turns of the event
 * loop, before the checks read it from the cache.
 */
export function* takeoverModelSteps(input: TakeoverInput): Generator<void, TakeoverModel> {
  const cached = cache.get(input.model);
  if (cached && cached.input.servers === input.servers && cached.input.config === input.config && cached.input.profiles === input.profiles) return cached.model;
  const model = yield* buildTakeoverModelSteps(input);
  cache.set(input.model, { input, model });
  return model;
}

export function buildTakeoverModel(input: TakeoverInput): TakeoverModel {
  const steps = buildTakeoverModelSteps(input);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Work items (addresses grouped, servers placed) between two yields. */
const ITEMS_PER_STEP = 256;

function* buildTakeoverModelSteps(input: TakeoverInput): Generator<void, TakeoverModel> {
  const parts = input.model.stacks.map((stack) => stackPart(stack, input.config));
  const stacks = parts.map((part) => part.stack);
  const byName = new Map(stacks.map((stack) => [stack.name, stack]));
  const partOf = new Map(parts.map((part) => [part.stack.name, part]));
  const dvipas: DvipaTakeover[] = [];
  for (const [sysplex, members] of sysplexGroups(input.model)) dvipas.push(...(yield* sysplexDvipas(sysplex, members, byName, partOf)));
  const endpoints: EndpointPlacement[] = [];
  for (let i = 0; i < input.servers.length; i++) {
    if (i % ITEMS_PER_STEP === ITEMS_PER_STEP - 1) yield;
    for (const placement of placements(input.servers[i], input.model)) endpoints.push(placement);
  }
  return { stacks, dvipas, endpoints };
}

function sysplexGroups(model: SysplexModel): [string, StackModel[]][] {
  if (model.sysplexes.size > 0) return [...model.sysplexes];
  const groups = new Map<string, StackModel[]>();
  for (const stack of model.stacks) groups.set(stack.sysplex, [...(groups.get(stack.sysplex) ?? []), stack]);
  return [...groups];
}

/**
 * What one stack contributes, built once per StackModel (the workspace rebuilds a stack, as a new
 * object, only when one of its files or the config changed): a keystroke in one profile rebuilds one
 * part, and the per-analysis work is grouping the definitions by address.
 */
interface StackPart {
  model: StackModel;
  stack: TakeoverStack;
  /**
   * Active VIPADEFINE/VIPABACKUP definitions, without distribution (added per analysis). The same
   * array as the stack's previous part when nothing in it changed (an edit elsewhere in a member the
   * stack includes rebuilds the stack model, not its DVIPAs).
   */
  definitions: { fact: DvipaFact; definition: DvipaDefinition }[];
  /** What the grouping reads besides the definitions: VIPADISTRIBUTE DEFINEs, CPC and the VIPADELETEs. */
  sideKey: string;
}

const parts = new WeakMap<StackModel, { config: LoadedConfig; part: StackPart }>();
/** The latest part per stack root, to carry unchanged definitions over to a rebuilt stack model. */
const latestParts = new Map<string, StackPart>();

function stackPart(stack: StackModel, config: LoadedConfig): StackPart {
  const cached = parts.get(stack);
  if (cached && cached.config === config) return cached.part;
  const takeover = takeoverStack(stack, config);
  // activeDvipas leaves out the addresses the stack rejects as its own (EZZ8307I): no DVIPAs.
  let definitions = [...activeDvipas(stack).values()].map((fact) => ({ fact, definition: definitionOf(fact, stack) }));
  const latest = latestParts.get(`${stack.name}|${stack.rootUri}`);
  if (latest && sameDefinitions(latest.definitions, definitions)) definitions = latest.definitions;
  const distributes = stack.distributes
    .filter((d) => d.action === 'DEFINE')
    .map((d) => `${d.address} ${d.distMethod} ${d.ports.map((p) => `${p.from}-${p.to}`).join(',')} ${d.allDestinations ? 'ALL' : ''} ${d.destinations.join(',')} ${d.sequence ?? ''}`);
  const sideKey = `${distributes.join(';')}|${takeover.cpc ?? ''}|${stack.distributes.length}|${stack.deletes.length}`;
  const part: StackPart = { model: stack, stack: takeover, definitions, sideKey };
  parts.set(stack, { config, part });
  latestParts.set(`${stack.name}|${stack.rootUri}`, part);
  return part;
}

function sameDefinitions(a: StackPart['definitions'], b: StackPart['definitions']): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i].definition;
    const y = b[i].definition;
    if (
      x.stack !== y.stack ||
      x.statement !== y.statement ||
      a[i].fact.address !== b[i].fact.address ||
      x.rank !== y.rank ||
      x.moveable !== y.moveable ||
      x.prefixLength !== y.prefixLength ||
      x.interfaceName !== y.interfaceName ||
      x.cpcScope !== y.cpcScope ||
      !sameLocation(x.location, y.location) ||
      !sameLocation(x.statementLocation, y.statementLocation)
    ) {
      return false;
    }
  }
  return true;
}

function sameLocation(a: Location, b: Location): boolean {
  return (
    a.uri === b.uri &&
    a.range.start.line === b.range.start.line &&
    a.range.start.character === b.range.start.character &&
    a.range.end.line === b.range.end.line &&
    a.range.end.character === b.range.end.character
  );
}

function takeoverStack(stack: StackModel, config: LoadedConfig): TakeoverStack {
  const group = stack.xcfGroup;
  const known = typeof group === 'object' ? group : undefined;
  const families = new Set(stack.dynamicXcfCoded ?? []);
  for (const xcf of stack.dynamicXcf) families.add(xcf.family);
  return {
    name: stack.name,
    sysplex: stack.sysplex,
    xcfGroupId: known?.id,
    xcfGroupLocation: known?.location,
    xcfGroupUnknown: group === 'unresolved' ? true : undefined,
    subplex: `${stack.sysplex}/${known?.id ?? '-'}`,
    cpc: cpcOf(stack.name, config),
    system: stack.system,
    rootUri: stack.rootUri,
    fileUris: [...stack.fileUris],
    xcfAddresses: stack.dynamicXcf.map((xcf) => xcf.address),
    xcfFamilies: [...families].sort(),
    sysplexRouting: stack.sysplexRouting,
    homes: stack.homes.map((home) => ({
      address: home.address,
      kind: home.origin === 'DYNAMICXCF' ? 'xcf' : home.staticVipa ? 'static' : 'home',
      location: home.location,
    })),
    ranges: activeRanges(stack).map((range) => ({
      network: range.network,
      prefixLength: range.prefixLength,
      family: range.family,
      moveable: range.moveable ?? 'NONDISRUPTIVE',
      saf: range.saf,
      location: range.location,
      statementLocation: range.statementLocation,
    })),
    portBinds: stack.portBinds.map((bind) => ({ port: bind.port, protocol: bind.protocol, jobName: bind.jobName, address: bind.bindAddress, location: bind.location })),
  };
}

function cpcOf(name: string, config: LoadedConfig): string | undefined {
  const stacks = config.config.stacks ?? {};
  const entry = stacks[name] ?? Object.entries(stacks).find(([key]) => key.toUpperCase() === name.toUpperCase())?.[1];
  const cpc = (entry as { cpc?: unknown } | undefined)?.cpc;
  return typeof cpc === 'string' && cpc.trim() !== '' ? cpc.trim().toUpperCase() : undefined;
}

/**
 * Builds (or finds cached) what one stack contributes to the takeover model. Every analysis needs
 * every stack's part (no-backup reads the subplexes through it); the workspace calls this as a step
 * of its own right after building the stack, so the model's first build is not one long step.
 */
export function prepareTakeoverPart(stack: StackModel, config: LoadedConfig): void {
  stackPart(stack, config);
}

/**
 * Whether the stacks form more than one TCP/IP subplex (or one has an unknown XCFGRPID), read from the
 * cached per-stack parts: checks that only care about subplexes skip the whole model when not.
 */
export function hasSeveralSubplexes(stacks: readonly StackModel[], input: Pick<TakeoverInput, 'profiles' | 'config'>): boolean {
  const subplexes = new Set<string>();
  for (const stack of stacks) {
    const part = stackPart(stack, input.config).stack;
    if (part.xcfGroupUnknown) return true;
    subplexes.add(part.subplex);
  }
  return subplexes.size > 1;
}

/**
 * The subplex of each stack ("name/subplex", "?" for an unknown XCFGRPID), joined, when the stacks
 * form more than one subplex; '' when they form one. Checks that keep findings between analyses
 * (no-backup's stack join) make it part of what invalidates them: a changed XCFGRPID changes no
 * DVIPA, yet it changes which backups count.
 */
export function subplexSignature(stacks: readonly StackModel[], input: Pick<TakeoverInput, 'profiles' | 'config'>): string {
  if (!hasSeveralSubplexes(stacks, input)) return '';
  return stacks
    .map((stack) => {
      const part = stackPart(stack, input.config).stack;
      return `${part.name}/${part.xcfGroupUnknown ? '?' : part.subplex}`;
    })
    .join('|');
}

type Entry = { fact: DvipaFact; definition: DvipaDefinition; part: StackPart };

/**
 * The last build of each sysplex, so that the next one regroups only the addresses of the stacks that
 * changed (a keystroke rebuilds one stack). Validated by identity: a stale entry is never reused.
 */
interface SysplexBuild {
  /** Stack names, subplexes and DYNAMICXCF addresses: what distributions and exclusions depend on. */
  signature: string;
  parts: Map<string, StackPart>;
  byAddress: Map<string, Entry[]>;
  takeovers: Map<string, DvipaTakeover[]>;
}

const previousBuilds = new Map<string, SysplexBuild>();

/** Every DVIPA of one sysplex, with its owner, backup chain, exclusions and distributions. */
function* sysplexDvipas(sysplex: string, members: readonly StackModel[], byName: Map<string, TakeoverStack>, partOf: Map<string, StackPart>): Generator<void, DvipaTakeover[]> {
  let done = 0;
  const parts = new Map(members.map((stack) => [stack.name, partOf.get(stack.name)!]));
  const signature = [...parts.values()].map(({ stack }) => `${stack.name}/${stack.subplex}/${stack.xcfGroupUnknown ? '?' : ''}/${stack.xcfAddresses.join(',')}/${stack.xcfFamilies.join(',')}`).join('|');
  const xcfOwners = xcfIndex(members, byName);
  const previous = previousBuilds.get(sysplex);
  let build: SysplexBuild;
  if (previous && previous.signature === signature) {
    build = previous;
    const affected = new Set<string>();
    for (const [name, part] of parts) {
      const old = build.parts.get(name)!;
      if (old === part) continue;
      // A rebuilt stack model whose DVIPAs and distributes did not change keeps its entries.
      if (old.definitions === part.definitions && old.sideKey === part.sideKey) {
        build.parts.set(name, part);
        continue;
      }
      for (const { fact } of old.definitions) {
        affected.add(fact.address);
        const list = build.byAddress.get(fact.address)?.filter((entry) => entry.part.stack.name !== name);
        if (list && list.length > 0) build.byAddress.set(fact.address, list);
        else build.byAddress.delete(fact.address);
      }
      for (const { fact, definition } of part.definitions) {
        affected.add(fact.address);
        addEntry(build.byAddress, { fact, definition, part });
      }
      build.parts.set(name, part);
    }
    // Entries were appended: restore stack order, which decides rank ties (ownership.ts).
    const order = new Map([...parts.keys()].map((name, i) => [name, i]));
    // No yield here: `previous` is updated in place, and a run abandoned at a yield (a cancelled
    // build) would leave it half updated. A keystroke touches few addresses anyway.
    for (const address of affected) {
      const list = build.byAddress.get(address);
      if (!list) {
        build.takeovers.delete(address);
        continue;
      }
      list.sort((a, b) => order.get(a.part.stack.name)! - order.get(b.part.stack.name)!);
      build.takeovers.set(address, takeoversOf(address, sysplex, list, xcfOwners, byName));
    }
  } else {
    build = { signature, parts, byAddress: new Map(), takeovers: new Map() };
    for (const part of parts.values()) for (const { fact, definition } of part.definitions) addEntry(build.byAddress, { fact, definition, part });
    // A new build, kept only once complete: yielding (and being abandoned) is safe here.
    for (const [address, list] of build.byAddress) {
      if (++done % ITEMS_PER_STEP === 0) yield;
      build.takeovers.set(address, takeoversOf(address, sysplex, list, xcfOwners, byName));
    }
    previousBuilds.set(sysplex, build);
  }
  const result: DvipaTakeover[] = [];
  for (const takeovers of build.takeovers.values()) for (const takeover of takeovers) result.push(takeover);
  return result;
}

function addEntry(byAddress: Map<string, Entry[]>, entry: Entry): void {
  const list = byAddress.get(entry.fact.address);
  if (list) list.push(entry);
  else byAddress.set(entry.fact.address, [entry]);
}

function takeoversOf(address: string, sysplex: string, list: Entry[], xcfOwners: Map<string, TakeoverStack>, byName: Map<string, TakeoverStack>): DvipaTakeover[] {
  return subplexGroups(list).map((group) => dvipaTakeover(address, sysplex, group, xcfOwners, byName));
}

/**
 * The definitions of one address, split by subplex: each subplex with a VIPADEFINE manages its own
 * DVIPA; definitions in subplexes without one join the first owner's group (and are excluded there
 * as unable to take over). Stacks whose XCFGRPID is unknown join the first group.
 */
function subplexGroups(list: Entry[]): Entry[][] {
  const first = list[0].part.stack.subplex;
  if (list.every((entry) => entry.part.stack.subplex === first && !entry.part.stack.xcfGroupUnknown)) return [list];
  const bySubplex = new Map<string, Entry[]>();
  const unknown: Entry[] = [];
  for (const entry of list) {
    const stack = entry.part.stack;
    if (stack.xcfGroupUnknown) unknown.push(entry);
    else {
      const group = bySubplex.get(stack.subplex);
      if (group) group.push(entry);
      else bySubplex.set(stack.subplex, [entry]);
    }
  }
  const groups = [...bySubplex.values()];
  const owned = groups.filter((group) => group.some((entry) => entry.fact.statement === 'VIPADEFINE'));
  if (owned.length === 0) {
    if (groups.length === 0) return [unknown];
    groups[0].push(...unknown);
    return groups;
  }
  const orphans = groups.filter((group) => !owned.includes(group)).flat();
  owned[0].push(...orphans, ...unknown);
  return owned;
}

function dvipaTakeover(address: string, sysplex: string, list: Entry[], xcfOwners: Map<string, TakeoverStack>, byName: Map<string, TakeoverStack>): DvipaTakeover {
  const anchor = list.find((entry) => entry.fact.statement === 'VIPADEFINE') ?? list[0];
  const subplex = anchor.part.stack;
  const owners: DvipaDefinition[] = [];
  const backups: DvipaDefinition[] = [];
  const excluded: ExcludedDefinition[] = [];
  for (const { fact, definition: cached, part } of list) {
    const distribute = part.model.distributes.length > 0 ? activeDistributes(part.model, address).find((d) => d.action === 'DEFINE') : undefined;
    const definition = distribute ? { ...cached, distribution: distributionOf(distribute, part.model, xcfOwners, byName) } : cached;
    const why = exclusionOf(fact, part, subplex);
    if (why) excluded.push({ ...definition, ...why });
    else if (fact.statement === 'VIPADEFINE') owners.push(definition);
    else backups.push(definition);
  }
  if (backups.length > 1) backups.sort((a, b) => (b.rank ?? MIN_RANK) - (a.rank ?? MIN_RANK));
  const first = owners[0] ?? backups[0];
  return {
    address,
    family: anchor.fact.family,
    sysplex,
    subplex: subplex.subplex,
    owners,
    backups,
    excluded,
    cpcScope: first?.cpcScope ?? false,
    takeback: owners[0] ? (owners[0].moveable ?? 'IMMEDIATE') : undefined,
    takebackDefaulted: owners[0] && !owners[0].moveable ? true : undefined,
  };
}

function definitionOf(fact: DvipaFact, stack: StackModel): DvipaDefinition {
  return {
    stack: stack.name,
    statement: fact.statement,
    rank: fact.rank,
    moveable: fact.moveable,
    prefixLength: fact.prefixLength,
    interfaceName: fact.interfaceName,
    cpcScope: fact.cpcScope === true,
    location: fact.location,
    statementLocation: fact.statementLocation,
  };
}

function exclusionOf(fact: DvipaFact, part: StackPart, anchor: TakeoverStack): Pick<ExcludedDefinition, 'why' | 'reason'> | undefined {
  const own = part.stack;
  const name = own.name;
  if (fact.statement === 'VIPABACKUP' && fact.rank !== undefined && (fact.rank < MIN_RANK || fact.rank > MAX_RANK)) {
    return { why: 'rank-out-of-range', reason: `the VIPABACKUP rank ${fact.rank} of ${name} is outside 1–254, so it is left out of the backup chain` };
  }
  if (own !== anchor && !sameSubplex(own, anchor)) {
    return {
      why: 'other-subplex',
      reason: `${name} is in another TCP/IP subplex (GLOBALCONFIG XCFGRPID ${describeGroup(own)}, ${anchor.name} has ${describeGroup(anchor)}): stacks of different subplexes are not aware of each other`,
    };
  }
  return undefined;
}

export function describeGroup(stack: TakeoverStack): string {
  return stack.xcfGroupId !== undefined ? String(stack.xcfGroupId) : 'not coded';
}

/** Whether two stacks see each other: same sysplex and same XCFGRPID (unknown groups are given the benefit of the doubt). */
export function sameSubplex(a: TakeoverStack, b: TakeoverStack): boolean {
  if (a.sysplex !== b.sysplex) return false;
  if (a.xcfGroupUnknown || b.xcfGroupUnknown) return true;
  return a.subplex === b.subplex;
}

function xcfIndex(members: readonly StackModel[], byName: Map<string, TakeoverStack>): Map<string, TakeoverStack> {
  const index = new Map<string, TakeoverStack>();
  for (const stack of members) for (const xcf of stack.dynamicXcf) if (!index.has(xcf.address)) index.set(xcf.address, byName.get(stack.name)!);
  return index;
}

function distributionOf(fact: DistributeFact, stack: StackModel, xcfOwners: Map<string, TakeoverStack>, byName: Map<string, TakeoverStack>): TakeoverDistribution {
  const targets: string[] = [];
  const unmatched: string[] = [];
  const self = byName.get(stack.name)!;
  if (fact.allDestinations) {
    for (const other of byName.values()) {
      if (other.name === stack.name || !sameSubplex(other, self) || other.sysplex !== stack.sysplex) continue;
      if (other.xcfFamilies.includes(fact.family)) targets.push(other.name);
    }
  }
  for (const destination of fact.destinations) {
    const target = xcfOwners.get(destination);
    if (!target) unmatched.push(destination);
    else if (sameSubplex(target, self) && !targets.includes(target.name)) targets.push(target.name);
  }
  return { distMethod: fact.distMethod, ports: fact.ports.map((p) => ({ ...p })), targets, all: fact.allDestinations, unmatched, location: fact.location };
}

function placements(server: LibertyServer, model: SysplexModel): EndpointPlacement[] {
  const stacks = stacksForServer(server, model);
  return server.endpoints
    .filter((endpoint) => endpoint.enabled && endpoint.ports.length > 0)
    .map((endpoint) => {
      const bindAddresses: Record<string, string> = {};
      if (endpoint.address !== undefined) {
        for (const stack of stacks) {
          const bind = endpoint.address === ALL_INTERFACES ? portBindFor(stack, endpoint, server.jobName) : undefined;
          bindAddresses[stack.name] = bind ? bind.bindAddress : endpoint.address;
        }
      }
      return {
        server: server.name,
        serverXmlUri: server.serverXmlUri,
        endpointId: endpoint.id,
        kind: endpoint.kind,
        location: endpoint.host.location,
        address: endpoint.address,
        host: endpoint.host.value ?? endpoint.host.raw,
        loopback: endpoint.address !== undefined && endpoint.address !== ALL_INTERFACES && isLoopbackAddress(endpoint.address),
        stacks: stacks.map((stack) => stack.name),
        bindAddresses,
      };
    });
}

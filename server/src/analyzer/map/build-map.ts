/**
 * Builds the sysplex map (map-types.ts) from an analysis: stacks as columns grouped by sysplex and
 * subplex, rows for every address, the roles per stack, the Liberty endpoints bound to each address,
 * the findings about each row, what each file was taken as and why, and, when stacks are taken down,
 * the failover simulation on top.
 */
import type { AnalysisResult, FileClassification } from '../model/analysis-result.js';
import type { TakeoverStack } from '../model/takeover-types.js';
import type { MapFileRole, MapStack, MapSysplex, SysplexMap } from './map-types.js';
import { SysplexState } from '../takeover/sysplex-state.js';
import { RangeLookup } from './range-lookup.js';
import { resolveStackNames } from '../takeover/simulate.js';
import { LocationTable } from './locations.js';
import { RowTable } from './row-table.js';
import { addDvipaRoles, addHomeRoles, addInRangeRole, addRangeRoles, addUndefinedDistributions } from './roles.js';
import { addBindings, setBindStatuses } from './bindings.js';
import { applySimulation } from './simulation.js';
import { attachFindings } from './row-findings.js';
import { groupRows } from './groups.js';

export type MapInput = Pick<AnalysisResult, 'takeover' | 'model' | 'servers' | 'findingsByUri' | 'index' | 'files'>;

export interface MapOptions {
  /** Stacks to simulate down (any case); none: the map with every stack up. */
  down?: readonly string[];
  /** How a file is shown (relative path); default: the URI. */
  labelOf?: (uri: string) => string;
  /**
   * What each file was taken as; default: the analysis's own list. vipa-check --obey passes the
   * workspace's classification with the member shown as applied by the option, not by a config.
   */
  fileRoles?: readonly FileClassification[];
}

export function buildSysplexMap(analysis: MapInput, options: MapOptions = {}): SysplexMap {
  const model = analysis.takeover;
  const locations = new LocationTable(options.labelOf ?? ((uri) => uri));
  const rows = new RowTable();
  const stackModels = new Map(analysis.model.stacks.map((stack) => [stack.name, stack]));
  const { found: down, unknown: unknownDown } = resolveStackNames(model, options.down ?? []);

  const ordered = orderStacks(model.stacks);
  for (const stack of ordered) {
    addHomeRoles(rows, stack, locations);
    addRangeRoles(rows, stack, stackModels.get(stack.name), locations);
  }
  for (const dvipa of model.dvipas) addDvipaRoles(rows, dvipa, locations);
  for (const stack of analysis.model.stacks) addUndefinedDistributions(rows, stack, locations);

  const before = new SysplexState(model, new Set(model.stacks.map((stack) => stack.name)));
  const placed = addBindings(rows, model, analysis.servers, before, locations);

  // Which VIPARANGE of each stack covers each address (most specific first, as a bind would find it).
  const ranges = new Map<string, RangeLookup>();
  for (const stack of ordered) {
    let lookup = ranges.get(stack.sysplex);
    if (!lookup) ranges.set(stack.sysplex, (lookup = new RangeLookup()));
    lookup.add(stack);
  }
  for (const draft of rows.all()) {
    if (draft.row.kind !== 'address') continue;
    for (const { stack, range } of ranges.get(draft.row.sysplex)?.covering(draft.row.address) ?? []) addInRangeRole(draft, stack, range, locations);
  }

  // Every place the address is written (an ignored repeat, a VIPADISTRIBUTE, a PORT BIND) anchors findings too.
  for (const draft of rows.all()) if (draft.row.kind === 'address') draft.anchors.push(...analysis.index.referencesOf(draft.row.address));

  setBindStatuses(placed, before);
  const simulation = down.length > 0 ? applySimulation(rows, model, down, before, placed) : undefined;

  const drafts = rows.all();
  const counts = attachFindings(drafts, analysis.findingsByUri.values(), locations);
  const column = new Map(ordered.map((stack, index) => [stack.name, index]));
  for (const draft of drafts) {
    draft.row.cells = [...draft.cells.values()]
      .filter((cell) => column.has(cell.stack))
      .sort((a, b) => column.get(a.stack)! - column.get(b.stack)!);
  }

  const sysplexes = sysplexesOf(ordered);
  const mapRows = drafts.map((draft) => draft.row);
  const groups = groupRows(mapRows, sysplexes.map((sysplex) => sysplex.name), sysplexes.length > 1);
  // What each file was taken as: a wrong guess (a copy taken as a stack...) explains a strange map.
  const fileRoles: MapFileRole[] = (options.fileRoles ?? analysis.files?.list() ?? []).map(({ uri, role, label, reason }) => ({ loc: locations.fileStart(uri), role, label, reason }));
  const stacks: MapStack[] = ordered.map((stack) => ({
    name: stack.name,
    sysplex: stack.sysplex,
    subplex: stack.subplex,
    system: stack.system,
    cpc: stack.cpc,
    loc: locations.fileStart(stack.rootUri),
    down: down.includes(stack.name),
  }));
  return { sysplexes, stacks, rows: mapRows, groups, files: locations.files, locations: locations.locations, unknownDown, simulation, counts, fileRoles };
}

function orderStacks(stacks: readonly TakeoverStack[]): TakeoverStack[] {
  return [...stacks].sort((a, b) => a.sysplex.localeCompare(b.sysplex) || subplexOrder(a).localeCompare(subplexOrder(b)) || a.name.localeCompare(b.name));
}

/** The default group (XCFGRPID not coded) first, then by group number. */
function subplexOrder(stack: TakeoverStack): string {
  return stack.xcfGroupId === undefined ? '' : String(stack.xcfGroupId).padStart(3, '0');
}

function sysplexesOf(ordered: readonly TakeoverStack[]): MapSysplex[] {
  const sysplexes: MapSysplex[] = [];
  for (const stack of ordered) {
    let sysplex = sysplexes.find((candidate) => candidate.name === stack.sysplex);
    if (!sysplex) sysplexes.push((sysplex = { name: stack.sysplex, subplexes: [] }));
    let subplex = sysplex.subplexes.find((candidate) => candidate.key === stack.subplex);
    if (!subplex) {
      const label = stack.xcfGroupUnknown ? 'XCFGRPID unknown' : stack.xcfGroupId !== undefined ? `XCFGRPID ${stack.xcfGroupId}` : '';
      sysplex.subplexes.push((subplex = { key: stack.subplex, label, stacks: [] }));
    }
    subplex.stacks.push(stack.name);
  }
  return sysplexes;
}

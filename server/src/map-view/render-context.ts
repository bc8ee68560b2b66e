/** What every part of the map renderer needs: the map, the mode, column numbers and location text. */
import type { LocRef, MapRow, MapStack, SysplexMap } from '../analyzer/map/map-types.js';
import { attrs, escapeHtml } from './html.js';

export interface RenderOptions {
  /**
   * true in the web view: down toggles, group and details expanders, focusable cells (its script
   * handles them). false for the standalone report: the same table as static text.
   */
  interactive: boolean;
  /** The report: where the row's findings are listed (a link on its severity icons). */
  findingsHref?: (row: MapRow) => string | undefined;
}

export interface RenderContext extends RenderOptions {
  map: SysplexMap;
  /** Stack name -> grid column (0 is the address, 1 the servers). */
  column: Map<string, number>;
  stackOf: Map<string, MapStack>;
  /** Total columns of the table. */
  width: number;
}

export const FIRST_STACK_COLUMN = 2;

export function renderContext(map: SysplexMap, options: RenderOptions): RenderContext {
  return {
    ...options,
    map,
    column: new Map(map.stacks.map((stack, index) => [stack.name, FIRST_STACK_COLUMN + index])),
    stackOf: new Map(map.stacks.map((stack) => [stack.name, stack])),
    width: FIRST_STACK_COLUMN + map.stacks.length,
  };
}

/** "sysa/PROFILE.TCPIP:29" (1-based line, as editors and the CLI show it). */
export function locationText(map: SysplexMap, ref: LocRef | undefined): string | undefined {
  if (ref === undefined) return undefined;
  const location = map.locations[ref];
  const file = location && map.files[location.file];
  return file ? `${file.label}:${location.line + 1}` : undefined;
}

/** An element that opens its source line (the web view's script reacts to data-loc). */
export function linked(context: RenderContext, ref: LocRef | undefined, className: string, inner: string, title?: string): string {
  const where = locationText(context.map, ref);
  const tooltip = [title, where].filter(Boolean).join('\n');
  return `<span${attrs({ class: ref !== undefined ? `${className} vm-link` : className, 'data-loc': ref, title: tooltip || undefined })}>${inner}</span>`;
}

/** The first location of a row: where its address is defined, else where a server binds it. */
export function primaryLocation(row: MapRow): LocRef | undefined {
  for (const kind of ['owner', 'range', 'static', 'home', 'xcf', 'backup', 'distributor', 'excluded'] as const) {
    for (const cell of row.cells) {
      const role = cell.roles.find((candidate) => candidate.kind === kind && candidate.loc !== undefined);
      if (role) return role.loc;
    }
  }
  return row.servers[0]?.loc ?? row.findings[0]?.loc;
}

export { escapeHtml };

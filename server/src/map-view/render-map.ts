/**
 * The one rendering of the sysplex map, shared by the editor's web view (client/webview) and the
 * CLI's HTML report (server/src/cli/format-html.ts): HTML strings from the view model, so the same
 * code runs in Node and in the browser. The web view renders group by group and replaces only the
 * groups that changed; the report renders everything at once.
 */
import type { MapRow, SysplexMap } from '../analyzer/map/map-types.js';
import { renderContext, type RenderOptions } from './render-context.js';
import { renderGroup, renderHead } from './render-grid.js';
import { renderLegend, renderSummary } from './render-summary.js';
import { renderFiles } from './render-files.js';
import { EMPTY_VIEW, visibleGroups, type MapViewState } from './view-state.js';

export interface RenderedMap {
  summary: string;
  legend: string;
  /** What each file was taken as, and why ("" without files). */
  files: string;
  /** The <thead>. */
  head: string;
  /** One <tbody> per visible group, in order. */
  groups: { key: string; html: string }[];
  /** Rows shown (in open groups) and rows matching the filter. */
  shownRows: number;
  matchingRows: number;
}

export interface MapRenderOptions extends RenderOptions {
  view?: MapViewState;
  /** Rows whose details line is open; default: the view's details. */
  detailsOpen?: (row: MapRow) => boolean;
  /** Every group open, however large the map (the report, which has no buttons to open them). */
  openAllGroups?: boolean;
}

export function renderMap(map: SysplexMap, options: MapRenderOptions): RenderedMap {
  const view = options.view ?? EMPTY_VIEW;
  const context = renderContext(map, options);
  const details = new Set(view.details);
  const detailsOpen = options.detailsOpen ?? ((row: MapRow) => details.has(row.id));
  const visible = visibleGroups(map, view, options.openAllGroups);
  return {
    summary: renderSummary(map),
    legend: renderLegend(),
    files: renderFiles(context, view.filesOpen === true),
    head: renderHead(context),
    groups: visible.map((group) => ({ key: group.group.key, html: renderGroup(context, group, detailsOpen) })),
    shownRows: visible.reduce((sum, group) => sum + (group.open ? group.rows.length : 0), 0),
    matchingRows: visible.reduce((sum, group) => sum + group.rows.length, 0),
  };
}

/** The table alone (the report; the web view assembles it from the parts to update it in place). */
export function renderTable(rendered: RenderedMap, label: string): string {
  return `<table class="vm-grid" role="grid" aria-label="${label.replace(/"/g, '&quot;')}">${rendered.head}${rendered.groups.map((group) => group.html).join('')}</table>`;
}

/**
 * The sysplex map panel's message protocol between the extension (map-panel.ts) and its web view
 * (client/webview/map-webview.ts). Types only: both sides import them.
 */
import type { SysplexMap } from '../../../server/src/analyzer/map/map-types.js';
import type { MapViewState } from '../../../server/src/map-view/view-state.js';

export const MAP_VIEW_TYPE = 'vipaCheck.sysplexMap';

/** What the web view keeps with setState; the serializer hands it back after a window reload. */
export interface MapWebviewState {
  down: string[];
  view: MapViewState;
  scrollTop: number;
  scrollLeft: number;
  /** The focused grid cell: row id (or group key) and column. */
  focus?: { row: string; column: number };
}

export type ToWebview =
  /** A fresh map (after an edit, or for the stacks now down). */
  | { type: 'map'; stamp: number; map: SysplexMap }
  /** A line for the status area: "The VIPA language server is not running.", "" to clear. */
  | { type: 'status'; text: string }
  /** Press a stack's "down" toggle as the reader would (commands and tests use it). */
  | { type: 'toggleStack'; stack: string }
  /** Type into the filter box as the reader would. */
  | { type: 'setFilter'; filter: string };

/** What the web view found in its own DOM after rendering a map (the extension-host test reads it). */
export interface RenderedFacts {
  stamp: number;
  /** Stacks whose toggle is pressed. */
  pressed: string[];
  /** Stack columns drawn as down. */
  downColumns: string[];
  /** "address@STACK" of the cells marked as taking over / lost. */
  takingOver: string[];
  lost: string[];
  /** Servers shown as lost. */
  serversLost: string[];
  /** The simulation line above the map, "" without one. */
  simulation: string;
  /** The Files section: "path: what it was taken as", one per file. */
  files: string[];
  groups: number;
  rows: number;
  renderMs: number;
}

export type FromWebview =
  | { type: 'ready'; state?: MapWebviewState }
  | { type: 'setDown'; down: string[] }
  /** Open a source location of the map with this stamp (index into its locations). */
  | { type: 'open'; stamp: number; loc: number }
  | { type: 'rendered'; facts: RenderedFacts }
  | { type: 'refresh' };

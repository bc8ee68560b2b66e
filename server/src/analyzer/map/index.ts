/**
 * The sysplex map: a pure, JSON-serialisable view model of an analysis (stacks × addresses, roles,
 * Liberty endpoints, findings, failover simulation, what each file was taken as), for the editor's
 * web view and the CLI's HTML report. Both render it with server/src/map-view.
 *
 *   const map = buildSysplexMap(analysis, { down: ['SYSA'], labelOf: (uri) => relativePath(uri) });
 */
export type * from './map-types.js';
export { buildSysplexMap, type MapInput, type MapOptions } from './build-map.js';
export { subnetOf } from './groups.js';

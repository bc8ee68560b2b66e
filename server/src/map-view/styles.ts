/**
 * The map's style sheet, shared by the web view and the report. Colours are VS Code theme variables
 * (so dark, light and high contrast themes apply) with light fallbacks for the standalone report;
 * marks never rely on colour alone (each has a symbol or a word). Print: no scrolling, no buttons.
 */
export const MAP_CSS = `
.vm-root {
  --vm-fg: var(--vscode-foreground, #1f1f1f);
  --vm-bg: var(--vscode-editor-background, #ffffff);
  --vm-muted: var(--vscode-descriptionForeground, #5f5f5f);
  --vm-border: var(--vscode-editorGroup-border, #d0d0d0);
  --vm-band: var(--vscode-sideBarSectionHeader-background, #f0f0f0);
  --vm-focus: var(--vscode-focusBorder, #005fb8);
  --vm-link: var(--vscode-textLink-foreground, #005fb8);
  --vm-error: var(--vscode-editorError-foreground, #c72e0f);
  --vm-warning: var(--vscode-editorWarning-foreground, #8a6100);
  --vm-info: var(--vscode-editorInfo-foreground, #1a6fc9);
  --vm-hint: var(--vscode-editorHint-foreground, #6c6c6c);
  --vm-ok: var(--vscode-testing-iconPassed, #2f7d32);
  --vm-owner: var(--vscode-charts-blue, #1a6fc9);
  --vm-backup: var(--vscode-charts-purple, #7a3fa0);
  --vm-dist: var(--vscode-charts-orange, #b85e00);
  --vm-range: var(--vscode-charts-green, #2f7d32);
  --vm-home: var(--vm-muted);
  --vm-hover: var(--vscode-list-hoverBackground, rgba(0, 0, 0, .04));
  color: var(--vm-fg);
  background: var(--vm-bg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", sans-serif);
  font-size: var(--vscode-font-size, 13px);
  line-height: 1.35;
}
.vm-root * { box-sizing: border-box; }
.vm-facts, .vm-warning { margin: 4px 0; }
.vm-muted, .vm-kind, .vm-stack-where, .vm-ports, .vm-group-count { color: var(--vm-muted); }
.vm-warning { color: var(--vm-warning); }
.vm-sim { margin: 6px 0; padding: 4px 8px; border-left: 4px solid var(--vm-warning); background: color-mix(in srgb, var(--vm-warning) 12%, transparent); }
.vm-sim-loss { border-left-color: var(--vm-error); background: color-mix(in srgb, var(--vm-error) 10%, transparent); }
.vm-legend { display: flex; flex-wrap: wrap; gap: 2px 14px; list-style: none; margin: 4px 0 6px; padding: 0; font-size: 11px; color: var(--vm-muted); }
.vm-legend .vm-role, .vm-legend .vm-bind { display: inline-block; color: var(--vm-fg); }
.vm-legend-active { color: var(--vm-owner); }
.vm-scroll { overflow: auto; border: 1px solid var(--vm-border); }
.vm-grid { border-collapse: separate; border-spacing: 0; }
.vm-grid th, .vm-grid td { border-right: 1px solid var(--vm-border); border-bottom: 1px solid var(--vm-border); padding: 3px 6px; vertical-align: top; text-align: left; font-weight: normal; }
.vm-grid thead { position: sticky; top: 0; z-index: 3; }
/* Bands are drawn over the opaque background: a theme may make its band colour translucent. */
.vm-grid thead th { background-color: var(--vm-bg); background-image: linear-gradient(var(--vm-band), var(--vm-band)); font-weight: 600; white-space: nowrap; }
.vm-plex, .vm-subplex { text-align: left; }
.vm-head-label { position: sticky; left: 25.5em; }
.vm-addr { position: sticky; left: 0; z-index: 1; width: 12em; min-width: 12em; max-width: 12em; background: var(--vm-bg); }
.vm-servers { position: sticky; left: 12em; z-index: 1; width: 13em; min-width: 13em; max-width: 13em; background: var(--vm-bg); }
thead .vm-corner { z-index: 4; vertical-align: bottom; }
.vm-cell { min-width: 10.5em; max-width: 15em; }
.vm-address { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); font-weight: 600; }
.vm-kind { display: block; font-size: 11px; }
.vm-stack { min-width: 8.5em; }
.vm-stack-name { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); }
.vm-stack-where { display: block; font-weight: normal; font-size: 11px; }
.vm-down-toggle { font: inherit; font-size: 11px; margin-top: 2px; padding: 0 8px; border-radius: 2px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground, var(--vm-fg)); background: var(--vscode-button-secondaryBackground, #e4e4e4);
  border: 1px solid var(--vscode-button-border, var(--vm-border)); }
.vm-down-toggle[aria-pressed="true"] { color: var(--vscode-button-foreground, #fff); background: var(--vm-error); }
.vm-down-badge { display: inline-block; margin-top: 2px; padding: 0 6px; border-radius: 2px; color: #fff; background: var(--vm-error); font-size: 11px; }
.vm-root { --vm-hatch: repeating-linear-gradient(135deg, color-mix(in srgb, var(--vm-muted) 14%, transparent) 0 5px, transparent 5px 10px); }
.vm-down { background-image: var(--vm-hatch); }
.vm-grid thead th.vm-down { background-image: var(--vm-hatch), linear-gradient(var(--vm-band), var(--vm-band)); }
.vm-cell.vm-down > * { opacity: .65; }
.vm-role { display: block; margin: 1px 0; padding: 0 4px; border-left: 3px solid var(--vm-role); border-radius: 2px; overflow-wrap: anywhere;
  background: color-mix(in srgb, var(--vm-role) 13%, transparent); }
.vm-role-owner { --vm-role: var(--vm-owner); font-weight: 600; }
.vm-role-backup { --vm-role: var(--vm-backup); }
.vm-role-distributor, .vm-role-target { --vm-role: var(--vm-dist); }
.vm-role-range, .vm-role-in-range { --vm-role: var(--vm-range); }
.vm-role-in-range { background: transparent; }
.vm-role-home, .vm-role-static, .vm-role-xcf { --vm-role: var(--vm-home); }
.vm-role-excluded { --vm-role: var(--vm-error); text-decoration: line-through; }
.vm-active { box-shadow: inset 3px 0 0 var(--vm-owner); }
.vm-active > .vm-role:first-child::before { content: "● "; color: var(--vm-owner); }
.vm-bind { display: block; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.vm-bind > [aria-hidden] { display: inline-block; width: 1em; font-weight: 700; }
.vm-bind-covered > [aria-hidden] { color: var(--vm-ok); }
.vm-bind-after-takeover > [aria-hidden] { color: var(--vm-warning); }
.vm-bind-uncovered > [aria-hidden] { color: var(--vm-error); }
.vm-bind-any > [aria-hidden], .vm-bind-down > [aria-hidden] { color: var(--vm-muted); }
.vm-server { display: block; }
.vm-bind-fate, .vm-fate { display: inline-block; padding: 0 4px; border-radius: 2px; font-size: 11px; }
.vm-fate { display: block; width: fit-content; margin-top: 1px; }
.vm-fate-moved, .vm-endpoint-restartable { background: color-mix(in srgb, var(--vm-warning) 20%, transparent); }
.vm-fate-lost, .vm-endpoint-lost { background: color-mix(in srgb, var(--vm-error) 22%, transparent); font-weight: 600; }
.vm-fate-stays, .vm-fate-inactive, .vm-endpoint-stays { color: var(--vm-muted); }
.vm-change { display: block; font-size: 11px; font-weight: 600; }
.vm-change-takes-over { background-color: color-mix(in srgb, var(--vm-ok) 16%, transparent); }
.vm-change-lost { background-color: color-mix(in srgb, var(--vm-error) 16%, transparent); }
.vm-change-moved-away { background-color: color-mix(in srgb, var(--vm-warning) 12%, transparent); }
.vm-legend-change { padding: 0 4px; color: var(--vm-fg); }
.vm-badge-link { color: inherit; text-decoration: none; }
.vm-severities { display: inline-flex; gap: 6px; white-space: nowrap; }
.vm-count { display: inline-flex; align-items: center; gap: 2px; }
.vm-icon { flex: none; vertical-align: -2px; fill: currentColor; }
.vm-icon .vm-icon-mark { fill: none; stroke: var(--vm-bg); stroke-width: 1.7; stroke-linecap: round; }
.vm-sev-error { color: var(--vm-error); }
.vm-sev-warning { color: var(--vm-warning); }
.vm-sev-information { color: var(--vm-info); }
.vm-sev-hint { color: var(--vm-hint); }
.vm-group-head th { background-color: var(--vm-bg); background-image: linear-gradient(var(--vm-band), var(--vm-band)); padding: 2px 6px; }
.vm-sticky { position: sticky; left: 0; display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; max-width: min(100%, 96vw); }
.vm-group-label { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); font-weight: 600; }
.vm-group-fates { font-size: 11px; font-weight: 600; color: var(--vm-warning); }
.vm-group-toggle, .vm-expander { font: inherit; color: inherit; background: none; border: none; padding: 0; cursor: pointer; }
.vm-expander { float: right; width: 1.4em; color: var(--vm-muted); }
.vm-details td { background: color-mix(in srgb, var(--vm-fg) 4%, var(--vm-bg)); }
.vm-details .vm-sticky { display: block; }
.vm-details ul { margin: 2px 0; padding-left: 1.2em; max-width: 110ch; }
.vm-details li { margin: 2px 0; }
.vm-details .vm-role { display: inline-block; vertical-align: bottom; max-width: none; }
.vm-details code { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); }
.vm-where { color: var(--vm-muted); white-space: nowrap; }
.vm-files { margin: 4px 0; }
.vm-files > summary { cursor: pointer; }
.vm-files-table { border-collapse: collapse; max-width: 160ch; margin: 4px 0; }
.vm-files-table th, .vm-files-table td { border-bottom: 1px solid var(--vm-border); padding: 2px 8px; text-align: left; vertical-align: top; }
.vm-files-table thead th { font-weight: 600; background-color: var(--vm-bg); background-image: linear-gradient(var(--vm-band), var(--vm-band)); }
.vm-file { font-family: var(--vscode-editor-font-family, ui-monospace, Consolas, monospace); white-space: nowrap; }
button.vm-file { font-size: inherit; color: var(--vm-link); background: none; border: none; padding: 0; cursor: pointer; text-align: left; }
button.vm-file:hover { text-decoration: underline; }
.vm-interactive .vm-link { cursor: pointer; }
.vm-interactive .vm-link:hover { color: var(--vm-link); text-decoration: underline; }
.vm-root [data-col]:focus, .vm-root button:focus-visible, .vm-root input:focus { outline: 1px solid var(--vm-focus); outline-offset: -1px; }
/* A hover tint as an image over the cell's own (opaque) background: the sticky columns must never turn
   see-through, and list.hoverBackground is transparent in high contrast themes. */
.vm-row:hover > th, .vm-row:hover > td:not(.vm-down) { background-image: linear-gradient(var(--vm-hover), var(--vm-hover)); }
.vm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
body.vscode-high-contrast .vm-root, body.vscode-high-contrast-light .vm-root { --vm-border: var(--vscode-contrastBorder, CanvasText); --vm-band: var(--vm-bg); }
body.vscode-high-contrast .vm-row:hover > th.vm-addr, body.vscode-high-contrast-light .vm-row:hover > th.vm-addr { outline: 1px dashed var(--vscode-contrastActiveBorder, Highlight); outline-offset: -2px; }
body.vscode-high-contrast .vm-role, body.vscode-high-contrast-light .vm-role,
body.vscode-high-contrast .vm-fate, body.vscode-high-contrast-light .vm-fate { border: 1px solid var(--vscode-contrastBorder, CanvasText); }
body.vscode-high-contrast .vm-down-toggle, body.vscode-high-contrast-light .vm-down-toggle { color: var(--vm-fg); background: transparent; border-color: var(--vscode-contrastBorder, CanvasText); }
body.vscode-high-contrast .vm-down-toggle[aria-pressed="true"], body.vscode-high-contrast-light .vm-down-toggle[aria-pressed="true"] { color: var(--vm-bg); background: var(--vm-error); }
body.vscode-high-contrast .vm-root [data-col]:focus, body.vscode-high-contrast-light .vm-root [data-col]:focus { outline: 2px dashed var(--vscode-contrastActiveBorder, Highlight); }
@media (forced-colors: active) {
  .vm-role, .vm-fate, .vm-bind-fate, .vm-down-badge { border: 1px solid CanvasText; }
  .vm-change-takes-over, .vm-change-lost, .vm-change-moved-away { outline: 2px solid Highlight; outline-offset: -2px; }
}
@media print {
  .vm-root { font-size: 9pt; }
  .vm-root * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .vm-scroll { overflow: visible; max-height: none !important; border: none; }
  .vm-grid thead { position: static; display: table-header-group; }
  .vm-addr, .vm-servers, .vm-sticky { position: static; }
  .vm-grid tr { break-inside: avoid; }
  .vm-down-toggle, .vm-expander, .vm-toolbar { display: none !important; }
}
`;

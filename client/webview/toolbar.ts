/** The map panel's toolbar: filter, open/close all groups, all stacks up, and a line of key help. */
export function toolbarHtml(): string {
  return `<div class="vm-toolbar" role="toolbar" aria-label="Sysplex map">
<input id="vm-filter" type="search" placeholder="Filter: address, server, host or code" aria-label="Filter rows by address, server name, host or finding code"/>
<button type="button" data-action="expand">Open all groups</button>
<button type="button" data-action="collapse">Close all groups</button>
<button type="button" data-action="all-up" title="Clear every down toggle">All stacks up</button>
<span class="vm-status" role="status" aria-live="polite"></span>
</div>
<p class="vm-help">Toggle a stack <b>up/down</b> to simulate its failure (toggles combine). Click a mark to open its source line. Keys: arrows move between cells, Enter opens, Space shows details, Tab leaves the map.</p>`;
}

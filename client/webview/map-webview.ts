/**
 * The sysplex map panel's script (bundled to dist/client/map-webview.js). It renders the map with
 * the shared renderer (server/src/map-view, the one the CLI's HTML report uses), replaces only the
 * subnet groups that changed when a new map arrives (so scroll position, focus and open groups
 * survive an edit), keeps the reader's toggles, filter and scroll with setState, and turns clicks
 * and keys into messages for the extension (map-panel.ts).
 */
import type { SysplexMap } from '../../server/src/analyzer/map/map-types.js';
import type { FromWebview, MapWebviewState, RenderedFacts, ToWebview } from '../src/map/map-messages.js';
import { renderMap } from '../../server/src/map-view/render-map.js';
import { EMPTY_VIEW } from '../../server/src/map-view/view-state.js';
import { moveFocus, targetCell, lineOf } from './grid-keys.js';
import { toolbarHtml } from './toolbar.js';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): MapWebviewState | undefined;
  setState(state: MapWebviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const saved = vscode.getState();
const state: MapWebviewState = {
  down: saved?.down ?? [],
  view: { ...EMPTY_VIEW, ...(saved?.view ?? {}) },
  scrollTop: saved?.scrollTop ?? 0,
  scrollLeft: saved?.scrollLeft ?? 0,
  focus: saved?.focus,
};
let map: SysplexMap | undefined;
let stamp = 0;
let restoreScroll = true;
/** A toggle was pressed and its map has not arrived yet. */
let togglePending = false;

const root = document.getElementById('map-root')!;
root.innerHTML = `${toolbarHtml()}<div class="vm-summary"></div><div class="vm-files-box"></div><div class="vm-legend-box"></div><div class="vm-scroll" tabindex="-1"><table class="vm-grid" role="grid" aria-label="Sysplex VIPA map"></table></div>`;
const status = root.querySelector<HTMLElement>('.vm-status')!;
const filter = root.querySelector<HTMLInputElement>('#vm-filter')!;
const summary = root.querySelector<HTMLElement>('.vm-summary')!;
const legend = root.querySelector<HTMLElement>('.vm-legend-box')!;
const filesBox = root.querySelector<HTMLElement>('.vm-files-box')!;
const scroller = root.querySelector<HTMLElement>('.vm-scroll')!;
const table = root.querySelector<HTMLTableElement>('.vm-grid')!;
filter.value = state.view.filter;

function save(): void {
  vscode.setState(state);
}

function setStatus(text: string): void {
  status.textContent = text;
}

/** Replaces `target`'s content only when the HTML differs (keeps focus and selection otherwise). */
function setHtml(target: HTMLElement, html: string): void {
  if (target.dataset.html !== html) {
    target.innerHTML = html;
    target.dataset.html = html;
  }
}

const fromHtml = (html: string): HTMLElement => {
  const holder = document.createElement('tbody');
  const template = document.createElement('template');
  template.innerHTML = `<table>${html}</table>`;
  return (template.content.querySelector('thead, tbody') as HTMLElement | null) ?? holder;
};

const groupHtml = new WeakMap<Element, string>();

function render(): void {
  if (!map) return;
  const started = performance.now();
  const rendered = renderMap(map, { interactive: true, view: state.view });
  setHtml(summary, rendered.summary);
  setHtml(filesBox, rendered.files);
  setHtml(legend, rendered.legend);
  const head = table.tHead;
  if (!head || groupHtml.get(head) !== rendered.head) {
    const fresh = fromHtml(rendered.head);
    groupHtml.set(fresh, rendered.head);
    if (head) head.replaceWith(fresh);
    else table.prepend(fresh);
  }
  // Group bodies: keep the ones whose HTML did not change, in the new order.
  const existing = new Map<string, HTMLElement>();
  for (const body of [...table.tBodies]) existing.set(body.dataset.group ?? '', body);
  let previous: Element = table.tHead!;
  for (const group of rendered.groups) {
    let body = existing.get(group.key);
    existing.delete(group.key);
    if (!body || groupHtml.get(body) !== group.html) {
      const fresh = fromHtml(group.html);
      groupHtml.set(fresh, group.html);
      if (body) body.replaceWith(fresh);
      body = fresh;
    }
    if (previous.nextElementSibling !== body) previous.after(body);
    previous = body;
  }
  for (const stale of existing.values()) stale.remove();
  table.setAttribute('aria-rowcount', String(rendered.shownRows));
  if (restoreScroll) {
    scroller.scrollTop = state.scrollTop;
    scroller.scrollLeft = state.scrollLeft;
    restoreScroll = false;
  }
  restoreFocus();
  const shown = rendered.matchingRows === map.rows.length ? '' : `${rendered.matchingRows} of ${map.rows.length} rows match the filter.`;
  setStatus(shown);
  root.setAttribute('aria-busy', 'false');
  vscode.postMessage({ type: 'rendered', facts: facts(performance.now() - started) });
}

function cellAt(row: string, column: number): HTMLElement | undefined {
  const line = [...table.querySelectorAll<HTMLElement>('tr[data-row], tbody[data-group]')].find((element) => element.dataset.row === row || element.dataset.group === row);
  if (!line) return undefined;
  const scope = line.matches('tbody') ? line.querySelector<HTMLElement>('.vm-group-head') : line;
  return scope?.querySelector<HTMLElement>(`[data-col="${column}"]`) ?? undefined;
}

function restoreFocus(): void {
  const focus = state.focus;
  const target = (focus && cellAt(focus.row, focus.column)) ?? table.querySelector<HTMLElement>('tbody [data-col]');
  if (!target) return;
  const hadFocus = table.contains(document.activeElement) || document.activeElement === document.body;
  moveFocus(table, target, hadFocus && focus !== undefined && document.activeElement !== filter);
}

function rememberFocus(cell: HTMLElement): void {
  const line = lineOf(cell);
  const row = line?.closest<HTMLElement>('tr[data-row]')?.dataset.row ?? line?.closest<HTMLElement>('tbody[data-group]')?.dataset.group;
  if (row === undefined) return;
  state.focus = { row, column: Number(cell.dataset.col ?? 0) };
  save();
}

function facts(renderMs: number): RenderedFacts {
  const stackAt = (cell: Element) => map?.stacks[Number((cell as HTMLElement).dataset.col) - 2]?.name ?? '?';
  const addressOf = (cell: Element) => cell.closest('tr')?.querySelector('.vm-address')?.textContent ?? '?';
  const marked = (selector: string) => [...table.querySelectorAll(selector)].map((cell) => `${addressOf(cell)}@${stackAt(cell)}`);
  return {
    stamp,
    pressed: [...table.querySelectorAll<HTMLElement>('[data-toggle-stack][aria-pressed="true"]')].map((button) => button.dataset.toggleStack ?? ''),
    downColumns: [...table.querySelectorAll('th.vm-stack.vm-down .vm-stack-name')].map((name) => name.textContent ?? ''),
    takingOver: marked('td.vm-change-takes-over'),
    lost: marked('td.vm-change-lost'),
    serversLost: [...new Set([...table.querySelectorAll('.vm-servers .vm-endpoint-lost')].map((badge) => badge.closest('.vm-server')?.querySelector('b')?.textContent ?? ''))],
    simulation: summary.querySelector('.vm-sim')?.textContent ?? '',
    files: [...filesBox.querySelectorAll('tr.vm-file-role')].map((line) => `${line.querySelector('.vm-file')?.textContent ?? ''}: ${line.children[1]?.textContent ?? ''}`),
    groups: table.tBodies.length,
    rows: table.querySelectorAll('tr.vm-row').length,
    renderMs: Math.round(renderMs),
  };
}

function setDown(down: string[]): void {
  state.down = down;
  save();
  for (const button of table.querySelectorAll<HTMLElement>('[data-toggle-stack]')) {
    const pressed = down.includes(button.dataset.toggleStack ?? '');
    button.setAttribute('aria-pressed', String(pressed));
    button.textContent = pressed ? 'down' : 'up';
  }
  setStatus(down.length > 0 ? `Simulating ${down.join(', ')} down…` : 'All stacks up…');
  togglePending = true;
  vscode.postMessage({ type: 'setDown', down });
}

function toggleStack(stack: string): void {
  setDown(state.down.includes(stack) ? state.down.filter((name) => name !== stack) : [...state.down, stack]);
}

function toggleGroup(key: string): void {
  const open = table.querySelector<HTMLElement>(`[data-group-toggle="${CSS.escape(key)}"]`)?.getAttribute('aria-expanded') === 'true';
  state.view = { ...state.view, groups: { ...state.view.groups, [key]: !open } };
  save();
  render();
}

function toggleDetails(row: string): void {
  const details = state.view.details.includes(row) ? state.view.details.filter((id) => id !== row) : [...state.view.details, row];
  state.view = { ...state.view, details };
  save();
  render();
}

function setAllGroups(open: boolean): void {
  if (!map) return;
  state.view = { ...state.view, groups: Object.fromEntries(map.groups.map((group) => [group.key, open])) };
  save();
  render();
}

let filterTimer: ReturnType<typeof setTimeout> | undefined;
function setFilter(text: string): void {
  if (filter.value !== text) filter.value = text;
  clearTimeout(filterTimer);
  filterTimer = setTimeout(() => {
    // Groups closed earlier open again for the new filter's matches.
    const groups = Object.fromEntries(Object.entries(state.view.groups).filter(([, open]) => open));
    state.view = { ...state.view, filter: text, groups };
    save();
    render();
  }, 120);
}

function open(element: Element | null): void {
  const link = element?.closest<HTMLElement>('[data-loc]') ?? element?.querySelector<HTMLElement>('[data-loc]');
  if (link?.dataset.loc !== undefined) vscode.postMessage({ type: 'open', stamp, loc: Number(link.dataset.loc) });
}

root.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const stackToggle = target.closest<HTMLElement>('[data-toggle-stack]');
  if (stackToggle) return toggleStack(stackToggle.dataset.toggleStack ?? '');
  const groupToggle = target.closest<HTMLElement>('[data-group-toggle]');
  if (groupToggle) return toggleGroup(groupToggle.dataset.groupToggle ?? '');
  const rowToggle = target.closest<HTMLElement>('[data-row-toggle]');
  if (rowToggle) return toggleDetails(rowToggle.dataset.rowToggle ?? '');
  const action = target.closest<HTMLElement>('[data-action]')?.dataset.action;
  if (action === 'expand') return setAllGroups(true);
  if (action === 'collapse') return setAllGroups(false);
  if (action === 'all-up') return setDown([]);
  const cell = target.closest<HTMLElement>('[data-col], tr.vm-details li');
  if (cell && table.contains(cell)) {
    moveFocus(table, cell);
    rememberFocus(cell);
  }
  if (target.closest('[data-loc]')) open(target);
});

table.addEventListener('keydown', (event) => {
  const current = (event.target as HTMLElement).closest<HTMLElement>('[data-col], tr.vm-details li');
  if (!current) return;
  if (event.key === 'Enter') {
    event.preventDefault();
    const toggle = current.matches('[data-group-toggle]') ? current : undefined;
    if (toggle) toggleGroup(toggle.dataset.groupToggle ?? '');
    else open(current);
    return;
  }
  if (event.key === ' ') {
    event.preventDefault();
    if (current.matches('[data-group-toggle]')) toggleGroup(current.dataset.groupToggle ?? '');
    else {
      const row = current.closest<HTMLElement>('tr.vm-row')?.dataset.row;
      if (row) toggleDetails(row);
    }
    return;
  }
  const next = targetCell(table, current, event);
  if (!next) return;
  event.preventDefault();
  moveFocus(table, next);
  rememberFocus(next);
});

// The Files section's disclosure: keep the reader's choice ('toggle' does not bubble, hence capture).
filesBox.addEventListener(
  'toggle',
  (event) => {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === (state.view.filesOpen === true)) return;
    state.view = { ...state.view, filesOpen: open };
    save();
  },
  true,
);

filter.addEventListener('input', () => setFilter(filter.value));
filter.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') setFilter('');
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    const first = table.querySelector<HTMLElement>('[data-current]') ?? table.querySelector<HTMLElement>('tbody [data-col]');
    if (first) moveFocus(table, first);
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
scroller.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => {
    state.scrollTop = scroller.scrollTop;
    state.scrollLeft = scroller.scrollLeft;
    save();
  }, 100);
});

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message?.type) {
    case 'map': {
      const shown = message.map.stacks.filter((stack) => stack.down).map((stack) => stack.name);
      const known = new Set(message.map.stacks.map((stack) => stack.name));
      const wanted = state.down.filter((name) => known.has(name));
      // A map asked for before the latest toggle: the one for the toggles now pressed is on its way.
      if (togglePending && (shown.length !== wanted.length || shown.some((name) => !wanted.includes(name)))) break;
      togglePending = false;
      map = message.map;
      stamp = message.stamp;
      state.down = shown;
      save();
      render();
      break;
    }
    case 'status':
      setStatus(message.text);
      root.setAttribute('aria-busy', 'false');
      break;
    case 'toggleStack':
      toggleStack(message.stack);
      break;
    case 'setFilter':
      setFilter(message.filter);
      break;
  }
});

vscode.postMessage({ type: 'ready', state });

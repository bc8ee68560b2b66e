/**
 * The map's Files section: what each file of the workspace was taken as (stack profile, INCLUDE or
 * OBEYFILE member, copy of another profile, another z/OS configuration, Liberty file...) and why,
 * each entry opening its file. A wrong guess (a rollback copy taken as a stack) explains a strange
 * map, so it is shown with it: in the web view as a disclosure whose one-line summary counts the
 * roles, in the report as a section of its own.
 */
import type { MapFileRole } from '../analyzer/map/map-types.js';

type FileRoleName = MapFileRole['role'];
import { attrs, escapeHtml, plural } from './html.js';
import { linked, type RenderContext } from './render-context.js';

/** Singular and plural words per role, in the order the summary lists them. */
const ROLE_WORDS: Record<FileRoleName, [string, string]> = {
  'stack-profile': ['stack profile', 'stack profiles'],
  include: ['INCLUDE member', 'INCLUDE members'],
  obey: ['OBEYFILE member', 'OBEYFILE members'],
  copy: ['copy of a profile', 'copies of profiles'],
  'unused-profile': ['profile no stack reads', 'profiles no stack reads'],
  'document-local': ['document checked on its own', 'documents checked on their own'],
  'other-config': ['other z/OS configuration', 'other z/OS configurations'],
  liberty: ['Liberty file', 'Liberty files'],
  config: ['workspace config', 'workspace configs'],
};

/** "2 stack profiles, 1 copy of a profile, 4 other z/OS configurations". */
export function fileRoleCounts(entries: readonly MapFileRole[]): string {
  const counts = new Map<FileRoleName, number>();
  for (const entry of entries) counts.set(entry.role, (counts.get(entry.role) ?? 0) + 1);
  return (Object.keys(ROLE_WORDS) as FileRoleName[])
    .filter((role) => counts.has(role))
    .map((role) => plural(counts.get(role)!, ...ROLE_WORDS[role]))
    .join(', ');
}

/** The path a file entry shows: the map's label of the file (relative to the folder or cwd). */
export function fileEntryPath(context: RenderContext, entry: MapFileRole): string {
  const location = context.map.locations[entry.loc];
  return (location && context.map.files[location.file]?.label) ?? '';
}

function fileCell(context: RenderContext, entry: MapFileRole): string {
  const path = fileEntryPath(context, entry);
  if (!context.interactive) return linked(context, entry.loc, 'vm-file', escapeHtml(path));
  // A button: reachable with Tab and opened with Enter or Space (the web view's click handler opens data-loc).
  return `<button${attrs({ type: 'button', class: 'vm-file vm-link', 'data-loc': entry.loc, title: `Open ${path}` })}>${escapeHtml(path)}</button>`;
}

/**
 * The Files section, "" when the analysis listed no file. `open`: the web view's disclosure is open
 * (the reader's choice, kept in the view state); the report always shows the list.
 */
export function renderFiles(context: RenderContext, open = false): string {
  const entries = context.map.fileRoles;
  if (entries.length === 0) return '';
  const rows = entries.map(
    (entry) =>
      `<tr${attrs({ class: `vm-file-role vm-file-${entry.role}` })}><td class="vm-file-path">${fileCell(context, entry)}</td><td>${escapeHtml(entry.label)}</td><td>${escapeHtml(entry.reason)}</td></tr>`,
  );
  const table = `<table class="vm-files-table"><thead><tr><th scope="col">File</th><th scope="col">Taken as</th><th scope="col">Why</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const proposal = context.interactive ? 'run "VIPA: Create workspace config" for a proposal' : '<code>vipa-check init</code> proposes one';
  const hint = `<p class="vm-muted">A wrong guess? Say what the file is in vipa-check.json: <code>stacks</code>, <code>stacks.&lt;name&gt;.obey</code> or <code>files</code> (${proposal}).</p>`;
  const counts = `${plural(entries.length, 'file')}: ${fileRoleCounts(entries)}`;
  if (context.interactive) {
    return `<details${attrs({ class: 'vm-files', open })}><summary><b>Files</b> <span class="vm-muted">${escapeHtml(counts)} — what each was taken as, and why</span></summary>${table}${hint}</details>`;
  }
  return `<section class="vm-files" aria-labelledby="files"><h2 id="files">Files</h2><p>${escapeHtml(counts)}. What each file was taken as, and why:</p>${table}${hint}</section>`;
}

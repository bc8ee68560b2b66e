// The sysplex map part of the UI check (called by ui-check.mjs): opens the map from the status bar in
// code-server, checks its DOM (stack columns, roles, accessible names, the CSP), toggles TCPIPA down
// and checks what moves and what is lost, opens a source line from a cell and a file from the Files
// section, moves through the grid with the keyboard, and takes the README's screenshots. Then it
// looks at the HTML report of `vipa-check --format html --what-if-down TCPIPA` in the same browser,
// on screen and as printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const workspaceFolder = (page) => new URL(page.url()).searchParams.get('folder');

/** The map's document: the web view's inner frame (code-server nests the page in two iframes). */
function mapFrame(page) {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

/** What the map's DOM shows now. */
function readMap(frame) {
  return frame.locator('main#map-root').evaluate((root) => {
    const table = root.querySelector('table.vm-grid');
    const stacks = [...table.querySelectorAll('th.vm-stack .vm-stack-name')].map((name) => name.textContent);
    const cellsWith = (selector) =>
      [...table.querySelectorAll(selector)].map((cell) => `${cell.closest('tr').querySelector('.vm-address').textContent}@${stacks[Number(cell.dataset.col) - 2]}`);
    return {
      stacks,
      rows: table.querySelectorAll('tr.vm-row').length,
      addresses: [...table.querySelectorAll('.vm-address')].map((address) => address.textContent),
      pressed: [...table.querySelectorAll('[data-toggle-stack][aria-pressed="true"]')].map((button) => button.dataset.toggleStack),
      owners: cellsWith('td.vm-cell:has(.vm-role-owner)'),
      backups: cellsWith('td.vm-cell:has(.vm-role-backup)'),
      takingOver: cellsWith('td.vm-change-takes-over'),
      lost: cellsWith('td.vm-change-lost'),
      serversLost: [...table.querySelectorAll('.vm-servers .vm-endpoint-lost')].map((badge) => badge.closest('.vm-server').querySelector('b').textContent),
      simulation: root.querySelector('.vm-sim')?.textContent ?? '',
      unnamedCells: [...table.querySelectorAll('td.vm-cell')].filter((cell) => cell.children.length > 0 && !cell.getAttribute('aria-label')).length,
      csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      // Only the extension's own files, served by VS Code (…vscode-resource.vscode-cdn.net is local, not fetched).
      remote: [...document.querySelectorAll('[src],[href]')].map((element) => element.getAttribute('src') ?? element.getAttribute('href')).filter((url) => /^https?:/.test(url) && !/\.vscode-resource\.vscode-cdn\.net\//.test(url)),
    };
  });
}

export async function runSysplexMapChecks(page, { check, record, settle, shotsDir, stateDir, expected }) {
  const stackNames = expected.stacks.map((stack) => stack.name).sort();
  const frame = mapFrame(page);
  let opened = false;

  await check('the status bar item opens the sysplex map with every stack as a column', async () => {
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').first().isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    // Close the editors of the earlier checks (Ctrl+K Ctrl+W): the map gets the editor area.
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+W');
    const item = page.locator('.statusbar-item', { hasText: /\d+ stacks? · \d+ servers?/ }).first();
    await item.waitFor({ timeout: 60_000 });
    await item.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'Sysplex VIPA map' }).waitFor({ timeout: 30_000 });
    await frame.locator('table.vm-grid tr.vm-row').first().waitFor({ timeout: 60_000 });
    const dom = await readMap(frame);
    if (JSON.stringify([...dom.stacks].sort()) !== JSON.stringify(stackNames)) throw new Error(`stack columns ${dom.stacks} instead of ${stackNames}`);
    if (!dom.owners.includes('10.20.1.10@TCPIPA')) throw new Error(`no owner cell for 10.20.1.10 on TCPIPA: ${dom.owners}`);
    if (!dom.backups.includes('10.20.1.10@TCPIPB')) throw new Error(`no backup cell for 10.20.1.10 on TCPIPB: ${dom.backups}`);
    if (dom.unnamedCells > 0) throw new Error(`${dom.unnamedCells} cells without an accessible name`);
    if (!/default-src 'none'/.test(dom.csp) || !/script-src 'nonce-/.test(dom.csp)) throw new Error(`weak CSP: ${dom.csp}`);
    if (dom.remote.length > 0) throw new Error(`remote content: ${dom.remote}`);
    opened = true;
    await settle(page, 600);
    await page.screenshot({ path: join(shotsDir, 'sysplex-map.png') });
    return `${dom.stacks.join(', ')} as columns; ${dom.rows} address rows; owners ${dom.owners.length}, backups ${dom.backups.length}; CSP "${dom.csp.slice(0, 60)}..." -> sysplex-map.png`;
  });
  if (!opened) {
    record('the sysplex map checks', false, 'the map did not open');
    return;
  }

  await check('toggling TCPIPA down shows what moves, what is lost and which servers are lost', async () => {
    await frame.locator('[data-toggle-stack="TCPIPA"]').click();
    await frame.locator('[data-toggle-stack="TCPIPA"][aria-pressed="true"]').waitFor({ timeout: 10_000 });
    await frame.locator('.vm-sim').waitFor({ timeout: 30_000 });
    await frame.locator('td.vm-change-takes-over').first().waitFor({ timeout: 30_000 });
    const dom = await readMap(frame);
    if (!/If TCPIPA goes down/.test(dom.simulation)) throw new Error(`simulation line: "${dom.simulation}"`);
    if (!dom.takingOver.includes('10.20.1.60@TCPIPB')) throw new Error(`TCPIPB does not take 10.20.1.60 over: ${dom.takingOver}`);
    if (!dom.lost.includes('10.20.1.30@TCPIPA')) throw new Error(`10.20.1.30 is not shown lost: ${dom.lost}`);
    if (!dom.serversLost.includes('batchgw')) throw new Error(`batchgw is not shown lost: ${dom.serversLost}`);
    await frame.locator('tr[data-row="PLEXA|10.20.1.10"]').scrollIntoViewIfNeeded();
    await settle(page, 600);
    await page.screenshot({ path: join(shotsDir, 'sysplex-map-what-if.png') });
    return `"${dom.simulation.trim()}"; taking over: ${dom.takingOver.join(', ')}; lost: ${dom.lost.join(', ')} -> sysplex-map-what-if.png`;
  });

  await check('a second toggle combines with the first', async () => {
    await frame.locator('[data-toggle-stack="TCPIPB"]').click();
    await frame.locator('.vm-sim', { hasText: 'If TCPIPA and TCPIPB go down' }).waitFor({ timeout: 30_000 });
    const dom = await readMap(frame);
    if (!dom.lost.includes('10.20.1.60@TCPIPA')) throw new Error(`10.20.1.60 is not lost with both down: ${dom.lost}`);
    await frame.locator('[data-toggle-stack="TCPIPB"]').click();
    await frame.locator('.vm-sim', { hasText: /If TCPIPA goes down/ }).waitFor({ timeout: 30_000 });
    return `pressed ${dom.pressed.join(' + ')}: ${dom.lost.length} cells lost, e.g. ${dom.lost.slice(0, 3).join(', ')}; TCPIPB back up`;
  });

  await check('clicking a backup cell opens the VIPABACKUP line beside the map', async () => {
    const text = readFileSync(join(workspaceFolder(page), 'sysb', 'PROFILE.TCPIP'), 'utf8').split(/\r?\n/);
    const line = text.findIndex((candidate) => /VIPABACKUP 100 10\.20\.1\.50 10\.20\.1\.60/.test(candidate)) + 1;
    await frame.locator('tr[data-row="PLEXA|10.20.1.60"] td[data-col="3"] .vm-role-backup').click();
    await page.waitForFunction(() => /sysb/.test(document.querySelector('.editor-group-container.active .breadcrumbs-control')?.textContent ?? ''), null, { timeout: 30_000 });
    const selection = page.locator('.statusbar-item[id="status.editor.selection"]');
    await page.waitForFunction((expectedLine) => (document.querySelector('[id="status.editor.selection"]')?.textContent ?? '').includes(`Ln ${expectedLine},`), line, { timeout: 30_000 });
    return `sysb/PROFILE.TCPIP opened at "${(await selection.innerText()).trim()}" (the VIPABACKUP is on line ${line})`;
  });

  await check('the Files section says what each file was taken as and why, and a click on a file opens it', async () => {
    const mapTab = page.locator('.tabs-container .tab', { hasText: 'Sysplex VIPA map' }).first();
    await mapTab.click();
    const summary = frame.locator('details.vm-files > summary');
    const closedLine = (await summary.innerText()).replace(/\s+/g, ' ').trim();
    await summary.click();
    await frame.locator('details.vm-files[open] tr.vm-file-role').first().waitFor({ timeout: 10_000 });
    const rows = await frame.locator('details.vm-files').evaluate((details) =>
      [...details.querySelectorAll('tr.vm-file-role')].map((row) => [...row.children].map((cell) => cell.textContent.trim()).join(' | ')),
    );
    for (const stack of ['a', 'b', 'c']) {
      if (!rows.some((row) => row.startsWith(`sys${stack}/PROFILE.TCPIP | stack profile of TCPIP${stack.toUpperCase()} | `))) throw new Error(`sys${stack}/PROFILE.TCPIP is not listed as a stack profile: ${rows.join('; ')}`);
    }
    const include = rows.find((row) => row.startsWith('TCPIP.TCPPARMS/VIPARNG | INCLUDE member of '));
    if (!include) throw new Error(`the INCLUDE member is not listed: ${rows.join('; ')}`);
    await frame.locator('details.vm-files button.vm-file', { hasText: 'TCPIP.TCPPARMS/VIPARNG' }).click();
    await page.waitForFunction(() => /VIPARNG/.test(document.querySelector('.editor-group-container.active .breadcrumbs-control')?.textContent ?? ''), null, { timeout: 30_000 });
    // Closed again: the later checks and the reload see the map as before.
    await mapTab.click();
    await summary.click();
    await frame.locator('details.vm-files:not([open])').waitFor({ timeout: 10_000 });
    return `"${closedLine}"; ${rows.length} rows, e.g. "${include}"; clicking TCPIP.TCPPARMS/VIPARNG opened it`;
  });

  await check('the keyboard moves between cells and Space opens a row\'s details', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'Sysplex VIPA map' }).first().click();
    const start = frame.locator('tr[data-row="PLEXA|10.20.1.10"] th.vm-addr');
    await start.click();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const focused = await frame.locator('main#map-root').evaluate(() => ({ col: document.activeElement?.dataset?.col, label: document.activeElement?.getAttribute('aria-label') }));
    if (focused.col !== '2') throw new Error(`focus is on column ${focused.col}`);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press(' ');
    await frame.locator('tr.vm-details[data-details-for="PLEXA|10.20.1.10"]').waitFor({ timeout: 10_000 });
    const details = (await frame.locator('tr.vm-details[data-details-for="PLEXA|10.20.1.10"]').innerText()).replace(/\s+/g, ' ');
    await page.keyboard.press(' ');
    return `focused cell "${focused.label}"; details: "${details.slice(0, 120)}..."`;
  });

  await check('after a window reload the map comes back with its toggle', async () => {
    // Reloaded as a user does (Developer: Reload Window): the workbench shuts down first and flushes
    // its storage, where the webview state lives. A bare page.reload() leaves that flush to
    // beforeunload, which did not always finish under load.
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.fill('>Developer: Reload Window');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Developer: Reload Window' }).first().waitFor({ timeout: 10_000 });
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.locator('.tabs-container .tab', { hasText: 'Sysplex VIPA map' }).first().click({ timeout: 60_000 });
    await frame.locator('[data-toggle-stack="TCPIPA"][aria-pressed="true"]').waitFor({ timeout: 60_000 });
    await frame.locator('.vm-sim', { hasText: /If TCPIPA goes down/ }).waitFor({ timeout: 30_000 });
    const dom = await readMap(frame);
    return `restored by the serializer: ${dom.rows} rows, pressed ${dom.pressed.join(', ')}`;
  });

  await check('the map follows a high contrast theme', async () => {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.fill('Dark High Contrast');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /^Dark High Contrast/ }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    await frame.locator('body.vscode-high-contrast').waitFor({ timeout: 30_000 });
    const look = await frame.locator('main#map-root').evaluate((root) => {
      const role = root.querySelector('.vm-role-owner');
      const style = getComputedStyle(role);
      const sticky = getComputedStyle(root.querySelector('tbody th.vm-addr')).backgroundColor;
      const vars = ['--vscode-editor-background', '--vscode-sideBarSectionHeader-background', '--vm-bg', '--vm-band'].map((name) => `${name}=${getComputedStyle(root).getPropertyValue(name).trim()}`).join(' ');
      return { border: style.borderTopStyle + ' ' + style.borderTopColor, text: style.color, background: getComputedStyle(document.body).backgroundColor, sticky, vars };
    });
    if (!look.border.startsWith('solid')) throw new Error(`role marks have no border in high contrast: ${JSON.stringify(look)}`);
    await settle(page, 600);
    if (stateDir) await page.screenshot({ path: join(stateDir, 'sysplex-map-high-contrast.png') });
    if (/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(look.sticky)) throw new Error(`the sticky address column is transparent: ${JSON.stringify(look)}`);
    return `owner mark: border ${look.border}, text ${look.text}; sticky column ${look.sticky}; ${look.vars}${stateDir ? ' -> sysplex-map-high-contrast.png (not in docs/)' : ''}`;
  });
}

export async function runHtmlReportCheck(context, { check, settle, shotsDir, reportHtml }) {
  await check('the HTML report shows the map, the failover and the findings, on screen and printed', async () => {
    const page = await context.newPage();
    try {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`file://${reportHtml}`);
      const dom = await page.evaluate(() => ({
        title: document.querySelector('h1')?.textContent,
        stacks: [...document.querySelectorAll('th.vm-stack .vm-stack-name')].map((name) => name.textContent),
        rows: document.querySelectorAll('table.vm-grid tr.vm-row').length,
        down: [...document.querySelectorAll('th.vm-stack.vm-down .vm-stack-name')].map((name) => name.textContent),
        findings: document.querySelectorAll('#findings + p + table tbody tr td code').length,
        failover: document.querySelector('#failover')?.textContent,
        scripts: document.querySelectorAll('script').length,
        files: [...document.querySelectorAll('#files ~ table.vm-files-table tbody tr')].map((row) => row.children[1]?.textContent),
      }));
      if (!dom.title?.includes('TCPIPA goes down') || dom.down.join() !== 'TCPIPA' || dom.rows === 0 || dom.findings === 0 || dom.scripts !== 0) throw new Error(JSON.stringify(dom));
      if (!dom.files.includes('stack profile of TCPIPA')) throw new Error(`the Files section does not list the profile of TCPIPA: ${JSON.stringify(dom.files)}`);
      await settle(page, 300);
      await page.screenshot({ path: join(shotsDir, 'html-report.png') });
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => ({ overflow: getComputedStyle(document.querySelector('.vm-scroll')).overflowY, toggles: document.querySelectorAll('.vm-down-toggle').length }));
      if (printed.overflow !== 'visible') throw new Error(`printed, the map scrolls (${printed.overflow})`);
      return `"${dom.title}": ${dom.stacks.join(', ')}; ${dom.rows} rows; ${dom.findings} findings; "${dom.failover}" section; ${dom.files.length} files; no script; printed without scrolling -> html-report.png`;
    } finally {
      await page.close();
    }
  });
}

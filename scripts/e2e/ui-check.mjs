// Looks at the extension the way a user does: code-server (VS Code 1.100) with the packaged .vsix
// installed, in headless Debian chromium driven by playwright-core. Opens a profile and a server.xml from
// the explorer and checks that squiggles show, that the Problems panel lists findings with their codes,
// that keywords, comments and addresses get different colours, that a hover appears, that inlay hints
// show backup ranks and resolved ${variables}, that F2 on an address opens a grouped rename preview,
// and that the sysplex map opens from the status bar, toggles a stack down and opens source lines
// (map-checks.mjs), after the everyday-editing checks of ui-check-editing.mjs (typing, completion, did
// you mean, rejected definitions, an included Liberty file, a cross-file fix and its undo); then it
// looks at the HTML report of `vipa-check --format html`.
// Waits on selectors; the only pauses are short settles before screenshots.
// Usage: node scripts/e2e/ui-check.mjs <workbench url> <screenshot dir> <vipa-check --format json output> [last-state.png] [report.html]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runSysplexMapChecks, runHtmlReportCheck } from './map-checks.mjs';
import { runEverydayEditingChecks } from './ui-check-editing.mjs';

const [url, shotsDir, expectedFile, lastShot, reportHtml] = process.argv.slice(2);
if (!url || !shotsDir || !expectedFile) {
  console.error('usage: node scripts/e2e/ui-check.mjs <workbench url> <screenshot dir> <cli json>');
  process.exit(2);
}
const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
const t0 = Date.now();
const log = (message) => console.log(`[ui-check +${((Date.now() - t0) / 1000).toFixed(1)}s] ${message}`);
const results = [];
function record(name, ok, detail) {
  results.push({ name, ok });
  log(`${ok ? 'PASS' : 'FAIL'} ${name}${detail ? ': ' + detail : ''}`);
}
let currentPage;
async function check(name, body) {
  try {
    record(name, true, await body());
  } catch (error) {
    record(name, false, error instanceof Error ? error.message.split('\n')[0] : String(error));
    // What the page looked like when the check failed, next to the final-state screenshot.
    if (lastShot && currentPage) {
      const shot = lastShot.replace(/\.png$/, `-failed-${results.length}.png`);
      await currentPage.screenshot({ path: shot }).then(() => log(`  screenshot of the failure: ${shot}`), () => {});
    }
  }
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const settle = (page, ms = 400) => page.waitForTimeout(ms); // only before screenshots: let animations finish

const profileFile = expected.stacks[0]?.file;
const serverXmlFinding = expected.diagnostics.find((d) => d.code === 'bind-not-covered' && d.severity !== 'information' && /server\.xml$/.test(d.file));
const profileCodes = new Set(expected.diagnostics.filter((d) => d.file === profileFile).map((d) => d.code));
const allCodes = new Set(expected.diagnostics.map((d) => d.code));

/** Expands the folders of `relativePath` in the explorer and clicks the file; resolves when its tab is active. */
async function openFromExplorer(page, relativePath) {
  const parts = relativePath.split('/');
  for (let depth = 0; depth < parts.length; depth++) {
    const row = page
      .locator(`.explorer-folders-view .monaco-list-row[aria-level="${depth + 1}"]`)
      .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(parts[depth])}$`) }) })
      .first();
    await row.waitFor({ timeout: 60_000 });
    const isFolder = depth < parts.length - 1;
    if (!isFolder || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  }
  await page.locator('.tabs-container .tab.active', { hasText: parts[parts.length - 1] }).waitFor({ timeout: 30_000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor({ timeout: 30_000 });
}

const activeEditor = '.editor-group-container.active .monaco-editor';

/**
 * Opens a workspace file from the explorer by its path. Unlike openFromExplorer it picks each row
 * below its parent folder (by the list's data-index), so sysb/PROFILE.TCPIP is never sysa's.
 */
async function openByPath(page, relativePath) {
  const parts = relativePath.split('/');
  let parentIndex = -1;
  for (let depth = 0; depth < parts.length; depth++) {
    const index = await page.waitForFunction(
      ([name, level, after]) => {
        const rows = [...document.querySelectorAll('.explorer-folders-view .monaco-list-row')]
          .map((row) => ({ row, index: Number(row.getAttribute('data-index')), level: Number(row.getAttribute('aria-level')) }))
          .sort((a, b) => a.index - b.index);
        for (const entry of rows) {
          if (entry.index <= after) continue;
          if (entry.level < level) return undefined;
          // An object: waitForFunction waits for a truthy value, and the first row's index is 0.
          if (entry.level === level && entry.row.querySelector('.label-name')?.textContent === name) return { index: entry.index };
        }
        return undefined;
      },
      [parts[depth], depth + 1, parentIndex],
      { timeout: 60_000 },
    ).then(async (handle) => (await handle.jsonValue()).index);
    const row = page.locator(`.explorer-folders-view .monaco-list-row[data-index="${index}"]`);
    const isFolder = depth < parts.length - 1;
    if (!isFolder || (await row.getAttribute('aria-expanded')) !== 'true') await row.click();
    parentIndex = index;
  }
  await page.waitForFunction(
    ([folder, file]) => {
      const crumbs = document.querySelector('.editor-group-container.active .breadcrumbs-control')?.textContent ?? '';
      return crumbs.includes(folder) && crumbs.includes(file);
    },
    [parts[parts.length - 2] ?? '', parts[parts.length - 1]],
    { timeout: 30_000 },
  );
  await page.locator(`${activeEditor} .view-lines`).first().waitFor({ timeout: 30_000 });
}

/** Text of the visible lines of the active editor, inlay hints included (they are rendered as text). */
async function visibleText(page) {
  return (await page.locator(`${activeEditor} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
}

/**
 * Inlay hints on a VIPABACKUP line and after ${orders.ip}, then the rename preview of a DVIPA
 * (screenshots inlay-hints.png and rename-preview.png for the README).
 */
async function runEditorExperienceChecks(page) {
  const backupProfile = expected.stacks.map((stack) => stack.file).find((file) => /sysb\//i.test(file)) ?? expected.stacks[1]?.file;
  if (!backupProfile) {
    record('a profile with VIPABACKUP exists in the example', false, 'no second stack');
    return;
  }
  await check(`inlay hints show the takeover order on ${backupProfile}`, async () => {
    await page.keyboard.press('Escape');
    // The Problems panel of the earlier checks would cover half the editor.
    if (await page.locator('.part.panel').first().isVisible().catch(() => false)) await page.keyboard.press('Control+J');
    await openByPath(page, backupProfile);
    // The editor writes blanks as U+00A0.
    await page.waitForFunction((editor) => /\d(st|nd|rd|th) of \d+ backups?/.test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), activeEditor, { timeout: 60_000 });
    const lines = (await visibleText(page)).split('\n').filter((line) => /backups?/.test(line) && /VIPABACKUP/.test(line));
    await settle(page, 600);
    await page.screenshot({ path: join(shotsDir, 'inlay-hints.png') });
    return `${lines.length} VIPABACKUP lines with hints, e.g. "${lines[0]?.trim().replace(/\s+/g, ' ').slice(0, 110)}" -> inlay-hints.png`;
  });

  await check('inlay hint shows the value behind ${orders.ip}', async () => {
    await openByPath(page, 'liberty/servers/orders/server.xml');
    await page.waitForFunction((editor) => /\$\{orders\.ip\}\s*= 10\.20\.2\.10/.test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), activeEditor, { timeout: 60_000 });
    const line = (await visibleText(page)).split('\n').find((text) => text.includes('${orders.ip}'));
    return `"${line?.trim().replace(/\s+/g, ' ')}"`;
  });

  await check('F2 on a DVIPA opens a rename preview grouped by profile statements and vipa-check.json', async () => {
    await openByPath(page, backupProfile);
    const address = page.locator(`${activeEditor} .view-line span span`, { hasText: /^10\.20\.1\.10$/ }).first();
    await address.waitFor({ timeout: 30_000 });
    await address.click();
    await page.keyboard.press('F2');
    const input = page.locator('.rename-box input, .rename-input').first();
    await input.waitFor({ timeout: 30_000 });
    const placeholder = await input.inputValue();
    await input.fill('10.20.1.19');
    // "Enter to Rename, Ctrl+Enter to Preview" (VS Code 1.100; older versions used Shift+Enter).
    await page.keyboard.press('Control+Enter');
    // The preview lists changes by file; "Group Changes By Type" shows the server's edit groups.
    const byType = page.locator('[aria-label="Group Changes By Type"]').first();
    await byType.waitFor({ timeout: 60_000 });
    await byType.click();
    const group = page.getByText('Profile statements', { exact: false }).first();
    await group.waitFor({ timeout: 60_000 });
    await page.getByText('vipa-check.json', { exact: false }).first().waitFor({ timeout: 10_000 });
    await settle(page, 800);
    await page.screenshot({ path: join(shotsDir, 'rename-preview.png') });
    const discard = page.getByRole('button', { name: /discard/i }).first();
    if (await discard.isVisible().catch(() => false)) await discard.click();
    return `rename box prefilled with ${placeholder}; preview groups "Profile statements" and "vipa-check.json" -> rename-preview.png`;
  });
}

(async () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'ui-check-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || (await context.newPage());
  currentPage = page;
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  try {
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench loaded');
    if (!profileFile) throw new Error('the CLI found no stack in the workspace');

    await check(`profile ${profileFile} opens from the explorer`, async () => {
      await openFromExplorer(page, profileFile);
      return 'editor open';
    });

    await check('squiggles show on the profile', async () => {
      await page.waitForSelector(`${activeEditor} :is(.squiggly-error, .squiggly-warning)`, { timeout: 60_000 });
      const counts = await page.evaluate((editor) => ({
        errors: document.querySelectorAll(`${editor} .squiggly-error`).length,
        warnings: document.querySelectorAll(`${editor} .squiggly-warning`).length,
        infos: document.querySelectorAll(`${editor} .squiggly-info`).length,
      }), activeEditor);
      return `${counts.errors} error, ${counts.warnings} warning, ${counts.infos} info squiggles in view`;
    });

    await check('keywords, comments and addresses get different colours', async () => {
      // Wait until the grammar has tokenized the view (more than one token class in use).
      await page.waitForFunction((editor) => new Set([...document.querySelectorAll(`${editor} .view-line span span`)].map((s) => s.className)).size > 2, activeEditor, { timeout: 30_000 });
      const tokens = await page.evaluate((editor) => {
        const spans = [...document.querySelectorAll(`${editor} .view-line span span`)];
        const text = (span) => span.textContent.replace(/\u00a0/g, ' ').trim();
        const info = (span) => span && { text: text(span), color: getComputedStyle(span).color, className: span.className };
        const keywords = /^(TCPCONFIG|UDPCONFIG|IPCONFIG|VIPADYNAMIC|ENDVIPADYNAMIC|VIPADEFINE|VIPABACKUP|VIPARANGE|VIPADISTRIBUTE|INTERFACE|BEGINROUTES|ENDROUTES|PORT|HOME|START|INCLUDE)$/;
        return {
          keyword: info(spans.find((s) => keywords.test(text(s)))),
          comment: info(spans.find((s) => text(s).startsWith(';') && text(s).length > 3)),
          address: info(spans.find((s) => /^\d{1,3}(\.\d{1,3}){3}(\/\d{1,2})?$/.test(text(s)))),
        };
      }, activeEditor);
      const missing = Object.entries(tokens).filter(([, value]) => !value).map(([key]) => key);
      if (missing.length > 0) throw new Error(`no ${missing.join(', ')} token in view`);
      const colours = new Set([tokens.keyword.color, tokens.comment.color, tokens.address.color]);
      const detail = Object.entries(tokens).map(([kind, t]) => `${kind} "${t.text.slice(0, 20)}" ${t.color}`).join('; ');
      if (colours.size !== 3) throw new Error(`colours are not all different: ${detail}`);
      return detail;
    });

    await check('hovering a keyword shows its explanation', async () => {
      // A statement keyword on a line without a squiggle, so the hover shows the keyword help alone.
      const keyword = page.locator(`${activeEditor} .view-line span span`, { hasText: /^(TCPCONFIG|IPCONFIG|VIPADYNAMIC|VIPADEFINE|VIPARANGE)$/ }).first();
      const word = (await keyword.innerText()).trim();
      await keyword.hover();
      const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: word }).first();
      await hover.waitFor({ state: 'visible', timeout: 30_000 });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      if (!/ibm/i.test(text)) throw new Error(`hover on ${word} has no IBM link text: ${text.slice(0, 200)}`);
      await settle(page);
      await page.screenshot({ path: join(shotsDir, 'hover.png') });
      return `${word}: "${text.slice(0, 120)}..." -> hover.png`;
    });
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    const problemsFilter = page.locator('.markers-panel-container .viewpane-filter input, .panel .viewpane-filter input, .markers-panel-action-filter input').first();
    await check('the Problems panel lists findings with their codes', async () => {
      await page.keyboard.press('Control+Shift+M');
      // Rows show "message  vipa(code)  [Ln, Col]"; the parentheses are CSS, so the row's text reads
      // "...vipabind-not-covered[Ln 6, Col 50]". The list is virtual: only rows in view exist.
      const codeIn = (codes) => new RegExp(`vipa(${[...codes].map(escapeRegExp).join('|')})\\[Ln`);
      const anyCode = codeIn(allCodes);
      await page.locator('.markers-panel .monaco-list-row', { hasText: anyCode }).first().waitFor({ timeout: 30_000 }).catch(async (error) => {
        const rows = await page.evaluate(() => [...document.querySelectorAll('.monaco-list-row')].map((row) => row.closest('[class*=markers]')?.className + ' :: ' + row.textContent).slice(0, 40));
        log(`  rows: ${JSON.stringify(rows, null, 1)}`);
        throw error;
      });
      const total = (await page.locator('.panel .composite-bar .badge, .panel .action-item.checked .badge').first().innerText().catch(() => '?')).trim();
      // Narrow to the open profile (a glob filters by file) so the screenshot shows its findings.
      await problemsFilter.waitFor({ timeout: 10_000 });
      await problemsFilter.fill(`**/${profileFile}`);
      const profileCode = codeIn(profileCodes);
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: profileCode }).first();
      await row.waitFor({ timeout: 30_000 });
      const texts = await page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.textContent));
      const seen = [...profileCodes].filter((code) => texts.some((text) => text.includes(`vipa${code}[Ln`)));
      if (seen.length < Math.min(2, profileCodes.size)) throw new Error(`only ${seen.join(', ')} of ${[...profileCodes].join(', ')} listed`);
      // Clicking a finding reveals it in the editor, so the screenshot shows its squiggle as well.
      await row.click();
      await page.waitForSelector(`${activeEditor} :is(.squiggly-error, .squiggly-warning)`, { timeout: 30_000 });
      await settle(page);
      await page.screenshot({ path: join(shotsDir, 'problems.png') });
      return `${total} problems in the workspace; for ${profileFile}: ${seen.join(', ')} -> problems.png`;
    });
    await problemsFilter.fill('').catch(() => {});

    if (!serverXmlFinding) {
      record('a bind-not-covered finding on a server.xml exists in the example', false, 'the CLI reports none');
    } else {
      await check(`${serverXmlFinding.file} opens from the explorer with a squiggle`, async () => {
        await openFromExplorer(page, serverXmlFinding.file);
        await page.waitForSelector(`${activeEditor} :is(.squiggly-error, .squiggly-warning)`, { timeout: 60_000 });
        return 'squiggle shown';
      });
      await check('the Problems panel shows bind-not-covered for the server.xml', async () => {
        const filter = problemsFilter;
        await filter.waitFor({ timeout: 10_000 });
        await filter.fill('bind-not-covered');
        const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'vipabind-not-covered[Ln' }).first();
        await row.waitFor({ timeout: 30_000 });
        const text = (await row.innerText()).replace(/\s+/g, ' ');
        await settle(page);
        await page.screenshot({ path: join(shotsDir, 'server-xml.png') });
        await filter.fill('');
        return `"${text.slice(0, 160)}" -> server-xml.png`;
      });
    }
    await runEditorExperienceChecks(page);
    // Editing first: it reverts what it types and undoes its fix, while the map checks leave a split
    // layout and a high contrast theme behind.
    await runEverydayEditingChecks(page, { check, activeEditor, openByPath, settle, visibleText, shotsDir, join, expected });
    await runSysplexMapChecks(page, { check, record, log, settle, shotsDir, stateDir: lastShot ? dirname(lastShot) : undefined, expected });
    if (reportHtml) await runHtmlReportCheck(context, { check, settle, shotsDir, reportHtml });
  } catch (error) {
    record('the workbench loads', false, error instanceof Error ? error.message : String(error));
  } finally {
    // The final state, kept out of docs/: what to look at when a check failed.
    if (lastShot) await page.screenshot({ path: lastShot }).catch(() => {});
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`ui-check: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();

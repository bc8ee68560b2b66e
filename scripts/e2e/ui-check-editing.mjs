// UI checks of everyday editing (issue 14), run by ui-check.mjs after its own: real key presses in
// code-server. Typing a VIPADYNAMIC block with Enter keeps its lines; the completion list has one
// entry per snippet and an icon per kind; a misspelt statement gets "did you mean" with a quick fix;
// a definition the stack rejects shows as rejected in the hover; the Liberty file server.xml includes
// from a subfolder gets hover and quick fixes; a fix that edits another file opens it at the change
// and Ctrl+Z there undoes it. Screenshots go to the screenshot directory; every check asserts on the DOM.

/**
 * @param {import('playwright-core').Page} page
 * @param {{ check: Function, activeEditor: string, openByPath: Function, settle: Function, visibleText: Function, shotsDir: string, join: Function, expected: any }} ui
 */
export async function runEverydayEditingChecks(page, ui) {
  const { check, activeEditor, openByPath, settle, visibleText, shotsDir, join, expected } = ui;
  const profile = expected.stacks.map((stack) => stack.file).find((file) => /sysb\//i.test(file)) ?? expected.stacks[0]?.file;
  const lineTexts = async () => (await visibleText(page)).split('\n').map((line) => line.trim());
  const hoverWith = (text) => page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: text }).first();
  const actionRow = (text) => page.locator('.action-widget .monaco-list-row', { hasText: text }).first();

  /** Runs a workbench command from the command palette (F1). */
  async function runCommand(title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input').first();
    await input.waitFor({ timeout: 10_000 });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
  }

  async function closePanels() {
    await page.keyboard.press('Escape');
    if (await page.locator('.part.panel').first().isVisible().catch(() => false)) await page.keyboard.press('Control+J');
  }

  await check('typing a VIPADYNAMIC block with Enter keeps one statement per line, and a misspelt statement is reported on itself', async () => {
    await closePanels();
    await openByPath(page, profile);
    await page.locator(`${activeEditor} .view-lines`).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    // Typed at a normal pace: the suggestion list pops up while words are typed; Enter must still
    // start a new line. The third line misspells VIPABACKUP.
    const block = ['VIPADYNAMIC', '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.30.50.0', 'VIPABAKUP 20 MOVEABLE IMMEDIATE 255.255.255.255 10.30.50.1', 'ENDVIPADYNAMIC'];
    for (const line of block) {
      await page.keyboard.type(line, { delay: 35 });
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((editor) => /ENDVIPADYNAMIC/.test(document.querySelector(`${editor} .view-lines`)?.textContent ?? ''), activeEditor, { timeout: 10_000 });
    const lines = await lineTexts();
    const at = lines.lastIndexOf('VIPADYNAMIC');
    const typed = lines.slice(at, at + 4);
    const wanted = block.map((line) => line.trim());
    if (JSON.stringify(typed) !== JSON.stringify(wanted)) throw new Error(`typed lines ${JSON.stringify(typed)}, wanted ${JSON.stringify(wanted)}`);
    // The misspelling: an error squiggle on VIPABAKUP itself, whose hover says "did you mean".
    const word = page.locator(`${activeEditor} .view-line span span`, { hasText: /^VIPABAKUP$/ }).last();
    await page.waitForSelector(`${activeEditor} .squiggly-error`, { timeout: 30_000 });
    await word.hover();
    const hover = hoverWith('Did you mean VIPABACKUP?');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const message = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/^'VIPABAKUP' is not a z\/OS TCP\/IP profile statement/.test(message.trim())) throw new Error(`hover: ${message.slice(0, 200)}`);
    await settle(page, 600);
    await page.screenshot({ path: join(shotsDir, 'typing-did-you-mean.png') });
    return `4 lines typed as typed; hover on VIPABAKUP: "${message.slice(0, 140)}..." -> typing-did-you-mean.png`;
  });

  await check('the "did you mean" quick fix corrects the statement', async () => {
    await page.keyboard.press('Escape');
    await page.locator(`${activeEditor} .view-line span span`, { hasText: /^VIPABAKUP$/ }).last().click();
    await page.keyboard.press('Control+.');
    const row = actionRow("Change 'VIPABAKUP' to VIPABACKUP");
    await row.waitFor({ timeout: 30_000 });
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'did-you-mean-fix.png') });
    await row.click();
    await page.waitForFunction((editor) => /VIPABACKUP 20 MOVEABLE/.test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), activeEditor, { timeout: 30_000 });
    return "menu offered \"Change 'VIPABAKUP' to VIPABACKUP\"; applied -> did-you-mean-fix.png";
  });

  await check('completion: each snippet once, statements, parameters and addresses with their own icons', async () => {
    // A new statement line inside the typed block (before ENDVIPADYNAMIC).
    await page.locator(`${activeEditor} .view-line span span`, { hasText: /^VIPABACKUP$/ }).last().click();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('VIPAD', { delay: 35 });
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const statementRows = await rows.evaluateAll((elements) => elements.map((row) => ({ label: row.querySelector('.label-name')?.textContent ?? row.getAttribute('aria-label') ?? '', icon: row.querySelector('.suggest-icon')?.className ?? '' })));
    const labels = statementRows.map((row) => row.label.trim());
    const snippetLabels = labels.filter((label) => /^vipad/i.test(label) && label === label.toLowerCase());
    const duplicates = snippetLabels.filter((label, index) => snippetLabels.indexOf(label) !== index);
    if (duplicates.length > 0) throw new Error(`snippets listed twice: ${duplicates.join(', ')}`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'completion-statements.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.type('EFINE MOVEABLE ', { delay: 35 });
    await page.keyboard.press('Control+Space');
    await rows.first().waitFor({ timeout: 30_000 });
    const operandRows = await rows.evaluateAll((elements) => elements.map((row) => ({ label: (row.querySelector('.label-name')?.textContent ?? '').trim(), icon: row.querySelector('.suggest-icon')?.className ?? '' })));
    const iconOf = (list, pattern) => list.find((row) => pattern.test(row.label))?.icon ?? '';
    const keywordIcon = iconOf(statementRows, /^VIPADEFINE$/);
    const parameterIcon = iconOf(operandRows, /^IMMEDIATE$/);
    if (!/symbol-keyword/.test(keywordIcon) || !/symbol-property/.test(parameterIcon)) throw new Error(`icons: statement "${keywordIcon}", parameter "${parameterIcon}"`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'completion-operands.png') });
    await page.keyboard.press('Escape');
    await runCommand('File: Revert File');
    return `statement list: ${labels.slice(0, 6).join(', ')}…; snippets once each; keyword icon ${keywordIcon.match(/codicon-symbol-\w+/)?.[0]}, parameter icon ${parameterIcon.match(/codicon-symbol-\w+/)?.[0]} -> completion-*.png`;
  });

  await check('hover on a definition the stack rejects (EZZ8307I) shows it as rejected, not as a backup', async () => {
    await openByPath(page, profile);
    const address = page.locator(`${activeEditor} .view-line span span`, { hasText: /^10\.10\.1\.2$/ }).last();
    await address.waitFor({ timeout: 30_000 });
    await address.hover();
    const hover = hoverWith('Rejected by the stack');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/EZZ8307I/.test(text) || /Backed up by/.test(text)) throw new Error(`hover: ${text.slice(0, 300)}`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'rejected-hover.png') });
    await page.keyboard.press('Escape');
    return `"${text.slice(text.indexOf('Rejected'), text.indexOf('Rejected') + 120)}..." -> rejected-hover.png`;
  });

  const included = 'liberty/servers/zosmf/includes/endpoint.xml';
  await check(`the included Liberty file ${included} gets hover and quick fixes`, async () => {
    await openByPath(page, included);
    await page.waitForSelector(`${activeEditor} :is(.squiggly-error, .squiggly-warning)`, { timeout: 60_000 });
    const host = page.locator(`${activeEditor} .view-line span span`, { hasText: /zosmf\.plexa\.example\.com/ }).first();
    await host.hover();
    const hover = hoverWith('Liberty server');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/Liberty server zosmf/.test(text)) throw new Error(`hover: ${text.slice(0, 200)}`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'included-file-hover.png') });
    await page.keyboard.press('Escape');
    await host.click();
    await page.keyboard.press('Control+.');
    const fix = actionRow(/Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/);
    await fix.waitFor({ timeout: 30_000 });
    const title = (await fix.innerText()).trim();
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'included-file-quick-fix.png') });
    await page.keyboard.press('Escape');
    return `hover "${text.slice(0, 80)}..."; quick fix "${title}" -> included-file-*.png`;
  });

  await check('a fix in another file opens that file at the change; Ctrl+Z there undoes just the fix', async () => {
    await openByPath(page, included);
    const host = page.locator(`${activeEditor} .view-line span span`, { hasText: /zosmf\.plexa\.example\.com/ }).first();
    await host.click();
    await page.keyboard.press('Control+.');
    const fix = actionRow(/Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/);
    await fix.waitFor({ timeout: 30_000 });
    const target = /in (\S+)$/.exec((await fix.innerText()).trim())?.[1] ?? '';
    await fix.click();
    const added = /VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.255 10\.20\.1\.10/;
    await page.waitForFunction(([editor, source]) => new RegExp(source).test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), [activeEditor, added.source], { timeout: 30_000 });
    const tab = (await page.locator('.tabs-container .tab.active').first().innerText()).trim();
    if (!target.endsWith(tab.split('\n')[0].trim())) throw new Error(`active tab "${tab}", the fix named ${target}`);
    const selected = await page.locator(`${activeEditor} .selected-text`).count();
    if (selected === 0) throw new Error('the change is not selected');
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'cross-file-fix.png') });
    await page.keyboard.press('Control+z');
    await page.waitForFunction(([editor, source]) => !new RegExp(source).test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), [activeEditor, added.source], { timeout: 30_000 });
    const stillActive = (await page.locator('.tabs-container .tab.active').first().innerText()).trim();
    return `the fix opened ${target} (active tab "${tab.split('\n')[0]}") with the new line selected; Ctrl+Z in "${stillActive.split('\n')[0]}" removed it -> cross-file-fix.png`;
  });
}

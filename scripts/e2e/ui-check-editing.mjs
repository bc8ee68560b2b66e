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

  /** The last span of the active editor whose text matches, and the mouse moved (and clicked) onto its middle. */
  async function pointAt(text, { click = false } = {}) {
    const span = page.locator(`${activeEditor} .view-line span span`, { hasText: text }).last();
    // Monaco re-renders a line's spans when decorations arrive (new diagnostics after an edit): the
    // span found may be replaced before its box is read. Look it up again then.
    let box = null;
    for (let attempt = 0; attempt < 5 && !box; attempt++) {
      await span.waitFor({ timeout: 30_000 });
      box = await span.boundingBox().catch(() => null);
    }
    if (!box) throw new Error(`no box for ${text}`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    if (click) await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    return box;
  }

  /** Waits for a squiggle of `kind` (error, warning ...) under the box of a word. */
  async function squiggleUnder(box, kind = 'error') {
    await page.waitForFunction(
      ([editor, squiggle, top, left, right]) =>
        [...document.querySelectorAll(`${editor} .squiggly-${squiggle}`)].some((element) => {
          const rect = element.getBoundingClientRect();
          return Math.abs(rect.top - top) < 6 && rect.left < right && rect.right > left;
        }),
      [activeEditor, kind, box.y, box.x, box.x + box.width],
      { timeout: 30_000 },
    );
  }

  /** Chooses an entry of the open quick-fix menu with the keyboard (as a user does with the arrows and Enter). */
  async function chooseAction(text) {
    const matches = (value) => (typeof text === 'string' ? value.includes(text) : text.test(value));
    for (let step = 0; step < 12; step++) {
      const focused = ((await page.locator('.action-widget .monaco-list-row.focused').first().innerText().catch(() => '')) ?? '').trim();
      if (matches(focused)) {
        await page.keyboard.press('Enter');
        return focused;
      }
      await page.keyboard.press('ArrowDown');
    }
    throw new Error(`no menu entry ${text} could be focused`);
  }

  /** Opens the suggestion list (Ctrl+Space) until it shows an entry with `text`; answers every row's label and icon. */
  async function suggestUntil(text) {
    const wanted = page.locator('.suggest-widget .monaco-list-row', { hasText: text }).first();
    for (let attempt = 0; attempt < 3; attempt++) {
      // Escape first: Ctrl+Space on an open list only toggles its details.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      if (await wanted.waitFor({ timeout: 10_000 }).then(() => true, () => false)) {
        return page.locator('.suggest-widget .monaco-list-row').evaluateAll((elements) =>
          elements.map((row) => ({ label: (row.querySelector('.label-name')?.textContent ?? '').trim(), icon: row.querySelector('.suggest-icon')?.className ?? '' })));
      }
    }
    const shown = await page.locator('.suggest-widget').first().innerText().catch(() => '(no list)');
    throw new Error(`no suggestion ${text}; the list shows: ${shown.replace(/\s+/g, ' ').slice(0, 200)}`);
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
    await page.keyboard.press('Escape');
    await page.waitForFunction((editor) => /ENDVIPADYNAMIC/.test(document.querySelector(`${editor} .view-lines`)?.textContent ?? ''), activeEditor, { timeout: 10_000 });
    const lines = await lineTexts();
    const at = lines.lastIndexOf('VIPADYNAMIC');
    const typed = lines.slice(at, at + 4);
    const wanted = block.map((line) => line.trim());
    if (JSON.stringify(typed) !== JSON.stringify(wanted)) throw new Error(`typed lines ${JSON.stringify(typed)}, wanted ${JSON.stringify(wanted)}`);
    // The misspelling: an error squiggle on VIPABAKUP itself, whose hover says "did you mean".
    const box = await pointAt(/^\s*VIPABAKUP\s*$/);
    await squiggleUnder(box);
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = hoverWith('Did you mean VIPABACKUP?');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const message = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/'VIPABAKUP' is not a z\/OS TCP\/IP profile statement/.test(message)) throw new Error(`hover: ${message.slice(0, 200)}`);
    await settle(page, 600);
    await page.screenshot({ path: join(shotsDir, 'typing-did-you-mean.png') });
    return `4 lines typed as typed; hover on VIPABAKUP: "${message.slice(0, 140)}..." -> typing-did-you-mean.png`;
  });

  await check('the "did you mean" quick fix corrects the statement', async () => {
    await page.keyboard.press('Escape');
    const misspelt = await pointAt(/^\s*VIPABAKUP\s*$/, { click: true });
    await page.keyboard.press('Control+.');
    const row = actionRow("Change 'VIPABAKUP' to VIPABACKUP");
    await row.waitFor({ timeout: 30_000 });
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'did-you-mean-fix.png') });
    await chooseAction("Change 'VIPABAKUP' to VIPABACKUP");
    await page.waitForFunction((editor) => /VIPABACKUP 20 MOVEABLE/.test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), activeEditor, { timeout: 30_000 });
    // No error squiggle left on the corrected line.
    await page.waitForFunction(
      ([editor, top]) => ![...document.querySelectorAll(`${editor} .squiggly-error`)].some((element) => Math.abs(element.getBoundingClientRect().top - top) < 6),
      [activeEditor, misspelt.y],
      { timeout: 30_000 },
    );
    return "menu offered \"Change 'VIPABAKUP' to VIPABACKUP\"; applied -> did-you-mean-fix.png";
  });

  await check('completion: each snippet once, statements, parameters and addresses with their own icons', async () => {
    // A new statement line inside the typed block (before ENDVIPADYNAMIC).
    await pointAt(/^\s*VIPABACKUP\s*$/, { click: true });
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('VIPAD', { delay: 35 });
    const statementRows = await suggestUntil('VIPADEFINE');
    const labels = statementRows.map((row) => row.label);
    const snippetLabels = labels.filter((label) => /^vipad/i.test(label) && label === label.toLowerCase());
    const duplicates = snippetLabels.filter((label, index) => snippetLabels.indexOf(label) !== index);
    if (duplicates.length > 0) throw new Error(`snippets listed twice: ${duplicates.join(', ')}`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'completion-statements.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.type('EFINE MOVEABLE ', { delay: 35 });
    const operandRows = await suggestUntil('IMMEDIATE');
    const iconOf = (list, pattern) => list.find((row) => pattern.test(row.label))?.icon ?? '';
    const keywordIcon = iconOf(statementRows, /^VIPADEFINE$/);
    const parameterIcon = iconOf(operandRows, /^IMMEDIATE$/);
    if (!/symbol-keyword/.test(keywordIcon) || !/symbol-property/.test(parameterIcon)) throw new Error(`icons: statement "${keywordIcon}", parameter "${parameterIcon}"`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'completion-operands.png') });
    await page.keyboard.press('Escape');
    return `statement list: ${labels.slice(0, 6).join(', ')}…; snippets once each; keyword icon ${keywordIcon.match(/codicon-symbol-\w+/)?.[0]}, parameter icon ${parameterIcon.match(/codicon-symbol-\w+/)?.[0]} -> completion-*.png`;
  });

  // Whatever happened above, the profile goes back to its saved text.
  await page.keyboard.press('Escape');
  await openByPath(page, profile).catch(() => undefined);
  await runCommand('File: Revert File').catch(() => undefined);

  await check('hover on a definition the stack rejects (EZZ8307I) shows it as rejected, not as a backup', async () => {
    await openByPath(page, profile);
    await pointAt(/^10\.10\.1\.2$/);
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
    await pointAt(/zosmf\.plexa\.example\.com/);
    const hover = hoverWith('Liberty server');
    await hover.waitFor({ state: 'visible', timeout: 30_000 });
    const text = (await hover.innerText()).replace(/\s+/g, ' ');
    if (!/Liberty server zosmf/.test(text)) throw new Error(`hover: ${text.slice(0, 200)}`);
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'included-file-hover.png') });
    await page.keyboard.press('Escape');
    await pointAt(/zosmf\.plexa\.example\.com/, { click: true });
    await page.keyboard.press('Control+.');
    const fix = actionRow(/Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/);
    await fix.waitFor({ timeout: 30_000 });
    const title = (await fix.innerText()).trim();
    await settle(page);
    await page.screenshot({ path: join(shotsDir, 'included-file-quick-fix.png') });
    // The menu stays open: the next check applies the fix from it.
    return `hover "${text.slice(0, 80)}..."; quick fix "${title}" -> included-file-*.png`;
  });

  await check('a fix in another file opens that file at the change; Ctrl+Z there undoes just the fix', async () => {
    const fix = actionRow(/Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/);
    if (!(await fix.isVisible().catch(() => false))) {
      await openByPath(page, included);
      await pointAt(/zosmf\.plexa\.example\.com/, { click: true });
      await page.keyboard.press('Control+.');
    }
    await fix.waitFor({ timeout: 30_000 });
    const target = /in (\S+)$/.exec((await fix.innerText()).trim())?.[1] ?? '';
    await chooseAction(/Add VIPARANGE for 10\.20\.1\.10 to stack TCPIPC in \S+/);
    const added = /VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255\.255\.255\.255 10\.20\.1\.10/;
    await page.waitForFunction(([editor, source]) => new RegExp(source).test((document.querySelector(`${editor} .view-lines`)?.textContent ?? '').replace(/\u00a0/g, ' ')), [activeEditor, added.source], { timeout: 30_000 });
    // The tab shows the file name, then its folder when another open file has the same name.
    const tab = (await page.locator('.tabs-container .tab.active').first().innerText()).trim();
    if (!target.split('/').every((part) => tab.includes(part))) throw new Error(`active tab "${tab}", the fix named ${target}`);
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

/**
 * The sysplex map panel in a real VS Code: it opens on the example sysplex, its web view renders the
 * map, and "down" toggles pressed through the web view's message protocol (the same code path as a
 * click) run the failover simulation; the web view reports what its DOM then shows. An edit to a
 * profile refreshes the open map and keeps the toggles. Its Files section lists what each file was
 * taken as.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RenderedFacts } from '../../../client/src/map/map-messages.js';
import { activateExtension, DEFAULT_TIMEOUT_MS, positionOf, revertDirtyDocuments, waitUntil, workspaceFile } from './helpers.js';

interface MapCell {
  stack: string;
  change?: string;
}

interface MapPanel {
  readonly panel: vscode.WebviewPanel;
  readonly onDidReceiveMessage: vscode.Event<unknown>;
  lastRendered: RenderedFacts | undefined;
  readonly currentMap:
    | { stacks: { name: string; sysplex: string; down: boolean }[]; rows: { address: string; cells: MapCell[] }[]; simulation?: { down: string[] }; fileRoles: { role: string; label: string }[] }
    | undefined;
  post(message: unknown): Thenable<boolean>;
}

interface Api {
  sysplexMap: { readonly active: MapPanel | undefined };
}

/** Waits until the web view has rendered a map that satisfies `accept`. */
function rendered(panel: MapPanel, accept: (facts: RenderedFacts) => boolean, what: string): Promise<RenderedFacts> {
  return waitUntil(
    () => (panel.lastRendered && accept(panel.lastRendered) ? panel.lastRendered : undefined),
    [panel.onDidReceiveMessage],
    DEFAULT_TIMEOUT_MS,
    () => `${what}; the web view last reported ${JSON.stringify(panel.lastRendered)}`,
  );
}

/** "address@STACK" of the map's cells with a change, as the server computed them. */
function modelCells(panel: MapPanel, change: string): string[] {
  return (panel.currentMap?.rows ?? []).flatMap((row) => row.cells.filter((cell) => cell.change === change).map((cell) => `${row.address}@${cell.stack}`)).sort();
}

suite('the sysplex map', () => {
  let api: Api;
  suiteSetup(async () => {
    api = (await activateExtension()).exports as unknown as Api;
  });
  teardown(revertDirtyDocuments);

  test('opens on the example sysplex, and down toggles in the web view run the failover simulation', async () => {
    await vscode.commands.executeCommand('vipaCheck.showSysplexMap');
    const panel = api.sysplexMap.active;
    assert.ok(panel, 'the map panel is open');
    assert.equal(panel.panel.viewType, 'vipaCheck.sysplexMap');

    const first = await rendered(panel, (facts) => facts.rows > 0, 'the first map');
    assert.deepEqual(first.pressed, []);
    assert.equal(first.simulation, '');
    // Earlier tests may leave other profiles open (untitled, a second folder): the example is sysplex PLEXA.
    assert.deepEqual(panel.currentMap?.stacks.filter((stack) => stack.sysplex === 'PLEXA').map((stack) => stack.name), ['TCPIPA', 'TCPIPB', 'TCPIPC']);
    assert.ok(first.rows >= panel.currentMap!.rows.length, `every row is shown (${first.rows} of ${panel.currentMap!.rows.length})`);
    // The Files section: what each file was taken as (issue 8), one entry per file the server listed.
    assert.equal(first.files.length, panel.currentMap!.fileRoles.length, first.files.join('; '));
    for (const stack of ['a', 'b', 'c']) {
      assert.ok(first.files.includes(`sys${stack}/PROFILE.TCPIP: stack profile of TCPIP${stack.toUpperCase()}`), `sys${stack}/PROFILE.TCPIP is a stack profile: ${first.files.join('; ')}`);
    }
    assert.ok(first.files.includes('TCPIP.TCPPARMS/VIPARNG: INCLUDE member of TCPIPA, TCPIPB, TCPIPC'), first.files.join('; '));

    // One toggle: TCPIPA down. The web view presses its button, asks the extension, gets the
    // simulated map and reports its DOM.
    assert.equal(await panel.post({ type: 'toggleStack', stack: 'TCPIPA' }), true);
    const one = await rendered(panel, (facts) => facts.pressed.join() === 'TCPIPA' && facts.simulation !== '', 'the map with TCPIPA down');
    assert.deepEqual(one.downColumns, ['TCPIPA']);
    assert.match(one.simulation, /If TCPIPA goes down/);
    assert.ok(one.takingOver.includes('10.20.1.60@TCPIPB'), `TCPIPB takes 10.20.1.60 over: ${one.takingOver}`);
    assert.ok(one.lost.includes('10.20.1.30@TCPIPA'), `10.20.1.30 (no backup) is lost: ${one.lost}`);
    assert.ok(one.serversLost.includes('batchgw'), `server batchgw is lost: ${one.serversLost}`);
    // The DOM shows exactly what the server computed.
    assert.deepEqual([...one.takingOver].sort(), modelCells(panel, 'takes-over'));
    assert.deepEqual([...one.lost].sort(), modelCells(panel, 'lost'));

    // Toggles combine: TCPIPB down as well, and 10.20.1.60 has no backup left.
    await panel.post({ type: 'toggleStack', stack: 'TCPIPB' });
    const two = await rendered(panel, (facts) => facts.pressed.join() === 'TCPIPA,TCPIPB', 'the map with TCPIPA and TCPIPB down');
    assert.deepEqual(two.downColumns, ['TCPIPA', 'TCPIPB']);
    assert.match(two.simulation, /If TCPIPA and TCPIPB go down/);
    assert.ok(two.lost.includes('10.20.1.60@TCPIPA'), `10.20.1.60 is lost with both down: ${two.lost}`);
    assert.deepEqual(panel.currentMap?.simulation?.down, ['TCPIPA', 'TCPIPB']);

    // And back up.
    await panel.post({ type: 'toggleStack', stack: 'TCPIPB' });
    await rendered(panel, (facts) => facts.pressed.join() === 'TCPIPA', 'the map with only TCPIPA down again');
  });

  test('follows an edit of a profile and keeps the toggles', async () => {
    const panel = api.sysplexMap.active;
    assert.ok(panel, 'the map panel is still open');
    const before = await rendered(panel, (facts) => facts.pressed.join() === 'TCPIPA', 'the map with TCPIPA down');
    assert.ok(before.takingOver.includes('10.20.1.50@TCPIPB'));

    // TCPIPB stops backing up 10.20.1.50 (unsaved edit): with TCPIPA down it is now lost.
    const document = await vscode.workspace.openTextDocument(workspaceFile('sysb/PROFILE.TCPIP'));
    const start = positionOf(document, /VIPABACKUP 100 10\.20\.1\.50 /, 'VIPABACKUP 100 '.length);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(document.uri, new vscode.Range(start, start.translate(0, '10.20.1.50 '.length)));
    assert.equal(await vscode.workspace.applyEdit(edit), true);

    const after = await rendered(panel, (facts) => facts.stamp > before.stamp && facts.lost.includes('10.20.1.50@TCPIPA'), 'the map to show 10.20.1.50 lost after the edit');
    assert.deepEqual(after.pressed, ['TCPIPA'], 'the toggle survives the update');
    assert.ok(!after.takingOver.includes('10.20.1.50@TCPIPB'));

    panel.panel.dispose();
    assert.equal(api.sysplexMap.active, undefined, 'closing the panel forgets it');
  });
});

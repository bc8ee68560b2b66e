import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { activateExtension, diagnosticKeys, readCliReport, waitForDiagnostics, workspaceFile } from './helpers.js';

/**
 * The language server's process id: the child of this extension host running dist/server/server.js.
 * Read from /proc (Linux); elsewhere the test is skipped.
 */
function serverPids(): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      const commandLine = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (/dist[\\/]server[\\/]server\.js/.test(commandLine)) pids.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

suite('Server restart', () => {
  test('a killed language server is restarted and its diagnostics come back', async function () {
    if (!fs.existsSync('/proc/self/stat')) this.skip();
    await activateExtension();
    const report = await readCliReport();
    const file = report.diagnostics[0]?.file;
    assert.ok(file, 'the e2e workspace has findings');
    const uri = workspaceFile(file);
    await vscode.workspace.openTextDocument(uri);
    const before = diagnosticKeys(await waitForDiagnostics(uri, (diagnostics) => diagnostics.length > 0, `diagnostics on ${file}`));
    const [pid, ...others] = serverPids();
    assert.ok(pid, 'the language server process is found');
    assert.deepEqual(others, [], 'one language server');

    // The client drops the dead server's diagnostics, then the new server publishes them again.
    const cleared = waitForDiagnostics(uri, (diagnostics) => diagnostics.length === 0, 'the dead server\'s diagnostics to be cleared');
    process.kill(pid, 'SIGKILL');
    await cleared;
    const after = await waitForDiagnostics(uri, (diagnostics) => diagnosticKeys(diagnostics).join() === before.join(), `the same diagnostics on ${file} from the restarted server`, 60_000);
    assert.deepEqual(diagnosticKeys(after), before);
    const restarted = serverPids();
    assert.equal(restarted.length, 1);
    assert.notEqual(restarted[0], pid, 'a new process');
  });
});

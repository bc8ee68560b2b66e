// Through a real server: a Liberty include outside the workspace folder is not read until
// vipaCheck.allowReadsOutsideWorkspace is turned on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient } from './helpers/lsp-client.js';

test('outside-workspace until vipaCheck.allowReadsOutsideWorkspace allows the include', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-lsp-outside-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'ws', 'servers', 'a'), { recursive: true });
  mkdirSync(join(root, 'outside'));
  const serverXml = join(root, 'ws', 'servers', 'a', 'server.xml');
  writeFileSync(serverXml, '<server>\n  <include location="../../../outside/endpoint.xml"/>\n</server>\n');
  writeFileSync(join(root, 'outside', 'endpoint.xml'), '<server><httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="9080"/></server>');
  const uri = pathToFileURL(serverXml).href;
  const client = await TestClient.start({ rootPath: join(root, 'ws'), configuration: { vipaCheck: {} } });
  try {
    await client.waitForProgressEnd();
    const confined = await client.waitForDiagnostics(uri, (diagnostics) => diagnostics.some((d) => d.code === 'outside-workspace'));
    assert.equal(confined.find((d) => d.code === 'outside-workspace')?.range.start.line, 1);
    // The built-in default endpoint (localhost) is what is left without the include.
    assert.ok(confined.some((d) => d.code === 'bind-loopback'));
    await client.changeConfiguration({ vipaCheck: { allowReadsOutsideWorkspace: true } });
    const allowed = await client.waitForDiagnostics(uri, (diagnostics) => !diagnostics.some((d) => d.code === 'outside-workspace'));
    assert.ok(!allowed.some((d) => d.code === 'bind-loopback'), JSON.stringify(allowed.map((d) => d.code)));
    // host="*" from the outside file is now read, and reported where it is.
    const outside = await client.waitForDiagnostics(pathToFileURL(join(root, 'outside', 'endpoint.xml')).href, (diagnostics) => diagnostics.length > 0);
    assert.deepEqual(outside.map((d) => d.code), ['bind-all-interfaces']);
  } finally {
    await client.shutdown();
  }
});

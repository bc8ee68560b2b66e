// The published entry point: `vipa-language-server --stdio` (bin/vipa-language-server.cjs -> the
// esbuild bundle) serves a plain LSP client. Needs `npm run build` (npm test builds first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, TestClient, codes, copyFixture } from './helpers/lsp-client.js';

const BIN = join(REPO_ROOT, 'bin', 'vipa-language-server.cjs');
const BUNDLE = join(REPO_ROOT, 'dist', 'server', 'server.js');

test('bin/vipa-language-server.cjs --stdio publishes diagnostics and answers hovers', async (t) => {
  if (!existsSync(BUNDLE)) {
    t.skip('dist/server/server.js is missing: run `npm run build` first');
    return;
  }
  const workspace = copyFixture();
  const client = await TestClient.start({ rootPath: workspace.root, command: [process.execPath, BIN, '--stdio'] });
  try {
    await client.waitForProgressEnd();
    assert.deepEqual(codes(await client.waitForDiagnostics(workspace.uriOf('liberty/servers/payments/server.xml'), (d) => d.length > 0)), ['bind-not-covered']);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: workspace.uriOf('profiles/SYSA.tcpip') }, position: { line: 5, character: 3 } });
    assert.ok(hover);
  } finally {
    await client.shutdown();
    workspace.dispose();
  }
});

test('without a transport flag the server explains its usage and exits 2', (t) => {
  if (!existsSync(BUNDLE)) {
    t.skip('dist/server/server.js is missing: run `npm run build` first');
    return;
  }
  const result = spawnSync(process.execPath, [BIN], { encoding: 'utf8', input: '' });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /--stdio/);
});

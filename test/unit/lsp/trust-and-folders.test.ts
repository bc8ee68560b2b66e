import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FileHost } from '../../../server/src/analyzer/base/file-host.js';
import { WorkspaceTrust, SYNTAX_CODES } from '../../../server/src/lsp/trust.js';
import { FolderSettings } from '../../../server/src/lsp/folder-settings.js';
import { parseSettings } from '../../../server/src/lsp/settings.js';
import { ALL_CODES } from '../../../server/src/analyzer/diagnostics/codes.js';

function recordingHost(): { host: FileHost; reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    host: {
      readText: (uri) => (reads.push(`text ${uri}`), 'text'),
      readBytes: (uri) => (reads.push(`bytes ${uri}`), new Uint8Array([1])),
      listDirectory: (uri) => (reads.push(`list ${uri}`), []),
    },
  };
}

test('an untrusted workspace reads no keystore and nothing outside its folders', () => {
  const trust = new WorkspaceTrust();
  trust.configure({ trusted: false });
  trust.folders = () => ['file:///ws'];
  const { host, reads } = recordingHost();
  const gated = trust.gate(host);
  assert.equal(gated.readBytes('file:///ws/servers/a/key.p12'), undefined);
  assert.equal(gated.readText('file:///etc/passwd'), undefined);
  assert.equal(gated.listDirectory('file:///etc'), undefined);
  assert.equal(gated.readText('file:///ws/SYSA.tcpip'), 'text');
  assert.deepEqual(reads, ['text file:///ws/SYSA.tcpip']);

  trust.configure({ trusted: true });
  assert.ok(gated.readBytes('file:///ws/servers/a/key.p12'));
  // Clients that say nothing are trusted.
  trust.configure(undefined);
  assert.equal(trust.trusted, true);
});

test('untrusted: every code but the syntax codes is off, over whatever the settings say', () => {
  const trust = new WorkspaceTrust();
  trust.configure({ trusted: false });
  const overrides = trust.severity({ 'no-backup': 'error', 'syntax-error': 'warning' });
  assert.equal(typeof overrides, 'object');
  const map = overrides as Record<string, string>;
  for (const code of ALL_CODES) assert.equal(map[code] === 'off', !SYNTAX_CODES.includes(code), code);
  assert.equal(map['syntax-error'], 'warning');
  const folderSeverity = { 'bind-not-covered': 'hint' } as const;
  const perFile = trust.severity(() => folderSeverity) as (uri: string) => Record<string, string>;
  assert.equal(perFile('file:///a')['bind-not-covered'], 'off');
  assert.equal(perFile('file:///a'), perFile('file:///b'), 'one merged map per settings object');
});

test('folder settings: the innermost folder holding a file wins; other files get the window settings', () => {
  const settings = new FolderSettings();
  const window = parseSettings({ severity: { 'no-backup': 'error' } });
  settings.set(window, [
    ['file:///ws', parseSettings({ severity: { 'no-backup': 'warning' } })],
    ['file:///ws/nested', parseSettings({ severity: { 'no-backup': 'off' }, inlayHints: { enabled: false } })],
  ]);
  assert.equal(settings.forUri('file:///ws/SYSA.tcpip').severity['no-backup'], 'warning');
  assert.equal(settings.forUri('file:///ws/nested/SYSB.tcpip').severity['no-backup'], 'off');
  assert.equal(settings.forUri('file:///ws/nested/SYSB.tcpip').inlayHints, false);
  assert.equal(settings.forUri('zowe-ds:/lpar/SYS1.TCPPARMS/PROF').severity['no-backup'], 'error');
  const resolver = settings.severity();
  assert.equal(typeof resolver, 'function');
  assert.equal((resolver as (uri: string) => Record<string, string>)('file:///ws/nested/x')['no-backup'], 'off');

  // Same severity everywhere: one map, no per-file lookups.
  settings.set(window, [['file:///ws', window]]);
  assert.deepEqual(settings.severity(), { 'no-backup': 'error' });
});

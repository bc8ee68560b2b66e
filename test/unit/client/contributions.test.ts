import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES } from '../../../server/src/analyzer/diagnostics/codes.js';

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  activationEvents: string[];
  contributes: {
    commands: { command: string; title: string }[];
    configuration: { properties: Record<string, { properties?: Record<string, { enum?: string[] }>; enum?: string[]; default?: unknown }> };
    grammars: { language: string; scopeName: string; path: string }[];
    snippets: { language: string; path: string }[];
    languages: { id: string; configuration: string }[];
  };
};

test('every diagnostic code can be given a severity or turned off in the settings', () => {
  const severity = pkg.contributes.configuration.properties['vipaCheck.severity'];
  assert.ok(severity?.properties);
  assert.deepEqual(Object.keys(severity.properties).sort(), [...ALL_CODES].sort());
  for (const [code, property] of Object.entries(severity.properties)) {
    assert.deepEqual(property.enum, ['off', 'error', 'warning', 'information', 'hint'], code);
  }
});

test('the settings the server reads are all contributed', () => {
  const properties = pkg.contributes.configuration.properties;
  for (const key of ['severity', 'configFile', 'hosts', 'maxFileSizeKb', 'debounceMs', 'trace.server']) {
    assert.ok(properties[`vipaCheck.${key}`], key);
  }
  assert.deepEqual(properties['vipaCheck.trace.server']?.enum, ['off', 'messages', 'verbose']);
});

test('the commands the client registers are contributed', () => {
  const clientDir = join(root, 'client', 'src');
  const source = readdirSync(clientDir).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(clientDir, name), 'utf8')).join('\n');
  for (const { command } of pkg.contributes.commands) {
    assert.ok(source.includes(`'${command}'`), `${command} is registered in client/src`);
  }
  const contributed = pkg.contributes.commands.map((entry) => entry.command);
  for (const command of ['vipaCheck.rescanWorkspace', 'vipaCheck.showSysplexSummary', 'vipaCheck.restartServer', 'vipaCheck.showOutput', 'vipaCheck.openExampleSysplex', 'vipaCheck.showWhatIf', 'vipaCheck.createWorkspaceConfig', 'vipaCheck.showSysplexMap']) {
    assert.ok(contributed.includes(command), `${command} is contributed`);
  }
});

test('the contributed files exist and the grammar is tied to the language', () => {
  assert.equal(pkg.main, './dist/client/extension.js');
  for (const path of [...pkg.contributes.grammars.map((g) => g.path), ...pkg.contributes.snippets.map((s) => s.path), ...pkg.contributes.languages.map((l) => l.configuration)]) {
    assert.ok(existsSync(join(root, path)), path);
  }
  assert.deepEqual(pkg.contributes.grammars.map((g) => [g.language, g.scopeName]), [['tcpip-profile', 'source.tcpip-profile']]);
  assert.ok(pkg.activationEvents.includes('onLanguage:tcpip-profile'));
});

test('Liberty activation follows Liberty layouts, not any server.xml (a Tomcat conf/server.xml activates nothing)', () => {
  const liberty = pkg.activationEvents.filter((event) => event.includes('server.xml'));
  assert.ok(liberty.length > 0);
  assert.ok(!pkg.activationEvents.includes('workspaceContains:**/server.xml'));
  for (const event of liberty) assert.ok(!/\*\*\/conf\/server\.xml|^workspaceContains:\*\*\/server\.xml$/.test(event), event);
  assert.ok(liberty.includes('workspaceContains:**/servers/*/server.xml'));
});

test('the sysplex map panel activates the extension after a window reload, so its serializer can restore it', async () => {
  const { MAP_VIEW_TYPE } = await import('../../../client/src/map/map-messages.js');
  assert.ok(pkg.activationEvents.includes(`onWebviewPanel:${MAP_VIEW_TYPE}`), `activationEvents has onWebviewPanel:${MAP_VIEW_TYPE}`);
});

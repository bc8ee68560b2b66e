// Document- and stack-local checks are cached by the workspace: after an edit of one stack's profile
// they run again only for the edited document and the rebuilt stack, while sysplex checks re-run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryHost, fileUri } from '../../helpers/memory-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import type { Check } from '../../../server/src/analyzer/checks/check.js';

const profile = (address: string) => `VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 ${address}\nENDVIPADYNAMIC\n`;

test('only the edited document and its stack are re-checked by scoped checks', () => {
  const host = memoryHost({ 'sysa/PROFILE.TCPIP': profile('10.1.1.1'), 'sysb/PROFILE.TCPIP': profile('10.1.1.2'), 'sysc/PROFILE.TCPIP': profile('10.1.1.3') });
  const seen = { documents: [] as string[], stacks: [] as string[], sysplex: 0 };
  const checks: Check[] = [
    { codes: ['rank-out-of-range'], checkDocument: (document) => (seen.documents.push(document.uri), []) },
    { codes: ['vipadefine-in-range'], checkStack: (stack) => (seen.stacks.push(stack.name), []) },
    { codes: ['no-backup'], run: () => (seen.sysplex++, []) },
  ];
  const workspace = new VipaWorkspace(host, { checks });
  workspace.setFiles(host.uris());
  workspace.analyze();
  assert.equal(seen.documents.length, 3);
  assert.equal(seen.stacks.length, 3);
  assert.equal(seen.sysplex, 1);

  seen.documents = [];
  seen.stacks = [];
  host.write('sysb/PROFILE.TCPIP', profile('10.1.1.22'));
  workspace.fileChanged(fileUri('sysb/PROFILE.TCPIP'));
  workspace.analyze();
  assert.deepEqual(seen.documents, [fileUri('sysb/PROFILE.TCPIP')]);
  assert.equal(seen.stacks.length, 1);
  assert.equal(seen.sysplex, 2);
});

test('cached scoped findings are still reported after an unrelated edit', () => {
  const host = memoryHost({ 'sysa/PROFILE.TCPIP': profile('10.1.1.1'), 'sysb/PROFILE.TCPIP': profile('10.1.1.2') });
  const checks: Check[] = [
    {
      codes: ['rank-out-of-range'],
      checkDocument: (document) => [{ uri: document.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 11 } }, severity: 'error', code: 'rank-out-of-range', message: 'marker' }],
    },
  ];
  const workspace = new VipaWorkspace(host, { checks });
  workspace.setFiles(host.uris());
  workspace.analyze();
  host.write('sysb/PROFILE.TCPIP', profile('10.1.1.3'));
  workspace.fileChanged(fileUri('sysb/PROFILE.TCPIP'));
  const result = workspace.analyze();
  for (const path of ['sysa/PROFILE.TCPIP', 'sysb/PROFILE.TCPIP']) {
    assert.deepEqual(result.findingsByUri.get(fileUri(path))?.map((f) => f.code), ['rank-out-of-range'], path);
  }
});

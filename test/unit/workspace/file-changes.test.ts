// How the workspace learns of changes: editor versions, disk changes without a version, and the
// editor's word on what a file is (a zowe-ds: member opened as tcpip-profile).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryHost, fileUri } from '../../helpers/memory-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';

const codesOf = (workspace: VipaWorkspace, uri: string) => workspace.analyze().findingsByUri.get(uri)?.map((finding) => finding.code) ?? [];

test('a change without a version after an editor version re-reads the text', () => {
  const path = 'sysa/PROFILE.TCPIP';
  const uri = fileUri(path);
  const host = memoryHost({ [path]: 'VIPADYNAMIC\n  VIPABACKUP 300 10.1.1.1\nENDVIPADYNAMIC\n' });
  const workspace = new VipaWorkspace(host);
  workspace.setFiles(host.uris());
  workspace.fileChanged(uri, 7);
  assert.ok(codesOf(workspace, uri).includes('rank-out-of-range'));

  // The buffer is closed and the file on disk now has a valid rank.
  host.write(path, 'VIPADYNAMIC\n  VIPABACKUP 100 10.1.1.1\nENDVIPADYNAMIC\n');
  workspace.fileChanged(uri);
  assert.ok(!codesOf(workspace, uri).includes('rank-out-of-range'));
});

test('a document closed and opened again restarts at version 1: that version names the new text, not the old parse', () => {
  const path = 'sysa/PROFILE.TCPIP';
  const uri = fileUri(path);
  const host = memoryHost({ [path]: 'VIPADYNAMIC\n  VIPABACKUP 100 10.1.1.1\nENDVIPADYNAMIC\n' });
  const workspace = new VipaWorkspace(host);
  workspace.setFiles(host.uris());
  // Opened (version 1) with a bad rank and analysed.
  host.write(path, 'VIPADYNAMIC\n  VIPABACKUP 300 10.1.1.1\nENDVIPADYNAMIC\n');
  workspace.fileChanged(uri, 1);
  assert.ok(codesOf(workspace, uri).includes('rank-out-of-range'));
  // Closed (back to the disk text, no version) and, before any analysis, opened again with other
  // text: the editor numbers it 1 again.
  host.write(path, 'VIPADYNAMIC\n  VIPABACKUP 100 10.1.1.1\nENDVIPADYNAMIC\n');
  workspace.fileChanged(uri);
  host.write(path, 'VIPADYNAMIC\n  VIPABACKUP 0 10.1.1.1\nENDVIPADYNAMIC\n');
  workspace.fileChanged(uri, 1);
  assert.equal(workspace.getProfile(uri)?.tokens[2]?.text, '0');
});

test("the editor's kind wins over name and content", () => {
  const uri = 'zowe-ds:/SYS1.PARMS/VIPAMEMB';
  const host = memoryHost({});
  // One VIPARANGE line alone does not look like a profile to content sniffing.
  host.write(uri, 'VIPARANGE DEFINE 255.255.255.0 10.9.9.0\n');
  const workspace = new VipaWorkspace(host);
  workspace.fileChanged(uri, 1, 'profile');
  assert.deepEqual(codesOf(workspace, uri), ['statement-out-of-place']);
});

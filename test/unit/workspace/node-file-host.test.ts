import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NodeFileHost, walkFiles } from '../../../server/src/analyzer/base/node-file-host.js';

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'vipa-walk-'));
  mkdirSync(join(root, 'SYS1.TCPPARMS'));
  mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
  mkdirSync(join(root, 'sub', 'deeper'), { recursive: true });
  writeFileSync(join(root, 'SYS1.TCPPARMS', 'PROFA'), 'HOME 10.1.1.1 L1\n');
  writeFileSync(join(root, 'node_modules', 'x', 'PROFILE.TCPIP'), 'ignored');
  writeFileSync(join(root, 'sub', 'deeper', 'a b.tcpip'), 'HOME 10.1.1.2 L1\n');
  writeFileSync(join(root, 'big.tcpip'), 'x'.repeat(5000));
  try {
    symlinkSync(root, join(root, 'sub', 'loop'), 'dir');
  } catch {
    // Symlinks may be unavailable (Windows without privilege); the loop case is then moot.
  }
  return root;
}

test('walkFiles skips dependency folders, honours size and count limits, and survives symlink loops', (t) => {
  const root = tree();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const rootUri = pathToFileURL(root).href;
  const all = walkFiles(rootUri, { maxFileSize: 1000 });
  const names = all.map((uri) => decodeURIComponent(uri.slice(rootUri.length + 1))).sort();
  assert.deepEqual(names, ['SYS1.TCPPARMS/PROFA', 'sub/deeper/a b.tcpip']);
  assert.equal(walkFiles(rootUri, { maxFileCount: 1 }).length, 1);
  assert.deepEqual(walkFiles(pathToFileURL(join(root, 'SYS1.TCPPARMS', 'PROFA')).href), [pathToFileURL(join(root, 'SYS1.TCPPARMS', 'PROFA')).href]);
  assert.deepEqual(walkFiles(pathToFileURL(join(root, 'missing')).href), []);
});

test('NodeFileHost reads text and lists folders; missing files are undefined, not exceptions', (t) => {
  const root = tree();
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const host = new NodeFileHost();
  const profile = pathToFileURL(join(root, 'SYS1.TCPPARMS', 'PROFA')).href;
  assert.equal(host.readText(profile), 'HOME 10.1.1.1 L1\n');
  assert.equal(host.readText(`${profile}-missing`), undefined);
  assert.equal(host.readText(pathToFileURL(root).href), undefined, 'a folder is not text');
  assert.equal(host.readText('zowe-ds:/SYS1.TCPPARMS/PROFA'), undefined);
  const entries = host.listDirectory(pathToFileURL(root).href) ?? [];
  assert.ok(entries.some((e) => e.name === 'SYS1.TCPPARMS' && e.isDirectory));
  assert.equal(host.listDirectory(profile), undefined);
  assert.equal(host.readBytes(profile)?.length, 17);
});

test('NodeFileHost reads UTF-8 with BOM and UTF-16 with BOM as text', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-encodings-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const text = 'HOME 10.1.1.1 OSA1 ; café\n';
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const utf16be = Buffer.from(utf16le.subarray(2)).swap16();
  writeFileSync(join(root, 'bom.tcpip'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  writeFileSync(join(root, 'le.tcpip'), utf16le);
  writeFileSync(join(root, 'be.tcpip'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]));
  const host = new NodeFileHost();
  for (const name of ['bom.tcpip', 'le.tcpip', 'be.tcpip']) assert.equal(host.readText(pathToFileURL(join(root, name)).href), text, name);
});

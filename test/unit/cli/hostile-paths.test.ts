// vipa-check on a tree with unreadable, binary and broken entries: each is named with its path, the
// run goes on (README: "vipa-check on the command line"), and nothing is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { capture } from './cli-io.js';
import type { JsonReport } from '../../helpers/cli-json.js';

const EBCDIC_HOME = Uint8Array.from([0xc8, 0xd6, 0xd4, 0xc5, 0x40, 0xf1, 0xf0, 0x4b, 0xf1, 0x4b, 0xf1, 0x4b, 0xf1, 0x40, 0xd3, 0xf1, 0x25]);

function snapshot(root: string): string[] {
  const entries: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      let stat;
      try {
        stat = statSync(path);
      } catch {
        entries.push(`${relative(root, path)} (broken)`);
        continue;
      }
      entries.push(`${relative(root, path)} ${stat.size} ${stat.mtimeMs}`);
      if (stat.isDirectory() && (stat.mode & 0o444) !== 0) walk(path);
    }
  };
  walk(root);
  return entries;
}

test('vipa-check names broken links and binary members with their paths, goes on, and writes nothing', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-hostile-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'SYS1.TCPPARMS'));
  writeFileSync(join(root, 'SYS1.TCPPARMS', 'PROFA'), 'HOME 10.1.1.1 OSA1\n');
  writeFileSync(join(root, 'SYS1.TCPPARMS', 'PROFB'), Uint8Array.from(Array.from({ length: 40 }, () => [...EBCDIC_HOME]).flat()));
  symlinkSync(join(root, 'nowhere'), join(root, 'SYS1.TCPPARMS', 'PROFC'));
  const before = snapshot(root);
  const run = await capture(['--format', 'json', '.'], root);
  assert.notEqual(run.code, 2, run.stderr);
  assert.match(run.stderr, /cannot read 'SYS1\.TCPPARMS\/PROFC': a broken link/);
  const report = JSON.parse(run.stdout) as JsonReport;
  assert.deepEqual(report.diagnostics.filter((d) => d.code === 'file-not-text').map((d) => d.file), ['SYS1.TCPPARMS/PROFB']);
  assert.deepEqual(snapshot(root), before, 'nothing written, nothing touched');
});

test('vipa-check names a folder it may not read and goes on (skipped as root: permissions do not bind root)', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('running as root');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'vipa-denied-'));
  t.after(() => {
    chmodSync(join(root, 'locked'), 0o755);
    rmSync(root, { recursive: true, force: true });
  });
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'PROFILE.TCPIP'), 'HOME 10.1.1.1 OSA1\n');
  writeFileSync(join(root, 'SYSA.tcpip'), 'HOME 10.1.1.2 OSA1\n');
  chmodSync(join(root, 'locked'), 0o000);
  const run = await capture(['.'], root);
  assert.notEqual(run.code, 2, run.stderr);
  assert.match(run.stderr, /cannot read 'locked': permission denied/);
});

test('a PATH that cannot be read stops the run with exit 2 and names it', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-missing-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const run = await capture(['no-such-folder'], root);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /cannot read 'no-such-folder': no such file or directory/);
});

test('a binary file named on the command line is named on stderr, not read as garbage', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-binary-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const bytes = Uint8Array.from({ length: 5000 }, (_, i) => (i * 7919) % 256);
  writeFileSync(join(root, 'dump.bin'), bytes);
  writeFileSync(join(root, 'SYSA.tcpip'), bytes);
  const run = await capture(['--format', 'json', 'dump.bin', 'SYSA.tcpip'], root);
  assert.match(run.stderr, /'dump\.bin' is not text, not checked/);
  const report = JSON.parse(run.stdout) as JsonReport;
  // Named like a profile: its one finding, nothing else.
  assert.deepEqual(report.diagnostics.map((d) => [d.file, d.code]), [['SYSA.tcpip', 'file-not-text']]);
  assert.equal(run.code, 0);
});

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { capture } from './cli-io.js';

const CLEAN_PROFILE = `IPCONFIG DATAGRAMFWD SYSPLEXROUTING
         DYNAMICXCF 10.30.1.1 255.255.255.0 1
INTERFACE OSA1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.10.1.1/24
VIPADYNAMIC
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10
ENDVIPADYNAMIC
`;
const BACKUP_PROFILE = `IPCONFIG DATAGRAMFWD SYSPLEXROUTING
         DYNAMICXCF 10.30.1.2 255.255.255.0 1
INTERFACE OSA1 DEFINE IPAQENET PORTNAME P1 IPADDR 10.10.1.2/24
VIPADYNAMIC
  VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.10
ENDVIPADYNAMIC
`;
// Line 3, columns 14-22: the loopback address (EZZ0638I).
const BAD_PROFILE = `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.30.1.3 255.255.255.0 1
VIPADYNAMIC
  VIPABACKUP 10.20.1.10 127.0.0.1
ENDVIPADYNAMIC
`;

let root: string;

function write(relative: string, text: string): string {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

describe('vipa-check on temporary folders', () => {
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'vipa-cli-'));
    write('clean/SYSA.tcpip', CLEAN_PROFILE);
    write('clean/SYSB.tcpip', BACKUP_PROFILE);
    write('clean/README.md', '# not a profile\nVIPADEFINE in prose\n');
    write('bad/SYSA.tcpip', CLEAN_PROFILE);
    write('bad/SYSB.tcpip', BACKUP_PROFILE);
    write('bad/deep/SYSC.tcpip', BAD_PROFILE);
    write('config/vipa-check.json', JSON.stringify({ stacks: { TCPIPA: { profile: 'SYSA.tcpip' }, TCPIPB: { profile: 'SYSB.tcpip' } } }));
    write('config/SYSA.tcpip', CLEAN_PROFILE);
    write('config/SYSB.tcpip', BACKUP_PROFILE);
    write('broken.json', '{ "stacks": ');
    // Over the 4 MB limit: a profile by its name, so skipping it must be said.
    write('huge/SYSH.tcpip', '; filler line of a very large member\n'.repeat(120_000));
    write('huge/SYSA.tcpip', CLEAN_PROFILE);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('exits 0 with no error-severity finding, listing the stacks in JSON with relative paths', async () => {
    const { code, stdout, stderr } = await capture(['--format', 'json', 'clean'], root);
    assert.equal(stderr, '');
    const json = JSON.parse(stdout);
    assert.deepEqual(
      json.stacks.map((s: { file: string }) => s.file),
      ['clean/SYSA.tcpip', 'clean/SYSB.tcpip'],
    );
    assert.deepEqual(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error' || d.severity === 'warning'), []);
    assert.equal(code, 0);
  });

  it('exits 2 on an internal error: the report is still printed with an internal-error finding, the stack trace goes to stderr', async () => {
    const { code, stdout, stderr } = await capture(['--format', 'json', 'clean'], root, { env: { VIPA_CHECK_FAULT: 'no-backup' } });
    const json = JSON.parse(stdout);
    assert.deepEqual(json.diagnostics.filter((d: { code: string }) => d.code === 'internal-error').map((d: { file: string }) => d.file), ['clean/SYSA.tcpip']);
    assert.match(stderr, /internal error in check no-backup: Error: fault injected into no-backup/);
    assert.match(stderr, /\n\s+at /);
    assert.equal(code, 2);
  });

  it('exits 1 on errors and reports 1-based positions relative to the working directory', async () => {
    const { code, stdout } = await capture(['--format', 'json', 'bad'], root);
    const json = JSON.parse(stdout);
    const loopback = json.diagnostics.find((d: { code: string }) => d.code === 'loopback-in-vipa');
    assert.deepEqual(loopback && { ...loopback, message: undefined }, {
      file: 'bad/deep/SYSC.tcpip',
      line: 3,
      column: 25,
      endLine: 3,
      endColumn: 34,
      severity: 'error',
      code: 'loopback-in-vipa',
      message: undefined,
    });
    assert.equal(code, 1);

    const fromInside = await capture(['--format', 'json', '.'], join(root, 'bad', 'deep'));
    assert.ok(JSON.parse(fromInside.stdout).diagnostics.some((d: { file: string }) => d.file === 'SYSC.tcpip'));
  });

  it('writes the text format with a summary line, and colours only on a TTY without NO_COLOR', async () => {
    const plain = await capture(['bad'], root);
    assert.match(plain.stdout, /^bad\/deep\/SYSC\.tcpip:3:25: error loopback-in-vipa EZZ0638I /m);
    assert.match(plain.stdout, /\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?; 3 stacks found \(SYSA, SYSB, SYSC\)\n$/);
    assert.doesNotMatch(plain.stdout, /\u001b\[/);
    const tty = await capture(['bad'], root, { isTTY: true });
    assert.match(tty.stdout, /\u001b\[31merror/);
    const noColor = await capture(['bad'], root, { isTTY: true, env: { NO_COLOR: '1' } });
    assert.doesNotMatch(noColor.stdout, /\u001b\[/);
  });

  it('warns on stderr, naming the file, when a profile in a folder is over the size limit', async () => {
    const { code, stdout, stderr } = await capture(['--format', 'json', 'huge'], root);
    assert.match(stderr, /^vipa-check: warning: skipped 'huge\/SYSH\.tcpip': [\d.]+ MB is over the 4\.0 MB limit$/m);
    assert.deepEqual(JSON.parse(stdout).stacks.map((s: { file: string }) => s.file), ['huge/SYSA.tcpip']);
    assert.equal(code, 0);
  });

  it('accepts a single file PATH', async () => {
    const { code, stdout } = await capture(['--format', 'json', 'bad/deep/SYSC.tcpip'], root);
    assert.deepEqual(JSON.parse(stdout).stacks, [{ name: 'SYSC', file: 'bad/deep/SYSC.tcpip' }]);
    assert.equal(code, 1);
  });

  it('uses vipa-check.json from the first folder PATH', async () => {
    const { stdout } = await capture(['--format', 'json', 'config'], root);
    assert.deepEqual(
      JSON.parse(stdout).stacks.map((s: { name: string }) => s.name),
      ['TCPIPA', 'TCPIPB'],
    );
  });

  it('uses --config FILE, and reports an invalid config as config-error', async () => {
    const { code, stdout } = await capture(['--format', 'json', '--config', 'broken.json', 'clean'], root);
    const json = JSON.parse(stdout);
    assert.ok(json.diagnostics.some((d: { code: string; file: string }) => d.code === 'config-error' && d.file === 'broken.json'), stdout);
    assert.equal(code, 1);
  });

  it('exits 2 naming the path for a missing PATH or an unreadable config', async () => {
    const missing = await capture(['clean', 'no/such/dir'], root);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no\/such\/dir/);
    assert.equal(missing.stdout, '');
    const config = await capture(['--config', 'nope.json', 'clean'], root);
    assert.equal(config.code, 2);
    assert.match(config.stderr, /nope\.json/);
  });

  it('exits 2 on usage errors, 0 on --help and --version', async () => {
    const unknown = await capture(['--colour', 'clean'], root);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option '--colour'/);
    const none = await capture([], root);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no PATH/);
    const help = await capture(['--help'], root);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: vipa-check/);
    const version = await capture(['--version'], root);
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^vipa-check \d+\.\d+\.\d+\n$/);
  });
});

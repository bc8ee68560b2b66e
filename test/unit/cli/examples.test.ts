import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from './cli-io.js';
import type { JsonDiagnostic } from '../../helpers/cli-json.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');


/** Every profile check the demo sysplex must show (Liberty ones are added with examples/liberty). */
const PROFILE_CODES = [
  'duplicate-vipa',
  'no-backup',
  'vipadefine-in-range',
  'range-overlaps-home',
  'distribute-undefined-dvipa',
  'hotstandby-rules',
  'distributor-prerequisites',
  'loopback-in-vipa',
  'rank-out-of-range',
];

describe('vipa-check on examples/ and the clean fixture', () => {
  it('shows every profile finding on the demo sysplex, at the lines the comments mark', async () => {
    const { code, stdout } = await capture(['--format', 'json', 'examples'], repo);
    const json = JSON.parse(stdout) as { stacks: { name: string; file: string }[]; diagnostics: JsonDiagnostic[] };
    assert.deepEqual(json.stacks, [
      { name: 'TCPIPA', file: 'examples/sysa/PROFILE.TCPIP' },
      { name: 'TCPIPB', file: 'examples/sysb/PROFILE.TCPIP' },
      { name: 'TCPIPC', file: 'examples/sysc/PROFILE.TCPIP' },
    ]);
    const codes = new Set(json.diagnostics.map((d) => d.code));
    for (const expected of PROFILE_CODES) assert.ok(codes.has(expected), `examples/ shows no ${expected}`);
    const syntax = json.diagnostics.filter((d) => d.code === 'syntax-error' || d.code === 'unknown-statement' || d.code === 'include-not-found');
    assert.deepEqual(syntax, []);
    assert.equal(code, 1);

    const at = (file: string, line: number, codeName: string) => json.diagnostics.filter((d) => d.file === file && d.line === line && d.code === codeName);
    // EZZ8307I: SYSB's own OSA address in its VIPABACKUP (sysb/PROFILE.TCPIP line 32).
    assert.match(at('examples/sysb/PROFILE.TCPIP', 32, 'duplicate-vipa')[0]?.message ?? '', /^EZZ8307I 10\.10\.1\.2/);
    // One range-overlaps-home on the shared member, not one per including stack.
    assert.equal(json.diagnostics.filter((d) => d.code === 'range-overlaps-home').length, 1);
    assert.equal(json.diagnostics.find((d) => d.code === 'range-overlaps-home')?.file, 'examples/TCPIP.TCPPARMS/VIPARNG');
  });

  it('prints the text report with a summary', async () => {
    const { stdout } = await capture(['examples'], repo);
    assert.match(stdout, /^examples\/sysa\/PROFILE\.TCPIP:\d+:\d+: (error|warning|information|hint) [a-z-]+ /m);
    assert.match(stdout, /3 stacks found \(TCPIPA, TCPIPB, TCPIPC\)/);
  });

  it('finds nothing above information in the clean sysplex fixture', async () => {
    const { code, stdout } = await capture(['--format', 'json', 'test/fixtures/clean-sysplex'], repo);
    const json = JSON.parse(stdout) as { stacks: unknown[]; diagnostics: JsonDiagnostic[] };
    assert.equal(json.stacks.length, 2);
    assert.deepEqual(json.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning'), []);
    assert.equal(code, 0);
  });

  it('runs the bundled command end to end (node bin/vipa-check.cjs --format json examples)', (t) => {
    if (!existsSync(join(repo, 'dist', 'cli', 'vipa-check.js'))) {
      t.skip('dist/cli/vipa-check.js is missing: run `npm run build` first');
      return;
    }
    const run = spawnSync(process.execPath, [join(repo, 'bin', 'vipa-check.cjs'), '--format', 'json', 'examples'], { cwd: repo, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const json = JSON.parse(run.stdout);
    assert.equal(json.version, 1);
    assert.equal(json.stacks.length, 3);
    assert.ok(json.diagnostics.some((d: JsonDiagnostic) => d.code === 'duplicate-vipa' && d.file === 'examples/sysb/PROFILE.TCPIP'));
  });
});

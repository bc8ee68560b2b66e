/**
 * The member library of the issue "Trust on the workspace a sysprog really has": SYS1.TCPPARMS as
 * Zowe Explorer or a file transfer leaves it — two stack profiles, a rollback copy of one, two
 * OBEYFILE members, an INCLUDE member, TCPIP.DATA, OMPROUTE, a TN3270 profile and FTP.DATA. Without
 * a config vipa-check must find exactly the two stack profiles and the one real fault (the MQ DVIPA
 * on SYSA that nothing backs up), plus one note on the copy; with the config, the declared stacks,
 * the OBEYFILE member applied and nothing else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { capture } from '../cli/cli-io.js';
import type { JsonReport } from '../../helpers/cli-json.js';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const LIBRARY = 'member-library/SYS1.TCPPARMS';

async function check(args: string[]): Promise<JsonReport> {
  const { code, stdout, stderr } = await capture(['--format', 'json', ...args], FIXTURES);
  assert.equal(stderr, '');
  assert.equal(code, 0, stdout);
  return JSON.parse(stdout) as JsonReport;
}

const found = (report: JsonReport) => report.diagnostics.map((d) => `${d.file}:${d.line} ${d.severity} ${d.code}`);
const roles = (report: JsonReport) => Object.fromEntries(report.files.map((file) => [file.file.slice(LIBRARY.length + 1), file.role]));

describe('a TCPPARMS member library', () => {
  it('without vipa-check.json: exactly the two stack profiles and the real fault', async () => {
    const report = await check(['member-library']);
    assert.deepEqual(report.stacks, [
      { name: 'PROFA', file: `${LIBRARY}/PROFA` },
      { name: 'PROFB', file: `${LIBRARY}/PROFB` },
    ]);
    assert.deepEqual(found(report), [`${LIBRARY}/PROFA:22 warning no-backup`, `${LIBRARY}/PROFAOLD:5 information profile-copy`]);
    const unbacked = report.diagnostics[0];
    assert.match(unbacked.message, /DVIPA 10\.1\.9\.20 has no backup/);
    assert.match(report.diagnostics[1].message, /copy of PROFA/);
    assert.match(report.diagnostics[1].message, /"stacks": \{ "PROFA": \{ "profile": "SYS1\.TCPPARMS\/PROFAOLD" \} \}/);
    assert.deepEqual(roles(report), {
      FTPDATA: 'other-config',
      MQPORTB: 'obey',
      OBEYA1: 'obey',
      OMPROUTA: 'other-config',
      PORTS: 'include',
      PROFA: 'stack-profile',
      PROFAOLD: 'copy',
      PROFB: 'stack-profile',
      TCPDATA: 'other-config',
      TNPROFA: 'other-config',
    });
    const label = (name: string) => report.files.find((file) => file.file === `${LIBRARY}/${name}`)!.label;
    assert.match(label('TNPROFA'), /TN3270E Telnet server profile/);
    assert.match(label('TCPDATA'), /TCPIP\.DATA/);
    assert.match(label('OMPROUTA'), /OMPROUTE/);
    assert.match(label('FTPDATA'), /FTP\.DATA/);
  });

  it('the text output says what each file was taken as and why', async () => {
    const { stdout } = await capture(['member-library'], FIXTURES);
    assert.match(stdout, /\nFiles:\n/);
    assert.match(stdout, /SYS1\.TCPPARMS\/PROFAOLD: copy of PROFA \(it has \d+% of its lines and the same home addresses as PROFA/);
    assert.match(stdout, /SYS1\.TCPPARMS\/OBEYA1: OBEYFILE member, syntax checks only; .*\(its name OBEYA1\)/);
    assert.match(stdout, /SYS1\.TCPPARMS\/TNPROFA: TN3270E Telnet server profile, not a stack profile \(its TELNETGLOBALS, TELNETPARMS, BEGINVTAM blocks/);
    assert.match(stdout, /0 errors, 1 warning, 1 information, 0 hints; 2 stacks found \(PROFA, PROFB\)\n$/);
  });

  it('with vipa-check.json: the declared stacks, OBEYA1 applied to TCPIPA, nothing else', async () => {
    const report = await check(['--config', 'member-library-config/vipa-check.json', 'member-library']);
    assert.deepEqual(report.stacks.map((stack) => stack.name), ['TCPIPA', 'TCPIPB']);
    // OBEYA1 moves the MQ DVIPA from 10.1.9.20 to 10.1.9.21: the finding moves with it.
    assert.deepEqual(found(report), [`${LIBRARY}/OBEYA1:5 warning no-backup`]);
    assert.match(report.diagnostics[0].message, /DVIPA 10\.1\.9\.21 has no backup: no other stack of sysplex PLEX1 \(TCPIPB\)/);
    assert.equal(roles(report).OBEYA1, 'obey');
    assert.equal(roles(report).PROFAOLD, 'copy');
    assert.match(report.files.find((file) => file.file.endsWith('/OBEYA1'))!.label, /applied to TCPIPA/);
  });
});

/** What each parsed profile is: stack, INCLUDE member, OBEYFILE member, copy, or a document-local view. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import type { AnalysisResult } from '../../../server/src/analyzer/workspace/analysis.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import { fileUri, memoryHost } from '../../helpers/memory-host.js';

function analyze(files: Record<string, string>, config?: WorkspaceConfig, extraUris: string[] = []): AnalysisResult {
  const texts = { ...files };
  if (config) texts['vipa-check.json'] = JSON.stringify(config);
  const host = memoryHost(texts);
  const workspace = new VipaWorkspace(host);
  workspace.setFiles([...host.uris(), ...extraUris]);
  return workspace.analyze();
}

const stacks = (result: AnalysisResult) => result.model.stacks.map((stack) => stack.name).sort();
const role = (result: AnalysisResult, path: string) => result.files!.list().find((file) => file.uri === fileUri(path))?.role;
const codes = (result: AnalysisResult) => [...result.findingsByUri.values()].flat().map((f) => `${f.uri.replace('file:///ws/', '')} ${f.code}`).sort();

const stack = (n: number, body = '') => `; stack ${n}
IPCONFIG DATAGRAMFWD SYSPLEXROUTING DYNAMICXCF 10.99.1.${n} 255.255.255.0 1
INTERFACE OSA${n} DEFINE IPAQENET PORTNAME P${n} IPADDR 10.1.1.${n}/24
TCPCONFIG TCPSENDBFRSIZE 256K TCPRCVBUFRSIZE 256K
UDPCONFIG RESTRICTLOWPORTS
PORT 23 TCP TN3270
PORT 21 TCP FTPD1
BEGINROUTES
 ROUTE DEFAULT 10.1.1.254 OSA${n} MTU 1492
ENDROUTES
VIPADYNAMIC
 VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.${n}
 VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.${n === 1 ? 2 : 1}
${body}ENDVIPADYNAMIC
START OSA${n}
`;

describe('copies of a profile', () => {
  it('a rollback copy is one stack with two versions: no duplicates, no backup from itself, one note', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFA.BAK': stack(1).replace('256K', '128K'), 'LIB/PROFB': stack(2) });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
    assert.deepEqual(codes(result), ['LIB/PROFA.BAK profile-copy']);
    assert.equal(role(result, 'LIB/PROFA.BAK'), 'copy');
  });

  it('without a copy marker in the names, the shorter name is the stack', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFA2': stack(1).replace('256K', '128K'), 'LIB/PROFB': stack(2) });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
    assert.equal(role(result, 'LIB/PROFA2'), 'copy');
  });

  it('the config wins: the copy named as the stack profile is the stack, the other the copy', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFAOLD': stack(1).replace('256K', '128K'), 'LIB/PROFB': stack(2) }, { stacks: { A: { profile: 'LIB/PROFAOLD' } } });
    assert.deepEqual(stacks(result), ['A', 'PROFB']);
    assert.equal(role(result, 'LIB/PROFA'), 'copy');
    const note = [...result.findingsByUri.values()].flat().find((f) => f.code === 'profile-copy')!;
    assert.match(note.message, /"stacks": \{ "A": \{ "profile": "LIB\/PROFA" \} \}/);
  });

  it('two stacks listed under stacks stay two stacks (and get their duplicates)', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFAOLD': stack(1) }, { stacks: { A: { profile: 'LIB/PROFA' }, OLD: { profile: 'LIB/PROFAOLD' } } });
    assert.deepEqual(stacks(result), ['A', 'OLD']);
    assert.ok(codes(result).includes('LIB/PROFA duplicate-vipa'));
  });

  it('real stacks cloned from one another (other home addresses) are not copies', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFB': stack(2) });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
    assert.deepEqual(codes(result), []);
  });

  it('identical one-line profiles that only INCLUDE shared members stay two stacks', () => {
    const result = analyze({ 'SYSA.tcpip': 'INCLUDE TCPIP.TCPPARMS(HOMES)\n', 'SYSB.tcpip': 'INCLUDE TCPIP.TCPPARMS(HOMES)\n', 'TCPIP.TCPPARMS/HOMES': 'VIPADYNAMIC\n VIPARANGE 255.255.255.0 10.5.5.0\nENDVIPADYNAMIC\n' });
    assert.deepEqual(stacks(result), ['SYSA', 'SYSB']);
  });

  it('files "copy" in the config makes any profile a copy (no note: nothing was guessed)', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/PROFB': stack(2), 'LIB/PROFX': stack(3) }, { files: { 'LIB/PROFX': 'copy' } });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
    assert.equal(role(result, 'LIB/PROFX'), 'copy');
    assert.deepEqual(codes(result), []);
  });
});

describe('OBEYFILE members', () => {
  it('by name or by content are not stacks, and get syntax checks only', () => {
    const result = analyze({
      'LIB/PROFA': stack(1),
      'LIB/PROFB': stack(2),
      'LIB/OBEYA1': 'VIPADYNAMIC\n VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.50\nENDVIPADYNAMIC\n',
      'LIB/CHG0416': 'VIPADYNAMIC\n VIPADELETE 10.1.9.2\n VIPABACKUP 300 10.1.9.3\nENDVIPADYNAMIC\nDELETE PORT 21 TCP FTPD1\n',
    });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
    assert.equal(role(result, 'LIB/OBEYA1'), 'obey');
    assert.equal(role(result, 'LIB/CHG0416'), 'obey');
    // The rank 300 is a syntax-level problem of the member itself: still reported.
    assert.deepEqual(codes(result), ['LIB/CHG0416 rank-out-of-range']);
  });

  it('a profile with its own addresses is a stack even when it has a VIPADELETE', () => {
    const result = analyze({ 'LIB/PROFA': stack(1, ' VIPADELETE 10.1.9.77\n'), 'LIB/PROFB': stack(2) });
    assert.deepEqual(stacks(result), ['PROFA', 'PROFB']);
  });

  it('an OBEYFILE path in the config that is not in the workspace is a config-error on that value', () => {
    const result = analyze({ 'LIB/PROFA': stack(1) }, { stacks: { A: { profile: 'LIB/PROFA', obey: ['LIB/NOPE'] } } });
    const errors = [...result.findingsByUri.values()].flat().filter((f) => f.code === 'config-error');
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /OBEYFILE member "LIB\/NOPE" is not a profile in the workspace/);
  });
});

describe('config files settings and other configurations', () => {
  it('"ignore" removes a file, "tn3270" makes a profile a Telnet profile, "profile" forbids the OBEYFILE guess', () => {
    const result = analyze(
      { 'LIB/PROFA': stack(1), 'LIB/PROFB': stack(2), 'LIB/JUNK': stack(3), 'LIB/TELNET': 'TELNETPARMS\n PORT 23\nENDTELNETPARMS\n', 'LIB/OBEYME': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.9.60\nENDVIPADYNAMIC\n' },
      { files: { 'LIB/JUNK': 'ignore', 'LIB/TEL*': 'tn3270', 'LIB/OBEYME': 'profile' } },
    );
    assert.deepEqual(stacks(result), ['OBEYME', 'PROFA', 'PROFB']);
    assert.equal(role(result, 'LIB/JUNK'), undefined);
    assert.equal(role(result, 'LIB/TELNET'), 'other-config');
  });

  it('a TN3270 profile is no stack and gets no unknown-statement, only its own block errors', () => {
    const result = analyze({ 'LIB/PROFA': stack(1), 'LIB/TNPROF': 'TELNETGLOBALS\n TCPIPJOBNAME TCPIP\nTELNETPARMS\n PORT 23\nENDTELNETPARMS\n' });
    assert.deepEqual(stacks(result), ['PROFA']);
    assert.deepEqual(codes(result).filter((code) => code.startsWith('LIB/TNPROF')), ['LIB/TNPROF syntax-error']);
  });
});

describe('one document per file', () => {
  it('a git: view of a profile adds no stack and leaves the file: findings unchanged', () => {
    const files = { 'LIB/PROFA': stack(1), 'LIB/PROFB': stack(2, ' VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.40\n') };
    const plain = analyze(files);
    const gitUri = 'git:/ws/LIB/PROFB?%7B%22ref%22%3A%22HEAD~1%22%7D';
    const host = memoryHost({ ...files, [gitUri]: stack(2, ' VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.40\n 127.0.0.1\n') });
    const workspace = new VipaWorkspace(host);
    workspace.setFiles(host.uris());
    const withView = workspace.analyze();
    assert.deepEqual(stacks(withView), stacks(plain));
    assert.deepEqual(codes(withView).filter((code) => code.startsWith('LIB/')), codes(plain));
    // The view is checked on its own only: its document-local finding, none of the sysplex's.
    assert.deepEqual(withView.findingsByUri.get(gitUri)?.map((f) => f.code), ['loopback-in-vipa']);
    assert.equal(withView.files!.list().find((file) => file.uri === gitUri)?.role, 'document-local');
  });

  it('a view never resolves an INCLUDE: the member stays the file on disk', () => {
    const host = memoryHost({ 'SYSA.tcpip': 'INCLUDE TCPIP.TCPPARMS(VIPAS)\n', 'TCPIP.TCPPARMS/VIPAS': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.9.1\nENDVIPADYNAMIC\n', 'git:/ws/TCPIP.TCPPARMS/VIPAS': 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.9.9\nENDVIPADYNAMIC\n' });
    const workspace = new VipaWorkspace(host);
    workspace.setFiles(host.uris());
    const result = workspace.analyze();
    assert.deepEqual(result.model.stacks.map((s) => s.dvipas.map((d) => d.address)), [['10.1.9.1']]);
  });
});

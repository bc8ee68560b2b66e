// The pure edit builders behind the quick fixes (server/src/analyzer/queries/profile-edits.ts) on
// in-memory workspaces: line endings, indentation, END on a statement's line, IPv6 forms; and the
// files.exclude glob matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { VipaWorkspace } from '../../server/src/analyzer/workspace/vipa-workspace.js';
import type { FileHost } from '../../server/src/analyzer/base/file-host.js';
import { addToVipaDynamic, ipv4Mask, ipv6InterfaceName, removeOperand } from '../../server/src/analyzer/queries/profile-edits.js';
import { viparangeStatement, vipabackupStatement } from '../../server/src/lsp/code-actions.js';
import { compileGlobs } from '../../server/src/lsp/glob.js';
import { applyEdits } from './helpers/text-position.js';

function analyse(files: Record<string, string>) {
  const host: FileHost = { readText: (uri) => files[uri], readBytes: () => undefined, listDirectory: () => undefined };
  const workspace = new VipaWorkspace(host);
  workspace.setFiles(Object.keys(files));
  const result = workspace.analyze();
  const stack = (name: string) => result.model.stacks.find((candidate) => candidate.name === name)!;
  return { result, stack, textOf: (uri: string) => files[uri] };
}

test('inserts before ENDVIPADYNAMIC with the indentation of the block statements, keeping CRLF', () => {
  const uri = 'file:///ws/SYSA.tcpip';
  const text = 'VIPADYNAMIC\r\n\tVIPADEFINE 255.255.255.255 10.1.1.1\r\nENDVIPADYNAMIC\r\n';
  const { result, stack, textOf } = analyse({ [uri]: text });
  const edit = addToVipaDynamic(result, stack('SYSA'), 'VIPARANGE DEFINE 255.255.255.255 10.2.2.2', textOf)!;
  assert.equal(edit.uri, uri);
  assert.equal(applyEdits(text, [edit]), 'VIPADYNAMIC\r\n\tVIPADEFINE 255.255.255.255 10.1.1.1\r\n\tVIPARANGE DEFINE 255.255.255.255 10.2.2.2\r\nENDVIPADYNAMIC\r\n');
});

test('an END that shares its line with a statement gets the new statement on a line of its own', () => {
  const uri = 'file:///ws/SYSA.tcpip';
  const text = 'VIPADYNAMIC VIPADEFINE 255.255.255.255 10.1.1.1 ENDVIPADYNAMIC';
  const { result, stack, textOf } = analyse({ [uri]: text });
  const edit = addToVipaDynamic(result, stack('SYSA'), 'VIPABACKUP 100 10.3.3.3', textOf)!;
  assert.equal(applyEdits(text, [edit]), 'VIPADYNAMIC VIPADEFINE 255.255.255.255 10.1.1.1 \n  VIPABACKUP 100 10.3.3.3\nENDVIPADYNAMIC');
});

test('a stack without VIPADYNAMIC gets a new block at the end of its root profile, even without a final newline', () => {
  const uri = 'file:///ws/SYSB.tcpip';
  const text = 'TCPCONFIG TCPSENDBFRSIZE 64K';
  const { result, stack, textOf } = analyse({ [uri]: text });
  const edit = addToVipaDynamic(result, stack('SYSB'), 'VIPARANGE DEFINE 255.255.255.255 10.2.2.2', textOf)!;
  assert.equal(applyEdits(text, [edit]), 'TCPCONFIG TCPSENDBFRSIZE 64K\nVIPADYNAMIC\n  VIPARANGE DEFINE 255.255.255.255 10.2.2.2\nENDVIPADYNAMIC\n');
});

test('a block whose rest the stack ignores after an error is skipped: the statement goes into a new block', () => {
  const uri = 'file:///ws/SYSC.tcpip';
  // EZZ0831I: PREFERRED with ROUNDROBIN makes the stack ignore the rest of this block.
  const text = 'VIPADYNAMIC\n  VIPADEFINE 255.255.255.255 10.1.1.1\n  VIPADISTRIBUTE DISTMETHOD ROUNDROBIN 10.1.1.1 PORT 80 DESTIP 10.9.9.1 PREFERRED\nENDVIPADYNAMIC\n';
  const { result, stack, textOf } = analyse({ [uri]: text });
  const edit = addToVipaDynamic(result, stack('SYSC'), 'VIPARANGE DEFINE 255.255.255.255 10.2.2.2', textOf)!;
  const fixed = applyEdits(text, [edit]);
  assert.equal(fixed, `${text}VIPADYNAMIC\n  VIPARANGE DEFINE 255.255.255.255 10.2.2.2\nENDVIPADYNAMIC\n`);
  // And the stack really processes it now.
  const after = analyse({ [uri]: fixed });
  assert.ok(after.stack('SYSC').ranges.some((range) => range.network === '10.2.2.2' && range.prefixLength === 32));
});

test('removing one address of several keeps the statement', () => {
  const uri = 'file:///ws/SYSA.tcpip';
  const text = 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.1.1.1 10.1.1.2\nENDVIPADYNAMIC\n';
  const start = text.indexOf('10.1.1.2');
  const line = 1;
  const character = start - text.indexOf('\n') - 1;
  const edit = removeOperand(uri, { start: { line, character }, end: { line, character: character + 8 } }, () => text)!;
  assert.equal(applyEdits(text, [edit]), 'VIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.1.1.1\nENDVIPADYNAMIC\n');
});

test('statement texts: /32 masks for IPv4, an interface name and /128 for IPv6, the VIPADEFINE mask for backups', () => {
  assert.equal(viparangeStatement('10.30.1.5'), 'VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.255 10.30.1.5');
  const v6 = viparangeStatement('2001:db8::5');
  assert.match(v6, /^VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE DVR[0-9A-F]{8} 2001:db8::5\/128 ; /);
  assert.equal(ipv6InterfaceName('2001:db8::5'), ipv6InterfaceName('2001:DB8::5'), 'stable for one address');
  assert.ok(ipv6InterfaceName('2001:db8::5').length <= 16);
  assert.equal(ipv4Mask(26), '255.255.255.192');
  assert.equal(ipv4Mask(32), '255.255.255.255');
  const fact = { address: '10.20.1.2', family: 4, statement: 'VIPADEFINE', prefixLength: 28 } as const;
  assert.equal(vipabackupStatement('10.20.1.2', fact as never), 'VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.240 10.20.1.2');
  assert.equal(vipabackupStatement('2001:db8::7', { ...fact, address: '2001:db8::7', family: 6, interfaceName: 'DVIPA7' } as never), 'VIPABACKUP 100 MOVEABLE IMMEDIATE DVIPA7 2001:db8::7');
});

test('the files.exclude matcher handles **, *, {a,b}, folder names and case', () => {
  const excluded = compileGlobs(['**/archive', '*.bak', 'build/**', '**/{old,older}/*.tcpip']);
  assert.ok(excluded('archive/SYSA.tcpip'));
  assert.ok(excluded('x/y/archive'));
  assert.ok(excluded('deep/file.BAK'));
  assert.ok(excluded('build/a/b.tcpip'));
  assert.ok(excluded('p/older/SYSB.tcpip'));
  assert.ok(!excluded('profiles/SYSA.tcpip'));
  assert.ok(!excluded('archived/SYSA.tcpip'));
  assert.ok(!excluded('p/older/deeper/SYSB.tcpip'));
});

/** vipa-check init (a proposed vipa-check.json) and vipa-check --obey MEMBER --stack NAME. */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseXml } from '@xml-tools/parser';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from './cli-io.js';
import { parseArgs } from '../../../server/src/cli/args.js';
import { parseConfigText } from '../../../server/src/analyzer/config/config-loader.js';
import { validateJson } from '../../helpers/json-schema.js';
import type { JsonReport } from '../../helpers/cli-json.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'vipa-check.schema.json'), 'utf8'));

function libraryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vipa-init-'));
  cpSync(join(REPO_ROOT, 'test', 'fixtures', 'member-library'), dir, { recursive: true });
  return dir;
}

describe('vipa-check init', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('proposes a config that the schema accepts and that loads without config-error', async () => {
    const dir = libraryCopy();
    dirs.push(dir);
    const { code, stdout, stderr } = await capture(['init', '.'], dir);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.match(stderr, /wrote 'vipa-check\.json'/);
    const text = readFileSync(join(dir, 'vipa-check.json'), 'utf8');
    const proposal = JSON.parse(text);
    assert.deepEqual(validateJson(proposal, SCHEMA), []);
    assert.deepEqual(parseConfigText('file:///x/vipa-check.json', text).findings, []);
    assert.deepEqual(Object.keys(proposal.stacks), ['PROFA', 'PROFB']);
    assert.equal(proposal.stacks.PROFA.profile, 'SYS1.TCPPARMS/PROFA');
    assert.deepEqual(proposal.stacks.PROFA.obey, ['SYS1.TCPPARMS/OBEYA1']);
    assert.match(proposal.stacks.PROFA.$comment, /OBEYA1 is applied after the profile because it names 10\.1\.9\.20/);
    assert.deepEqual(proposal.files, { $comment: proposal.files.$comment, 'SYS1.TCPPARMS/MQPORTB': 'obey', 'SYS1.TCPPARMS/PROFAOLD': 'copy' });
    assert.equal(proposal.datasets['SYS1.TCPPARMS'], 'SYS1.TCPPARMS');
    for (const note of ['Stack PROFA', 'PROFAOLD is a copy', 'OBEYA1 is an OBEYFILE member applied to stack PROFA']) assert.ok(stderr.includes(note), note);
  });

  it('round trip: checking with the proposed config gives no config-error, the same stacks and the member applied', async () => {
    const dir = libraryCopy();
    dirs.push(dir);
    await capture(['init', '.'], dir);
    const { stdout } = await capture(['--format', 'json', '.'], dir);
    const report = JSON.parse(stdout) as JsonReport;
    assert.ok(!report.diagnostics.some((d) => d.code === 'config-error'), JSON.stringify(report.diagnostics));
    assert.deepEqual(report.stacks.map((stack) => stack.name), ['PROFA', 'PROFB']);
    assert.deepEqual(report.diagnostics.map((d) => `${d.file}:${d.line} ${d.code}`), ['SYS1.TCPPARMS/OBEYA1:5 no-backup']);
  });

  it('writes placeholders for unresolved symbols, which stay unresolved until filled in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vipa-init-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'SYSA.tcpip'), 'HOME &HOMEIP. OSA1\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 &DVIPA1.\nENDVIPADYNAMIC\n');
    const { stdout, code } = await capture(['init', '--output', '-', '.'], dir);
    assert.equal(code, 0);
    const proposal = JSON.parse(stdout);
    assert.deepEqual(Object.keys(proposal.symbols).sort(), ['$comment', 'DVIPA1', 'HOMEIP']);
    assert.equal(proposal.symbols.HOMEIP, '');
    assert.deepEqual(validateJson(proposal, SCHEMA), []);
    writeFileSync(join(dir, 'vipa-check.json'), stdout);
    const checked = JSON.parse((await capture(['--format', 'json', '.'], dir)).stdout) as JsonReport;
    assert.deepEqual(checked.diagnostics.map((d) => d.code).sort(), ['unresolved-symbol', 'unresolved-symbol']);
  });

  it('never writes over an existing config', async () => {
    const dir = libraryCopy();
    dirs.push(dir);
    writeFileSync(join(dir, '.vipa-check.json'), '{}\n');
    const { code, stderr } = await capture(['init', '.'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /'\.vipa-check\.json' exists; it is not overwritten/);
    assert.equal(existsSync(join(dir, 'vipa-check.json')), false);
    assert.equal(readFileSync(join(dir, '.vipa-check.json'), 'utf8'), '{}\n');
    writeFileSync(join(dir, 'other.json'), 'keep');
    assert.equal((await capture(['init', '--output', 'other.json', '.'], dir)).code, 2);
    assert.equal(readFileSync(join(dir, 'other.json'), 'utf8'), 'keep');
  });
});

describe('vipa-check --obey MEMBER --stack NAME', () => {
  const fixtures = join(REPO_ROOT, 'test', 'fixtures');

  it('reports what the change adds, removes and breaks', async () => {
    const { code, stdout } = await capture(['--obey', 'member-library/SYS1.TCPPARMS/OBEYA1', '--stack', 'PROFA', 'member-library'], fixtures);
    assert.equal(code, 0, stdout);
    const lines = stdout.split('\n');
    assert.equal(lines[0], 'OBEYFILE member-library/SYS1.TCPPARMS/OBEYA1 applied to stack PROFA (member-library/SYS1.TCPPARMS/PROFA):');
    assert.ok(lines.includes('    VIPADEFINE 10.1.9.21  (member-library/SYS1.TCPPARMS/OBEYA1:5)'), stdout);
    assert.ok(lines.includes('    VIPARANGE 10.1.7.16/28  (member-library/SYS1.TCPPARMS/OBEYA1:6)'), stdout);
    assert.ok(lines.includes('    VIPADEFINE 10.1.9.20  (member-library/SYS1.TCPPARMS/PROFA:22)'), stdout);
    assert.match(stdout, /breaks \(findings the change adds\):\n {4}member-library\/SYS1\.TCPPARMS\/OBEYA1:5:47: warning no-backup DVIPA 10\.1\.9\.21/);
    assert.match(stdout, /fixes \(findings the change removes\):\n {4}member-library\/SYS1\.TCPPARMS\/PROFA:22:47: warning no-backup DVIPA 10\.1\.9\.20/);
    assert.match(stdout, /2 added, 1 removed; 1 new finding \(0 errors\), 1 gone\n$/);
  });

  it('json output, and exit 1 when the change adds an error', async () => {
    const dir = libraryCopy();
    try {
      writeFileSync(join(dir, 'SYS1.TCPPARMS', 'OBEYBAD'), 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.11\nENDVIPADYNAMIC\n');
      const { code, stdout } = await capture(['--format', 'json', '--obey', 'SYS1.TCPPARMS/OBEYBAD', '--stack', 'profa', '.'], dir);
      const report = JSON.parse(stdout);
      assert.equal(report.obey.stack, 'PROFA');
      assert.deepEqual(report.obey.breaks.map((d: { code: string; severity: string }) => `${d.severity} ${d.code}`), ['error duplicate-vipa']);
      assert.equal(code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the stacks when NAME is not one, and needs both options', async () => {
    const { code, stderr } = await capture(['--obey', 'member-library/SYS1.TCPPARMS/OBEYA1', '--stack', 'SYSX', 'member-library'], fixtures);
    assert.equal(code, 2);
    assert.match(stderr, /no stack named 'SYSX' \(stacks: PROFA, PROFB\)/);
    assert.equal(parseArgs(['--obey', 'X', 'p']).kind, 'usage-error');
    assert.deepEqual(parseArgs(['--obey', 'X', '--stack', 'A', 'p']), { kind: 'run', format: 'text', configPath: undefined, paths: ['p'], obey: { member: 'X', stack: 'A' } });
    assert.deepEqual(parseArgs(['init', '--output', '-', 'p']), { kind: 'init', configPath: undefined, output: '-', paths: ['p'] });
  });

  it('--format html: the change, then the map of the sysplex after it, with its simulation and its files', async () => {
    const argv = ['--format', 'html', '--obey', 'member-library/SYS1.TCPPARMS/OBEYA1', '--stack', 'PROFA', '--what-if-down', 'profa', 'member-library'];
    const { code, stdout, stderr } = await capture(argv, fixtures);
    assert.equal(stderr, '');
    assert.equal(code, 0, 'the change adds no error');
    const { lexErrors, parseErrors } = parseXml(stdout);
    assert.deepEqual([...lexErrors, ...parseErrors].map((error) => error.message), [], 'well-formed');
    assert.match(stdout, /<title>Sysplex VIPA map after OBEYFILE member-library\/SYS1\.TCPPARMS\/OBEYA1 on PROFA: if PROFA goes down<\/title>/);
    assert.match(stdout, /<h2 id="obey">OBEYFILE member-library\/SYS1\.TCPPARMS\/OBEYA1 applied to stack PROFA<\/h2><p>As VARY TCPIP,PROFA,OBEYFILE would apply it to member-library\/SYS1\.TCPPARMS\/PROFA: 2 added, 1 removed; 1 new finding \(0 errors\), 1 gone\./);
    const change = (kind: string, what: string, where: string) => `<tr><td class="vm-nowrap">${kind}</td><td>${what}</td><td class="vm-nowrap">${where}</td></tr>`;
    assert.ok(stdout.includes(change('adds', 'VIPADEFINE 10.1.9.21', 'member-library/SYS1.TCPPARMS/OBEYA1:5')), 'the added DVIPA');
    assert.ok(stdout.includes(change('adds', 'VIPARANGE 10.1.7.16/28', 'member-library/SYS1.TCPPARMS/OBEYA1:6')), 'the added range');
    assert.ok(stdout.includes(change('removes', 'VIPADEFINE 10.1.9.20', 'member-library/SYS1.TCPPARMS/PROFA:22')), 'the deleted DVIPA');
    assert.match(stdout, /<td class="vm-nowrap">breaks<\/td><td><svg[^>]*>.*?<\/svg> warning <code>no-backup<\/code> DVIPA 10\.1\.9\.21 has no backup/);
    // The map shows the sysplex after the change: 10.1.9.21 has a row, the deleted 10.1.9.20 none; PROFA down loses 10.1.9.21.
    assert.match(stdout, /class="vm-address[^"]*"[^>]*>10\.1\.9\.21<\/span>/);
    assert.doesNotMatch(stdout, /class="vm-address[^"]*"[^>]*>10\.1\.9\.20<\/span>/);
    assert.match(stdout, /<span class="vm-fate vm-fate-lost"[^>]*>PROFA → lost<\/span>/);
    // Files: the member applied by the option (no vipa-check.json says so), the rest as the workspace classifies it.
    assert.match(stdout, /<td class="vm-file-path"><span[^>]*>member-library\/SYS1\.TCPPARMS\/OBEYA1<\/span><\/td><td>OBEYFILE member applied to PROFA<\/td><td>vipa-check --obey member-library\/SYS1\.TCPPARMS\/OBEYA1 --stack PROFA<\/td>/);
    assert.match(stdout, /<td class="vm-file-path"><span[^>]*>member-library\/SYS1\.TCPPARMS\/PROFA<\/span><\/td><td>stack profile of PROFA<\/td><td>no other profile INCLUDEs it/);
    assert.doesNotMatch(stdout, /vipa-check\.json stacks\.PROFA/);
    assert.ok(parseArgs(['--obey', 'X', '--stack', 'A', '--format', 'html', 'p']).kind === 'run');

    const dir = libraryCopy();
    try {
      writeFileSync(join(dir, 'SYS1.TCPPARMS', 'OBEYBAD'), 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.11\nENDVIPADYNAMIC\n');
      const bad = await capture(['--format', 'html', '--obey', 'SYS1.TCPPARMS/OBEYBAD', '--stack', 'profa', '.'], dir);
      assert.equal(bad.code, 1, 'exit 1: the change adds an error');
      assert.match(bad.stdout, /<td class="vm-nowrap">breaks<\/td><td><svg[^>]*>.*?<\/svg> error <code>duplicate-vipa<\/code>/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--what-if-down simulates the sysplex after the change (text and json); init takes no --what-if-down', async () => {
    const argv = ['--obey', 'member-library/SYS1.TCPPARMS/OBEYA1', '--stack', 'PROFA', '--what-if-down', 'profa', 'member-library'];
    const text = await capture(argv, fixtures);
    assert.equal(text.code, 0, text.stderr);
    const [obeyPart, simulation] = text.stdout.split('\nWith member-library/SYS1.TCPPARMS/OBEYA1 applied to PROFA:\n\n');
    assert.match(obeyPart, /2 added, 1 removed; 1 new finding \(0 errors\), 1 gone\n$/);
    assert.match(simulation, /^What if PROFA goes down\?\n/);
    // 10.1.9.21 exists only after the member (no backup): lost; 10.1.9.20, which the member deletes, is not there.
    assert.match(simulation, /LOST {6}10\.1\.9\.21 /);
    assert.match(simulation, /MOVES {5}10\.1\.9\.10 +DVIPA +PROFA -> PROFB/);
    assert.doesNotMatch(simulation, /10\.1\.9\.20/);

    const json = await capture(['--format', 'json', ...argv], fixtures);
    assert.equal(json.code, 0, json.stderr);
    const report = JSON.parse(json.stdout);
    assert.deepEqual(Object.keys(report), ['version', 'obey', 'whatIf']);
    assert.deepEqual(report.whatIf.down, ['PROFA']);
    const fate = (address: string) => report.whatIf.addresses.filter((a: { address: string }) => a.address === address).map((a: { before: string; after: string | null }) => [a.before, a.after]);
    assert.deepEqual(fate('10.1.9.21'), [['PROFA', null]]);
    assert.deepEqual(fate('10.1.9.20'), []);

    const unknown = await capture([...argv.slice(0, 5), 'SYSX', 'member-library'], fixtures);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stdout, '');
    assert.match(unknown.stderr, /--what-if-down: no stack named 'SYSX' \(stacks: PROFA, PROFB\)/);
    assert.deepEqual(parseArgs(['--obey', 'X', '--stack', 'A', '--what-if-down', 'B,C', 'p']), { kind: 'run', format: 'text', configPath: undefined, paths: ['p'], obey: { member: 'X', stack: 'A' }, whatIfDown: ['B', 'C'] });
    assert.equal(parseArgs(['--obey', 'X', '--stack', 'A', '--what-if-down', 'B', '--format', 'sarif', 'p']).kind, 'usage-error');
    assert.equal(parseArgs(['init', '--what-if-down', 'A', 'p']).kind, 'usage-error');
  });
});

/**
 * Hand-written profiles in the style of IBM's SAMPPROF and of typical sysplex setups
 * (test/fixtures/realistic, see its README): a valid real profile must give no error-severity
 * finding, and nothing of the syntax codes at all. The model assertions make sure the files were
 * really read (a parser that skipped everything would pass the first part).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { Statement } from '../../../server/src/analyzer/profile/ast.js';
import { NodeFileHost } from '../../../server/src/analyzer/base/node-file-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'realistic');
const profiles = readdirSync(folder).filter((name) => name.endsWith('.tcpip')).sort();
const SYNTAX_CODES = new Set(['syntax-error', 'unknown-statement', 'statement-out-of-place']);

function parse(name: string) {
  const path = join(folder, name);
  return parseProfile(pathToFileURL(path).href, readFileSync(path, 'utf8'));
}

/** Statement kinds, nested blocks flattened after their block. */
function kinds(statements: readonly Statement[]): string[] {
  return statements.flatMap((s) => [s.kind === 'BLOCK' ? `BLOCK:${s.name}` : s.kind, ...('statements' in s ? kinds(s.statements) : [])]);
}

test('the realistic fixtures are all there', () => {
  assert.deepEqual(profiles, ['PLEXRNG.tcpip', 'options.tcpip', 'plex-sysa.tcpip', 'plex-sysb.tcpip', 'samp-style.tcpip']);
});

for (const name of profiles) {
  test(`realistic ${name}: no error and no syntax finding`, () => {
    const doc = parse(name);
    const bad = doc.findings.filter((f) => f.severity === 'error' || SYNTAX_CODES.has(f.code));
    assert.deepEqual(bad.map((f) => `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`), []);
  });
}

test('realistic samp-style: every statement is recognised, HOME and PORT lists are read entry by entry', () => {
  const doc = parse('samp-style.tcpip');
  const all = kinds(doc.statements);
  assert.ok(!all.includes('UNKNOWN'), all.join(' '));
  const home = doc.statements.find((s) => s.kind === 'HOME');
  assert.equal(home?.kind === 'HOME' ? home.entries.length : 0, 3);
  const port = doc.statements.find((s) => s.kind === 'PORT');
  assert.equal(port?.kind === 'PORT' ? port.entries.length : 0, 15, 'one entry per PORT line of the file');
  const binds = port?.kind === 'PORT' ? port.entries.filter((e) => e.bind).map((e) => `${e.port} ${e.job?.upper} ${e.bind?.address}`) : [];
  assert.deepEqual(binds, ['443 HTTPSRV1 10.1.9.1', '10443 IZUSVR1 10.1.9.1']);
  assert.equal(all.filter((k) => k === 'ROUTE').length, 5);
});

test('realistic plex-sysa: the VIPADYNAMIC block holds all 14 sub-statements, none ignored', () => {
  const block = parse('plex-sysa.tcpip').statements.find((s) => s.kind === 'VIPADYNAMIC');
  assert.ok(block && block.kind === 'VIPADYNAMIC');
  assert.equal(block.ignoredFrom, undefined);
  const expected = [
    ...Array<string>(3).fill('VIPARANGE'),
    ...Array<string>(3).fill('VIPADEFINE'),
    ...Array<string>(2).fill('VIPABACKUP'),
    ...Array<string>(4).fill('VIPADISTRIBUTE'),
    'VIPAROUTE',
    'VIPADELETE',
  ];
  assert.deepEqual(block.statements.map((s) => s.kind), expected);
  const hotStandby = block.statements.find((s) => s.kind === 'VIPADISTRIBUTE' && s.distMethod === 'HOTSTANDBY');
  assert.ok(hotStandby && hotStandby.kind === 'VIPADISTRIBUTE');
  assert.deepEqual(hotStandby.destinations.map((d) => `${d.address?.address} ${d.preferred ? 'PREFERRED' : ''}${d.backup ? `BACKUP ${d.backupRank}` : ''}`), ['10.2.100.1 PREFERRED', '10.2.100.2 BACKUP 100']);
});

test('realistic sysplex: the whole workspace gives no error, and the model reads what the files say', () => {
  const uris = profiles.map((name) => pathToFileURL(join(folder, name)).href);
  const config: WorkspaceConfig = {
    stacks: {
      TCPIPA: { profile: 'plex-sysa.tcpip', system: 'SYSA', sysplex: 'PLEX1' },
      TCPIPB: {
        profile: 'plex-sysb.tcpip',
        system: 'SYSB',
        sysplex: 'PLEX1',
        symbols: { XCFIP: '10.2.100.2', VIPA1: '10.3.9.1', OSAPORT: 'OSAPRT1', HOMEIP1: '10.3.1.1', VIPA2: '10.3.9.2', DEFRTR: '10.3.1.254', DVIPAB: '10.2.31.5' },
      },
      SYS1: { profile: 'samp-style.tcpip', sysplex: 'MONO1' },
      TCPIPC: { profile: 'options.tcpip', sysplex: 'MONO2' },
    },
  };
  const errors: string[] = [];
  const workspace = new VipaWorkspace(new NodeFileHost(), {
    config: { config, uri: pathToFileURL(join(folder, 'vipa-check.json')).href, baseUri: pathToFileURL(`${folder}/`).href },
    onInternalError: (error, source) => errors.push(`${source}: ${String(error)}`),
  });
  workspace.setFiles(uris);
  const result = workspace.analyze()!;
  assert.deepEqual(errors, []);
  const errorFindings = [...result.findingsByUri.entries()].flatMap(([uri, list]) =>
    list.filter((f) => f.severity === 'error').map((f) => `${uri.split('/').pop()}:${f.range.start.line + 1} ${f.code} ${f.message}`),
  );
  assert.deepEqual(errorFindings, []);

  const stacks = new Map(result.model.stacks.map((s) => [s.name, s]));
  assert.deepEqual([...stacks.keys()].sort(), ['SYS1', 'TCPIPA', 'TCPIPB', 'TCPIPC']);
  const b = stacks.get('TCPIPB')!;
  // The VIPARANGEs of TCPIPB come from the INCLUDEd member PLEXRNG, the DYNAMICXCF and homes from symbols.
  assert.deepEqual(b.ranges.map((r) => `${r.action} ${r.network}/${r.prefixLength}`), ['DEFINE 10.2.20.0/24', 'DEFINE 10.2.21.5/32', 'DELETE 10.2.22.0/24']);
  assert.deepEqual(b.dynamicXcf.map((x) => x.address), ['10.2.100.2']);
  assert.deepEqual(b.homes.map((h) => h.address).sort(), ['10.2.100.2', '10.3.1.1', '10.3.9.1', '10.3.9.2']);
  // HOTSTANDBY 10.2.30.2: defined on A, backed up on B, both stacks are DESTIPs.
  for (const stack of ['TCPIPA', 'TCPIPB']) {
    const coverage = result.index.coverage('10.2.30.2', 'PLEX1').find((c) => c.stack.name === stack);
    assert.equal(coverage?.bindable, true, stack);
  }
  assert.equal(result.index.coverage('10.2.20.77', 'PLEX1').filter((c) => c.via === 'viparange').length, 2);
  // Every VIPADEFINE of PLEX1 has a backup on the other stack, except &DVIPAB. (10.2.31.5), which only TCPIPB names.
  const noBackup = [...result.findingsByUri.values()].flat().filter((f) => f.code === 'no-backup' && f.severity === 'warning' && /10\.2\./.test(f.message));
  assert.deepEqual(noBackup.map((f) => f.data?.address), ['10.2.31.5']);
});

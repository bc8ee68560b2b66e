import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IncludeFileIndex, resolveInclude, resolveIncludeDetailed } from '../../../server/src/analyzer/include/resolve-include.js';
import type { LoadedConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { fileUri } from '../../helpers/memory-host.js';

function index(...paths: string[]): IncludeFileIndex {
  return new IncludeFileIndex(paths.map(fileUri));
}

const FROM = fileUri('SYSA/PROFILE.TCPIP');

test('a member resolves to a file named like it, any case, with or without extension', () => {
  for (const name of ['ZCXDVIPA', 'zcxdvipa.tcpip', 'ZcxDvipa.txt']) {
    const files = index('SYSA/PROFILE.TCPIP', `shared/${name}`);
    assert.equal(resolveInclude({ dataSet: 'ADCD.Z25B.TCPPARMS', member: 'ZCXDVIPA', fromUri: FROM }, files), fileUri(`shared/${name}`), name);
  }
});

test('request case does not matter (INCLUDE is case-insensitive)', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'shared/ZCXDVIPA');
  assert.equal(resolveInclude({ dataSet: 'adcd.z25b.tcpparms', member: 'zcxdvipa', fromUri: FROM }, files), fileUri('shared/ZCXDVIPA'));
});

test('a folder named like the data set wins over the including folder and elsewhere', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'SYSA/VIPAS', 'other/VIPAS', 'adcd.z25b.tcpparms/vipas.txt');
  const resolution = resolveIncludeDetailed({ dataSet: 'ADCD.Z25B.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files);
  assert.equal(resolution.uri, fileUri('adcd.z25b.tcpparms/vipas.txt'));
  assert.equal(resolution.rule, 'dataset-folder');
});

test('without a data set folder, the including file\'s folder wins', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'SYSA/VIPAS', 'aaa/VIPAS');
  const resolution = resolveIncludeDetailed({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files);
  assert.equal(resolution.uri, fileUri('SYSA/VIPAS'));
  assert.equal(resolution.rule, 'same-folder');
});

test('anywhere else: the nearest candidate by folder path', () => {
  const files = index('plex/SYSA/PROFILE.TCPIP', 'plex/common/VIPAS', 'zzz/VIPAS');
  const resolution = resolveIncludeDetailed({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: fileUri('plex/SYSA/PROFILE.TCPIP') }, files);
  assert.equal(resolution.uri, fileUri('plex/common/VIPAS'));
  assert.equal(resolution.rule, 'anywhere');
});

test('files with a foreign extension never match by name', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'docs/VIPAS.md', 'web/vipas.json');
  assert.equal(resolveInclude({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files), undefined);
});

test('a missing member resolves to undefined', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'SYSA/OTHER');
  assert.equal(resolveInclude({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files), undefined);
});

test('a file named like DSN(MEMBER) is taken first', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'SYSA/VIPAS', 'dl/USER.TCPPARMS(VIPAS).txt');
  assert.equal(resolveInclude({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files), fileUri('dl/USER.TCPPARMS(VIPAS).txt'));
});

test('INCLUDE dsn without member: a file named like the whole data set name, not its last qualifier', () => {
  const files = index('SYSA/PROFILE.TCPIP', 'seq/user.tcpip.vipas.txt', 'SYSA/VIPAS');
  assert.equal(resolveInclude({ dataSet: 'USER.TCPIP.VIPAS', fromUri: FROM }, files), fileUri('seq/user.tcpip.vipas.txt'));
  assert.equal(resolveInclude({ dataSet: 'USER.TCPIP.OTHER', fromUri: FROM }, index('SYSA/PROFILE.TCPIP', 'SYSA/OTHER')), undefined);
});

test('the config map: DSN(MEMBER) -> file and DSN -> folder, relative to the config folder', () => {
  const config: LoadedConfig = {
    config: { datasets: { 'user.tcpparms(vipas)': 'members/common-vipas.txt', 'SYS1.TCPPARMS': 'sys1' } },
    uri: fileUri('cfg/vipa-check.json'),
    baseUri: fileUri('cfg'),
  };
  const files = index('SYSA/PROFILE.TCPIP', 'cfg/members/common-vipas.txt', 'SYSA/VIPAS', 'cfg/sys1/RANGES.tcpip', 'SYSA/RANGES');
  const member = resolveIncludeDetailed({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files, config);
  assert.equal(member.uri, fileUri('cfg/members/common-vipas.txt'));
  assert.equal(member.rule, 'config-member');
  const folder = resolveIncludeDetailed({ dataSet: 'SYS1.TCPPARMS', member: 'RANGES', fromUri: FROM }, files, config);
  assert.equal(folder.uri, fileUri('cfg/sys1/RANGES.tcpip'));
  assert.equal(folder.rule, 'config-folder');
});

test('a config entry that points at a missing file reports where it points instead of guessing', () => {
  const config: LoadedConfig = { config: { datasets: { 'USER.TCPPARMS(VIPAS)': 'nowhere/VIPAS' } }, uri: fileUri('vipa-check.json'), baseUri: fileUri('') };
  const files = index('SYSA/PROFILE.TCPIP', 'SYSA/VIPAS');
  const resolution = resolveIncludeDetailed({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files, config);
  assert.equal(resolution.uri, undefined);
  assert.equal(resolution.mappedUri, fileUri('nowhere/VIPAS'));
});

test('URI spelling differences (encoded characters) do not break config lookups', () => {
  const config: LoadedConfig = { config: { datasets: { 'USER.TCPPARMS(VIPAS)': 'my members/VIPAS' } }, baseUri: 'file:///ws' };
  const files = new IncludeFileIndex(['file:///ws/SYSA/PROFILE.TCPIP', 'file:///ws/my%20members/VIPAS']);
  assert.equal(resolveInclude({ dataSet: 'USER.TCPPARMS', member: 'VIPAS', fromUri: FROM }, files, config), 'file:///ws/my%20members/VIPAS');
});

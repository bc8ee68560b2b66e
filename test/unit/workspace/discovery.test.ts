import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyFile, shouldSkipDirectory } from '../../../server/src/analyzer/workspace/discovery.js';
import { fileUri } from '../../helpers/memory-host.js';

const PROFILE_TEXT = 'TCPCONFIG RESTRICTLOWPORTS\nHOME 10.1.1.1 OSA1\nVIPADYNAMIC\n VIPADEFINE 255.255.255.255 10.2.2.2\nENDVIPADYNAMIC\n';

test('profiles by name: *.tcpip, PROFILE qualifiers, any case', () => {
  for (const path of ['a/b.tcpip', 'x/SYSA.TCPIP', 'PROFILE.TCPIP', 'profile', 'SYSA.PROFILE.TCPIP', 'prof/Profile2.txt', 'PROFILEA']) {
    assert.equal(classifyFile(fileUri(path)), 'profile', path);
  }
});

test('files in a TCPPARMS folder are profiles, except well-known other members and non-profile text', () => {
  assert.equal(classifyFile(fileUri('ADCD.Z25B.TCPPARMS/ZCXDVIPA')), 'profile');
  assert.equal(classifyFile(fileUri('adcd.z25b.tcpparms/zcxdvipa.txt')), 'profile');
  assert.equal(classifyFile(fileUri('SYS1.TCPPARMS/TCPDATA')), 'tcpip-data');
  assert.equal(classifyFile(fileUri('SYS1.TCPPARMS/NOTES'), 'Just some notes about the LPAR, nothing to see here.'), undefined);
  assert.equal(classifyFile(fileUri('SYS1.TCPPARMS/NOTES.md')), undefined);
});

test('content decides only for files with no telling name and no foreign extension', () => {
  assert.equal(classifyFile(fileUri('misc/TCPIPA'), PROFILE_TEXT), 'profile');
  assert.equal(classifyFile(fileUri('misc/TCPIPA')), undefined);
  assert.equal(classifyFile(fileUri('misc/readme.md'), PROFILE_TEXT), undefined);
  assert.equal(classifyFile(fileUri('misc/code.ts'), PROFILE_TEXT), undefined);
  assert.equal(classifyFile(fileUri('misc/LICENSE'), 'MIT License\n\nPermission is hereby granted'), undefined);
});

test('Liberty files and the config file', () => {
  assert.equal(classifyFile(fileUri('wlp/usr/servers/web/server.xml')), 'liberty-server-xml');
  assert.equal(classifyFile(fileUri('wlp/usr/servers/web/configDropins/overrides/ports.xml')), 'liberty-xml');
  assert.equal(classifyFile(fileUri('wlp/usr/servers/web/bootstrap.properties')), 'liberty-bootstrap');
  assert.equal(classifyFile(fileUri('wlp/usr/servers/web/server.env')), 'liberty-env');
  assert.equal(classifyFile(fileUri('vipa-check.json')), 'config');
  assert.equal(classifyFile(fileUri('sub/.vipa-check.json')), 'config');
  assert.equal(classifyFile(fileUri('package.json')), undefined);
});

test('skipped directories', () => {
  for (const name of ['node_modules', '.git', 'target', 'build', 'out', 'dist']) assert.ok(shouldSkipDirectory(name), name);
  for (const name of ['servers', 'TCPPARMS', 'src']) assert.ok(!shouldSkipDirectory(name), name);
});

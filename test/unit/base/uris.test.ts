/** One URI helper (base/uris.ts): every reader decodes, resolves and compares URIs the same way. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveUriPath, uriBasename, uriDirname, uriFolderNames, uriKey, uriPath, uriRelative, uriWithPath } from '../../../server/src/analyzer/base/uris.js';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { libertyHost } from '../liberty/liberty-host.js';

test('%24 and $ are the same character for every helper', () => {
  const encoded = 'file:///ws/SYS%24A/PROF%24.TCPIP';
  const plain = 'file:///ws/SYS$A/PROF$.TCPIP';
  assert.equal(uriKey(encoded), uriKey(plain));
  assert.equal(uriBasename(encoded), 'PROF$.TCPIP');
  assert.deepEqual(uriFolderNames(encoded), ['ws', 'SYS$A']);
  assert.equal(uriPath(encoded), '/ws/SYS$A/PROF$.TCPIP');
  assert.equal(uriKey(uriDirname(encoded)), uriKey('file:///ws/SYS$A'));
  assert.equal(uriRelative('file:///ws/SYS$A', encoded), 'PROF$.TCPIP');
  assert.equal(uriRelative('file:///ws/SYS%24A/', plain), 'PROF$.TCPIP');
});

test('resolving keeps the folder spelling and encodes only the new part', () => {
  assert.equal(resolveUriPath('file:///ws/SYS%24A', 'sub/x y.xml'), 'file:///ws/SYS%24A/sub/x%20y.xml');
  assert.equal(resolveUriPath('file:///ws/SYS%24A/', '../B/./c.xml'), 'file:///ws/B/c.xml');
  assert.equal(resolveUriPath('file:///ws/a', '/etc/x.xml'), 'file:///etc/x.xml');
  assert.equal(resolveUriPath('zowe-ds:/ws/a', 'b\\c'), 'zowe-ds:/ws/a/b/c');
  assert.equal(resolveUriPath('file:///ws/a', 'zowe-ds:/X/Y'), 'zowe-ds:/X/Y');
  assert.equal(resolveUriPath('file:///ws/a', 'C:\\x\\y.json'), 'file:///C:/x/y.json');
  assert.equal(uriWithPath('file:///ws/a', '/u/SYS$A/100%.xml'), 'file:///u/SYS$A/100%25.xml');
});

test('a Liberty include in a folder spelled with %24 is found', () => {
  const host = libertyHost({
    'SYS$A/server.xml': '<server><include location="more.xml"/><httpEndpoint id="e" host="${h}" httpPort="1"/></server>',
    'SYS$A/more.xml': '<server><variable name="h" value="10.1.1.1"/></server>',
  });
  const readByKey = { ...host, readText: (uri: string) => host.readText(`file://${uriPath(uri).split('/').map((s) => s).join('/')}`) };
  const server = readLibertyServer(readByKey, 'file:///ws/SYS%24A/server.xml', { config: {} });
  assert.equal(server.endpoints[0]?.address, '10.1.1.1');
  assert.ok(server.fileUris.some((uri) => uriKey(uri) === uriKey('file:///ws/SYS$A/more.xml')));
});

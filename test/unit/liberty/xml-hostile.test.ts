import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXml } from '../../../server/src/analyzer/liberty/xml-document.js';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { libertyFileKind } from '../../../server/src/analyzer/liberty/liberty-files.js';
import { libertyHost, ws } from './liberty-host.js';

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<server><httpEndpoint id="defaultHttpEndpoint" host="&lol9;" httpPort="9080"/></server>`;

test('a billion-laughs file comes back fast, reported, with no expansion', () => {
  // The XML parser loads on first use: load it before the clock starts, this test times the document.
  readLibertyServer(libertyHost({ 'servers/w/server.xml': '<server/>' }), ws('servers/w/server.xml'), { config: {} });
  const started = performance.now();
  const server = readLibertyServer(libertyHost({ 'servers/a/server.xml': BILLION_LAUGHS }), ws('servers/a/server.xml'), { config: {} });
  assert.ok(performance.now() - started < 1000, 'well under a second');
  const finding = server.findings.find((f) => f.code === 'xml-syntax-error');
  assert.ok(finding);
  assert.match(finding.message, /DTDs are not processed/);
  assert.equal(finding.range.start.line, 1);
  const endpoint = server.endpoints.find((e) => e.id === 'defaultHttpEndpoint');
  assert.equal(endpoint?.host.value, '&lol9;', 'the entity reference stays literal');
  assert.equal(endpoint?.address, undefined);
  // No element is invented from the DTD's <!ENTITY ...> declarations.
  assert.ok(!server.endpoints.some((e) => e.id !== 'defaultHttpEndpoint'));
});

test('external entities (XXE) are never resolved', () => {
  const xxe = `<?xml version="1.0"?>
<!DOCTYPE server [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<server><variable name="h" value="&xxe;"/><httpEndpoint id="defaultHttpEndpoint" host="\${h}"/></server>`;
  const reads: string[] = [];
  const host = libertyHost({ 'servers/a/server.xml': xxe });
  const spy = { ...host, readText: (uri: string) => (reads.push(uri), host.readText(uri)), readBytes: (uri: string) => (reads.push(uri), host.readBytes(uri)) };
  const server = readLibertyServer(spy, ws('servers/a/server.xml'), { config: {} });
  assert.ok(!reads.some((uri) => uri.includes('passwd')));
  assert.equal(server.variables.get('h')?.value, '&xxe;');
  assert.ok(server.findings.some((f) => f.code === 'xml-syntax-error'));
});

test('predefined entities and character references are decoded; others stay literal', () => {
  const document = parseXml(`<server a="x&amp;y&#65;&#x42;&lt;&unknown;"/>`);
  assert.equal(document.root?.attributes[0].value, 'x&yAB<&unknown;');
  assert.equal(document.problems.length, 0);
});

test('malformed XML: the error is reported where it is, readable elements are kept', () => {
  const text = '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.1.1.1" httpPort="9080"/>\n  <keyStore id="k" password=\n</server>';
  const server = readLibertyServer(libertyHost({ 'servers/a/server.xml': text }), ws('servers/a/server.xml'), { config: {} });
  const errors = server.findings.filter((f) => f.code === 'xml-syntax-error');
  assert.ok(errors.length > 0);
  assert.ok(errors[0].range.start.line >= 2, `error at line ${errors[0].range.start.line}`);
  assert.equal(server.endpoints.find((e) => e.id === 'defaultHttpEndpoint')?.address, '10.1.1.1');
});

test('deep nesting, huge and binary input do not crash or hang', () => {
  const deep = `<server>${'<a>'.repeat(50_000)}${'</a>'.repeat(50_000)}</server>`;
  const garbage = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
  for (const text of [deep, garbage, '<'.repeat(100_000), '']) {
    const started = performance.now();
    const server = readLibertyServer(libertyHost({ 'servers/a/server.xml': text }), ws('servers/a/server.xml'), { config: {} });
    assert.ok(performance.now() - started < 5000);
    assert.ok(Array.isArray(server.endpoints));
  }
});

test('libertyFileKind decides by path', () => {
  assert.equal(libertyFileKind('file:///x/usr/servers/a/server.xml'), 'liberty-server-xml');
  assert.equal(libertyFileKind('file:///x/usr/servers/a/keystore.xml'), 'liberty-xml');
  assert.equal(libertyFileKind('file:///x/usr/servers/a/configDropins/overrides/o.xml'), 'liberty-xml');
  assert.equal(libertyFileKind('file:///p/src/main/liberty/config/tls.xml'), 'liberty-xml');
  assert.equal(libertyFileKind('file:///x/usr/servers/a/bootstrap.properties'), 'liberty-bootstrap');
  assert.equal(libertyFileKind('file:///x/usr/servers/a/server.env'), 'liberty-env');
  assert.equal(libertyFileKind('file:///x/pom.xml'), undefined);
  assert.equal(libertyFileKind('file:///x/profiles/PROFILE.TCPIP'), undefined);
});

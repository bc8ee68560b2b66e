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
  const finding = server.findings.find((f) => f.code === 'xml-doctype-ignored');
  assert.ok(finding);
  assert.equal(finding.severity, 'information');
  assert.match(finding.message, /DTDs are not processed/);
  assert.deepEqual(server.findings.filter((f) => f.code === 'xml-syntax-error'), [], 'the DOCTYPE is not a syntax error');
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
  assert.ok(server.findings.some((f) => f.code === 'xml-doctype-ignored'));
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

test('100,000 levels of nesting are refused before parsing: one error, no stack overflow', () => {
  // (Closing tags would take the text over the XML size limit, which is tested below.)
  const deep = `<server>${'<a>'.repeat(100_000)}`;
  const started = performance.now();
  const document = parseXml(deep);
  assert.ok(performance.now() - started < 2000);
  assert.equal(document.root, undefined);
  assert.equal(document.problems.length, 1);
  assert.match(document.problems[0].message, /nested about 100001 levels deep/);
  assert.doesNotMatch(document.problems[0].message, /call stack/);
  // Real nesting depth is parsed.
  assert.equal(parseXml(`<server>${'<a>'.repeat(50)}${'</a>'.repeat(50)}</server>`).problems.length, 0);
});

test('a few hundred unclosed elements with syntax errors among them do not overflow the parser', () => {
  // Found by npm run fuzz: a duplicated line of an unclosed start tag and a stray quote.
  const text = `<server>\n${'<httpEndpoint id="e" host="a b\n'.repeat(90)}${'<keyStore id="k" x=1>\n'.repeat(90)}`;
  const document = parseXml(text);
  assert.ok(document.problems.length > 0);
  assert.ok(document.problems.every((problem) => !/call stack/.test(problem.message)), document.problems.map((p) => p.message).join('\n'));
});

test('an unclosed comment, CDATA section or processing instruction in a large file is cut off in linear time', () => {
  for (const opener of ['<!--', '<![CDATA[', '<?x']) {
    const text = `<server>\n<httpEndpoint id="defaultHttpEndpoint" host="10.1.1.1"/>\n${opener} ${'<!-- a '.repeat(30_000)}`;
    const started = performance.now();
    const document = parseXml(text);
    assert.ok(performance.now() - started < 2000, `${opener}: ${performance.now() - started} ms`);
    assert.match(document.problems[0].message, /never closed/);
    assert.equal(document.problems[0].range.start.line, 2);
    assert.equal(document.root?.children[0]?.name, 'httpEndpoint', 'what comes before is still read');
  }
});

test('a file of broken tags is refused with one error instead of a long error recovery', () => {
  const document = parseXml(`<server>${`"'<>`.repeat(100_000)}</server>`);
  assert.equal(document.problems.length, 1);
  assert.match(document.problems[0].message, /more than 200 broken tags/);
});

test('a huge attribute value is read in bounded time', () => {
  const value = 'x'.repeat(400_000);
  const started = performance.now();
  const document = parseXml(`<server><variable name="v" value="${value}"/></server>`);
  assert.ok(performance.now() - started < 5000);
  assert.equal(document.root?.children[0]?.attributes[1]?.value.length, 400_000);
});

test('over the XML size limit: one file-too-large, nothing parsed', () => {
  const document = parseXml(`<server>${' '.repeat(600 * 1024)}</server>`);
  assert.deepEqual(document.problems.map((problem) => problem.code), ['file-too-large']);
  assert.equal(document.root, undefined);
});

test('comments holding "--" (found by npm run fuzz: 88 KB took 10 s) are reported and parsed in linear time', () => {
  const comment = '<!-- a note -- with a double hyphen <httpEndpoint id="x" host="1.2.3.4"/> -->\n';
  const text = `<server>\n${comment.repeat(1000)}<httpEndpoint id="defaultHttpEndpoint" host="10.1.1.1"/>\n</server>`;
  const started = performance.now();
  const document = parseXml(text);
  assert.ok(performance.now() - started < 2000, `${performance.now() - started} ms`);
  assert.match(document.problems[0].message, /"--" is not allowed inside a comment/);
  assert.deepEqual(document.problems[0].range.start, { line: 1, character: 12 });
  // What is inside comments is not configuration.
  assert.deepEqual(document.root?.children.map((child) => attributeOfValue(child, 'id')), ['defaultHttpEndpoint']);
});

function attributeOfValue(element: { attributes: { name: string; value: string }[] }, name: string): string | undefined {
  return element.attributes.find((attribute) => attribute.name === name)?.value;
}

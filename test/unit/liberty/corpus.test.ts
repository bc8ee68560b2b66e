/**
 * Reads the public Liberty corpus (../shared/corpus/liberty, never copied into the project) and
 * checks that what the reader finds matches what the files say.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { libertyHost, ws } from './liberty-host.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus', 'liberty');
const present = existsSync(corpus);
const SKIP = 'corpus folder ../shared/corpus/liberty is absent';

function file(prefix: string): string {
  const name = readdirSync(corpus).find((entry) => entry.startsWith(prefix));
  assert.ok(name, `corpus file ${prefix}*`);
  return readFileSync(join(corpus, name), 'utf8');
}

function serverOf(files: Record<string, string>) {
  return readLibertyServer(libertyHost(files), ws('usr/servers/corpus/server.xml'), { config: {} });
}

test('every corpus file reads as a server.xml without a crash or an XML error', (t) => {
  if (!present) return t.skip(SKIP);
  for (const name of readdirSync(corpus)) {
    const server = serverOf({ 'usr/servers/corpus/server.xml': readFileSync(join(corpus, name), 'utf8') });
    const xmlErrors = server.findings.filter((f) => f.code === 'xml-syntax-error');
    if (name.endsWith('.properties')) continue;
    assert.deepEqual(xmlErrors, [], name);
    assert.ok(server.endpoints.length >= 1, name);
  }
});

test('zorow: host ${ip.address} comes from bootstrap.properties, whose value is a z/OSMF placeholder', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({
    'usr/servers/corpus/server.xml': file('05_'),
    'usr/servers/corpus/bootstrap.properties': file('06_'),
    'usr/servers/corpus/keystore.xml': file('07_'),
  });
  const endpoint = server.endpoints.find((e) => e.id === 'defaultHttpEndpoint')!;
  assert.equal(endpoint.host.raw, '${ip.address}');
  assert.equal(endpoint.host.chain[0].name, 'ip.address');
  assert.equal(endpoint.host.chain[0].definition?.source, 'bootstrap.properties');
  assert.equal(endpoint.host.chain[0].definition?.location?.uri, ws('usr/servers/corpus/bootstrap.properties'));
  assert.deepEqual(endpoint.host.unresolved, ['instance-IP_ADDRESS']);
  assert.deepEqual(endpoint.ports.map((p) => p.name), ['httpPort', 'httpsPort']);
  assert.ok(endpoint.ports.every((p) => p.value === undefined), 'ports come from unresolved placeholders too');
  // keystore.xml (the SAF variant) is included; datasource.xml is optional and absent: no finding.
  assert.ok(!server.findings.some((f) => f.code === 'liberty-include-not-found'));
  assert.equal(server.ssl?.defaultSslRef?.value, 'sslRef');
  assert.match(server.ssl?.keyStores.get('keystore')?.location.raw ?? '', /^safkeyring:\/\/\//);
  assert.equal(server.variables.get('wlp.instance.name')?.source, 'bootstrap.properties');
});

test('zorow server.xml alone: keystore.xml is a missing non-optional include', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('05_') });
  const missing = server.findings.filter((f) => f.code === 'liberty-include-not-found');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /keystore\.xml/);
});

test('OpenLiberty guide: host="*" and ports from variables the file does not define', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('01_') });
  const endpoint = server.endpoints.find((e) => e.id === 'defaultHttpEndpoint')!;
  assert.equal(endpoint.address, '*');
  const unresolved = server.findings.filter((f) => f.code === 'variable-unresolved').map((f) => f.message);
  assert.ok(unresolved.some((m) => m.includes('${default.http.port}')));
  assert.ok(unresolved.some((m) => m.includes('${default.https.port}')));
});

test('IBM MQ: httpHost variable is "*"; tls.xml template leaves its keystore location unresolved', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('09_'), 'usr/servers/corpus/tls.xml': file('11_') });
  assert.equal(server.variables.get('httpHost')?.value, '*');
  const keyStore = server.ssl?.keyStores.get('MQWebKeyStore');
  assert.equal(keyStore?.location.value, undefined);
  assert.ok(keyStore?.location.unresolved.some((name) => name.includes('.webKeystore')));
  assert.equal(server.ssl?.defaultSslRef?.value, 'thisSSLConfig');
});

test('virtual hosts example: two endpoints on all interfaces', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('14_') });
  assert.deepEqual(
    server.endpoints.map((e) => `${e.id} ${e.address} ${e.ports.map((p) => p.value).join('/')}`),
    ['defaultHttpEndpoint * 9080/9443', 'alternateEndpoint * 9081'],
  );
});

test('Ansible z/OS Connect: host="{{ hostname }}" is an opaque template placeholder', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('13_') });
  const endpoint = server.endpoints.find((e) => e.id === 'defaultHttpEndpoint')!;
  assert.equal(endpoint.host.value, undefined);
  assert.deepEqual(endpoint.host.unresolved, ['{{ hostname }}']);
  assert.equal(server.ssl?.sslConfigs.get('defaultSSLConfig')?.keyStoreRef, 'defaultKeyStore');
});

test('env.HOST example: ${env.HOST} stays unresolved (the real environment is not read)', (t) => {
  if (!present) return t.skip(SKIP);
  const server = serverOf({ 'usr/servers/corpus/server.xml': file('16_') });
  const endpoint = server.endpoints.find((e) => e.id === 'defaultHttpEndpoint')!;
  assert.deepEqual(endpoint.host.unresolved, ['env.HOST']);
  assert.equal(server.variables.get('variableName')?.source, 'defaultValue');
});

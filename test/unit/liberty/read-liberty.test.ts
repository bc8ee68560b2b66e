import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import type { LoadedConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { libertyHost, ws } from './liberty-host.js';

const NO_CONFIG: LoadedConfig = { config: {} };
const SERVER = 'usr/servers/app/server.xml';

function read(files: Record<string, string>, config: LoadedConfig = NO_CONFIG) {
  return readLibertyServer(libertyHost(files), ws(SERVER), config);
}

function endpoint(server: ReturnType<typeof read>, id = 'defaultHttpEndpoint') {
  const found = server.endpoints.find((candidate) => candidate.id === id);
  assert.ok(found, `endpoint ${id} in ${server.endpoints.map((e) => e.id).join(', ')}`);
  return found;
}

test('server name comes from the folder; Maven layout uses the project folder', () => {
  assert.equal(read({ [SERVER]: '<server/>' }).name, 'app');
  const maven = readLibertyServer(libertyHost({ 'shop/src/main/liberty/config/server.xml': '<server/>' }), ws('shop/src/main/liberty/config/server.xml'), NO_CONFIG);
  assert.equal(maven.name, 'shop');
});

test('variable precedence: config value > bootstrap.properties > server.env > defaultValue > built-in', () => {
  const xml = `<server>
  <variable name="a" value="from-xml"/>
  <variable name="a" defaultValue="from-default"/>
  <variable name="b" defaultValue="from-default"/>
  <variable name="c" defaultValue="from-default"/>
  <variable name="d" defaultValue="from-default"/>
  <variable name="server.config.dir" defaultValue="/elsewhere"/>
</server>`;
  const server = read({
    [SERVER]: xml,
    'usr/servers/app/bootstrap.properties': 'a=from-bootstrap\nb=from-bootstrap\n',
    'usr/servers/app/server.env': 'A=ignored\nb=from-env\nc=from-env\n',
  });
  const value = (name: string) => server.variables.get(name)?.value;
  assert.equal(value('a'), 'from-xml');
  assert.equal(value('b'), 'from-bootstrap');
  assert.equal(value('c'), 'from-env');
  assert.equal(value('d'), 'from-default');
  assert.equal(value('server.config.dir'), '/elsewhere');
  assert.equal(server.variables.get('b')?.source, 'bootstrap.properties');
  assert.equal(server.variables.get('c')?.source, 'server.env');
});

test('the last <variable value> in processing order wins, overrides dropins included', () => {
  const server = read({
    'usr/servers/app/configDropins/defaults/a.xml': '<server><variable name="h" value="10.0.0.1"/></server>',
    [SERVER]: '<server><variable name="h" value="10.0.0.2"/><httpEndpoint id="defaultHttpEndpoint" host="${h}"/></server>',
    'usr/servers/app/configDropins/overrides/z.xml': '<server><variable name="h" value="10.0.0.3"/></server>',
  });
  assert.equal(endpoint(server).address, '10.0.0.3');
  assert.equal(endpoint(server).host.chain[0].definition?.location?.uri, ws('usr/servers/app/configDropins/overrides/z.xml'));
});

test('environment lookups: NAME, non-alphanumerics as _, upper case, env.NAME; the real environment is never read', () => {
  process.env.VIPA_CHECK_TEST_SHOULD_NOT_LEAK = '10.9.9.9';
  const server = read({
    [SERVER]: `<server>
  <httpEndpoint id="one" host="\${my.host}" httpPort="1"/>
  <httpEndpoint id="two" host="\${env.OTHER_HOST}" httpPort="2"/>
  <httpEndpoint id="three" host="\${VIPA_CHECK_TEST_SHOULD_NOT_LEAK}" httpPort="3"/>
</server>`,
    'usr/servers/app/server.env': 'MY_HOST=10.1.1.1\nOTHER_HOST=10.1.1.2\n',
  });
  delete process.env.VIPA_CHECK_TEST_SHOULD_NOT_LEAK;
  assert.equal(endpoint(server, 'one').address, '10.1.1.1');
  assert.equal(endpoint(server, 'two').address, '10.1.1.2');
  assert.equal(endpoint(server, 'three').address, undefined);
  assert.deepEqual(endpoint(server, 'three').host.unresolved, ['VIPA_CHECK_TEST_SHOULD_NOT_LEAK']);
});

test('values from vipa-check.json rank as environment variables, below server.env', () => {
  const config: LoadedConfig = { config: { servers: { app: { variables: { 'default.http.port': '9180', x: 'config' } } } } };
  const server = read({ [SERVER]: '<server><httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="${default.http.port}"/></server>', 'usr/servers/app/server.env': 'x=env' }, config);
  assert.equal(endpoint(server).ports.find((p) => p.name === 'httpPort')?.value, 9180);
  assert.equal(server.variables.get('x')?.value, 'env');
});

test('nested variables resolve with their chain; cycles and unknowns stay unresolved and are reported', () => {
  const { text, ranges } = extractMarkers(`<server>
  <variable name="a" value="\${b}"/>
  <variable name="b" value="\${a}"/>
  <httpEndpoint id="defaultHttpEndpoint" host="⟦\${a}⟧"/>
</server>`);
  const server = read({ [SERVER]: text, 'usr/servers/app/bootstrap.properties': 'ip=${sub}\nsub=10.2.2.2\n' });
  const host = endpoint(server).host;
  assert.equal(host.value, undefined);
  assert.ok(host.unresolved.length > 0);
  const finding = server.findings.find((f) => f.code === 'variable-unresolved');
  assert.ok(finding);
  assert.equal(showRange(finding.range), showRange(ranges[0]));
  assert.equal(finding.severity, 'information');

  const nested = read({ [SERVER]: '<server><httpEndpoint id="defaultHttpEndpoint" host="${ip}"/></server>', 'usr/servers/app/bootstrap.properties': 'ip=${sub}\nsub=10.2.2.2\n' });
  assert.equal(endpoint(nested).address, '10.2.2.2');
  assert.deepEqual(endpoint(nested).host.chain.map((step) => step.name), ['ip', 'sub']);
});

test('template placeholders stay unresolved, quietly as information', () => {
  const server = read({ [SERVER]: '<server><httpEndpoint id="defaultHttpEndpoint" host="{{ hostname }}" httpPort="9080"/></server>' });
  assert.equal(endpoint(server).host.value, undefined);
  const finding = server.findings.find((f) => f.code === 'variable-unresolved');
  assert.equal(finding?.severity, 'information');
  assert.match(finding!.message, /\{\{ hostname \}\}/);
});

test('include: relative, ${server.config.dir}, ${shared.config.dir}, folder, optional, missing, cycle', () => {
  const { text, ranges } = extractMarkers(`<server>
  <include location="inc/a.xml"/>
  <include location="\${server.config.dir}/b.xml"/>
  <include location="\${shared.config.dir}/c.xml"/>
  <include location="dir/"/>
  <include location="nothere.xml" optional="true"/>
  <include location="⟦gone.xml⟧"/>
  <include location="loop1.xml"/>
</server>`);
  const server = read({
    [SERVER]: text,
    'usr/servers/app/inc/a.xml': '<server><include location="a2.xml"/><httpEndpoint id="ea" host="10.0.0.1" httpPort="1"/></server>',
    'usr/servers/app/inc/a2.xml': '<server><httpEndpoint id="ea2" host="10.0.0.12" httpPort="1"/></server>',
    'usr/servers/app/b.xml': '<server><httpEndpoint id="eb" host="10.0.0.2" httpPort="1"/></server>',
    'usr/shared/config/c.xml': '<server><httpEndpoint id="ec" host="10.0.0.3" httpPort="1"/></server>',
    'usr/servers/app/dir/2.xml': '<server><httpEndpoint id="ed2" host="10.0.0.5" httpPort="1"/></server>',
    'usr/servers/app/dir/1.xml': '<server><httpEndpoint id="ed1" host="10.0.0.4" httpPort="1"/></server>',
    'usr/servers/app/dir/notes.txt': 'not xml',
    'usr/servers/app/loop1.xml': '<server><include location="loop2.xml"/></server>',
    'usr/servers/app/loop2.xml': '<server><include location="loop1.xml"/></server>',
  });
  for (const id of ['ea', 'ea2', 'eb', 'ec', 'ed1', 'ed2']) assert.ok(server.endpoints.some((e) => e.id === id), `endpoint ${id}`);
  assert.deepEqual(server.endpoints.filter((e) => e.id.startsWith('ed')).map((e) => e.id), ['ed1', 'ed2']);
  const notFound = server.findings.filter((f) => f.code === 'liberty-include-not-found');
  assert.equal(notFound.length, 2, JSON.stringify(notFound.map((f) => f.message)));
  const missing = notFound.find((f) => /gone\.xml/.test(f.message));
  assert.ok(missing);
  assert.equal(missing.uri, ws(SERVER));
  assert.equal(showRange(missing.range), showRange(ranges[0]));
  const cycle = notFound.find((f) => /cycle/i.test(f.message));
  assert.ok(cycle);
  assert.equal(cycle.uri, ws('usr/servers/app/loop2.xml'));
  assert.match(cycle.message, /loop1\.xml → loop2\.xml → loop1\.xml/);
  assert.ok(!server.findings.some((f) => /nothere/.test(f.message)));
  assert.ok(server.missingUris?.includes(ws('usr/servers/app/nothere.xml')));
  assert.ok(server.fileUris.includes(ws('usr/servers/app/inc/a2.xml')));
});

test('configDropins: defaults before server.xml, overrides after, alphabetical by lower-cased name', () => {
  const server = read({
    'usr/servers/app/configDropins/defaults/b.xml': '<server><httpEndpoint id="defaultHttpEndpoint" host="10.0.0.2"/></server>',
    'usr/servers/app/configDropins/defaults/A.xml': '<server><httpEndpoint id="defaultHttpEndpoint" host="10.0.0.1" httpPort="1000"/></server>',
    [SERVER]: '<server><httpEndpoint id="defaultHttpEndpoint" httpsPort="-1"/></server>',
    'usr/servers/app/configDropins/overrides/Z.xml': '<server><httpEndpoint id="defaultHttpEndpoint" host="10.0.0.9"/></server>',
    'usr/servers/app/configDropins/overrides/y.xml': '<server><httpEndpoint id="defaultHttpEndpoint" host="10.0.0.8"/></server>',
  });
  const e = endpoint(server);
  assert.equal(e.address, '10.0.0.9');
  assert.deepEqual(e.ports.map((p) => `${p.name}=${p.value}`), ['httpPort=1000']);
  assert.deepEqual(server.fileUris.slice(0, 5).map((uri) => uri.slice(uri.lastIndexOf('/') + 1)), ['A.xml', 'b.xml', 'server.xml', 'y.xml', 'Z.xml']);
});

test('endpoints: built-in defaultHttpEndpoint, merging by id, -1 disables, enabled=false, defaultHostName', () => {
  const bare = read({ [SERVER]: '<server/>' });
  assert.equal(bare.endpoints.length, 1);
  assert.equal(endpoint(bare).host.value, 'localhost');
  assert.equal(endpoint(bare).host.defaulted, true);
  assert.equal(endpoint(bare).address, '127.0.0.1');
  assert.deepEqual(endpoint(bare).ports.map((p) => p.value), [9080, 9443]);

  const merged = read({
    [SERVER]: `<server>
  <httpEndpoint id="defaultHttpEndpoint" httpPort="9090"/>
  <httpEndpoint id="defaultHttpEndpoint" httpsPort="-1"/>
  <httpEndpoint id="off" host="10.0.0.1" httpPort="1" enabled="false"/>
  <httpEndpoint id="noports" host="10.0.0.1" httpPort="-1" httpsPort="-1"/>
  <variable name="defaultHostName" value="10.3.3.3"/>
  <wasJmsEndpoint host="10.4.4.4" wasJmsSSLPort="-1"/>
  <iiopEndpoint id="defaultIiopEndpoint"><iiopsOptions iiopsPort="9402"/></iiopEndpoint>
</server>`,
  });
  const e = endpoint(merged);
  assert.deepEqual(e.ports.map((p) => `${p.name}=${p.value}`), ['httpPort=9090']);
  assert.equal(e.address, '10.3.3.3');
  assert.equal(e.definitions?.length, 2);
  assert.ok(!merged.endpoints.some((x) => x.id === 'off' || x.id === 'noports'));
  const jms = endpoint(merged, 'InboundJmsCommsEndpoint');
  assert.equal(jms.address, '10.4.4.4');
  assert.deepEqual(jms.ports.map((p) => p.value), [7276]);
  const iiop = endpoint(merged, 'defaultIiopEndpoint');
  assert.equal(iiop.host.value, 'localhost');
  assert.deepEqual(iiop.ports.map((p) => `${p.name}=${p.value}`), ['iiopPort=2809', 'iiopsPort=9402']);
  assert.ok(!bare.endpoints.some((x) => x.kind !== 'httpEndpoint'), 'JMS/IIOP endpoints only when configured');
});

test('hosts map (case-insensitive), literals canonical, * and loopback keep their meaning', () => {
  const config: LoadedConfig = { config: { hosts: { 'App.Example.COM': '10.5.5.5' } } };
  const server = read(
    {
      [SERVER]: `<server>
  <httpEndpoint id="name" host="app.example.com" httpPort="1"/>
  <httpEndpoint id="unknown" host="other.example.com" httpPort="1"/>
  <httpEndpoint id="v6" host="2001:DB8:0:0::1" httpPort="1"/>
  <httpEndpoint id="all" host="*" httpPort="1"/>
  <httpEndpoint id="lo6" host="::1" httpPort="1"/>
</server>`,
    },
    config,
  );
  assert.equal(endpoint(server, 'name').address, '10.5.5.5');
  assert.equal(endpoint(server, 'unknown').address, undefined);
  assert.equal(endpoint(server, 'unknown').host.value, 'other.example.com');
  assert.equal(endpoint(server, 'v6').address, '2001:db8::1');
  assert.equal(endpoint(server, 'all').address, '*');
  assert.equal(endpoint(server, 'lo6').address, '::1');
});

test('servers entry of the config: by name or by server.xml path; sysplex and job', () => {
  const byPath: LoadedConfig = { config: { servers: { 'usr/servers/app/server.xml': { stacks: ['SYSA'], jobName: 'LIBJOB' } }, stacks: { SYSA: { profile: 'p', sysplex: 'PLEXA' } } }, baseUri: 'file:///ws' };
  const server = read({ [SERVER]: '<server/>' }, byPath);
  assert.deepEqual(server.allowedStacks, ['SYSA']);
  assert.equal(server.jobName, 'LIBJOB');
  assert.equal(server.sysplex, 'PLEXA');
  const byName = read({ [SERVER]: '<server/>' }, { config: { servers: { app: { sysplex: 'P2' } } } });
  assert.equal(byName.sysplex, 'P2');
  assert.equal(read({ [SERVER]: '<server/>' }).sysplex, 'default');
});

test('bootstrap.include is read; the server\'s own bootstrap.properties wins', () => {
  const server = read({
    [SERVER]: '<server><httpEndpoint id="defaultHttpEndpoint" host="${ip}"/></server>',
    'usr/servers/app/bootstrap.properties': 'bootstrap.include=./more.properties\nport=1\n',
    'usr/servers/app/more.properties': 'ip=10.6.6.6\nport=2\n',
  });
  assert.equal(endpoint(server).address, '10.6.6.6');
  assert.equal(server.variables.get('port')?.value, '1');
  assert.ok(server.fileUris.includes(ws('usr/servers/app/more.properties')));
});

test('SSL facts: sslOptions → ssl → keyStore, sslDefault, implicit defaultSSLConfig, default key.p12 location', () => {
  const server = read({
    [SERVER]: `<server>
  <keyStore id="defaultKeyStore" password="{xor}PDc+MTg6PTo="/>
  <keyStore id="other" location="other.p12" password="x"/>
  <ssl id="mySsl" keyStoreRef="other" serverKeyAlias="srv"/>
  <sslOptions id="opts" sslRef="mySsl"/>
  <httpEndpoint id="defaultHttpEndpoint" host="10.0.0.1" sslOptionsRef="opts"/>
</server>`,
  });
  const ssl = server.ssl!;
  assert.equal(ssl.sslConfigs.get('defaultSSLConfig')?.keyStoreRef, 'defaultKeyStore');
  assert.equal(ssl.keyStores.get('defaultKeyStore')?.locationUri, ws('usr/servers/app/resources/security/key.p12'));
  assert.equal(ssl.keyStores.get('other')?.locationUri, ws('usr/servers/app/resources/security/other.p12'));
  assert.equal(endpoint(server).sslOptionsRef, 'opts');
});

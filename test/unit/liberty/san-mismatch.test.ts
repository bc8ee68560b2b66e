import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runToEnd } from '../../../server/src/analyzer/checks/check.js';
import { sanMismatchCheck } from '../../../server/src/analyzer/checks/san-mismatch.js';
import type { CheckContext } from '../../../server/src/analyzer/checks/check.js';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { decodeLibertyPassword } from '../../../server/src/analyzer/liberty/keystore-reader.js';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';
import { libertyHost, ws } from './liberty-host.js';
import { makePem, makePkcs12, xorEncode } from './certs.js';

const SERVER = 'usr/servers/zosmf/server.xml';
const KEYSTORE = 'usr/servers/zosmf/resources/security/key.p12';
const HOSTS = { 'zosmf.plex.example.com': '10.20.1.10', 'sysa.plex.example.com': '10.10.1.1' };

function check(serverSource: string, files: Record<string, string | Uint8Array>, config: WorkspaceConfig = { hosts: HOSTS }) {
  const { text, ranges } = extractMarkers(serverSource);
  const host = libertyHost({ [SERVER]: text, ...files });
  const loaded = { config };
  const server = readLibertyServer(host, ws(SERVER), loaded);
  const context: CheckContext = { model: { stacks: [], sysplexes: new Map(), includedBy: new Map() }, profiles: new Map(), servers: [server], config: loaded, host };
  return { findings: runToEnd(sanMismatchCheck.run(context)), ranges };
}

const serverXml = (host: string, keyStore = `<keyStore id="defaultKeyStore" password="${xorEncode('changeit')}"/>`) =>
  `<server>\n  ${keyStore}\n  <httpEndpoint id="defaultHttpEndpoint" host="${host}" httpsPort="9443"/>\n</server>`;

describe('san-mismatch', () => {
  it('no finding when the SAN names the VIPA address', () => {
    const p12 = makePkcs12({ commonName: 'zosmf', ips: ['10.20.1.10'], password: 'changeit' });
    assert.deepEqual(check(serverXml('10.20.1.10'), { [KEYSTORE]: p12 }).findings, []);
  });

  it('no finding when a DNS SAN is a host name mapped to the VIPA (wildcards too)', () => {
    const exact = makePkcs12({ commonName: 'zosmf', dns: ['zosmf.plex.example.com'], password: 'changeit' });
    assert.deepEqual(check(serverXml('10.20.1.10'), { [KEYSTORE]: exact }).findings, []);
    const wildcard = makePkcs12({ commonName: 'zosmf', dns: ['*.plex.example.com'], password: 'changeit' });
    assert.deepEqual(check(serverXml('zosmf.plex.example.com'), { [KEYSTORE]: wildcard }).findings, []);
  });

  it('warns on the host when the SAN names the LPAR, listing the SANs', () => {
    const p12 = makePkcs12({ commonName: 'sysa', dns: ['sysa.plex.example.com'], ips: ['10.10.1.1'], password: 'changeit' });
    const { findings, ranges } = check(serverXml('⟦10.20.1.10⟧'), { [KEYSTORE]: p12 });
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(showRange(findings[0].range), showRange(ranges[0]));
    assert.match(findings[0].message, /DNS:sysa\.plex\.example\.com/);
    assert.match(findings[0].message, /IP:10\.10\.1\.1/);
    assert.match(findings[0].message, /after failover/);
    assert.deepEqual(findings[0].data?.expected, ['10.20.1.10', 'zosmf.plex.example.com']);
  });

  it('an IPv6 SAN matches the canonical address', () => {
    const p12 = makePkcs12({ commonName: 'v6', ips: ['2001:db8::10'], password: 'changeit' });
    assert.deepEqual(check(serverXml('2001:DB8:0::10'), { [KEYSTORE]: p12 }).findings, []);
  });

  it('follows sslOptions → ssl (serverKeyAlias) → keyStore with a relative location and plain password', () => {
    const xml = `<server>
  <keyStore id="ks" location="app.p12" password="secret"/>
  <ssl id="appSsl" keyStoreRef="ks" serverKeyAlias="app"/>
  <sslOptions id="opts" sslRef="appSsl"/>
  <httpEndpoint id="defaultHttpEndpoint" host="⟦10.20.1.10⟧" httpsPort="9443" sslOptionsRef="opts"/>
</server>`;
    const good = makePkcs12({ commonName: 'app', ips: ['10.20.1.10'], password: 'secret', alias: 'app' });
    assert.deepEqual(check(xml, { 'usr/servers/zosmf/resources/security/app.p12': good }).findings, []);
    const bad = makePkcs12({ commonName: 'app', ips: ['10.10.1.1'], password: 'secret', alias: 'app' });
    assert.equal(check(xml, { 'usr/servers/zosmf/resources/security/app.p12': bad }).findings[0]?.severity, 'warning');
    const otherAlias = makePkcs12({ commonName: 'app', ips: ['10.20.1.10'], password: 'secret', alias: 'other' });
    const info = check(xml, { 'usr/servers/zosmf/resources/security/app.p12': otherAlias }).findings;
    assert.equal(info[0]?.severity, 'information');
    assert.equal(info[0].code, 'certificate-not-checked');
    assert.match(info[0].message, /alias "app"/);
  });

  it('reads a PEM keystore', () => {
    const pem = makePem({ commonName: 'sysa', dns: ['sysa.plex.example.com'] });
    const xml = serverXml('10.20.1.10', '<keyStore id="defaultKeyStore" location="/certs/server.pem" type="PEM"/>');
    const { findings } = check(xml, { 'certs/server.pem': pem }, { hosts: HOSTS });
    // /certs/server.pem is absolute: file:///certs/server.pem, not under /ws.
    assert.deepEqual(findings, []);
    const local = check(serverXml('10.20.1.10', '<keyStore id="defaultKeyStore" location="${server.config.dir}/server.pem" type="PEM"/>'), { 'usr/servers/zosmf/server.pem': pem });
    assert.equal(local.findings.length, 1);
    assert.equal(local.findings[0].severity, 'warning');
  });

  it('information when the password cannot be read or is wrong, or the keystore is JKS', () => {
    const p12 = makePkcs12({ commonName: 'x', ips: ['10.10.1.1'], password: 'changeit' });
    const aes = check(serverXml('10.20.1.10', '<keyStore id="defaultKeyStore" password="{aes}AEmVKa+jOeA7pos"/>'), { [KEYSTORE]: p12 }).findings;
    assert.equal(aes[0]?.severity, 'information');
    assert.equal(aes[0].code, 'certificate-not-checked');
    assert.match(aes[0].message, /\{aes\}/);
    const wrong = check(serverXml('10.20.1.10', '<keyStore id="defaultKeyStore" password="nope"/>'), { [KEYSTORE]: p12 }).findings;
    assert.equal(wrong[0]?.severity, 'information');
    const jks = check(serverXml('10.20.1.10'), { [KEYSTORE]: new Uint8Array([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]) }).findings;
    assert.match(jks[0]?.message ?? '', /JKS/);
    assert.equal(jks[0].code, 'certificate-not-checked');
  });

  it('SAF key ring: an information hint with the RACDCERT commands', () => {
    const xml = serverXml('10.20.1.10', '<keyStore id="defaultKeyStore" location="⟦safkeyring://IZUSVR/IZUKeyring.IZUDFLT⟧" type="JCERACFKS" fileBased="false"/>');
    const { findings, ranges } = check(xml, {});
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'information');
    assert.equal(findings[0].code, 'certificate-not-checked', 'an unreadable key ring is no SAN mismatch');
    assert.equal(showRange(findings[0].range), showRange(ranges[0]));
    assert.match(findings[0].message, /RACDCERT LISTRING\(IZUKeyring\.IZUDFLT\) ID\(IZUSVR\)/);
    assert.match(findings[0].message, /RACDCERT ID\(IZUSVR\) LIST\(LABEL\('<label>'\)\)/);
  });

  it('nothing for keystores outside the workspace, host="*", loopback or endpoints without HTTPS', () => {
    const p12 = makePkcs12({ commonName: 'x', ips: ['10.10.1.1'], password: 'changeit' });
    assert.deepEqual(check(serverXml('10.20.1.10'), {}).findings, []);
    assert.deepEqual(check(serverXml('*'), { [KEYSTORE]: p12 }).findings, []);
    assert.deepEqual(check(serverXml('localhost'), { [KEYSTORE]: p12 }).findings, []);
    const httpOnly = `<server><keyStore id="defaultKeyStore" password="changeit"/><httpEndpoint id="defaultHttpEndpoint" host="10.20.1.10" httpsPort="-1"/></server>`;
    assert.deepEqual(check(httpOnly, { [KEYSTORE]: p12 }).findings, []);
  });

  it('{xor} passwords decode as Liberty encodes them', () => {
    assert.deepEqual(decodeLibertyPassword('{xor}EzY9Oi0rJg=='), { password: 'Liberty' });
    assert.deepEqual(decodeLibertyPassword('plain'), { password: 'plain' });
    assert.ok('unreadable' in decodeLibertyPassword('{hash}abc'));
  });
});

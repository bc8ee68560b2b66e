// Protocol tests of document links, workspace symbols and inlay hints on a copy of the example
// sysplex (plus a few files written into the copy for the cases the example does not have), and of
// symbol-value hints on a small sysplex whose stacks give one system symbol different values.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DocumentLinkRequest,
  InlayHintRequest,
  WorkspaceSymbolRequest,
  type DocumentLink,
  type InlayHint,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { EXAMPLES_WORKSPACE, TestClient, copyFixture } from './helpers/lsp-client.js';
import { positionOf } from './helpers/text-position.js';
import { uriKey } from '../../server/src/analyzer/base/uris.js';

const WHOLE_FILE = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

function write(root: string, relative: string, text: string): void {
  const path = join(root, relative);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

describe('links, workspace symbols and inlay hints on the example sysplex', () => {
  const workspace = copyFixture(EXAMPLES_WORKSPACE);
  const uri = workspace.uriOf;
  const text = (relative: string) => readFileSync(workspace.pathOf(relative), 'utf8');
  let client: TestClient;

  const links = async (relative: string) => (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: uri(relative) } })) ?? [];
  const linkAt = (list: DocumentLink[], file: string, needle: string): DocumentLink => {
    const at = positionOf(text(file), needle);
    const link = list.find((candidate) => candidate.range.start.line === at.line && candidate.range.start.character <= at.character && at.character <= candidate.range.end.character);
    assert.ok(link, `a link at "${needle}" in ${file}: ${JSON.stringify(list)}`);
    return link;
  };
  const symbols = async (query: string) => ((await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as SymbolInformation[];
  const hints = async (relative: string) => ((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: uri(relative) }, range: WHOLE_FILE })) ?? []) as InlayHint[];

  before(async () => {
    // A server with an explicit keystore, ${server.config.dir} paths and a bootstrap.include.
    write(workspace.root, 'liberty/servers/links/server.xml', [
      '<server>',
      '    <keyStore id="defaultKeyStore" location="${server.config.dir}/resources/security/links.p12" password="secret"/>',
      '    <include location="${server.config.dir}/tls.xml" optional="true"/>',
      '    <webApplication location="${server.config.dir}/apps/links.war"/>',
      '    <httpEndpoint id="defaultHttpEndpoint" host="${links.ip}" httpPort="9080"/>',
      '</server>',
      '',
    ].join('\n'));
    write(workspace.root, 'liberty/servers/links/tls.xml', '<server>\n    <variable name="links.ip" value="10.20.2.30"/>\n</server>\n');
    write(workspace.root, 'liberty/servers/links/bootstrap.properties', 'bootstrap.include=../shared/common.properties\n');
    write(workspace.root, 'liberty/servers/shared/common.properties', 'links.port=9080\n');
    client = await TestClient.start({ rootPath: workspace.root });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  test('an INCLUDE operand links to the member the analysis took, naming the rule that won', async () => {
    const link = linkAt(await links('sysa/PROFILE.TCPIP'), 'sysa/PROFILE.TCPIP', 'TCPIP.TCPPARMS(VIPARNG)');
    assert.equal(uriKey(link.target!), uriKey(uri('TCPIP.TCPPARMS/VIPARNG')));
    assert.match(link.tooltip ?? '', /vipa-check\.json "datasets" maps TCPIP\.TCPPARMS/);
  });

  test('Liberty <include location>, keystore location, ${server.config.dir} paths and bootstrap.include link to their files', async () => {
    const zosmf = linkAt(await links('liberty/servers/zosmf/server.xml'), 'liberty/servers/zosmf/server.xml', '${server.config.dir}/includes/endpoint.xml');
    assert.equal(uriKey(zosmf.target!), uriKey(uri('liberty/servers/zosmf/includes/endpoint.xml')));
    assert.match(zosmf.tooltip ?? '', /<include> of server zosmf: includes\/endpoint\.xml/);

    const file = 'liberty/servers/links/server.xml';
    const list = await links(file);
    assert.equal(uriKey(linkAt(list, file, 'resources/security').target!), uriKey(uri('liberty/servers/links/resources/security/links.p12')));
    assert.match(linkAt(list, file, 'resources/security').tooltip ?? '', /Keystore "defaultKeyStore"/);
    assert.equal(uriKey(linkAt(list, file, '/tls.xml').target!), uriKey(uri('liberty/servers/links/tls.xml')));
    assert.equal(uriKey(linkAt(list, file, 'apps/links.war').target!), uriKey(uri('liberty/servers/links/apps/links.war')));
    const bootstrap = await links('liberty/servers/links/bootstrap.properties');
    assert.equal(uriKey(linkAt(bootstrap, 'liberty/servers/links/bootstrap.properties', '../shared').target!), uriKey(uri('liberty/servers/shared/common.properties')));
  });

  test('a member that is not in the workspace gets a host-member link; from a zowe-ds: member, a sibling zowe-ds: link', async () => {
    const local = uri('sysd/PROFILE.TCPIP');
    await client.open(local, 'TCPCONFIG RESTRICTLOWPORTS\nINCLUDE SYS1.TCPPARMS(NOTHERE)\n');
    const [missing] = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: local } })) ?? [];
    assert.ok(missing, 'a link on the INCLUDE operand');
    assert.equal(missing.target, undefined);
    assert.deepEqual(missing.data, { hostMember: { dataSet: 'SYS1.TCPPARMS', member: 'NOTHERE' } });
    assert.match(missing.tooltip ?? '', /SYS1\.TCPPARMS\(NOTHERE\) is not in the workspace.*Zowe Explorer/);

    const hostMember = 'zowe-ds:/lpar1.zosmf/SYS1.TCPPARMS/PROFA';
    await client.open(hostMember, 'TCPCONFIG RESTRICTLOWPORTS\nINCLUDE SYS1.TCPPARMS(VIPAS)\n');
    const [sibling] = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: hostMember } })) ?? [];
    assert.equal(sibling?.target, 'zowe-ds:/lpar1.zosmf/SYS1.TCPPARMS/VIPAS');
    await client.close(local);
    await client.close(hostMember);
  });

  test('workspace symbols cover stacks, DVIPAs, ranges, static VIPAs, distributed ports, servers and endpoints, role in containerName', async () => {
    const all = await symbols('');
    const find = (name: string, role: RegExp) => all.find((symbol) => symbol.name === name && role.test(symbol.containerName ?? ''));
    assert.ok(find('TCPIPB', /^TCP\/IP stack \(system SYSB, sysplex PLEXA\)$/), 'stack');
    assert.ok(find('10.20.1.10', /^DVIPA, VIPABACKUP rank 100 on TCPIPB$/), 'DVIPA backup');
    assert.ok(find('10.20.2.0/24', /^VIPARANGE on TCPIPA$/), 'range');
    assert.ok(find('10.20.3.5/32', /SAF ZOSCONN/), 'range with SAF');
    assert.ok(find('10.20.0.2', /^static VIPA VIPALB on TCPIPB$/), 'static VIPA');
    assert.ok(find('10.20.1.10 port 8443', /^VIPADISTRIBUTE ROUNDROBIN on TCPIPC, 2 targets$/), 'distributed port');
    // The HOTSTANDBY statement of TCPIPA breaks EZZ0827I and the stack ignores it: no symbol.
    assert.equal(all.find((symbol) => symbol.name === '10.20.1.20 port 9443'), undefined);
    assert.ok(find('zosconnect', /^Liberty server \(stacks TCPIPA, TCPIPB\)$/), 'server');
    assert.ok(find('orders defaultHttpEndpoint', /^httpEndpoint 10\.20\.2\.10 port 9080$/), 'endpoint');
    const location = find('10.20.1.10', /VIPABACKUP rank 100 on TCPIPB/)!.location;
    assert.equal(uriKey(location.uri), uriKey(uri('sysb/PROFILE.TCPIP')));
    assert.deepEqual(location.range.start, positionOf(text('sysb/PROFILE.TCPIP'), '10.20.1.10'));
  });

  test('workspace symbol search is fuzzy and ranks the best match first', async () => {
    assert.equal((await symbols('zcon'))[0]?.name, 'zosconnect');
    assert.equal((await symbols('tcpb'))[0]?.name, 'TCPIPB');
    const ranges = await symbols('10.20.2');
    assert.ok(ranges[0]?.name.startsWith('10.20.2'), JSON.stringify(ranges.map((s) => s.name)));
    // An endpoint is found by the address in its role, too.
    assert.ok(ranges.some((symbol) => symbol.name === 'orders defaultHttpEndpoint'));
    // Terms may match the role: every VIPABACKUP on TCPIPC.
    const onC = await symbols('10.20 backup tcpipc');
    assert.ok(onC.length > 0 && onC.every((symbol) => /VIPABACKUP .* on TCPIPC/.test(symbol.containerName ?? '')), JSON.stringify(onC));
    assert.deepEqual(await symbols('qqqzzz'), []);
  });

  test('inlay hints show a resolved ${variable} and the takeover order of each VIPABACKUP address', async () => {
    const orders = await hints('liberty/servers/orders/server.xml');
    const afterReference = positionOf(text('liberty/servers/orders/server.xml'), '${orders.ip}', '${orders.ip}'.length);
    const value = orders.find((hint) => hint.position.line === afterReference.line && hint.position.character === afterReference.character);
    assert.equal(value?.label, '= 10.20.2.10');
    assert.match(String(value?.tooltip), /bootstrap\.properties/);

    // The variable comes from an included file; the keystore path from a built-in.
    const links = await hints('liberty/servers/links/server.xml');
    assert.ok(links.some((hint) => hint.label === '= 10.20.2.30'), JSON.stringify(links));

    const sysb = text('sysb/PROFILE.TCPIP');
    const ranks = await hints('sysb/PROFILE.TCPIP');
    /** The hint right after `address` inside the statement text `statement`. */
    const rankAt = (statement: string, address: string) => {
      const start = positionOf(sysb, statement, statement.indexOf(address));
      return ranks.find((hint) => hint.position.line === start.line && hint.position.character === start.character + address.length)?.label;
    };
    // 10.20.1.10: TCPIPC backs it up with rank 300, TCPIPB with 100.
    assert.equal(rankAt('255.255.255.0 10.20.1.10 10.20.1.20', '10.20.1.10'), '2nd of 2 backups');
    assert.equal(rankAt('255.255.255.0 10.20.1.10 10.20.1.20', '10.20.1.20'), '1st of 1 backup');
    assert.equal(rankAt('VIPABACKUP 50 10.20.1.80', '10.20.1.80'), '1st of 1 backup');
    // No hint on a VIPADEFINE.
    assert.equal(rankAt('IMMEDIATE 255.255.255.0 10.20.1.40', '10.20.1.40'), undefined);
    // Nor on a VIPABACKUP the stack rejects (10.10.1.2 is TCPIPB's own HOME address, EZZ8307I).
    assert.equal(rankAt('VIPABACKUP 90 MOVEABLE IMMEDIATE 255.255.255.0 10.10.1.2', '10.10.1.2'), undefined);
    assert.equal(ranks.filter((hint) => hint.kind === 2).length, 5, JSON.stringify(ranks));
  });

  test('a setting turns the inlay hints off', async () => {
    await client.changeConfiguration({ vipaCheck: { inlayHints: { enabled: false } } });
    await client.waitForProgressEnd(2);
    assert.deepEqual(await hints('sysb/PROFILE.TCPIP'), []);
    assert.deepEqual(await hints('liberty/servers/orders/server.xml'), []);
    await client.changeConfiguration({});
    await client.waitForProgressEnd(3);
    assert.ok((await hints('sysb/PROFILE.TCPIP')).length > 0);
  });
});

describe('inlay hints on system symbols', () => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-symbols-'));
  let client: TestClient;
  const member = join(root, 'TCPPARMS', 'DVIPAS');

  before(async () => {
    write(root, 'vipa-check.json', JSON.stringify({
      stacks: { SYSA: { profile: 'SYSA.tcpip', symbols: { APPVIPA: '10.40.1.1' } }, SYSB: { profile: 'SYSB.tcpip', symbols: { APPVIPA: '10.40.1.2' } } },
      symbols: { SHARED: '10.40.9.9' },
      datasets: { TCPPARMS: 'TCPPARMS' },
    }));
    write(root, 'SYSA.tcpip', 'IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.9.1.1 255.255.255.0 1\nINCLUDE TCPPARMS(DVIPAS)\n');
    write(root, 'SYSB.tcpip', 'IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.9.1.2 255.255.255.0 1\nINCLUDE TCPPARMS(DVIPAS)\n');
    write(root, 'TCPPARMS/DVIPAS', 'VIPADYNAMIC\n  VIPADEFINE 255.255.255.255 &APPVIPA.\n  VIPADEFINE 255.255.255.255 &SHARED.\nENDVIPADYNAMIC\n');
    client = await TestClient.start({ rootPath: root });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('a symbol shows its value per stack, one value when all stacks agree', async () => {
    const memberText = readFileSync(member, 'utf8');
    const list = ((await client.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: pathToFileURL(member).href }, range: WHOLE_FILE })) ?? []) as InlayHint[];
    const at = (needle: string) => {
      const start = positionOf(memberText, needle);
      return list.find((hint) => hint.position.line === start.line && hint.position.character === start.character + needle.length)?.label;
    };
    assert.equal(at('&APPVIPA.'), '= 10.40.1.1 (SYSA) | 10.40.1.2 (SYSB)');
    assert.equal(at('&SHARED.'), '= 10.40.9.9');
  });
});

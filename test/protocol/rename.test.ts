// Protocol tests of renaming an address: the round trip on the example sysplex (diagnostics after
// the rename equal the diagnostics before with the address replaced), the edit groups, and every
// refusal with its reason.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  PrepareRenameRequest,
  RenameRequest,
  type Diagnostic,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { EXAMPLES_WORKSPACE, TestClient, copyFixture } from './helpers/lsp-client.js';
import { applyEdits, positionOf } from './helpers/text-position.js';
import { uriKey } from '../../server/src/analyzer/base/uris.js';

type Snapshot = Map<string, unknown[]>;
type PlainEdit = { range: TextDocumentEdit['edits'][number]['range']; newText: string; annotationId?: string };

/** The rename answers text edits only (no snippets). */
function plainEdits(change: TextDocumentEdit): PlainEdit[] {
  return change.edits.map((e) => {
    assert.ok('newText' in e, 'a text edit');
    return { range: e.range, newText: e.newText, annotationId: 'annotationId' in e ? e.annotationId : undefined };
  });
}

/** What must survive a rename: code, severity, range, message and related information per file. */
function snapshot(client: TestClient, replace: (text: string) => string = (text) => text): Snapshot {
  const result: Snapshot = new Map();
  for (const [uri, diagnostics] of client.diagnostics) {
    const shape = (diagnostic: Diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      range: diagnostic.range,
      message: replace(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value),
      related: (diagnostic.relatedInformation ?? []).map((info) => ({ uri: uriKey(info.location.uri), range: info.location.range, message: replace(info.message) })),
    });
    result.set(uriKey(uri), diagnostics.map(shape));
  }
  return result;
}

function replaceAddress(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`(?<![\\d.])${from.replace(/\./g, '\\.')}(?![\\d])`, 'g'), to);
}

/** The edits of a WorkspaceEdit (documentChanges with annotations, as VS Code gets them) by file. */
function editsByFile(edit: WorkspaceEdit): Map<string, PlainEdit[]> {
  const byFile = new Map<string, PlainEdit[]>();
  for (const change of (edit.documentChanges ?? []) as TextDocumentEdit[]) byFile.set(uriKey(change.textDocument.uri), plainEdits(change));
  return byFile;
}

function applyToDisk(edit: WorkspaceEdit): void {
  for (const change of (edit.documentChanges ?? []) as TextDocumentEdit[]) {
    const path = fileURLToPath(change.textDocument.uri);
    writeFileSync(path, applyEdits(readFileSync(path, 'utf8'), plainEdits(change)));
  }
}

describe('renaming an address on the example sysplex', () => {
  const workspace = copyFixture(EXAMPLES_WORKSPACE);
  const uri = workspace.uriOf;
  const text = (relative: string) => readFileSync(workspace.pathOf(relative), 'utf8');
  let client: TestClient;
  let expected: Snapshot;
  const edits: WorkspaceEdit[] = [];

  const rename = (file: string, needle: string, newName: string, offset = 0) =>
    client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uri(file) }, position: positionOf(text(file), needle, offset), newName }) as Promise<WorkspaceEdit>;
  const refusal = async (file: string, needle: string, newName: string, offset = 0): Promise<string> => {
    try {
      const edit = await rename(file, needle, newName, offset);
      assert.fail(`expected a refusal, got ${JSON.stringify(edit)}`);
    } catch (error) {
      return (error as Error).message;
    }
  };

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root, workspaceEdit: true });
    await client.waitForProgressEnd();
  });

  after(async () => {
    if (client.alive) await client.shutdown();
    workspace.dispose();
  });

  test('prepareRename answers the address under the cursor, also behind a ${variable}', async () => {
    const sysb = text('sysb/PROFILE.TCPIP');
    const at = positionOf(sysb, '255.255.255.0 10.20.1.10', 17);
    const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri('sysb/PROFILE.TCPIP') }, position: at });
    assert.deepEqual(prepared, { range: { start: { line: at.line, character: at.character - 3 }, end: { line: at.line, character: at.character + 7 } }, placeholder: '10.20.1.10' });

    const orders = text('liberty/servers/orders/server.xml');
    const behind = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri('liberty/servers/orders/server.xml') }, position: positionOf(orders, '${orders.ip}', 3) });
    assert.equal((behind as { placeholder: string }).placeholder, '10.20.2.10');

    await assert.rejects(
      client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: uri('sysb/PROFILE.TCPIP') }, position: positionOf(sysb, 'VIPADYNAMIC', 2) }),
      /Place the cursor on an IP address/,
    );
  });

  test('a rename is refused, with the reason, when it would change more than the address', async () => {
    const file = 'sysb/PROFILE.TCPIP';
    const needle = '255.255.255.0 10.20.1.10';
    assert.match(await refusal(file, needle, 'fd00::10', 15), /10\.20\.1\.10 is an IPv4 address and "fd00::10" is IPv6/);
    assert.match(await refusal(file, needle, 'not-an-address', 15), /"not-an-address" is not an IP address/);
    assert.match(await refusal(file, needle, '10.20.1.19/24', 15), /without a prefix length/);
    assert.match(await refusal(file, needle, '10.20.1.20', 15), /10\.20\.1\.20 is already in use \(vipadefine on TCPIPA/);
    assert.match(await refusal(file, needle, '10.20.2.19', 15), /10\.20\.2\.19 lies in VIPARANGE 10\.20\.2\.0\/24 on TCPIPA and 10\.20\.1\.10 does not/);
    // orders binds 10.20.2.10 inside the shared application range.
    assert.match(await refusal('liberty/servers/orders/server.xml', '${orders.ip}', '10.20.7.10', 3), /10\.20\.2\.10 lies in VIPARANGE 10\.20\.2\.0\/24 on TCPIPA and 10\.20\.7\.10 does not/);
    // The network of a range: the range would move, leaving its addresses behind, or change size.
    assert.match(await refusal('TCPIP.TCPPARMS/VIPARNG', '255.255.255.0 10.20.2.0', '10.20.9.0', 15), /moves VIPARANGE 10\.20\.2\.0\/24 on TCPIPA, and 10\.20\.2\.10, 10\.20\.2\.99 would fall out/);
    assert.match(await refusal('TCPIP.TCPPARMS/VIPARNG', '255.255.255.0 10.20.2.0', '10.20.9.5', 15), /10\.20\.9\.5 is not a \/24 network address/);
  });

  test('renaming a DVIPA edits every profile that names it and the host name mapped to it, grouped for the preview', async () => {
    const edit = await rename('sysb/PROFILE.TCPIP', '255.255.255.0 10.20.1.10', '10.20.1.19', 15);
    const byFile = editsByFile(edit);
    assert.deepEqual([...byFile.keys()].sort(), ['sysa/PROFILE.TCPIP', 'sysb/PROFILE.TCPIP', 'sysc/PROFILE.TCPIP', 'vipa-check.json'].map((f) => uriKey(uri(f))).sort());
    // Two VIPADEFINEs on TCPIPA, the VIPABACKUP on TCPIPB, VIPABACKUP and two VIPADISTRIBUTEs on TCPIPC.
    assert.deepEqual([...byFile.values()].map((list) => list.length).sort(), [1, 1, 2, 3]);
    for (const list of byFile.values()) for (const e of list) assert.equal(e.newText, '10.20.1.19');
    // z/OSMF binds zosmf.plexa.example.com: the hosts entry changes, not server.xml.
    const config = byFile.get(uriKey(uri('vipa-check.json')))!;
    assert.equal(config[0].annotationId, 'config');
    assert.match(text('vipa-check.json').split('\n')[config[0].range.start.line], /"zosmf\.plexa\.example\.com": "10\.20\.1\.10"/);
    assert.deepEqual(Object.keys(edit.changeAnnotations ?? {}).sort(), ['config', 'profile']);
    assert.equal(edit.changeAnnotations?.profile.label, 'Profile statements');
    edits.push(edit);
  });

  test('renaming an address that comes from a ${variable} changes its definition, not the reference', async () => {
    const edit = await rename('liberty/servers/orders/server.xml', '${orders.ip}', '10.20.2.11', 3);
    const byFile = editsByFile(edit);
    assert.deepEqual([...byFile.keys()].sort(), ['liberty/servers/orders/bootstrap.properties', 'vipa-check.json'].map((f) => uriKey(uri(f))).sort());
    const [definition] = byFile.get(uriKey(uri('liberty/servers/orders/bootstrap.properties')))!;
    assert.equal(definition.annotationId, 'liberty');
    assert.deepEqual(definition.range.start, positionOf(text('liberty/servers/orders/bootstrap.properties'), '10.20.2.10'));
    edits.push(edit);
  });

  test('round trip: after both renames the diagnostics are those of before, with the addresses replaced', async () => {
    assert.equal(edits.length, 2, 'the two renames above ran');
    expected = snapshot(client, (message) => replaceAddress(replaceAddress(message, '10.20.1.10', '10.20.1.19'), '10.20.2.10', '10.20.2.11'));
    const raw = JSON.stringify([...snapshot(client)]);
    assert.match(raw, /10\.20\.1\.10/, 'the renamed address appears in the findings, so the comparison is not vacuous');
    assert.ok([...expected.values()].flat().length > 10);
    await client.shutdown();
    for (const edit of edits) applyToDisk(edit);
    assert.doesNotMatch(text('sysa/PROFILE.TCPIP').replace(/;.*$/gm, ''), /10\.20\.1\.10(?!\d)/);

    client = await TestClient.start({ rootPath: workspace.root, workspaceEdit: true });
    await client.waitForProgressEnd();
    const afterRename = snapshot(client);
    assert.deepEqual(new Map([...afterRename].sort()), new Map([...expected].sort()));
  });
});

describe('rename: PORT … BIND, variables in server.xml, system symbols and values built from pieces', () => {
  const root = mkdtempSync(join(tmpdir(), 'vipa-rename-'));
  const uriOf = (relative: string) => pathToFileURL(join(root, relative)).href;
  const read = (relative: string) => readFileSync(join(root, relative), 'utf8');
  const write = (relative: string, content: string) => {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), content);
  };
  let client: TestClient;

  const rename = (file: string, needle: string, newName: string, offset = 0) =>
    client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(file) }, position: positionOf(read(file), needle, offset), newName }) as Promise<WorkspaceEdit>;

  before(async () => {
    write('vipa-check.json', JSON.stringify({ symbols: { WEBVIPA: '10.50.1.2', NET: '10.50.1' } }, null, 2));
    write('SYSA.tcpip', [
      'IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.9.1.1 255.255.255.0 1',
      'PORT',
      '  443 TCP WEBSRV BIND 10.50.1.1',
      'VIPADYNAMIC',
      '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 10.50.1.1',
      '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 &WEBVIPA.',
      '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255 &NET..3',
      'ENDVIPADYNAMIC',
      '',
    ].join('\n'));
    write('SYSB.tcpip', 'IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.9.1.2 255.255.255.0 1\nVIPADYNAMIC\n  VIPABACKUP 100 10.50.1.1 10.50.1.2 10.50.1.3\nENDVIPADYNAMIC\n');
    write('servers/web/server.xml', '<server>\n  <variable name="web.ip" value="10.50.1.1"/>\n  <httpEndpoint id="defaultHttpEndpoint" host="${web.ip}" httpPort="443"/>\n</server>\n');
    write('servers/pieces/server.xml', '<server>\n  <variable name="net" value="10.50.1"/>\n  <httpEndpoint id="defaultHttpEndpoint" host="${net}.3" httpPort="8443"/>\n</server>\n');
    client = await TestClient.start({ rootPath: root, workspaceEdit: true });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  });

  test('PORT … BIND is its own group; the <variable> definition in server.xml changes, the ${web.ip} reference stays', async () => {
    const edit = await rename('SYSA.tcpip', 'BIND 10.50.1.1', '10.50.1.9', 6);
    const byFile = editsByFile(edit);
    const sysa = byFile.get(uriKey(uriOf('SYSA.tcpip')))!;
    assert.deepEqual(sysa.map((e) => e.annotationId).sort(), ['port-bind', 'profile']);
    const web = byFile.get(uriKey(uriOf('servers/web/server.xml')))!;
    assert.equal(web.length, 1);
    assert.deepEqual(web[0].range.start, positionOf(read('servers/web/server.xml'), '10.50.1.1'));
    assert.equal(edit.changeAnnotations?.['port-bind'].label, 'PORT … BIND');
    assert.equal(byFile.get(uriKey(uriOf('SYSB.tcpip')))?.length, 1);
  });

  test('an address behind a system symbol is renamed in vipa-check.json "symbols", from the symbol itself', async () => {
    const edit = await rename('SYSA.tcpip', '&WEBVIPA.', '10.50.1.8', 2);
    const byFile = editsByFile(edit);
    assert.deepEqual([...byFile.keys()].sort(), [uriKey(uriOf('SYSB.tcpip')), uriKey(uriOf('vipa-check.json'))].sort());
    const [symbol] = byFile.get(uriKey(uriOf('vipa-check.json')))!;
    assert.deepEqual(symbol.range.start, positionOf(read('vipa-check.json'), '10.50.1.2'));
  });

  test('an address built from pieces is refused with the place that builds it', async () => {
    await assert.rejects(rename('SYSB.tcpip', '10.50.1.3', '10.50.1.7', 2), /&NET\.\.3 \(SYSA\.tcpip:7\) builds 10\.50\.1\.3 from several pieces/);
  });
});

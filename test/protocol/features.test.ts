// Protocol tests of the read-only features against one server on a copy of the fixture workspace:
// diagnostics for never-opened files, hover, completion, navigation, outline, folding, highlight,
// and robustness against requests for documents that do not exist.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  HoverRequest,
  CompletionRequest,
  DefinitionRequest,
  ReferencesRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  DocumentHighlightRequest,
  CodeActionRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { TestClient, codes, copyFixture } from './helpers/lsp-client.js';
import { positionOf } from './helpers/text-position.js';

const SYSA = 'profiles/SYSA.tcpip';
const SYSB = 'profiles/SYSB.tcpip';
const PAYMENTS = 'liberty/servers/payments/server.xml';
const ORDERS = 'liberty/servers/orders/server.xml';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

function labels(result: CompletionList | CompletionItem[] | null): string[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((item) => item.label);
}

describe('language server features on the fixture workspace', () => {
  const workspace = copyFixture();
  const uri = workspace.uriOf;
  const text = (relative: string) => readFileSync(workspace.pathOf(relative), 'utf8');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  test('diagnostics arrive for files that were never opened, with code, source and a README link', async () => {
    const profile = await client.waitForDiagnostics(uri(SYSA), (d) => d.length > 0);
    assert.deepEqual(codes(profile), ['no-backup']);
    const serverXml = await client.waitForDiagnostics(uri(PAYMENTS), (d) => d.length > 0);
    assert.deepEqual(codes(serverXml), ['bind-not-covered']);
    const [bind] = serverXml;
    assert.equal(bind.source, 'vipa');
    assert.ok(bind.codeDescription?.href.endsWith('#bind-not-covered'), bind.codeDescription?.href);
    assert.deepEqual((bind.data as { missingStacks: string[] }).missingStacks, ['SYSB']);
    // Clean files are published too (empty), so stale problems clear.
    assert.deepEqual(await client.waitForDiagnostics(uri(ORDERS)), []);
    assert.deepEqual(await client.waitForDiagnostics(uri(SYSB)), []);
  });

  test('hover on a statement keyword shows IBM spelling, syntax and the IBM link', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(text(SYSA), 'VIPADEFINE', 3) });
    const value = hoverText(hover);
    assert.match(value, /\*\*VIPADEFine\*\*/);
    assert.match(value, /```/);
    assert.match(value, /https:\/\/[^)]*ibm\.com/);
  });

  test('hover on an abbreviated parameter keyword explains the full keyword', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSB) }, position: positionOf(text(SYSB), 'IMMED', 1) });
    const value = hoverText(hover);
    assert.match(value, /\*\*IMMEDiate\*\*/);
    assert.match(value, /ibm\.com/);
  });

  test('hover on an address says who owns it, who backs it up and which Liberty server binds it', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(text(SYSA), '10.20.1.1', 2) });
    const value = hoverText(hover);
    assert.match(value, /Owned by:[\s\S]*SYSA/);
    assert.match(value, /Backed up by[\s\S]*SYSB\*\* rank 100/);
    assert.match(value, /Bound by Liberty:[\s\S]*orders/);
  });

  test('hover on a ${variable} in server.xml shows its value and the coverage per stack', async () => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(PAYMENTS) }, position: positionOf(text(PAYMENTS), '${payments.host}', 4) });
    const value = hoverText(hover);
    assert.match(value, /10\.30\.1\.5/);
    assert.match(value, /✓ \*\*SYSA\*\*: VIPARANGE 10\.30\.1\.0\/24/);
    assert.match(value, /✗ \*\*SYSB\*\*/);
  });

  test('completion at a new line inside VIPADYNAMIC offers its sub-statements, not top-level statements', async () => {
    const original = text(SYSA);
    const withBlankLine = original.replace('ENDVIPADYNAMIC', '  \nENDVIPADYNAMIC');
    await client.open(uri(SYSA), withBlankLine);
    try {
      const position = { line: positionOf(withBlankLine, 'ENDVIPADYNAMIC').line - 1, character: 2 };
      const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(SYSA) }, position }));
      assert.ok(items.includes('VIPARANGE'), items.join(' '));
      assert.ok(items.includes('VIPABACKUP'));
      assert.ok(items.includes('ENDVIPADYNAMIC'));
      assert.ok(!items.includes('TCPCONFIG'), 'TCPCONFIG is not allowed inside VIPADYNAMIC');
      assert.ok(!items.includes('ROUTE'));
    } finally {
      await client.close(uri(SYSA));
    }
  });

  test('completion after a statement keyword offers its parameters in IBM order and known addresses', async () => {
    const original = text(SYSB);
    const edited = original.replace('ENDVIPADYNAMIC', '    VIPARANGE \nENDVIPADYNAMIC');
    await client.open(uri(SYSB), edited);
    try {
      const position = positionOf(edited, 'VIPARANGE ', 'VIPARANGE '.length);
      const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(SYSB) }, position }));
      const keywordOrder = items.filter((label) => ['DEFINE', 'DELETE', 'MOVEABLE', 'NONDISRUPTIVE', 'SAF'].includes(label));
      assert.deepEqual(keywordOrder, ['DEFINE', 'DELETE', 'MOVEABLE', 'NONDISRUPTIVE', 'SAF']);
      assert.ok(items.includes('10.20.1.1'), 'a DVIPA known in the workspace is offered');
      assert.ok(!items.includes('VIPADEFINE'), 'no statement keywords in the middle of a statement');
    } finally {
      await client.close(uri(SYSB));
    }
  });

  test('completion inside BEGINROUTES offers ROUTE and ENDROUTES only', async () => {
    const original = text(SYSA);
    const edited = original.replace('ENDROUTES', '  \nENDROUTES');
    await client.open(uri(SYSA), edited);
    try {
      const position = { line: positionOf(edited, 'ENDROUTES').line - 1, character: 2 };
      const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(SYSA) }, position }));
      assert.ok(items.includes('ROUTE'));
      assert.ok(items.includes('ENDROUTES'));
      assert.ok(!items.includes('VIPADEFINE') && !items.includes('TCPCONFIG'), items.join(' '));
    } finally {
      await client.close(uri(SYSA));
    }
  });

  test('completion of ${ in server.xml offers the server\'s variables', async () => {
    const original = text(PAYMENTS);
    const edited = original.replace('</server>', '    <httpEndpoint id="second" host="${"/>\n</server>');
    await client.open(uri(PAYMENTS), edited, 'xml');
    try {
      const position = positionOf(edited, 'host="${"', 'host="${'.length);
      const items = labels(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(PAYMENTS) }, position }));
      assert.ok(items.includes('payments.host'), items.join(' '));
    } finally {
      await client.close(uri(PAYMENTS));
    }
  });

  test('go to definition of an address in server.xml leads to the VIPADEFINE and the VIPABACKUP', async () => {
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(ORDERS) }, position: positionOf(text(ORDERS), '10.20.1.1', 3) })) as Location[];
    const files = locations.map((location) => location.uri).sort();
    assert.deepEqual(files, [uri(SYSA), uri(SYSB)].sort());
    const inSysa = locations.find((location) => location.uri === uri(SYSA))!;
    assert.equal(inSysa.range.start.line, positionOf(text(SYSA), '10.20.1.1').line);
  });

  test('go to definition of an address covered only by a range leads to the VIPARANGE', async () => {
    // 10.30.1.5 is written nowhere in a profile: its definition is the covering VIPARANGE of SYSA.
    const locations = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uri(PAYMENTS) }, position: positionOf(text(PAYMENTS), '10.30.1.5', 3) })) as Location[];
    assert.deepEqual(locations.map((location) => [location.uri, location.range.start.line]), [[uri(SYSA), positionOf(text(SYSA), '  VIPARANGE').line]]);
  });

  test('find references of an address spans both profiles and the Liberty server.xml', async () => {
    const locations = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri(SYSB) },
      position: positionOf(text(SYSB), '10.20.1.1', 1, 1),
      context: { includeDeclaration: true },
    });
    const files = [...new Set((locations ?? []).map((location) => location.uri))].sort();
    assert.deepEqual(files, [uri(ORDERS), uri(SYSA), uri(SYSB)].sort());
  });

  test('document symbols outline blocks, their statements and VIPA addresses', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uri(SYSA) } })) as DocumentSymbol[];
    const block = symbols.find((symbol) => symbol.name === 'VIPADYNAMIC');
    assert.ok(block, symbols.map((s) => s.name).join(' '));
    assert.deepEqual(block.children?.map((child) => child.name), ['VIPADEFINE', 'VIPADEFINE', 'VIPARANGE']);
    assert.deepEqual(block.children?.[0].children?.map((child) => child.name), ['10.20.1.1']);
  });

  test('folding ranges cover blocks and runs of comment lines', async () => {
    const ranges = await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: uri(SYSA) } });
    const source = text(SYSA);
    const lines = (ranges ?? []).map((range) => [range.startLine, range.endLine, range.kind ?? 'region']);
    assert.deepEqual(lines, [
      [positionOf(source, 'VIPADYNAMIC').line, positionOf(source, 'ENDVIPADYNAMIC').line - 1, 'region'],
      [positionOf(source, 'BEGINROUTES').line, positionOf(source, 'ENDROUTES').line - 1, 'region'],
      [0, 1, 'comment'],
    ]);
  });

  test('document highlight marks the same keyword in the document', async () => {
    const source = text(SYSA);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(source, 'VIPADEFINE', 1) });
    assert.deepEqual((highlights ?? []).map((highlight) => highlight.range.start.line), [positionOf(source, 'VIPADEFINE').line, positionOf(source, 'VIPADEFINE', 0, 1).line]);
  });

  test('requests for unknown documents and impossible positions answer empty without killing the server', async () => {
    const missing = uri('profiles/NOPE.tcpip');
    const far = { line: 9999, character: 9999 };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: missing }, position: far }), null);
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: 'zowe-ds:/nothing/HERE' }, position: far }), []);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: missing } }), []);
    await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: missing }, position: far });
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: far });
    await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uri(SYSA) }, position: far });
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: missing }, range: { start: far, end: far }, context: { diagnostics: [] } }), []);
    assert.ok(client.alive, 'the server is still running');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(text(SYSA), '  VIPARANGE', 4) });
    assert.match(hoverText(hover), /VIPARange/);
  });
});

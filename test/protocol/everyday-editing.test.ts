// Protocol tests of everyday editing (issue 14) on test/fixtures/everyday: definitions the stack
// rejects stay out of hover and the summary; misspelt keywords get "did you mean" with a fix; a
// Liberty file that server.xml includes from a subfolder gets hover and quick fixes, and the server
// names it in vipa/libertyFiles.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CodeActionRequest, CompletionItemKind, CompletionRequest, CompletionTriggerKind, HoverRequest, type CodeAction, type CompletionList, type Diagnostic, type Hover, type MarkupContent, type TextEdit } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, TestClient, codes, copyFixture } from './helpers/lsp-client.js';
import { applyEdits, positionOf } from './helpers/text-position.js';

const SYSA = 'profiles/SYSA.tcpip';
const SYSB = 'profiles/SYSB.tcpip';
const ENDPOINTS = 'liberty/servers/app/includes/endpoints.xml';

interface Summary {
  stacks: { name: string; dvipas: { address: string; role: string }[]; rejected?: { address: string; role: string; label: string; line: number }[] }[];
}

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('everyday editing: rejected definitions, did you mean, included Liberty files', () => {
  const workspace = copyFixture(join(REPO_ROOT, 'test', 'fixtures', 'everyday'));
  const uri = workspace.uriOf;
  const text = (relative: string) => readFileSync(workspace.pathOf(relative), 'utf8');
  let client: TestClient;

  async function quickFixes(target: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return ((await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: target }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) ?? []) as CodeAction[];
  }

  before(async () => {
    client = await TestClient.start({ rootPath: workspace.root });
    await client.waitForProgressEnd();
  });

  after(async () => {
    await client.shutdown();
    workspace.dispose();
  });

  test('the rejections are reported: EZZ8307I (with "an INTERFACE") and the repeated VIPADEFINE', async () => {
    const diagnostics = await client.waitForDiagnostics(uri(SYSA), (d) => d.length > 0);
    assert.deepEqual(codes(diagnostics), ['duplicate-vipa', 'duplicate-vipa']);
    assert.match(diagnostics[0].message as string, /^EZZ8307I 10\.30\.1\.1 IS ALREADY DEFINED: it is an INTERFACE IPADDR address/);
  });

  test('hover on an address the stack rejects shows it as rejected with the message id, not as a backup', async () => {
    const hover = hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(text(SYSA), '10.30.1.1', 2, 1) }));
    assert.doesNotMatch(hover, /Backed up by/);
    assert.match(hover, /Owned by:\n- \*\*SYSA\*\* \(home\)/);
    assert.match(hover, /Rejected by the stack[^\n]*:\n- \*\*SYSA\*\* VIPABACKUP — rejected \(EZZ8307I\)/);
  });

  test('hover on a repeated VIPADEFINE lists one owner; the repeat is shown as rejected', async () => {
    const hover = hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(SYSA) }, position: positionOf(text(SYSA), '10.30.1.2', 2, 3) }));
    const owners = hover.slice(hover.indexOf('Owned by:'), hover.indexOf('\n\n', hover.indexOf('Owned by:')));
    assert.equal(owners.split('\n- ').length - 1, 1, owners);
    assert.match(hover, /Backed up by[^\n]*:\n- \*\*SYSB\*\* rank 100/);
    assert.match(hover, /- \*\*SYSA\*\* VIPADEFINE — rejected \(rejected repeat\)[^\n]*SYSA\.tcpip:8/);
  });

  test('the summary lists rejected definitions apart from the DVIPAs', async () => {
    const summary = (await client.connection.sendRequest('vipa/summary')) as Summary;
    const sysa = summary.stacks.find((stack) => stack.name === 'SYSA');
    assert.ok(sysa);
    assert.deepEqual(sysa.dvipas.map((dvipa) => `${dvipa.address} ${dvipa.role}`), ['10.30.1.2 VIPADEFINE']);
    assert.deepEqual(sysa.rejected?.map((entry) => `${entry.address} ${entry.role} ${entry.label} line ${entry.line}`), [
      '10.30.1.1 VIPABACKUP EZZ8307I line 6',
      '10.30.1.2 VIPADEFINE rejected repeat line 8',
    ]);
  });

  test('a misspelt statement gets "did you mean" on itself, and its quick fix corrects it', async () => {
    const sysb = uri(SYSB);
    const misspelt = text(SYSB).replace('ENDVIPADYNAMIC', '  VIPABAKUP 90 MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.2\nENDVIPADYNAMIC');
    await client.open(sysb, misspelt);
    const diagnostics = await client.waitForDiagnostics(sysb, (d) => d.some((diagnostic) => diagnostic.code === 'unknown-statement'));
    const diagnostic = diagnostics.find((d) => d.code === 'unknown-statement')!;
    assert.deepEqual(diagnostic.range.start, positionOf(misspelt, 'VIPABAKUP'));
    assert.match(diagnostic.message as string, /^'VIPABAKUP' is not a z\/OS TCP\/IP profile statement.*Did you mean VIPABACKUP\?$/);
    const [fix] = await quickFixes(sysb, diagnostic);
    assert.equal(fix?.title, "Change 'VIPABAKUP' to VIPABACKUP");
    assert.equal(fix.isPreferred, true);
    await client.edit(sysb, (fix.edit!.changes![sysb] as TextEdit[]));
    assert.match(client.text(sysb)!, /\n {2}VIPABACKUP 90 MOVEABLE/);
    await client.waitForDiagnostics(sysb, (d) => !d.some((diagnostic) => diagnostic.code === 'unknown-statement' || diagnostic.code === 'syntax-error'));
    await client.close(sysb);
  });

  test('a misspelt operand keyword gets "did you mean", and a comment without its blank gets a fix', async () => {
    const sysb = uri(SYSB);
    const edited = text(SYSB).replace('MOVEABLE IMMEDIATE', 'MOVEABLE IMMEDAITE').replace('START OSA1', 'START OSA1;start the OSA');
    await client.open(sysb, edited);
    const diagnostics = await client.waitForDiagnostics(sysb, (d) => d.some((diagnostic) => diagnostic.code === 'comment-without-blank'));
    const typo = diagnostics.find((d) => d.code === 'syntax-error');
    assert.ok(typo, codes(diagnostics).join());
    assert.match(typo.message as string, /Did you mean IMMEDIATE\?$/);
    assert.deepEqual((typo.data as { suggestions: string[] }).suggestions, ['IMMEDIATE']);
    const blank = diagnostics.find((d) => d.code === 'comment-without-blank')!;
    const [fix] = await quickFixes(sysb, blank);
    assert.equal(fix?.title, "Insert a blank before ';'");
    assert.match(applyEdits(edited, fix.edit!.changes![sysb] as TextEdit[]), /START OSA1 ;start the OSA/);
    await client.close(sysb);
  });

  test('completion: statements only on a new line, distinct kinds, and nothing once the word is complete', async () => {
    const sysb = uri(SYSB);
    const base = text(SYSB).replace('ENDVIPADYNAMIC', '  VIPA\nENDVIPADYNAMIC');
    await client.open(sysb, base);
    const complete = async (needle: string, offset: number) =>
      (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: sysb }, position: positionOf(client.text(sysb)!, needle, offset) })) as CompletionList;
    const atStatement = await complete('  VIPA\n', 6);
    assert.equal(atStatement.isIncomplete, true);
    const labels = atStatement.items.map((item) => item.label);
    assert.ok(labels.includes('VIPABACKUP') && labels.includes('ENDVIPADYNAMIC'), labels.join());
    // The VIPABACKUP above takes MOVEABLE, IMMEDIATE ...: not offered at a statement start.
    assert.ok(!labels.includes('IMMEDIATE') && !labels.includes('MOVEABLE'), labels.join());
    assert.ok(atStatement.items.every((item) => item.kind === CompletionItemKind.Keyword));
    // Operands of the statement being written: parameters are properties, addresses values.
    await client.edit(sysb, [{ range: { start: positionOf(base, '  VIPA\n', 6), end: positionOf(base, '  VIPA\n', 6) }, newText: 'DEFINE MOVEABLE IMMEDIATE 255.255.255.255 ' }]);
    const operands = await complete('255.255.255.255 \n', 16);
    assert.ok(operands.items.some((item) => item.kind === CompletionItemKind.Property && item.label === 'SERVICEMGR'), operands.items.map((item) => item.label).join());
    assert.ok(operands.items.some((item) => item.kind === CompletionItemKind.Value && item.label === '10.30.1.2'));
    // A complete keyword closes the list, so Enter is a new line.
    const exact = await complete('VIPADEFINE MOVEABLE', 10);
    assert.deepEqual(exact.items, []);
    // Liberty's trigger character asks for nothing in a profile.
    const triggered = await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: sysb },
      position: positionOf(client.text(sysb)!, 'VIPADEFINE MOVEABLE', 10),
      context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: '{' },
    });
    assert.equal(triggered, null);
    await client.close(sysb);
  });

  test('a Liberty file included from a subfolder is named by vipa/libertyFiles and gets hover and quick fixes', async () => {
    const endpoints = uri(ENDPOINTS);
    const { files } = (await client.connection.sendRequest('vipa/libertyFiles')) as { files: string[] };
    assert.deepEqual(files, [uri('liberty/servers/app/includes/endpoints.xml'), uri('liberty/servers/app/server.xml')]);

    const [diagnostic] = (await client.waitForDiagnostics(endpoints, (d) => d.length > 0)).filter((d) => d.code === 'bind-not-covered');
    assert.ok(diagnostic);
    // "SYSB: ... cannot be bound" leads to SYSB's VIPADYNAMIC statement, not to line 1 (a comment).
    const sysbRelated = diagnostic.relatedInformation?.find((related) => related.message.startsWith('SYSB:'));
    assert.equal(sysbRelated?.location.uri, uri(SYSB));
    assert.deepEqual(sysbRelated.location.range.start, positionOf(text(SYSB), 'VIPADYNAMIC'));
    await client.open(endpoints, text(ENDPOINTS), 'xml');
    const hover = hoverText(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: endpoints }, position: positionOf(text(ENDPOINTS), '10.30.50.7', 3) }));
    assert.match(hover, /httpEndpoint\*\* `defaultHttpEndpoint` of Liberty server \*\*app\*\*/);
    assert.match(hover, /✗ \*\*SYSB\*\*: cannot bind it/);
    const actions = await quickFixes(endpoints, diagnostic);
    assert.equal(actions[0]?.title, 'Add VIPARANGE 10.30.50.0/24 (as on SYSA) to stack SYSB in SYSB.tcpip');
    // Editing the included file re-checks the server: a covered address clears the finding.
    await client.edit(endpoints, [{ range: { start: positionOf(text(ENDPOINTS), '10.30.50.7'), end: positionOf(text(ENDPOINTS), '10.30.50.7', 10) }, newText: '10.30.1.2' }]);
    await client.waitForDiagnostics(endpoints, (d) => !d.some((entry) => entry.code === 'bind-not-covered'));
    await client.close(endpoints);
  });
});

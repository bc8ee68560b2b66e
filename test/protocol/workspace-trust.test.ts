// The editor and the command line find the same things (one discovery, one config location), and
// the editor keeps one document per file: a git: view adds nothing to the sysplex, Liberty files
// opened through zowe-uss: take part, a Tomcat server.xml is no Liberty server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DocumentLinkRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { REPO_ROOT, TestClient } from './helpers/lsp-client.js';
import { capture } from '../unit/cli/cli-io.js';
import type { JsonReport } from '../helpers/cli-json.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

interface Summary {
  stacks: { name: string }[];
  files?: { file: string; role: string; label: string; reason: string }[];
}

/** "file:line:col severity code" for what the server published under `root`, sorted. */
function serverFindings(client: TestClient, root: string): string[] {
  const keys: string[] = [];
  for (const [uri, diagnostics] of client.diagnostics) {
    if (!uri.startsWith('file:')) continue;
    const file = relative(root, fileURLToPath(uri)).split(sep).join('/');
    for (const d of diagnostics) keys.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY[d.severity ?? 1]} ${String(d.code)}`);
  }
  return keys.sort();
}

function cliFindings(report: JsonReport): string[] {
  return report.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`).sort();
}

describe('the CLI and the editor find the same things on the same folders', () => {
  for (const folder of ['member-library', 'one-stack', 'clean-sysplex', 'liberty-sysplex', 'lsp-workspace', '../../examples']) {
    test(folder, async () => {
      const root = join(FIXTURES, folder);
      const cli = JSON.parse((await capture(['--format', 'json', '.'], root)).stdout) as JsonReport;
      const client = await TestClient.start({ rootPath: root });
      try {
        await client.waitForProgressEnd();
        const summary = (await client.connection.sendRequest('vipa/summary')) as Summary;
        assert.deepEqual(serverFindings(client, root), cliFindings(cli));
        assert.deepEqual(summary.stacks.map((stack) => stack.name).sort(), cli.stacks.map((stack) => stack.name).sort());
        const roles = (files: { file: string; role: string }[], toPath: (file: string) => string) => files.map((file) => `${toPath(file.file)} ${file.role}`).sort();
        assert.deepEqual(
          roles(summary.files ?? [], (uri) => relative(root, fileURLToPath(uri)).split(sep).join('/')),
          roles(cli.files, (file) => file),
        );
      } finally {
        await client.shutdown();
      }
    });
  }
});

describe('one document per file, in the editor', () => {
  const root = join(FIXTURES, 'member-library');
  const profa = pathToFileURL(join(root, 'SYS1.TCPPARMS', 'PROFA')).href;
  const profaText = readFileSync(fileURLToPath(profa), 'utf8');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ rootPath: root });
    await client.waitForProgressEnd();
  });
  after(() => client.shutdown());

  test('the summary says what each file was taken as and why', async () => {
    const summary = (await client.connection.sendRequest('vipa/summary')) as Summary;
    const byName = new Map((summary.files ?? []).map((file) => [file.file.slice(file.file.lastIndexOf('/') + 1), file]));
    assert.equal(byName.get('PROFA')?.role, 'stack-profile');
    assert.equal(byName.get('PROFAOLD')?.role, 'copy');
    assert.match(byName.get('PROFAOLD')!.reason, /same home addresses as PROFA/);
    assert.equal(byName.get('TNPROFA')?.role, 'other-config');
    assert.equal(byName.get('OBEYA1')?.role, 'obey');
  });

  test('a git: view of a profile (SCM, quick diff) leaves the file: diagnostics unchanged', async () => {
    const before = serverFindings(client, root);
    const gitUri = `git:${fileURLToPath(profa)}?${encodeURIComponent(JSON.stringify({ path: fileURLToPath(profa), ref: 'HEAD~1' }))}`;
    // The older version in the diff view: the same stack as the file, one VIPADEFINE less.
    await client.open(gitUri, profaText.replace(/ {2}VIPADEFINE MOVEABLE IMMEDIATE 255\.255\.255\.0 10\.1\.9\.20\n/, ''));
    const own: Diagnostic[] = await client.waitForDiagnostics(gitUri);
    assert.deepEqual(own, []);
    // A request answered after the publications of that analysis: everything published has arrived.
    const summary = (await client.connection.sendRequest('vipa/summary')) as Summary;
    assert.deepEqual(serverFindings(client, root), before);
    assert.deepEqual(summary.stacks.map((stack) => stack.name).sort(), ['PROFA', 'PROFB']);
    // Its INCLUDE still links to the workspace's member, as resolved from the file it shows.
    const links = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: gitUri } })) ?? [];
    assert.deepEqual(links.map((link) => link.target && fileURLToPath(link.target)), [join(root, 'SYS1.TCPPARMS', 'PORTS')]);
    await client.close(gitUri);
  });

  test('an untitled: profile is checked on its own, and its INCLUDE of a member only on the host is a host-member link', async () => {
    const untitled = 'untitled:Untitled-1';
    await client.open(untitled, 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.9.10\nENDVIPADYNAMIC\nINCLUDE SYS1.TCPPARMS(ONHOST)\n');
    assert.deepEqual(await client.waitForDiagnostics(untitled), []);
    const summary = (await client.connection.sendRequest('vipa/summary')) as Summary;
    assert.deepEqual(summary.stacks.map((stack) => stack.name).sort(), ['PROFA', 'PROFB']);
    const [link] = (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: untitled } })) ?? [];
    assert.deepEqual(link?.data, { hostMember: { dataSet: 'SYS1.TCPPARMS', member: 'ONHOST' } });
    await client.close(untitled);
  });

  test('vipa/proposeConfig proposes a config for the folder and writes nothing', async () => {
    const proposal = (await client.connection.sendRequest('vipa/proposeConfig')) as { text: string; notes: string[]; folder: string; existing: string[] };
    const config = JSON.parse(proposal.text);
    assert.deepEqual(Object.keys(config.stacks), ['PROFA', 'PROFB']);
    assert.equal(config.files['SYS1.TCPPARMS/PROFAOLD'], 'copy');
    assert.deepEqual(proposal.existing, []);
    assert.equal(proposal.folder, pathToFileURL(root).href);
    assert.ok(proposal.notes.length >= 4);
  });
});

describe('Liberty means Liberty, on disk and through zowe-uss:', () => {
  const root = join(FIXTURES, 'one-stack');
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ rootPath: root });
    await client.waitForProgressEnd();
  });
  after(() => client.shutdown());

  test('a Tomcat conf/server.xml is no Liberty server; the one-stack sysplex gets information, not warnings', async () => {
    const summary = (await client.connection.sendRequest('vipa/summary')) as Summary & { servers: { file: string }[] };
    assert.deepEqual(summary.servers.map((server) => relative(root, fileURLToPath(server.file)).split(sep).join('/')), ['liberty/servers/web/server.xml']);
    const tomcat = pathToFileURL(join(root, 'tomcat', 'conf', 'server.xml')).href;
    assert.equal(client.diagnostics.get(tomcat), undefined);
    assert.deepEqual(serverFindings(client, root), ['SYSA.tcpip:8:47 information no-backup', 'SYSA.tcpip:9:41 information no-backup']);
  });

  test('a Tomcat server.xml opened in the editor gets nothing either', async () => {
    const tomcat = pathToFileURL(join(root, 'tomcat', 'conf', 'server.xml')).href;
    await client.open(tomcat, readFileSync(fileURLToPath(tomcat), 'utf8'), 'xml');
    await client.connection.sendRequest('vipa/summary');
    assert.equal(client.diagnostics.get(tomcat), undefined);
  });

  test('a Liberty server.xml opened through zowe-uss: takes part in the sysplex', async () => {
    const uss = 'zowe-uss:/lpar1/u/wlp/usr/servers/api/server.xml';
    await client.open(uss, '<server>\n  <httpEndpoint id="defaultHttpEndpoint" host="10.2.9.99" httpPort="9080" httpsPort="-1"/>\n</server>\n', 'xml');
    const diagnostics = await client.waitForDiagnostics(uss, (list) => list.length > 0);
    assert.deepEqual(diagnostics.map((d) => String(d.code)), ['bind-not-covered']);
    await client.close(uss);
  });
});

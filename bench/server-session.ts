/**
 * The language-server half of the benchmark: the real server (the dist/ bundle users run) over
 * stdio on a synthetic sysplex written to a temporary folder, measured as an editor sees it.
 *  - first diagnostics for a profile opened right after `initialized`, against a bare `node -e 0`;
 *  - the answer time of a hover sent while the first workspace analysis runs;
 *  - server RSS after the first analysis and after the edits;
 *  - 50 edits of different kinds with debounce 0: each timed from sending didChange to the answer of
 *    vipa/settled (the analysis covering it is done and its diagnostics are published), counting the
 *    diagnostics published for it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { TestClient } from '../test/protocol/helpers/lsp-client.js';
import { SETTLED_REQUEST, type SettledResult } from '../server/src/protocol/custom-requests.js';
import type { SyntheticSysplex } from './synthetic-sysplex.js';

export interface EditSample {
  kind: string;
  ms: number;
  published: number;
}

export interface ServerFigures {
  nodeStartMs: number;
  firstDiagnosticsMs: number;
  hoverDuringAnalysisMs: number;
  rssMb: number;
  rssAfterEditsMb: number;
  edits: EditSample[];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** Wall time of `node -e 0`: what any Node program pays before it runs a line. */
function nodeStartMs(): number {
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(performance.now() - started);
  }
  return median(times);
}

function rssMbOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    if (kb > 0) return kb / 1024;
  } catch {
    // not Linux: ask ps
  }
  const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
  return Number(ps.stdout.trim()) / 1024;
}

/**
 * RSS once the server is idle: it makes a full collection a moment after the last analysis
 * (lsp/idle-collector.ts); the figure is read after that one, as a user who stopped typing sees it.
 */
async function idleRssMb(client: TestClient, pid: number, collectionsBefore: number): Promise<number> {
  for (let waited = 0; waited < 10_000; waited += 250) {
    const state = await client.connection.sendRequest<SettledResult>(SETTLED_REQUEST);
    if (state.idleCollections > collectionsBefore) return rssMbOf(pid);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return rssMbOf(pid);
}

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in the benchmark profile`);
  return text.slice(0, at).split('\n').length - 1;
}

/** `serverEntry`: the production bundle (npm run bench runs from the repository root). */
export async function measureServer(sysplex: SyntheticSysplex, serverEntry = join(process.cwd(), 'dist', 'server', 'server.js')): Promise<ServerFigures> {
  const root = mkdtempSync(join(tmpdir(), 'vipa-bench-'));
  for (const [path, text] of Object.entries(sysplex.files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const uriOf = (path: string) => pathToFileURL(join(root, path)).href;
  const nodeStart = nodeStartMs();
  const settings = { vipaCheck: { debounceMs: 0 } };
  const started = performance.now();
  const client = await TestClient.start({ rootPath: root, command: [process.execPath, serverEntry, '--stdio'], configuration: settings, initializationOptions: settings });
  try {
    const pid = (client as unknown as { process: { pid: number } }).process.pid;
    // First diagnostics: a profile opened at once, while the server is still scanning.
    const profilePath = sysplex.profileOf(1);
    const profileUri = uriOf(profilePath);
    const profileText = sysplex.files[profilePath];
    await client.open(profileUri, profileText);
    await client.waitForDiagnostics(profileUri, () => true, 600_000);
    const firstDiagnosticsMs = performance.now() - started;

    // A hover while the first analysis of the workspace runs.
    await client.waitForProgressReport((message) => message.startsWith('Checking'), 600_000);
    const hoverStarted = performance.now();
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: profileUri }, position: { line: 1, character: 2 } });
    const hoverDuringAnalysisMs = performance.now() - hoverStarted;
    const settledAtStart = await client.connection.sendRequest<SettledResult>(SETTLED_REQUEST);
    if (settledAtStart.completedBuilds < 1) throw new Error('the first analysis did not complete');
    const rssMb = await idleRssMb(client, pid, settledAtStart.idleCollections);

    // The edits. Documents are opened first (not timed), as an editor has them open.
    const profile0 = sysplex.profileOf(0);
    const member = sysplex.sharedMember;
    const serverXml = sysplex.serverXmlOf(0);
    for (const path of [profile0, member, serverXml]) await client.open(uriOf(path), sysplex.files[path], path.endsWith('.xml') ? 'xml' : 'tcpip-profile');
    await client.connection.sendRequest(SETTLED_REQUEST);
    const text0 = sysplex.files[profile0];
    const portLine = lineOf(text0, '; service 7\n');
    const vipaLine = lineOf(text0, 'ENDVIPADYNAMIC');
    const memberLine = lineOf(sysplex.files[member], 'VIPARANGE');
    const xmlLine = lineOf(sysplex.files[serverXml], 'httpEndpoint');
    const portColumn = sysplex.files[serverXml].split('\n')[xmlLine].indexOf('httpPort="') + 'httpPort="'.length;
    const portLineEnd = text0.split('\n')[portLine].length;
    const duplicate = text0.split('\n').find((line) => line.includes('VIPADEFINE'))!;
    const edits: { kind: string; apply: (round: number) => Promise<void> }[] = [
      { kind: 'profile: comment', apply: (round) => client.edit(uriOf(profile0), [{ range: { start: { line: portLine, character: portLineEnd }, end: { line: portLine, character: portLineEnd } }, newText: String(round % 10) }]) },
      { kind: 'profile: port number', apply: (round) => client.edit(uriOf(profile0), [{ range: { start: { line: portLine + 1, character: 2 }, end: { line: portLine + 1, character: 6 } }, newText: String(5000 + round) }]) },
      { kind: 'profile: duplicate DVIPA added', apply: () => client.edit(uriOf(profile0), [{ range: { start: { line: vipaLine, character: 0 }, end: { line: vipaLine, character: 0 } }, newText: `${duplicate}\n` }]) },
      { kind: 'profile: duplicate DVIPA removed', apply: () => client.edit(uriOf(profile0), [{ range: { start: { line: vipaLine, character: 0 }, end: { line: vipaLine + 1, character: 0 } }, newText: '' }]) },
      { kind: 'shared member: VIPARANGE', apply: (round) => client.edit(uriOf(member), [{ range: { start: { line: memberLine, character: 0 }, end: { line: memberLine, character: 0 } }, newText: `  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.201.${round % 250}.0\n` }]) },
      { kind: 'server.xml: port', apply: (round) => client.edit(uriOf(serverXml), [{ range: { start: { line: xmlLine, character: portColumn }, end: { line: xmlLine, character: portColumn + 4 } }, newText: String(9100 + (round % 800)) }]) },
    ];
    const samples: EditSample[] = [];
    for (let round = 0; round < 50; round++) {
      const edit = edits[round % edits.length];
      const publishedBefore = client.publications;
      const editStarted = performance.now();
      await edit.apply(round);
      await client.connection.sendRequest(SETTLED_REQUEST);
      samples.push({ kind: edit.kind, ms: performance.now() - editStarted, published: client.publications - publishedBefore });
    }
    const afterEdits = await client.connection.sendRequest<SettledResult>(SETTLED_REQUEST);
    const rssAfterEditsMb = await idleRssMb(client, pid, afterEdits.idleCollections);
    return { nodeStartMs: nodeStart, firstDiagnosticsMs, hoverDuringAnalysisMs, rssMb, rssAfterEditsMb, edits: samples };
  } finally {
    await client.shutdown();
    rmSync(root, { recursive: true, force: true });
  }
}

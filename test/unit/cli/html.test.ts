/**
 * vipa-check --format html: one self-contained page with the sysplex map, the findings and (with
 * --what-if-down) the failover result. Well-formed (it parses as XML), with nothing fetched from
 * elsewhere, and naming every stack and every address of the workspace.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@xml-tools/parser';
import { capture } from './cli-io.js';
import { NodeFileHost } from '../../../server/src/analyzer/base/node-file-host.js';
import { analyzePaths } from '../../../server/src/cli/analyze-paths.js';
import { activeDvipas, activeRanges } from '../../../server/src/analyzer/model/coverage.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Stack names and addresses of a folder, read from the analyzer's sysplex model (not from the map). */
function workspaceFacts(folder: string): { stacks: string[]; addresses: string[] } {
  const quiet = { write: () => true };
  const { result } = analyzePaths(['.'], undefined, { cwd: folder, stdout: quiet, stderr: quiet }, new NodeFileHost());
  const addresses = new Set<string>();
  for (const stack of result.model.stacks) {
    for (const home of stack.homes) addresses.add(home.address);
    for (const dvipa of activeDvipas(stack).keys()) addresses.add(dvipa);
    for (const range of activeRanges(stack)) addresses.add(`${range.network}/${range.prefixLength}`);
  }
  for (const server of result.servers) for (const endpoint of server.endpoints) if (endpoint.enabled && endpoint.address && endpoint.address !== '*') addresses.add(endpoint.address);
  return { stacks: result.model.stacks.map((stack) => stack.name), addresses: [...addresses] };
}

/** The text content of the page (tags removed, entities decoded). */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The Files section's rows as "path | taken as | why" (text, entities decoded). */
function filesSection(html: string): string[] {
  const section = /<section class="vm-files"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<tr class="vm-file-role[^"]*">([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => textOf(cell[1]).trim()).join(' | '),
  );
}

function assertWellFormed(html: string): void {
  const { lexErrors, parseErrors } = parse(html);
  assert.deepEqual(lexErrors.map((error) => `${error.line}:${error.column} ${error.message}`), []);
  assert.deepEqual(parseErrors.map((error) => `${error.token.startLine}:${error.token.startColumn} ${error.message}`), []);
}

function assertSelfContained(html: string): void {
  assert.ok(!/<(script|link|iframe|img|object|embed)\b/i.test(html), 'no script, link, frame or image element');
  assert.ok(!/\b(src|href)\s*=\s*"(?!#)/i.test(html), 'only in-page links');
  assert.ok(!/url\(/i.test(html), 'no url() in the style sheet');
  assert.ok(!/@import/i.test(html));
}

describe('vipa-check --format html', () => {
  it('writes the map of examples/ as one well-formed, self-contained page naming every stack and address', async () => {
    const folder = join(repo, 'examples');
    const { code, stdout, stderr } = await capture(['--format', 'html', '.'], folder);
    assert.equal(stderr, '');
    assert.equal(code, 1, 'the demo sysplex has error findings');
    assert.match(stdout, /^<!DOCTYPE html>\n<html lang="en">/);
    assertWellFormed(stdout);
    assertSelfContained(stdout);

    const text = textOf(stdout);
    const facts = workspaceFacts(folder);
    assert.deepEqual(facts.stacks.sort(), ['TCPIPA', 'TCPIPB', 'TCPIPC']);
    for (const stack of facts.stacks) assert.ok(text.includes(stack), `stack ${stack} is named`);
    assert.ok(facts.addresses.length >= 15, `examples/ has addresses: ${facts.addresses.join(' ')}`);
    for (const address of facts.addresses) assert.match(stdout, new RegExp(`class="vm-address[^"]*"[^>]*>${address.replace(/\./g, '\\.')}</span>`), `address ${address} has a row`);
    // The findings: each one, with its code and place.
    const json = JSON.parse((await capture(['--format', 'json', '.'], folder)).stdout) as {
      diagnostics: { file: string; line: number; column: number; code: string }[];
      files: { file: string; role: string; label: string; reason: string }[];
    };
    for (const d of json.diagnostics) assert.ok(text.includes(`${d.file}:${d.line}:${d.column}`), `finding ${d.code} at ${d.file}:${d.line}`);
    // What each file was taken as, and why: the same list as the text and JSON formats, one row per file.
    assert.match(stdout, /<h2 id="files">Files<\/h2>/);
    const files = filesSection(stdout);
    assert.ok(json.files.length >= 8, `examples/ has files: ${json.files.map((file) => file.file).join(' ')}`);
    assert.equal(files.length, json.files.length, 'one row per file');
    for (const file of json.files) assert.ok(files.includes(`${file.file} | ${file.label} | ${file.reason}`), `file ${file.file}: ${file.label} (${file.reason}) in ${files.join('; ')}`);
    assert.ok(!text.includes('If TCPIPA goes down'), 'no simulation without --what-if-down');
  });

  it('with --what-if-down shows the failover on the map and as a list', async () => {
    const folder = join(repo, 'examples');
    const { code, stdout } = await capture(['--format', 'html', '--what-if-down', 'tcpipa', '.'], folder);
    assert.equal(code, 1);
    assertWellFormed(stdout);
    assertSelfContained(stdout);
    const text = textOf(stdout);
    assert.match(text, /Sysplex VIPA map: if TCPIPA goes down/);
    assert.match(text, /If TCPIPA goes down:\s+7 addresses move, 2 lost/);
    assert.match(stdout, /<span class="vm-down-badge">DOWN<\/span>/);
    assert.match(stdout, /<td class="vm-cell vm-change-takes-over" data-col="3" aria-label="TCPIPB: Backup 100 · 1st; takes over from TCPIPA">/);
    assert.match(text, /TCPIPA → TCPIPB\s+10\.20\.1\.60/);
    assert.match(text, /LOST\s+batchgw httpEndpoint "defaultHttpEndpoint" 10\.20\.1\.30/);
  });

  it('says what each file of a member library was taken as: the copy, the OBEYFILE members, the TN3270 profile', async () => {
    const fixtures = join(repo, 'test', 'fixtures');
    const { code, stdout } = await capture(['--format', 'html', 'member-library'], fixtures);
    assert.equal(code, 0);
    assertWellFormed(stdout);
    assertSelfContained(stdout);
    const files = filesSection(stdout);
    const library = 'member-library/SYS1.TCPPARMS';
    assert.ok(files.some((line) => line.startsWith(`${library}/PROFAOLD | copy of PROFA | it has 96% of its lines`)), files.join('\n'));
    assert.ok(files.some((line) => line.startsWith(`${library}/PROFA | stack profile of PROFA | `)), files.join('\n'));
    assert.ok(files.some((line) => line.startsWith(`${library}/OBEYA1 | OBEYFILE member, syntax checks only`)), files.join('\n'));
    assert.ok(files.some((line) => line.startsWith(`${library}/TNPROFA | TN3270E Telnet server profile, not a stack profile | its TELNETGLOBALS`)), files.join('\n'));
    assert.equal(files.length, 10);
    assert.match(textOf(stdout), /10 files: 2 stack profiles, 1 INCLUDE member, 2 OBEYFILE members, 1 copy of a profile, 4 other z\/OS configurations\./);
  });

  it('rejects an unknown stack and keeps SARIF out of what-if', async () => {
    const folder = join(repo, 'examples');
    const unknown = await capture(['--format', 'html', '--what-if-down', 'SYSZ', '.'], folder);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /no stack named 'SYSZ'/);
    assert.equal(unknown.stdout, '');
    const help = await capture(['--help'], folder);
    assert.match(help.stdout, /html \(the sysplex map/);
  });

  it('writes a page for a workspace without stacks', async () => {
    const { code, stdout } = await capture(['--format', 'html', join(repo, 'examples', 'liberty', 'servers', 'batchgw')], repo);
    assert.ok(code === 0 || code === 1);
    assertWellFormed(stdout);
    assert.match(stdout, /Sysplex VIPA map/);
  });
});

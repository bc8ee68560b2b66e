// Whole-pipeline fuzzing: mutated copies of the example sysplex (profiles, include member, Liberty
// files) go through parse, model, Liberty reader and every check. No stage may throw (the workspace
// reports a throw through onInternalError), and each analysis must finish promptly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { memoryHost } from '../../helpers/memory-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';

const examples = fileURLToPath(new URL('../../../examples/', import.meta.url));

function textFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(files, textFiles(path));
    else if (!name.endsWith('.p12')) files[relative(examples, path).split('\\').join('/')] = readFileSync(path, 'utf8');
  }
  return files;
}

/** A small deterministic PRNG (mulberry32), so a failure can be replayed from its round number. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [' ', '\n', ';', 'ENDVIPADYNAMIC', 'VIPADYNAMIC', 'VIPARANGE', '127.0.0.1', '::', '/', '&X.', '"', '<', '>', '${', '}', '<!DOCTYPE x [<!ENTITY a "b">]>', 'host="*"', '999999999999', 'INCLUDE A.B(C)', 'DESTIP ALL', 'PREFERRED', '0.0.0.0/0'];

function mutate(text: string, next: () => number): string {
  let result = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (result.length + 1));
    const choice = next();
    if (choice < 0.35) result = result.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + result.slice(at);
    else if (choice < 0.7) result = result.slice(0, at) + result.slice(at + 1 + Math.floor(next() * 40));
    else if (choice < 0.85) {
      const from = Math.floor(next() * result.length);
      result = result.slice(0, at) + result.slice(from, from + 60) + result.slice(at);
    } else result = result.slice(0, at) + String.fromCharCode(Math.floor(next() * 0x3000)) + result.slice(at);
  }
  return result;
}

test('mutated example sysplexes never make a stage throw', () => {
  const original = textFiles(examples);
  const paths = Object.keys(original);
  assert.ok(paths.length >= 8, `the examples are there (${paths.length} files)`);
  const failures: string[] = [];
  for (let round = 0; round < 60; round++) {
    const next = random(round + 1);
    const files = { ...original };
    for (const path of paths) if (next() < 0.5) files[path] = mutate(files[path], next);
    const host = memoryHost(files);
    const workspace = new VipaWorkspace(host, { onInternalError: (error, source) => failures.push(`round ${round}, ${source}: ${String(error)}`) });
    workspace.setFiles(host.uris());
    const started = Date.now();
    const result = workspace.analyze();
    assert.ok(Date.now() - started < 5000, `round ${round} took ${Date.now() - started} ms`);
    assert.ok(result.findingsByUri.size > 0);
  }
  assert.deepEqual(failures, []);
});

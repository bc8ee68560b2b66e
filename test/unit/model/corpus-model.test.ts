/** Real public profiles (../shared/corpus/profiles, never copied here): the model builds without throwing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NodeFileHost, walkFiles } from '../../../server/src/analyzer/base/node-file-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus', 'profiles');

test('corpus profiles: every file becomes part of a stack model; checks do not crash', (t) => {
  if (!existsSync(corpus)) {
    t.skip(`corpus folder ${corpus} is absent`);
    return;
  }
  const errors: string[] = [];
  const workspace = new VipaWorkspace(new NodeFileHost(), { onInternalError: (error, source) => errors.push(`${source}: ${String(error)}`) });
  const uris = walkFiles(pathToFileURL(corpus).href);
  workspace.setFiles(uris);
  const result = workspace.analyze();
  assert.equal(result.stats.profiles, uris.length);
  const covered = new Set(result.model.stacks.flatMap((s) => s.fileUris));
  for (const uri of uris) assert.ok(covered.has(uri), `${uri} is in no stack`);
  assert.ok(result.model.stacks.some((s) => s.dvipas.length > 0 || s.ranges.length > 0), 'some VIPA facts were found');
  assert.deepEqual(errors, []);
  for (const stack of result.model.stacks) for (const address of stack.dvipas.map((d) => d.address)) result.index.coverage(address);
});

/** Real public profiles (../shared/corpus/profiles, never copied here): the model builds without throwing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import { NodeFileHost, walkFiles } from '../../../server/src/analyzer/base/node-file-host.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus', 'profiles');

function analyzeCorpus(config?: WorkspaceConfig) {
  const errors: string[] = [];
  const baseUri = pathToFileURL(corpus).href + '/';
  const workspace = new VipaWorkspace(new NodeFileHost(), {
    onInternalError: (error, source) => errors.push(`${source}: ${String(error)}`),
    config: config ? { config, baseUri } : undefined,
  });
  const uris = walkFiles(pathToFileURL(corpus).href);
  workspace.setFiles(uris);
  return { uris, errors, result: workspace.analyze() };
}

test('corpus profiles, each taken as a profile: every file becomes part of a stack model; checks do not crash', (t) => {
  if (!existsSync(corpus)) {
    t.skip(`corpus folder ${corpus} is absent`);
    return;
  }
  // Some corpus files are snippets (a VIPADELETE and no HOME) that the classification takes as
  // OBEYFILE members; the config's `files` makes every one a stack candidate, so each is modelled.
  const { uris, errors, result } = analyzeCorpus({ files: { '*': 'profile' } });
  assert.equal(result.stats.profiles, uris.length);
  const covered = new Set(result.model.stacks.flatMap((s) => s.fileUris));
  for (const uri of uris) assert.ok(covered.has(uri), `${uri} is in no stack`);
  assert.ok(result.model.stacks.some((s) => s.dvipas.length > 0 || s.ranges.length > 0), 'some VIPA facts were found');
  assert.deepEqual(errors, []);
  for (const stack of result.model.stacks) for (const address of stack.dvipas.map((d) => d.address)) result.index.coverage(address);
  void result.takeover.dvipas.length;
});

test('corpus profiles without a config: every file is in a stack or, with the reason, an OBEYFILE member or a z/VM profile', (t) => {
  if (!existsSync(corpus)) {
    t.skip(`corpus folder ${corpus} is absent`);
    return;
  }
  const { uris, errors, result } = analyzeCorpus();
  const covered = new Set(result.model.stacks.flatMap((s) => s.fileUris));
  const roles = new Map(result.files!.list().map((file) => [file.uri, file]));
  let otherSystems = 0;
  for (const uri of uris) {
    if (covered.has(uri)) continue;
    const role = roles.get(uri);
    if (role?.role === 'other-config') {
      // A z/VM TCP/IP profile is no z/OS stack (discovery/other-configs.ts).
      assert.match(role.reason, /z\/VM TCP\/IP statements/, uri);
      otherSystems++;
      continue;
    }
    assert.equal(role?.role, 'obey', `${uri} is in no stack and is no OBEYFILE member (${role?.role})`);
    assert.match(role!.reason, /VIPADELETE|VARY|OBEY/i, uri);
  }
  assert.ok(otherSystems <= 1, `${otherSystems} corpus profiles taken for another system's configuration`);
  assert.equal(result.stats.profiles, uris.length - otherSystems);
  assert.deepEqual(errors, []);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RestartPolicy } from '../../../client/src/restart-policy.js';

test('a dead server is restarted with a message, up to 4 times in 3 minutes', () => {
  const policy = new RestartPolicy();
  const minute = 60_000;
  for (let i = 0; i < 4; i++) {
    const decision = policy.serverDied(i * 1000);
    assert.equal(decision.restart, true);
    assert.match(decision.message, /stopped unexpectedly and was restarted/);
  }
  const fifth = policy.serverDied(5000);
  assert.equal(fifth.restart, false);
  assert.match(fifth.message, /5 times in 3 minutes.*VIPA: Restart language server/);
  // Once the old deaths are more than 3 minutes ago, it is restarted again.
  assert.equal(policy.serverDied(3 * minute + 5000).restart, true);
});

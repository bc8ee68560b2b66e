import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statusText } from '../../../client/src/status-text.js';

test('the status bar text counts stacks, servers and problems with plurals', () => {
  assert.equal(statusText(2, 3, 4), '$(server-environment) 2 stacks · 3 servers · 4 problems');
  assert.equal(statusText(1, 1, 1), '$(server-environment) 1 stack · 1 server · 1 problem');
  assert.equal(statusText(0, 0, 0), '$(server-environment) 0 stacks · 0 servers · 0 problems');
});

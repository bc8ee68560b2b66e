import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stacksFromArguments, stacksFromQuery, whatIfPath, whatIfQuery } from '../../../client/src/what-if-uri.js';

test('the command takes the code lens argument, a name, a comma list or a list', () => {
  assert.deepEqual(stacksFromArguments({ down: ['TCPIPA'] }), ['TCPIPA']);
  assert.deepEqual(stacksFromArguments('TCPIPA, TCPIPB'), ['TCPIPA', 'TCPIPB']);
  assert.deepEqual(stacksFromArguments(['TCPIPA', 'TCPIPA', ' ', 7]), ['TCPIPA']);
  assert.deepEqual(stacksFromArguments(undefined), []);
  assert.deepEqual(stacksFromArguments({}), []);
});

test('a what-if URI names its stacks in the path and carries them in the query', () => {
  assert.equal(whatIfPath(['TCPIPA']), '/What if TCPIPA goes down.txt');
  assert.equal(whatIfPath(['A', 'B', 'C']), '/What if A, B and C go down.txt');
  const odd = ['SYS#1', 'A&B,C'];
  assert.deepEqual(stacksFromQuery(whatIfQuery(odd)), odd);
  assert.deepEqual(stacksFromQuery('x=1'), []);
});

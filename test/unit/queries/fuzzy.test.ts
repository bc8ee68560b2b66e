import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuzzyScore, scoreSymbol } from '../../../server/src/analyzer/queries/fuzzy.js';

test('a fuzzy query matches its characters in order, case-insensitively', () => {
  assert.ok(fuzzyScore('zcon', 'zosconnect') !== undefined);
  assert.ok(fuzzyScore('TCPB', 'TCPIPB') !== undefined);
  assert.equal(fuzzyScore('bz', 'zosconnect'), undefined);
  assert.equal(fuzzyScore('toolongquery', 'short'), undefined);
  assert.equal(fuzzyScore('', 'anything'), 0);
});

test('contiguous beats scattered, a word start beats the middle, the start beats everything', () => {
  const score = (query: string, candidate: string) => fuzzyScore(query, candidate) ?? -Infinity;
  assert.ok(score('10.20.2', '10.20.2.0/24') > score('10.20.2', '10.20.0.2'));
  assert.ok(score('orders', 'orders defaultHttpEndpoint') > score('orders', 'xorders'));
  assert.ok(score('http', 'defaultHttpEndpoint') > score('ttpe', 'defaultHttpEndpoint'));
});

test('every term of a query must match the name or the role; the name weighs more', () => {
  assert.ok(scoreSymbol('10.20 tcpipc', '10.20.1.10', 'DVIPA, VIPABACKUP rank 300 on TCPIPC') !== undefined);
  assert.equal(scoreSymbol('10.20 tcpipd', '10.20.1.10', 'DVIPA, VIPABACKUP rank 300 on TCPIPC'), undefined);
  assert.ok((scoreSymbol('tcpipa', 'TCPIPA', 'TCP/IP stack') ?? 0) > (scoreSymbol('tcpipa', '10.20.1.10', 'VIPADEFINE on TCPIPA') ?? 0));
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyValue, containsSymbol } from '../../../server/src/analyzer/profile/values.js';
import { maskToPrefixLength, parseAddressText } from '../../../server/src/analyzer/base/addresses.js';

test('parseAddressText reads IPv4, IPv4/n, IPv6 and IPv6/n with canonical forms', () => {
  assert.deepEqual(parseAddressText('10.1.2.3'), { family: 4, address: '10.1.2.3' });
  assert.deepEqual(parseAddressText('010.001.002.003'), { family: 4, address: '10.1.2.3' });
  assert.deepEqual(parseAddressText('10.1.2.0/24'), { family: 4, address: '10.1.2.0', prefixLength: 24 });
  assert.deepEqual(parseAddressText('2001:DB8:0:0::1'), { family: 6, address: '2001:db8::1' });
  assert.deepEqual(parseAddressText('::'), { family: 6, address: '::' });
  assert.deepEqual(parseAddressText('fd00:50::/64'), { family: 6, address: 'fd00:50::', prefixLength: 64 });
  for (const bad of ['x.x.x.V', '256.1.1.1', '10.1.1', '10.1.1.1/33', 'fd00::/129', '1.2.3.4/', 'abc', '', '1:2', '10.1.1.1.1', 'fe80::1%eth0']) {
    assert.equal(parseAddressText(bad), undefined, bad);
  }
});

test('maskToPrefixLength accepts contiguous dotted masks only', () => {
  assert.equal(maskToPrefixLength('255.255.255.255'), 32);
  assert.equal(maskToPrefixLength('255.255.255.0'), 24);
  assert.equal(maskToPrefixLength('255.255.255.192'), 26);
  assert.equal(maskToPrefixLength('0.0.0.0'), 0);
  assert.equal(maskToPrefixLength('255.0.255.0'), undefined);
  assert.equal(maskToPrefixLength('255.255.255.1'), undefined);
  assert.equal(maskToPrefixLength('255.255.255'), undefined);
});

test('containsSymbol finds &NAME and &NAME. anywhere in a word', () => {
  assert.equal(containsSymbol('&SYSCLONE.'), true);
  assert.equal(containsSymbol('TCPIP&SYSCLONE.'), true);
  assert.equal(containsSymbol('&HOMEIP'), true);
  assert.equal(containsSymbol('A&B'), true);
  assert.equal(containsSymbol('AMP&'), false);
  assert.equal(containsSymbol('10.1.1.1'), false);
});

test('classifyValue tells every value form apart', () => {
  const cases: [string, string, number?][] = [
    ['10.1.1.1', 'ipv4'], ['10.1.1.0/24', 'ipv4-prefix'], ['fd00::1', 'ipv6'], ['fd00::/64', 'ipv6-prefix'],
    ['1500', 'number', 1500], ['64K', 'number', 65536], ['2m', 'number', 2 * 1024 * 1024], ['&IP.', 'symbol'],
    ['"Quoted"', 'string'], ['ADM@SRV', 'name'], ['DEV#1$', 'name'], ['=', 'other'], ['*', 'other'], ['/*', 'other'], ['x.x.x.V', 'name'],
  ];
  for (const [text, kind, numericValue] of cases) {
    const value = classifyValue(text);
    assert.equal(value.kind, kind, text);
    if (numericValue !== undefined) assert.equal(value.numericValue, numericValue, text);
  }
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PrefixIndex, addressKey, isLoopback, networkKey } from '../../../server/src/analyzer/checks/support/addresses.js';

describe('check address helpers', () => {
  it('keys equal addresses equally however they are written', () => {
    assert.equal(addressKey('10.01.1.1'), addressKey('10.1.1.1'));
    assert.equal(addressKey('2001:DB8::1'), addressKey('2001:db8:0:0::1'));
    assert.notEqual(addressKey('10.1.1.1'), addressKey('10.1.1.2'));
    assert.equal(addressKey('10.1.1.256'), undefined);
    assert.equal(addressKey('&VIPA1.'), undefined);
    assert.equal(networkKey('10.1.2.3', 24), networkKey('10.1.2.0', 24));
    assert.equal(networkKey('10.1.2.3', 33), undefined);
  });

  it('finds the containing subnets, most specific first', () => {
    const index = new PrefixIndex<string>();
    index.add('10.20.0.0', 16, 'wide');
    index.add('10.20.2.0', 24, 'narrow');
    index.add('10.20.2.5', 32, 'host');
    index.add('2001:db8::', 64, 'v6');
    assert.deepEqual(index.containing('10.20.2.5').map((m) => m.values[0]), ['host', 'narrow', 'wide']);
    assert.deepEqual(index.containing('10.20.3.1').map((m) => m.values[0]), ['wide']);
    assert.deepEqual(index.containing('10.21.0.1'), []);
    assert.deepEqual(index.containing('2001:DB8::7').map((m) => m.values[0]), ['v6']);
  });

  it('recognises loopback addresses', () => {
    assert.ok(isLoopback('127.0.0.1'));
    assert.ok(isLoopback('::1'));
    assert.ok(!isLoopback('10.0.0.1'));
  });
});

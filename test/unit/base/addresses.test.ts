/**
 * One address parser: every place that reads an address from text (profile operands, Liberty host
 * values, the config's hosts, the checks' keys, certificate SANs) must read the same text the same
 * way. Each case is run through every entry point and compared with base/addresses.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalAddress, isLoopbackAddress, maskToPrefixLength, networkAddress, parseAddressText } from '../../../server/src/analyzer/base/addresses.js';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { addressesOf } from '../../../server/src/analyzer/profile/statement-addresses.js';
import { readLibertyServer } from '../../../server/src/analyzer/liberty/read-liberty.js';
import { isLoopbackAddress as libertyIsLoopback } from '../../../server/src/analyzer/liberty/host-address.js';
import { loadConfig } from '../../../server/src/analyzer/config/config-loader.js';
import { addressKey, isLoopback } from '../../../server/src/analyzer/checks/support/addresses.js';
import { libertyHost, ws } from '../liberty/liberty-host.js';

/** text -> what it means (undefined: not an address). */
const CASES: [string, string | undefined][] = [
  ['10.1.1.1', '10.1.1.1'],
  ['010.001.001.001', '10.1.1.1'],
  ['10.001.1.09', '10.1.1.9'],
  ['0.0.0.0', '0.0.0.0'],
  ['255.255.255.255', '255.255.255.255'],
  ['256.1.1.1', undefined],
  ['10.1.1', undefined],
  ['10.1.1.1.1', undefined],
  ['0010.1.1.1', undefined],
  ['10..1.1', undefined],
  ['2001:DB8:0:0::1', '2001:db8::1'],
  ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
  ['::1', '::1'],
  ['::ffff:10.1.1.1', '::ffff:a01:101'],
  ['fe80::1%eth0', undefined],
  ['2001:db8::zz', undefined],
  ['payments.example.com', undefined],
];

function fromProfile(text: string): string | undefined {
  // IPv6 DVIPAs take an interface name where IPv4 ones take a mask.
  const maskOrName = text.includes(':') ? 'DVIPA6' : '255.255.255.255';
  const document = parseProfile('file:///ws/PROFILE.TCPIP', `VIPADYNAMIC\n  VIPADEFINE MOVEABLE IMMEDIATE ${maskOrName} ${text}\nENDVIPADYNAMIC\n`);
  const block = document.statements[0];
  assert.ok(block && 'statements' in block, 'a VIPADYNAMIC block');
  return block.statements.flatMap(addressesOf)[0]?.address;
}

function fromLiberty(text: string): string | undefined {
  const host = libertyHost({ 'server.xml': `<server><httpEndpoint id="e" host="${text}" httpPort="9080"/></server>` });
  return readLibertyServer(host, ws('server.xml'), { config: {} }).endpoints.find((endpoint) => endpoint.id === 'e')?.address;
}

function fromConfig(text: string): string | undefined {
  const host = libertyHost({ 'vipa-check.json': JSON.stringify({ hosts: { h: text } }) });
  return loadConfig(host, ws('vipa-check.json')).loaded.config.hosts?.h;
}

test('every entry point reads the same address text the same way', () => {
  for (const [text, expected] of CASES) {
    assert.equal(canonicalAddress(text), expected, `base: ${text}`);
    assert.equal(fromProfile(text), expected, `profile: ${text}`);
    // The endpoint of a host that is not an address is unresolved (no hosts map here).
    assert.equal(fromLiberty(text), expected, `Liberty host: ${text}`);
    assert.equal(fromConfig(text), expected, `config hosts: ${text}`);
    assert.equal(addressKey(text) !== undefined, expected !== undefined, `checks key: ${text}`);
    if (expected) assert.equal(addressKey(text), addressKey(expected), `checks key of ${text} = key of ${expected}`);
  }
});

test('Liberty host values may bracket IPv6 literals; profiles and config take them bare', () => {
  assert.equal(fromLiberty('[2001:DB8::1]'), '2001:db8::1');
  assert.equal(canonicalAddress('[2001:DB8::1]'), undefined);
});

test('prefixes, masks, networks and loopback agree across readers', () => {
  assert.deepEqual(parseAddressText('010.001.001.000/24'), { family: 4, address: '10.1.1.0', prefixLength: 24 });
  assert.equal(parseAddressText('10.1.1.0/33'), undefined);
  assert.deepEqual(parseAddressText('2001:db8::/129'), undefined);
  assert.equal(maskToPrefixLength('255.255.255.192'), 26);
  assert.equal(maskToPrefixLength('255.0.255.0'), undefined);
  assert.equal(networkAddress('010.001.002.077', 26), '10.1.2.64');
  assert.equal(networkAddress('2001:db8:1:2::99', 48), '2001:db8:1::');
  for (const text of ['127.0.0.1', '127.9.9.9', '0127.0.0.1', '::1', '10.1.1.1', '::2']) {
    const expected = isLoopbackAddress(text);
    assert.equal(isLoopback(text), expected, `checks: ${text}`);
    assert.equal(libertyIsLoopback(text), expected, `Liberty: ${text}`);
  }
  assert.equal(isLoopbackAddress('0127.0.0.1'), false);
  assert.equal(isLoopbackAddress('127.000.000.001'), true);
});

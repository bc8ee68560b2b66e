import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSymbolName, substituteSymbols, symbolTable } from '../../../server/src/analyzer/model/symbols.js';
import { maskToPrefixLength as prefixLengthOfMask, networkAddress } from '../../../server/src/analyzer/base/addresses.js';

test('&NAME. consumes its period; &NAME ends at the first non-name character', () => {
  const symbols = { SYSNAME: 'SYSA', NET: '10.1' };
  assert.deepEqual(substituteSymbols('&SYSNAME..TCPPARMS', symbols), { text: 'SYSA.TCPPARMS', unresolved: [] });
  assert.deepEqual(substituteSymbols('&NET..1.5', symbols), { text: '10.1.1.5', unresolved: [] });
  assert.deepEqual(substituteSymbols('&NET.1.5', symbols), { text: '10.11.5', unresolved: [] });
  assert.deepEqual(substituteSymbols('&net/24', symbols), { text: '10.1/24', unresolved: [] });
});

test('unresolved symbols are listed and left in place', () => {
  assert.deepEqual(substituteSymbols('&HOMEIP.', {}), { text: '&HOMEIP.', unresolved: ['HOMEIP'] });
});

test('stack symbols win over global ones; names are normalized', () => {
  const table = symbolTable({ '&IP.': 'stack' }, { ip: 'global', OTHER: 'g' });
  assert.deepEqual(table, { IP: 'stack', OTHER: 'g' });
  assert.equal(normalizeSymbolName(' &SysName. '), 'SYSNAME');
});

test('mask and network arithmetic', () => {
  assert.equal(prefixLengthOfMask('255.255.255.192'), 26);
  assert.equal(prefixLengthOfMask('255.0.255.0'), undefined);
  assert.equal(networkAddress('10.1.2.77', 26), '10.1.2.64');
  assert.equal(networkAddress('10.1.2.77', 32), '10.1.2.77');
  assert.equal(networkAddress('2001:db8:1:2::99', 48), '2001:db8:1::');
});

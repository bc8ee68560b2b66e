import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expandSnippet } from './snippet-expander.js';

test('placeholders take their defaults, choices their first option, $0 nothing', () => {
  assert.equal(expandSnippet('VIPARANGE ${1|NONDISRUPTIVE,DISRUPTIVE|} ${2:255.255.255.0} ${3:10.1.9.0}$0'), 'VIPARANGE NONDISRUPTIVE 255.255.255.0 10.1.9.0');
});

test('nested placeholders expand inside out', () => {
  assert.equal(expandSnippet('  ${1:VIPARANGE ${2|A,B|} ${3:10.1.9.0}}'), '  VIPARANGE A 10.1.9.0');
});

test('mirrors repeat the value of their tab stop, wherever it is defined', () => {
  assert.equal(expandSnippet('$2 then ${1:x} and ${2:y} $1 ${1}'), 'y then x and y x x');
  assert.equal(expandSnippet('${2|IMMEDIATE,WHENIDLE|} / $2'), 'IMMEDIATE / IMMEDIATE');
  assert.equal(expandSnippet('a$3b'), 'ab');
});

test('escapes and variables', () => {
  assert.equal(expandSnippet('host="\\${$1}" ${1:vipa.address}'), 'host="${vipa.address}" vipa.address');
  assert.equal(expandSnippet('a \\} b \\\\ c'), 'a } b \\ c');
  assert.equal(expandSnippet('$TM_FILENAME ${TM_SELECTED_TEXT:none}'), ' none');
  assert.equal(expandSnippet('cost $ 5'), 'cost $ 5');
});

test('array bodies are joined with line breaks', () => {
  assert.equal(expandSnippet(['A ${1:x}', 'B $1']), 'A x\nB x');
});

test('an unclosed placeholder is an error', () => {
  assert.throws(() => expandSnippet('${1:abc'), /unclosed/);
});

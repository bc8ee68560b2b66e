// The selection the client shows after a quick fix edited another file: the inserted statement,
// without the line breaks and indentation around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { insertedSpan } from '../../../client/src/inserted-span.js';

test('an inserted line is selected from its first to its last character', () => {
  const span = insertedSpan({ range: { start: { line: 7, character: 0 } }, newText: '    VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.30.50.0\n' });
  assert.deepEqual(span, { start: { line: 7, character: 4 }, end: { line: 7, character: 68 } });
});

test('an insertion after the end of a line starts on the next line; a new block spans its lines', () => {
  assert.deepEqual(insertedSpan({ range: { start: { line: 3, character: 10 } }, newText: '\n  VIPABACKUP 100 10.1.1.1' }), { start: { line: 4, character: 2 }, end: { line: 4, character: 25 } });
  const block = insertedSpan({ range: { start: { line: 9, character: 0 } }, newText: 'VIPADYNAMIC\n  VIPARANGE DEFINE 255.255.255.255 10.1.1.1\nENDVIPADYNAMIC\n' });
  assert.deepEqual(block, { start: { line: 9, character: 0 }, end: { line: 11, character: 14 } });
  assert.deepEqual(insertedSpan({ range: { start: { line: 1, character: 5 } }, newText: 'X' }), { start: { line: 1, character: 5 }, end: { line: 1, character: 6 } });
});

// "Did you mean": misspelt keywords get the closest keyword of the table (IBM minimum abbreviations
// count as spellings), and a misspelt statement is reported on itself as an unknown statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { keywordByName } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { spellingDistance, suggestKeywords } from '../../../server/src/analyzer/keywords/spelling.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';

function findingsOf(source: string) {
  const { text, ranges } = extractMarkers(source);
  const document = parseProfile('file:///ws/SYSA.tcpip', text);
  return { findings: document.findings.filter((f) => f.code !== 'ignored-after-error'), ranges };
}

test('distance counts to the closest accepted spelling, abbreviations included', () => {
  const backup = keywordByName('VIPABACKUP')!;
  assert.equal(spellingDistance('VIPABAKUP', backup), 1);
  assert.equal(spellingDistance('VIPABACKPU', backup), 1, 'two neighbours swapped is one edit');
  assert.equal(spellingDistance('VIPAB', backup), 0, 'IBM minimum abbreviation');
  assert.equal(spellingDistance('VIPADEFNE', keywordByName('VIPADEFINE')!), 1);
  // An accepted spelling gets no suggestion; a short word gets none either (too many neighbours).
  assert.deepEqual(suggestKeywords('VIPAB', [backup]), []);
  assert.deepEqual(suggestKeywords('HOM', [keywordByName('HOME')!]), []);
});

test('a misspelt statement after a complete statement is reported on itself, not on the statement above', () => {
  const { findings, ranges } = findingsOf(
    ['VIPADYNAMIC', '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.30.50.0', '  ⟦VIPABAKUP⟧ 20 MOVEABLE IMMEDIATE 255.255.255.255 10.30.1.1', 'ENDVIPADYNAMIC'].join('\n'),
  );
  assert.equal(findings.length, 1);
  const [finding] = findings;
  assert.equal(finding.code, 'unknown-statement');
  assert.equal(showRange(finding.range), showRange(ranges[0]));
  assert.match(finding.message, /^'VIPABAKUP' is not a z\/OS TCP\/IP profile statement/);
  assert.match(finding.message, /Did you mean VIPABACKUP\?/);
  assert.deepEqual(finding.data?.suggestions, ['VIPABACKUP']);
  assert.equal(finding.severity, 'error', 'the stack still rejects the VIPARANGE that swallowed it');
});

test('an unknown statement at statement position gets the statement that fits the block', () => {
  const { findings } = findingsOf(['HOMEE', '  10.1.1.1 OSA1', 'VIPADYNAMIC', '  VIPADEFNE MOVEABLE IMMEDIATE 255.255.255.255 10.1.1.2', 'ENDVIPADYNAMIC'].join('\n'));
  assert.deepEqual(findings.map((f) => [f.code, f.data?.suggestions]), [
    ['unknown-statement', ['HOME']],
    ['unknown-statement', ['VIPADEFINE']],
  ]);
});

test('a misspelt parameter gets its statement\'s parameter, on the misspelt word', () => {
  const { findings, ranges } = findingsOf(
    ['VIPADYNAMIC', '  VIPARANGE DEFINE MOVEABLE ⟦NONDISRUPTVE⟧ 255.255.255.0 10.1.2.0', '  VIPADEFINE ⟦MOVABLE⟧ IMMEDIATE 255.255.255.255 10.1.1.2', 'ENDVIPADYNAMIC'].join('\n'),
  );
  assert.deepEqual(findings.map((f) => [f.code, f.data?.suggestions]), [
    ['syntax-error', ['NONDISRUPTIVE']],
    ['syntax-error', ['MOVEABLE']],
  ]);
  assert.equal(showRange(findings[0].range), showRange(ranges[0]));
  // The second error lands on IMMEDIATE (MOVABLE was read as an interface name); the fix names MOVABLE's range.
  assert.equal(showRange(findings[1].data?.misspeltRange as never), showRange(ranges[1]));
});

test('a word that resembles no keyword is still reported on itself when it starts a line', () => {
  const { findings } = findingsOf(['VIPADYNAMIC', '  VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.0 10.30.50.0', '  XYZZY 1', 'ENDVIPADYNAMIC'].join('\n'));
  assert.deepEqual(findings.map((f) => f.code), ['unknown-statement']);
  assert.match(findings[0].message, /^'XYZZY' is not a z\/OS TCP\/IP profile statement \(the stack reads it as one more operand of the VIPARANGE on line 2/);
  assert.equal(findings[0].data, undefined);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexProfile } from '../../../server/src/analyzer/profile/lexer.js';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { FOREIGN_BLOCKS, KEYWORDS } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';

const words = (text: string) => lexProfile(text).tokens.map((t) => t.image);

test('blanks, TABs and line ends separate words; ; starts a comment to the end of the line', () => {
  const lexed = lexProfile('HOME\t10.1.1.1 ETH1 ; the OSA\r\n;whole line\nSTART ETH1');
  assert.deepEqual(lexed.tokens.map((t) => t.image), ['HOME', '10.1.1.1', 'ETH1', 'START', 'ETH1']);
  assert.deepEqual(lexed.comments.map((c) => c.image), ['; the OSA', ';whole line']);
});

test('value;comment ends the value at the semicolon', () => {
  const lexed = lexProfile('ROUTE DEFAULT 10.1.1.254 ETH1 MTU 1500 REPL;CHG');
  assert.deepEqual(lexed.tokens.map((t) => t.image).slice(-1), ['REPL']);
  assert.deepEqual(lexed.comments.map((c) => c.image), [';CHG']);
});

test('strings, symbols, special characters and /* are words, # is not a comment', () => {
  assert.deepEqual(words('TRMD PARMSTRING "D=TCPDATA5 X" TCPIP&SYSCLONE. /* ADM@SRV #1 = *'), [
    'TRMD', 'PARMSTRING', '"D=TCPDATA5 X"', 'TCPIP&SYSCLONE.', '/*', 'ADM@SRV', '#1', '=', '*',
  ]);
});

test('every value form is one word', () => {
  const values = ['10.1.1.1', '10.1.1.0/24', 'fd00:50::1', 'fd00:50::/64', '255.255.255.0', '64K', '2M', '1500', '&IP.', '&IP', 'DEV@2000', '8000-8010'];
  assert.deepEqual(words(values.join('  ')), values);
});

test('every keyword and its abbreviations lex as one word and are recognised in their place', () => {
  // Statement keywords at statement position: the parser marks the token with the full name.
  for (const info of KEYWORDS.filter((k) => k.role === 'statement' || k.role === 'block-start')) {
    for (const length of new Set([info.minimum, info.name.length])) {
      const word = info.name.slice(0, length);
      const doc = parseProfile('file:///k', `${word.toLowerCase()}\n`);
      assert.equal(doc.tokens[0].keyword, info.name, word);
      // Telnet-profile blocks are recognised but warned about (FOREIGN_BLOCKS): never an error.
      const expectedWarnings = FOREIGN_BLOCKS[info.name] ? 1 : 0;
      assert.equal(doc.findings.filter((f) => f.code === 'unknown-statement' && f.severity === 'warning').length, expectedWarnings, word);
      assert.equal(doc.findings.filter((f) => f.code === 'unknown-statement' && f.severity === 'error').length, 0, word);
    }
    if (info.minimum > 1) {
      const short = info.name.slice(0, info.minimum - 1);
      const doc = parseProfile('file:///k', `${short}\n`);
      assert.notEqual(doc.tokens[0].keyword, info.name, short);
    }
  }
  for (const info of KEYWORDS.filter((k) => k.role === 'vipa-statement')) {
    const doc = parseProfile('file:///k', `VIPADYNAMIC\n${info.name.slice(0, info.minimum)} \nENDVIPADYNAMIC\n`);
    assert.equal(doc.tokens[1].keyword, info.name);
    assert.equal(doc.tokens[1].statement, info.name);
  }
});

test("a value immediately followed by ';' gets a warning on the ';'", () => {
  const { text, ranges } = extractMarkers('PORT 23 TCP INTCLIEN⟦;⟧ Telnet\nPORT 21 TCP FTPD1 ; fine\n"str"⟦;⟧x\n;ok\n');
  const doc = parseProfile('file:///c', text);
  const warnings = doc.findings.filter((f) => f.code === 'comment-without-blank');
  assert.deepEqual(warnings.map((f) => showRange(f.range)), ranges.map(showRange));
  assert.ok(warnings.every((f) => f.severity === 'warning' && f.uri === 'file:///c'));
  assert.equal(doc.comments.length, 4);
});

test('comments act as blanks between operands of one statement', () => {
  const doc = parseProfile('file:///c', 'HOME ; list\n 10.1.1.1 ; first\n ETH1\n');
  assert.equal(doc.findings.length, 0);
  const home = doc.statements[0];
  assert.equal(home.kind, 'HOME');
  if (home.kind === 'HOME') assert.equal(home.entries[0].link?.text, 'ETH1');
});

// The production scanner (scanner.ts) reads text exactly as the reference Chevrotain lexer
// (lexer.ts) plus values.ts classifyValue, LineIndex positions and the keyword table do: same words,
// kinds, positions, statement keywords and comments, on the fixtures, the corpus (when present),
// hand-picked edge cases and random text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanProfile } from '../../../server/src/analyzer/profile/scanner.js';
import { lexProfile } from '../../../server/src/analyzer/profile/lexer.js';
import { classifyValue } from '../../../server/src/analyzer/profile/values.js';
import { LineIndex } from '../../../server/src/analyzer/base/range.js';
import { STATEMENT_ROLES, lookupKeyword } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { SYSA_PROFILE, SYSB_PROFILE } from './fixtures.js';

function reference(text: string) {
  const lexed = lexProfile(text);
  const lines = new LineIndex(text);
  return {
    words: lexed.tokens.map((token) => {
      const { kind, numericValue } = classifyValue(token.image);
      const start = lines.positionAt(token.startOffset);
      const info = kind === 'string' ? undefined : lookupKeyword(token.image, STATEMENT_ROLES);
      return [token.image, token.image.toUpperCase(), kind, numericValue, start.line, start.character, info?.name];
    }),
    comments: lexed.comments.map((comment) => JSON.stringify(lines.rangeOf(comment.startOffset, comment.startOffset + comment.image.length))),
    lineCount: lines.lineCount,
  };
}

function scanned(text: string) {
  const result = scanProfile(text);
  const packed = result.comments;
  const comments: string[] = [];
  for (let i = 0; i < packed.length; i += 3) comments.push(JSON.stringify({ start: { line: packed[i], character: packed[i + 1] }, end: { line: packed[i], character: packed[i + 2] } }));
  return {
    words: result.words.map((word, index) => [word.text, word.upper, word.kind, word.numericValue, word.line, word.column, result.table.statementWord(index)?.name]),
    comments,
    lineCount: result.lineStarts.length,
  };
}

function assertSame(text: string, label: string): void {
  const expected = reference(text);
  const actual = scanned(text);
  assert.deepEqual(actual.words, expected.words, `${label}: words`);
  assert.deepEqual(actual.comments, expected.comments, `${label}: comments`);
  assert.equal(actual.lineCount, expected.lineCount, `${label}: lines`);
}

test('the scanner reads the fixtures exactly as the reference lexer', () => {
  assertSame(SYSA_PROFILE, 'SYSA');
  assertSame(SYSB_PROFILE, 'SYSB');
});

test('edge cases: strings, comments, symbols, addresses, numbers, line ends, odd characters', () => {
  const cases = [
    'HOME\t10.1.1.1 ETH1 ; the OSA\r\n;whole line\nSTART ETH1',
    'ROUTE DEFAULT 10.1.1.254 ETH1 MTU 1500 REPL;CHG',
    'TRMD PARMSTRING "D=TCPDATA5 X" TCPIP&SYSCLONE. /* ADM@SRV #1 = *',
    '"unterminated\n"ok"x"y" abc"def',
    '010.001.001.001 10.1.1.1/24 10.1.1.1/33 256.1.1.1 1.2.3 ::1 fe80::1%eth0 2001:DB8::/64 1:2 a:b',
    '64K 2m 12345678901234567890 0 007 8x K M &A &1 && &. x&y',
    '= * == =* *= ; ;;\r\r\n\n\u00a0x\u000by\u000cz',
    'vipadef vipaDynamic endvipadynamic endr PORT port Port',
    'ÉTÉ ßtraße \u2028 𝒳',
  ];
  cases.forEach((text, index) => assertSame(text, `case ${index}`));
});

test('random text is read the same way', () => {
  let state = 42;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const alphabet = ['A', 'b', '1', '9', '.', ':', '/', '&', '"', ';', ' ', '\t', '\n', '\r', '=', '*', 'K', '@', '#', '$', '_', '\u00a0', 'é', '-', 'VIPADEFINE ', 'END', '255.'];
  for (let round = 0; round < 200; round++) {
    let text = '';
    const length = Math.floor(next() * 200);
    for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
    assertSame(text, `random ${round}: ${JSON.stringify(text)}`);
  }
});

const corpus = process.env.VIPA_CORPUS ? join(process.env.VIPA_CORPUS, 'profiles') : join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'profiles');

test('the corpus profiles are read the same way', (t) => {
  if (!existsSync(corpus)) return t.skip(`corpus folder ${corpus} is absent`);
  for (const name of readdirSync(corpus)) assertSame(readFileSync(join(corpus, name), 'utf8'), name);
});

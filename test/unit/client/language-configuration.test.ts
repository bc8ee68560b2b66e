import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const languageConfiguration = JSON.parse(readFileSync(join(root, 'language-configuration.json'), 'utf8')) as { wordPattern: string; comments: { lineComment: string } };
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { languages: { id: string; firstLine: string; filenamePatterns: string[]; extensions: string[] }[] };
};

/** The word VS Code selects at a column: the word-pattern match that contains it. */
function wordAt(line: string, column: number): string | undefined {
  const regex = new RegExp(languageConfiguration.wordPattern, 'g');
  for (const match of line.matchAll(regex)) {
    if (match.index <= column && column <= match.index + match[0].length) return match[0];
  }
  return undefined;
}

function wordContaining(line: string, text: string): string | undefined {
  const column = line.indexOf(text);
  assert.ok(column >= 0, `${text} in ${line}`);
  return wordAt(line, column + 1);
}

test('the line comment is ";"', () => {
  assert.equal(languageConfiguration.comments.lineComment, ';');
});

test('the word pattern never matches the empty string', () => {
  assert.equal(new RegExp(languageConfiguration.wordPattern).test(''), false);
  assert.equal(wordAt('   ', 1), undefined);
});

test('the word pattern keeps addresses, prefixes, masks and symbols whole', () => {
  const line = '  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.192 10.1.1.10 ; owner';
  assert.equal(wordContaining(line, '255.255'), '255.255.255.192');
  assert.equal(wordContaining(line, '10.1.1.10'), '10.1.1.10');
  assert.equal(wordContaining(line, 'VIPADEFINE'), 'VIPADEFINE');
  assert.equal(wordContaining('  VIPARANGE DEFINE 10.1.9.0/24', '9.0/24'), '10.1.9.0/24');
  assert.equal(wordContaining('  VIPADEFINE DVIPA6 2001:db8::10/64', 'db8'), '2001:db8::10/64');
  assert.equal(wordContaining('PORT 443 TCP * BIND &PAYVIPA. ; x', 'PAYVIPA'), '&PAYVIPA.');
  assert.equal(wordContaining('INTERFACE OSA1 IPADDR &HOMEIP1 MTU 1492', 'HOMEIP1'), '&HOMEIP1');
});

test('the word pattern keeps keywords and names whole even when they start with hex letters', () => {
  assert.equal(wordContaining('  VIPABACKUP 100 10.1.1.10', 'BACKUP'), 'VIPABACKUP');
  assert.equal(wordContaining('  VIPADISTRIBUTE DEFINE DISTM HOTSTANDBY', 'DEFINE'), 'DEFINE');
  assert.equal(wordContaining('PORT 80 TCP ADM@SRV', 'SRV'), 'ADM@SRV');
  assert.equal(wordContaining('INCLUDE SYS1.TCPPARMS(VIPAS)', 'TCPPARMS'), 'SYS1.TCPPARMS');
  assert.equal(wordContaining('INCLUDE SYS1.TCPPARMS(VIPAS)', 'VIPAS'), 'VIPAS');
});

const language = packageJson.contributes.languages.find((entry) => entry.id === 'tcpip-profile');

test('the firstLine pattern recognises a profile by its first line, in any case', () => {
  assert.ok(language, 'the tcpip-profile language is contributed');
  const firstLine = new RegExp(language.firstLine);
  for (const line of ['; PROFILE.TCPIP for SYSA', ';*** TCP/IP profile ***', 'TCPCONFIG RESTRICTLOWPORTS', 'ipconfig datagramfwd', '  VIPADYNAMIC', 'GLOBALCONFIG NOTCPIPSTATISTICS ; x']) {
    assert.ok(firstLine.test(line), line);
  }
  for (const line of ['<?xml version="1.0"?>', '# shell comment', 'TCPCONFIGURATION=1', '//TCPIP JOB', 'ipconfigx']) {
    assert.ok(!firstLine.test(line), line);
  }
});

test('the language claims .tcpip files and TCPPARMS members', () => {
  assert.ok(language);
  assert.deepEqual(language.extensions, ['.tcpip']);
  assert.ok(language.filenamePatterns.includes('*.PROFILE.TCPIP'));
  // VS Code matches a pattern containing "/" against the whole (lower-cased) path.
  assert.ok(language.filenamePatterns.some((pattern) => pattern.includes('/') && /tcpparms/i.test(pattern)));
});

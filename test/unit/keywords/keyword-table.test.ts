import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KEYWORDS, keywordByName, lookupKeyword, REMOVED_STATEMENTS } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { displaySpelling, type KeywordInfo } from '../../../server/src/analyzer/keywords/keyword-info.js';

function contextOf(info: KeywordInfo): string | undefined {
  return info.role === 'parameter' ? info.context?.[0] : undefined;
}

/** Another row (same role, same context) whose spelling set also contains `word`. */
function collides(word: string, info: KeywordInfo): boolean {
  return KEYWORDS.some(
    (other) =>
      other !== info &&
      other.name !== info.name &&
      other.role === info.role &&
      (info.role !== 'parameter' || (other.context ?? []).some((c) => info.context?.includes(c))) &&
      other.name.startsWith(word) &&
      word.length >= other.minimum,
  );
}

test('every keyword is found by its full name, in upper and lower case', () => {
  for (const info of KEYWORDS) {
    for (const spelling of [info.name, info.name.toLowerCase()]) {
      const found = lookupKeyword(spelling, [info.role], contextOf(info));
      assert.equal(found?.name, info.name, `${spelling} (${info.role})`);
    }
  }
});

test('every keyword is found by its minimum abbreviation and every length above it', () => {
  for (const info of KEYWORDS) {
    for (let length = info.minimum; length <= info.name.length; length++) {
      const word = info.name.slice(0, length);
      if (collides(word, info)) continue;
      assert.equal(lookupKeyword(word, [info.role], contextOf(info))?.name, info.name, `${word} -> ${info.name}`);
    }
  }
});

test('one character less than the minimum is rejected', () => {
  for (const info of KEYWORDS) {
    if (info.minimum <= 1) continue;
    const word = info.name.slice(0, info.minimum - 1);
    const found = lookupKeyword(word, [info.role], contextOf(info));
    assert.notEqual(found === info, true, `${word} must not match ${info.name}`);
  }
});

test('no abbreviation is ambiguous between two keywords of the same role and context', () => {
  const problems: string[] = [];
  for (const info of KEYWORDS) {
    for (let length = info.minimum; length < info.name.length; length++) {
      const word = info.name.slice(0, length);
      const exact = KEYWORDS.some((o) => o.name === word && o.role === info.role);
      if (!exact && collides(word, info)) problems.push(`${word}: ${info.name}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("IBM's documented minimums", () => {
  const expected: Record<string, number> = {
    VIPADEFINE: 7, VIPABACKUP: 5, VIPARANGE: 5, VIPADELETE: 7, VIPADISTRIBUTE: 8, VIPADYNAMIC: 5, ENDVIPADYNAMIC: 8,
    MOVEABLE: 4, IMMEDIATE: 5, NONDISRUPTIVE: 9, DISRUPTIVE: 6, DISTMETHOD: 5, WEIGHTEDACTIVE: 9, TIMEDAFFINITY: 8,
    SYSPLEXPORTS: 8, VIPASMPARMS: 6, IPCONFIG: 6, SYSPLEXROUTING: 8, BEGINROUTES: 6, ENDROUTES: 4, AUTOLOG: 5, DEVICE: 3,
  };
  for (const [name, minimum] of Object.entries(expected)) {
    const rows = KEYWORDS.filter((k) => k.name === name && (k.role !== 'parameter' || !['INTERFACE', 'DELETE'].some((c) => k.context?.includes(c))));
    assert.ok(rows.length > 0, name);
    for (const row of rows) assert.equal(row.minimum, minimum, `${name} (${row.role})`);
  }
  assert.equal(displaySpelling(keywordByName('VIPADEFINE')!), 'VIPADEFine');
  assert.equal(lookupKeyword('virt', ['parameter'], 'LINK')?.name, 'VIRTUAL');
});

test('every z/OS profile statement is recognised; removed and z/VM ones are not', () => {
  const statements = ['ARPAGE', 'AUTOLOG', 'BEGINROUTES', 'BSDROUTINGPARMS', 'DEFADDRTABLE', 'DELETE', 'DEVICE', 'GLOBALCONFIG', 'HOME',
    'INCLUDE', 'INTERFACE', 'IPCONFIG', 'IPCONFIG6', 'IPSEC', 'ITRACE', 'LINK', 'NETACCESS', 'NETMONITOR', 'PKTTRACE', 'PORT', 'PORTRANGE',
    'PRIMARYINTERFACE', 'SACONFIG', 'SMFCONFIG', 'SMFPARMS', 'SOMAXCONN', 'SRCIP', 'START', 'STOP', 'TCPCONFIG', 'TRANSLATE', 'UDPCONFIG', 'VIPADYNAMIC'];
  for (const name of statements) {
    const info = lookupKeyword(name, ['statement', 'block-start']);
    assert.equal(info?.name, name, name);
    if (info?.role === 'block-start') assert.equal(lookupKeyword(info.endKeyword!, ['block-end'])?.name, info.endKeyword);
  }
  for (const name of Object.keys(REMOVED_STATEMENTS)) assert.equal(lookupKeyword(name, ['statement', 'block-start', 'block-end']), undefined, name);
});

test('parameter keywords are restricted to their statement', () => {
  assert.equal(lookupKeyword('PORT', ['parameter'], 'VIPADISTRIBUTE')?.name, 'PORT');
  assert.equal(lookupKeyword('PORT', ['parameter'], 'IPCONFIG'), undefined);
  assert.equal(lookupKeyword('DELE', ['parameter'], 'VIPARANGE')?.name, 'DELETE');
  assert.equal(lookupKeyword('IMMED', ['parameter'], 'VIPABACKUP')?.name, 'IMMEDIATE');
  assert.equal(lookupKeyword('IMMED', ['parameter'], 'VIPARANGE'), undefined);
  assert.equal(lookupKeyword('VIPADEF', ['vipa-statement'])?.name, 'VIPADEFINE');
  assert.equal(lookupKeyword('VIPADEF', ['statement']), undefined);
});

test('every row explains itself and links to IBM documentation', () => {
  for (const info of KEYWORDS) {
    assert.ok(info.meaning.length > 10, info.name);
    assert.match(info.docUrl, /^https?:\/\/(www\.|www-01\.)?ibm\.com\//, info.name);
    assert.ok(info.minimum >= 1 && info.minimum <= info.name.length, info.name);
    if (info.role === 'statement' || info.role === 'block-start' || info.role === 'vipa-statement') assert.ok(info.syntax, info.name);
  }
});

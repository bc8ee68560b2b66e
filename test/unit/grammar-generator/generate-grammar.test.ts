import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KEYWORDS } from '../../../server/src/analyzer/keywords/keyword-table.js';
import type { KeywordInfo } from '../../../server/src/analyzer/keywords/keyword-info.js';
import {
  GRAMMAR_FILE,
  PATTERNS,
  ROLE_SCOPES,
  abbreviationPattern,
  buildGrammar,
  keywordRegex,
  renderGrammar,
} from '../../../scripts/generate-grammar.js';

/** Oniguruma's leading (?i) becomes JavaScript's i flag; the rest of our patterns is JS-compatible. */
function toRegExp(source: string, flags = ''): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), `i${flags}`) : new RegExp(source, flags);
}

function matchesWhole(source: string, word: string): boolean {
  const match = toRegExp(source).exec(word);
  return match !== null && match.index === 0 && match[0] === word;
}

test('abbreviationPattern nests the optional letters after the minimum', () => {
  assert.equal(abbreviationPattern('VIPADEFINE', 7), 'VIPADEF(?:I(?:N(?:E)?)?)?');
  assert.equal(abbreviationPattern('HOME', 4), 'HOME');
  assert.equal(abbreviationPattern('ENDR', 10), 'ENDR');
});

test('every keyword regex accepts each abbreviation from the minimum up, in any case, and rejects shorter ones', () => {
  assert.ok(KEYWORDS.length > 50, 'the keyword table is loaded');
  for (const keyword of KEYWORDS) {
    const source = keywordRegex([keyword]);
    for (let length = keyword.minimum; length <= keyword.name.length; length++) {
      const spelling = keyword.name.slice(0, length);
      assert.ok(matchesWhole(source, spelling), `${keyword.name} accepts ${spelling}`);
      assert.ok(matchesWhole(source, spelling.toLowerCase()), `${keyword.name} accepts ${spelling.toLowerCase()}`);
    }
    if (keyword.minimum > 1) {
      const tooShort = keyword.name.slice(0, keyword.minimum - 1);
      assert.ok(!toRegExp(source).test(tooShort), `${keyword.name} rejects ${tooShort}`);
    }
    assert.ok(!toRegExp(source).test(`${keyword.name}X`), `${keyword.name} rejects ${keyword.name}X`);
    assert.ok(!toRegExp(source).test(`ADM@${keyword.name}`), `${keyword.name} is no keyword inside a name`);
    assert.ok(!toRegExp(source).test(`SYS1.${keyword.name}`), `${keyword.name} is no keyword inside a data set name`);
  }
});

test('a keyword is found as a whole word inside a line, next to blanks, TABs and comments', () => {
  const source = keywordRegex([{ name: 'VIPARANGE', minimum: 5 }]);
  const regex = toRegExp(source, 'g');
  const found = [...'  vipar\tDEFINE ;VIPARANGE VIPARANGES'.matchAll(regex)].map((match) => match.index);
  assert.deepEqual(found, [2, 16]);
});

test('the committed grammar is exactly what the generator makes from the keyword table', () => {
  const committed = readFileSync(GRAMMAR_FILE, 'utf8');
  assert.ok(committed === renderGrammar(KEYWORDS), 'syntaxes/tcpip-profile.tmLanguage.json is stale or edited by hand: run npm run build');
});

test('generation is deterministic whatever the order of the table rows', () => {
  const reversed = [...KEYWORDS].reverse();
  assert.equal(renderGrammar(reversed), renderGrammar(KEYWORDS));
});

test('an empty keyword table fails loudly', () => {
  assert.throws(() => buildGrammar([]), /keyword table is empty/);
});

test('each keyword role present in the table gets its own rule and scope', () => {
  const grammar = buildGrammar(KEYWORDS) as { repository: Record<string, { name?: string; match?: string }> };
  const roles = new Set(KEYWORDS.map((keyword) => keyword.role));
  for (const [role, scope] of ROLE_SCOPES) {
    if (!roles.has(role)) continue;
    const rule = grammar.repository[`keyword-${role}`];
    assert.ok(rule, `rule for ${role}`);
    assert.equal(rule.name, `${scope}.tcpip-profile`);
  }
});

test('the VIPADYNAMIC region allows its sub-statements and parameters but not top-level statements', () => {
  const grammar = buildGrammar(KEYWORDS) as { repository: Record<string, { patterns?: { match?: string; include?: string; name?: string }[] }> };
  const region = grammar.repository['block-vipadynamic'];
  assert.ok(region?.patterns, 'a VIPADYNAMIC region');
  const keywordRules = region.patterns.filter((rule) => rule.match?.startsWith('(?i)'));
  assert.ok(keywordRules.some((rule) => matchesWhole(rule.match!, 'VIPADEF')));
  assert.ok(!keywordRules.some((rule) => matchesWhole(rule.match!, 'TCPCONFIG')));
  assert.ok(region.patterns.some((rule) => rule.include === '#keyword-parameter'));
});

test('a small table produces rules only for its roles', () => {
  const rows: KeywordInfo[] = [
    { name: 'HOME', minimum: 4, role: 'statement', meaning: 'm', docUrl: 'u' },
    { name: 'BIND', minimum: 4, role: 'parameter', context: ['PORT'], meaning: 'm', docUrl: 'u' },
  ];
  const grammar = buildGrammar(rows) as { repository: Record<string, unknown> };
  assert.ok(grammar.repository['keyword-statement']);
  assert.ok(grammar.repository['keyword-parameter']);
  assert.equal(grammar.repository['keyword-vipa-statement'], undefined);
});

function classify(word: string): string[] {
  return Object.entries(PATTERNS)
    .filter(([, source]) => matchesWhole(source, word))
    .map(([name]) => name);
}

test('addresses, masks, numbers and symbols are told apart', () => {
  assert.deepEqual(classify('10.1.1.10'), ['ipv4Address']);
  assert.deepEqual(classify('10.1.9.0/24'), ['ipv4Address']);
  // A contiguous mask also parses as an address; the grammar lists masks first.
  assert.deepEqual(classify('255.255.255.0'), ['ipv4Mask', 'ipv4Address']);
  assert.deepEqual(classify('255.255.240.0'), ['ipv4Mask', 'ipv4Address']);
  assert.deepEqual(classify('255.0.0.0'), ['ipv4Mask', 'ipv4Address']);
  assert.deepEqual(classify('255.255.0.255'), ['ipv4Address'], 'not contiguous: an address');
  assert.deepEqual(classify('0.0.0.0'), ['ipv4Address']);
  assert.deepEqual(classify('300.1.1.1'), []);
  assert.deepEqual(classify('2001:db8::10'), ['ipv6Address']);
  assert.deepEqual(classify('2001:DB8:1::/64'), ['ipv6Address']);
  assert.deepEqual(classify('::ffff:10.1.1.1'), ['ipv6Address']);
  assert.deepEqual(classify('::'), []);
  assert.deepEqual(classify('8443'), ['number']);
  assert.deepEqual(classify('64K'), ['number']);
  assert.deepEqual(classify('&SYSNAME.'), ['symbol']);
  assert.deepEqual(classify('&HOMEIP1'), ['symbol']);
  assert.deepEqual(classify('TN3270'), []);
});

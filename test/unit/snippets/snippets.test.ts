import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseXml } from '@xml-tools/parser';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { lookupKeyword } from '../../../server/src/analyzer/keywords/keyword-table.js';
import { expandSnippet } from './snippet-expander.js';

const root = join(import.meta.dirname, '..', '..', '..');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

function readSnippets(file: string): Record<string, Snippet> {
  return JSON.parse(readFileSync(join(root, 'snippets', file), 'utf8')) as Record<string, Snippet>;
}

const PROFILE_SNIPPETS = readSnippets('tcpip-profile.json');
const XML_SNIPPETS = readSnippets('liberty-xml.json');
const SYNTAX_CODES = new Set(['syntax-error', 'unknown-statement', 'statement-out-of-place']);

/** The first word that is not in a comment. */
function firstWord(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const word = line.replace(/;.*$/, '').trim().split(/\s+/)[0];
    if (word) return word;
  }
  return undefined;
}

/** VIPA sub-statements only make sense inside a VIPADYNAMIC block: wrap those snippets in one. */
function asProfile(text: string): string {
  const word = firstWord(text);
  const role = word ? lookupKeyword(word)?.role : undefined;
  return role === 'vipa-statement' ? `VIPADYNAMIC\n${text}\nENDVIPADYNAMIC\n` : `${text}\n`;
}

function syntaxFindings(text: string): string[] {
  return parseProfile('file:///snippet.tcpip', text)
    .findings.filter((finding) => SYNTAX_CODES.has(finding.code))
    .map((finding) => `${finding.code} at ${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.message}`);
}

for (const [file, snippets] of [['tcpip-profile.json', PROFILE_SNIPPETS], ['liberty-xml.json', XML_SNIPPETS]] as const) {
  test(`${file}: every snippet has a prefix, a body with tab stops and a description`, () => {
    assert.ok(Object.keys(snippets).length > 0);
    for (const [name, snippet] of Object.entries(snippets)) {
      // One prefix: VS Code lists a snippet once per matching prefix, so two prefixes show it twice.
      assert.equal(typeof snippet.prefix, 'string', `${name}: exactly one prefix`);
      assert.match(snippet.prefix as string, /^\S+$/, `${name}: prefix`);
      assert.ok(snippet.description.length > 20, `${name}: description`);
      const body = typeof snippet.body === 'string' ? snippet.body : snippet.body.join('\n');
      assert.match(body, /\$\{?[1-9]/, `${name}: at least one tab stop`);
    }
  });
}

test('the profile snippets cover the blocks and statements users need', () => {
  const bodies = Object.values(PROFILE_SNIPPETS).map((snippet) => expandSnippet(snippet.body));
  for (const needed of [/^VIPADYNAMIC\b[\s\S]*ENDVIPADYNAMIC/m, /^VIPARANGE\b/m, /^VIPADEFINE\b[\s\S]*VIPABACKUP/m, /ROUNDROBIN/, /HOTSTANDBY[\s\S]*PREFERRED[\s\S]*BACKUP/, /^PORT\b[\s\S]*\bBIND\b/m]) {
    assert.ok(bodies.some((body) => needed.test(body)), `a snippet matching ${needed}`);
  }
});

for (const [name, snippet] of Object.entries(PROFILE_SNIPPETS)) {
  test(`profile snippet "${name}" parses without syntax findings once expanded`, () => {
    const text = asProfile(expandSnippet(snippet.body));
    assert.deepEqual(syntaxFindings(text), [], text);
  });
}

test('the VIPABACKUP line the pair snippet leaves commented out is valid once moved to the other stack', () => {
  const pair = Object.values(PROFILE_SNIPPETS).find((snippet) => /VIPADEFINE/.test(expandSnippet(snippet.body)) && /VIPABACKUP/.test(expandSnippet(snippet.body)));
  assert.ok(pair, 'the VIPADEFINE + VIPABACKUP snippet');
  const backupLine = expandSnippet(pair.body)
    .split('\n')
    .find((line) => /^;\s*VIPABACKUP\b/.test(line));
  assert.ok(backupLine, 'a commented VIPABACKUP line');
  const text = asProfile(backupLine.replace(/^;\s*/, ''));
  assert.match(text, /^VIPADYNAMIC\n/);
  assert.deepEqual(syntaxFindings(text), [], text);
});

test('a broken snippet would be caught: the check sees syntax findings', () => {
  assert.notDeepEqual(syntaxFindings(asProfile('VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.255')), []);
  assert.notDeepEqual(syntaxFindings('VIPARANGE DEFINE 255.255.255.0 10.1.9.0\n'), [], 'VIPARANGE outside VIPADYNAMIC');
});

for (const [name, snippet] of Object.entries(XML_SNIPPETS)) {
  test(`Liberty snippet "${name}" is well-formed XML once expanded`, () => {
    const text = `<server description="snippet test">\n${expandSnippet(snippet.body)}\n</server>\n`;
    const { lexErrors, parseErrors } = parseXml(text);
    assert.deepEqual([...lexErrors, ...parseErrors].map((error) => error.message), [], text);
    assert.match(text, /<httpEndpoint\b[^>]*\bhost="[^"]+"/);
  });
}

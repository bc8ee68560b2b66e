import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EmbeddedActionsParser } from 'chevrotain';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { PROFILE_GRAMMAR, ProfileGrammar } from '../../../server/src/analyzer/profile/profile-grammar.js';
import { structureTokens, RoutesEnd, VipaDynamicEnd, VipaSubStatement, PlainWord } from '../../../server/src/analyzer/profile/structure-tokens.js';
import { scanProfile } from '../../../server/src/analyzer/profile/scanner.js';
import { ParseContext } from '../../../server/src/analyzer/profile/parse-context.js';
import { LineIndex } from '../../../server/src/analyzer/base/range.js';
import type { BlockStatement, ProfileDocument, VipaDynamicBlock } from '../../../server/src/analyzer/profile/ast.js';
import { extractMarkers, showRange } from '../../helpers/markers.js';

/** Runs the grammar alone, so a test can see Chevrotain's own errors. */
function grammarRun(text: string) {
  const ctx = new ParseContext('file:///g.tcpip', new LineIndex(text), scanProfile(text));
  return PROFILE_GRAMMAR.parse(ctx);
}

function findingsAt(source: string, code: string): { doc: ProfileDocument; found: string[]; expected: string[] } {
  const { text, ranges } = extractMarkers(source);
  const doc = parseProfile('file:///g.tcpip', text);
  return { doc, found: doc.findings.filter((f) => f.code === code).map((f) => showRange(f.range)), expected: ranges.map(showRange) };
}

test('the statement structure is parsed by a Chevrotain EmbeddedActionsParser with a recorded grammar', () => {
  assert.ok(PROFILE_GRAMMAR instanceof EmbeddedActionsParser);
  assert.ok(PROFILE_GRAMMAR instanceof ProfileGrammar);
  const rules = Object.keys(PROFILE_GRAMMAR.getGAstProductions());
  for (const rule of ['profile', 'statementIn', 'unknownStatement', 'strayEnd', 'vipaStatement', 'routeStatement', 'plainStatement', 'vipaDynamicBlock', 'routesBlock', 'entryBlock']) {
    assert.ok(rules.includes(rule), `rule ${rule} in ${rules.join(', ')}`);
  }
  // VIPADYNAMIC: start, body, and an optional ENDVIPADYNAMIC (a missing END is recovered by the grammar).
  const vipaDynamic = JSON.stringify(PROFILE_GRAMMAR.getSerializedGastProductions().find((rule) => (rule as { name?: string }).name === 'vipaDynamicBlock'));
  assert.match(vipaDynamic, /"type":"Terminal","name":"VipaDynamicStart"/);
  assert.match(vipaDynamic, /"type":"Option".*"name":"VipaDynamicEnd"/);
});

test('words are typed from the keyword table, abbreviations included; context is left to the grammar', () => {
  const text = 'VIPADYN\n VIPADEF 255.255.255.0 10.1.1.1\n VIPADIST 10.1.1.1 PORT 80 DESTIP ALL\nENDVIPADYNAMIC\nENDR';
  const ctx = new ParseContext('file:///t', new LineIndex(text), scanProfile(text));
  const typed = structureTokens(ctx);
  assert.equal(typed[1].tokenType, VipaSubStatement);
  assert.equal(typed[2].tokenType, PlainWord);
  assert.equal(typed[typed.length - 2].tokenType, VipaDynamicEnd);
  assert.equal(typed[typed.length - 1].tokenType, RoutesEnd);
  // PORT is a statement keyword by type, but an operand of VIPADISTRIBUTE where it stands.
  const doc = parseProfile('file:///t', text);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.deepEqual(block.statements.map((s) => s.kind), ['VIPADEFINE', 'VIPADISTRIBUTE']);
});

test("Chevrotain's in-repetition recovery skips stray ENDs between statements; the rest of the file is parsed", () => {
  const source = 'HOME 10.1.1.1 ETH1\n⟦ENDROUTES⟧ ⟦ENDAUTOLOG⟧\nPORT 21 TCP FTPD\n⟦ENDVIPADYNAMIC⟧\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.2.2.2\nENDVIPADYNAMIC\n';
  const { text } = extractMarkers(source);
  const run = grammarRun(text);
  // Chevrotain itself reported (and recovered from) the stray ENDs...
  assert.ok(run.errors.length >= 1);
  assert.ok(run.errors.every((error) => error.name === 'MismatchedTokenException'), run.errors.map((e) => e.name).join());
  assert.deepEqual(run.statements.map((s) => s.kind), ['HOME', 'PORT', 'VIPADYNAMIC']);
  // ...and the user sees one finding per END, in our words, never Chevrotain's.
  const { doc, found, expected } = findingsAt(source, 'syntax-error');
  assert.deepEqual(found, expected);
  assert.deepEqual(doc.findings.map((f) => f.message), ['ENDROUTES without BEGINROUTES', 'ENDAUTOLOG without AUTOLOG', 'ENDVIPADYNAMIC without VIPADYNAMIC']);
  assert.ok(doc.findings.every((f) => !/-->|Expecting token|EOF/.test(f.message)));
  assert.equal((doc.statements[2] as VipaDynamicBlock).statements.length, 1);
  assert.equal(doc.tokens[3].keyword, 'ENDROUTES');
});

test('stray ENDs at the very end are reported, not lost as unparsed input', () => {
  const source = 'HOME 10.1.1.1 ETH1\n⟦ENDROUTES⟧\n⟦ENDVIPADYNAMIC⟧ ; trailing\n';
  const run = grammarRun(extractMarkers(source).text);
  assert.ok(run.errors.length >= 1);
  const { found, expected } = findingsAt(source, 'syntax-error');
  assert.deepEqual(found, expected);
});

test('a stray ENDROUTES inside VIPADYNAMIC is an error there; the stack ignores the rest of the block', () => {
  const source = 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\n ⟦ENDROUTES⟧\n VIPABACKUP 100 10.2.2.2\nENDVIPADYNAMIC\nHOME 10.3.3.3 ETH1\n';
  const { doc, found, expected } = findingsAt(source, 'syntax-error');
  assert.deepEqual(found, expected);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.deepEqual(block.statements.map((s) => s.kind), ['VIPADEFINE', 'VIPABACKUP']);
  assert.equal(block.ignoredFrom, 1);
  assert.equal(block.end?.text, 'ENDVIPADYNAMIC');
  assert.deepEqual(doc.statements.map((s) => s.kind), ['VIPADYNAMIC', 'HOME']);
  const ignored = findingsAt('VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\n ENDROUTES\n ⟦VIPABACKUP 100 10.2.2.2⟧\nENDVIPADYNAMIC\n', 'ignored-after-error');
  assert.deepEqual(ignored.found, ignored.expected);
});

test('a missing ENDVIPADYNAMIC followed by more statements: reported at the block start, the rest parsed at top level', () => {
  const source = '⟦VIPADYNAMIC⟧\n VIPADEFINE 255.255.255.0 10.1.1.1\n VIPABACKUP 50 10.1.1.2\nHOME 10.3.3.3 ETH1\nAUTOLOG 5\n FTPD JOBNAME FTPD1\nENDAUTOLOG\nPORT 21 TCP FTPD1\n';
  const { doc, found, expected } = findingsAt(source, 'syntax-error');
  assert.deepEqual(found, expected);
  assert.match(doc.findings[0].message, /VIPADYNAMIC has no ENDVIPADYNAMIC/);
  assert.deepEqual(doc.statements.map((s) => s.kind), ['VIPADYNAMIC', 'HOME', 'BLOCK', 'PORT']);
  const block = doc.statements[0] as VipaDynamicBlock;
  assert.equal(block.end, undefined);
  assert.equal(showRange(block.range), '0:0-2:23');
  assert.equal((doc.statements[2] as BlockStatement).end?.text, 'ENDAUTOLOG');
});

test('garbage where a statement should start: one finding on its first word, the next statement is parsed', () => {
  // Words that start no statement are operands of the statement before them (lists such as HOME
  // continue over lines), so garbage stands at statement position only at the start or after an END.
  const source = '⟦10.9.9.9⟧ "x" 1\nVIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\nENDVIPADYNAMIC\n⟦FROBNICATE⟧ 1 2\nHOME 10.1.1.1 ETH1\n';
  const { text, ranges } = extractMarkers(source);
  const doc = parseProfile('file:///g.tcpip', text);
  assert.deepEqual(
    doc.findings.map((f) => `${f.code} ${showRange(f.range)}`),
    [`syntax-error ${showRange(ranges[0])}`, `unknown-statement ${showRange(ranges[1])}`],
  );
  assert.match(doc.findings[0].message, /expected a statement keyword, found '10\.9\.9\.9'/);
  assert.match(doc.findings[1].message, /'FROBNICATE'/);
  assert.deepEqual(doc.statements.map((s) => s.kind), ['UNKNOWN', 'VIPADYNAMIC', 'UNKNOWN', 'HOME']);
  assert.deepEqual(doc.statements[0].operands.map((w) => w.text), ['"x"', '1']);
  assert.equal(grammarRun(text).errors.length, 0, 'unknown statements are grammar alternatives, not Chevrotain errors');
});

test('one parser instance serves every parse: state does not leak from one profile to the next', () => {
  const bad = parseProfile('file:///a', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\nENDROUTES ENDAUTOLOG');
  assert.ok(bad.findings.length > 0);
  const good = parseProfile('file:///b', 'VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.1\nENDVIPADYNAMIC\n');
  assert.deepEqual(good.findings, []);
  assert.equal(good.statements.length, 1);
});

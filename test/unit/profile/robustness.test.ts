import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import type { ProfileDocument } from '../../../server/src/analyzer/profile/ast.js';
import { SYSA_PROFILE, SYSB_PROFILE } from './fixtures.js';
import { prng as random } from '../../fuzz/harness.js';

function mutate(text: string, next: () => number): string {
  const pieces = text.split(/(\s+)/);
  const pick = () => Math.floor(next() * pieces.length);
  const rounds = 1 + Math.floor(next() * 6);
  for (let round = 0; round < rounds; round++) {
    const operation = Math.floor(next() * 6);
    const at = pick();
    if (operation === 0) pieces.splice(at, 1);
    else if (operation === 1) pieces.splice(at, 0, pieces[pick()]);
    else if (operation === 2) [pieces[at], pieces[pick()]] = [pieces[pick()], pieces[at]];
    else if (operation === 3) pieces.splice(at, 0, String.fromCharCode(...Array.from({ length: 1 + Math.floor(next() * 8) }, () => Math.floor(next() * 0x3000))));
    else if (operation === 4) pieces.splice(at, 0, [';', '"', '&', '/*', ' END', 'ENDVIPADYNAMIC', 'VIPADYNAMIC', 'AUTOLOG', '\t', '\r'][Math.floor(next() * 10)]);
    else pieces.length = Math.max(0, at);
  }
  return pieces.join('');
}

function assertSane(doc: ProfileDocument, text: string): void {
  const lines = doc.lineCount;
  for (const finding of doc.findings) {
    assert.ok(!finding.message.startsWith('internal parser failure'), finding.message);
    assert.ok(finding.range.start.line < lines && finding.range.end.line < lines, text);
  }
  assert.ok(doc.tokens.every((t, i) => i === 0 || doc.tokens[i - 1].range.start.line <= t.range.start.line));
}

test('fuzz: 300 random mutations of the fixtures never throw and finish quickly', () => {
  const next = random(20240607);
  for (let iteration = 0; iteration < 300; iteration++) {
    const source = mutate(iteration % 2 ? SYSA_PROFILE : SYSB_PROFILE, next);
    const started = performance.now();
    const doc = parseProfile('file:///fuzz', source);
    assert.ok(performance.now() - started < 1000, `iteration ${iteration} too slow`);
    assertSane(doc, source);
  }
});

test('random bytes never throw', () => {
  const next = random(7);
  for (let iteration = 0; iteration < 50; iteration++) {
    const text = String.fromCharCode(...Array.from({ length: 2000 }, () => Math.floor(next() * 256)));
    assertSane(parseProfile('file:///bytes', text), text);
  }
});

test('100,000 lines parse in linear time', () => {
  const lines = SYSA_PROFILE.split('\n');
  const repeated: string[] = [];
  while (repeated.length < 100_000) repeated.push(...lines);
  const text = repeated.slice(0, 100_000).join('\n');
  const started = performance.now();
  const doc = parseProfile('file:///big', text);
  const elapsed = performance.now() - started;
  assert.equal(doc.lineCount, 100_000);
  assert.ok(doc.statements.length > 10_000);
  assert.ok(elapsed < 15_000, `took ${elapsed} ms`);
});

test('pathological inputs (unterminated blocks, endless lists) stay fast', () => {
  for (const word of ['AUTOLOG', 'VIPADYNAMIC', 'BEGINROUTES', 'PORT', 'HOME', 'VIPADEFINE', 'ENDVIPADYNAMIC', '1', 'x.x.x.V', '"']) {
    const text = `${word}\n`.repeat(20_000);
    const started = performance.now();
    const doc = parseProfile('file:///p', text);
    assert.ok(performance.now() - started < 5_000, `${word} took too long`);
    assertSane(doc, word);
  }
});

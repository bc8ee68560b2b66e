// A few hundred fuzz cases on every `npm test` (the full run is `npm run fuzz`, >= 10,000 cases).
// A failure names its case: `npm run fuzz -- --seed <seed> --case <n>` replays it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SEED, loadSources, runCase, runCases } from './harness.js';

test('fuzz: 300 cases (random tokens, byte mutations of fixtures and corpus) keep every invariant', () => {
  const { sources, corpusNote } = loadSources();
  console.log(`# ${corpusNote}`);
  assert.ok(sources.length > 20, `fixtures found (${sources.length})`);
  const summary = runCases(sources, DEFAULT_SEED, Array.from({ length: 300 }, (_, i) => i));
  const report = summary.failed.map((failed) => `case ${failed.caseNumber} (${failed.description}), replay with npm run fuzz -- --seed ${DEFAULT_SEED} --case ${failed.caseNumber}:\n  ${failed.failures.join('\n  ')}`);
  assert.deepEqual(report, []);
  assert.equal(summary.cases, 300);
});

test('the harness can fail: a throw, an out-of-range finding and an internal error are all caught', () => {
  const files = { 'SYSA/PROFILE.TCPIP': new TextEncoder().encode('HOME 10.1.1.1 L1\n') };
  const target = 'SYSA/PROFILE.TCPIP';
  const clean = runCase({ seed: 0, caseNumber: 0, description: 'clean', files, target });
  assert.deepEqual(clean.failures, []);
  const outside = { uri: 'file:///ws/SYSA/PROFILE.TCPIP', range: { start: { line: 5, character: 0 }, end: { line: 5, character: 1 } }, severity: 'error' as const, code: 'syntax-error' as const, message: 'x' };
  const badRange = runCase({ seed: 0, caseNumber: 0, description: 'bad range', files, target }, [{ codes: ['syntax-error'], checkDocument: () => [outside] }]);
  assert.ok(badRange.failures.some((failure) => /outside the document/.test(failure)), badRange.failures.join('\n'));
  const throwing = runCase({ seed: 0, caseNumber: 0, description: 'throws', files, target }, [{ codes: ['syntax-error'], checkDocument: () => { throw new Error('boom'); } }]);
  assert.ok(throwing.failures.some((failure) => /internal error/.test(failure) && /boom/.test(failure)), throwing.failures.join('\n'));
});

/**
 * `npm run fuzz`: the fuzz harness (test/fuzz/harness.ts) over many cases.
 *   npm run fuzz                          10,000 cases, seed 20261202
 *   npm run fuzz -- --cases 50000 --seed 7
 *   npm run fuzz -- --seed 7 --case 1234  replays one case and prints its input and failures
 * Exit status 1 when a case fails; every failing case is printed with its seed and number.
 */
import { writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SEED, loadSources, makeCase, runCase, runCases, warmUp } from '../test/fuzz/harness.js';

function option(name: string): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}

const seed = option('seed') ?? DEFAULT_SEED;
const single = option('case');
const count = option('cases') ?? 10_000;
const { sources, corpusNote } = loadSources();
console.log(`fuzz: ${sources.length} source files; ${corpusNote}`);

if (single !== undefined) {
  const fuzzCase = makeCase(sources, seed, single);
  warmUp();
  const outcome = runCase(fuzzCase);
  const dir = join('.tmp', 'fuzz-case');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, bytes] of Object.entries(fuzzCase.files)) {
    const target = join(dir, path.split('/').join('_'));
    writeFileSync(target, bytes);
  }
  console.log(`case ${single} (seed ${seed}): ${fuzzCase.description}; ${outcome.durationMs.toFixed(1)} ms, ${outcome.findings} findings; input written to ${dir}/`);
  for (const failure of outcome.failures) console.log(`  FAIL ${failure}`);
  process.exit(outcome.failures.length > 0 ? 1 : 0);
}

const started = performance.now();
const summary = runCases(sources, seed, Array.from({ length: count }, (_, i) => i), (done) => {
  if (done % 1000 === 0) process.stdout.write(`  ${done} cases, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
});
const seconds = (performance.now() - started) / 1000;
console.log(`fuzz: ${summary.cases} cases, seed ${seed}, ${seconds.toFixed(1)} s (mean ${(summary.totalMs / summary.cases).toFixed(1)} ms, slowest ${summary.slowestMs.toFixed(0)} ms: case ${summary.slowestCase}); ${summary.failed.length} failed`);
for (const failed of summary.failed.slice(0, 50)) {
  console.log(`FAIL case ${failed.caseNumber} (${failed.description}) — replay: npm run fuzz -- --seed ${seed} --case ${failed.caseNumber}`);
  for (const failure of failed.failures.slice(0, 3)) console.log(`    ${failure.split('\n').slice(0, 4).join('\n    ')}`);
}
process.exit(summary.failed.length > 0 ? 1 : 0);

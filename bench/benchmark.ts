/**
 * Prints the figures behind the speed and memory targets: a full analysis of a sysplex of
 * 32 stacks x 3,000 lines + 200 Liberty servers, and the re-analysis after one keystroke in a
 * profile, in a shared INCLUDE member and in a server.xml. Figures, not pass/fail: timed assertions
 * flake on a shared 2-core machine. Run: npm run bench [-- --stacks 32 --lines 3000 --servers 200]
 */
import { performance } from 'node:perf_hooks';
import { syntheticSysplex } from './synthetic-sysplex.js';
import { memoryHost, fileUri } from '../test/helpers/memory-host.js';
import { VipaWorkspace } from '../server/src/analyzer/workspace/vipa-workspace.js';
import { ALL_CHECKS } from '../server/src/analyzer/checks/index.js';
import type { Check } from '../server/src/analyzer/checks/check.js';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const stacks = option('stacks', 32);
const lines = option('lines', 3000);
const serverCount = option('servers', 200);
const rounds = option('rounds', 5);

const sysplex = syntheticSysplex(stacks, lines, serverCount);
const host = memoryHost(sysplex.files);
const uris = Object.keys(sysplex.files).map((path) => fileUri(path));
const totalLines = Object.values(sysplex.files).reduce((sum, text) => sum + text.split('\n').length, 0);

// Time each check separately so a slow one shows up by name.
const checkTimes = new Map<string, number>();
function timed<T>(check: Check, work: () => T): T {
  const started = performance.now();
  try {
    return work();
  } finally {
    const name = check.codes.join('+');
    checkTimes.set(name, (checkTimes.get(name) ?? 0) + performance.now() - started);
  }
}
const timedChecks: Check[] = ALL_CHECKS.map((check): Check => {
  if (check.checkDocument) return { codes: check.codes, checkDocument: (document) => timed(check, () => check.checkDocument(document)) };
  if (check.checkStack) return { codes: check.codes, checkStack: (stack) => timed(check, () => check.checkStack(stack)) };
  return { codes: check.codes, run: (context) => timed(check, () => check.run(context)) };
});

const workspace = new VipaWorkspace(host, { checks: timedChecks, onInternalError: (error, source) => console.error(`internal error in ${source}:`, error) });
workspace.setFiles(uris);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const heapBefore = process.memoryUsage().heapUsed;
let started = performance.now();
const cold = workspace.analyze();
const coldMs = performance.now() - started;
global.gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const findings = [...cold.findingsByUri.values()].reduce((sum, list) => sum + list.length, 0);

console.log(`sysplex: ${stacks} stacks x ${lines} lines + ${serverCount} Liberty servers = ${uris.length} files, ${totalLines} lines`);
console.log(`full analysis (cold):        ${coldMs.toFixed(0)} ms, ${findings} findings, ${cold.stats.parsedFiles} files parsed`);
console.log(`heap after full analysis:    ${mb(heapAfter)} (grew ${mb(heapAfter - heapBefore)}${global.gc ? ', after gc' : ''})`);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function keystroke(path: string, edit: (text: string, round: number) => string, label: string): void {
  const uri = fileUri(path);
  const times: number[] = [];
  let parsed = 0;
  for (let round = 0; round < rounds; round++) {
    host.write(path, edit(host.readText(uri)!, round));
    workspace.fileChanged(uri);
    started = performance.now();
    const result = workspace.analyze();
    times.push(performance.now() - started);
    parsed = result.stats.parsedFiles;
  }
  const ms = median(times);
  console.log(`${label.padEnd(28)} ${ms.toFixed(0)} ms median of ${rounds} (${((100 * ms) / coldMs).toFixed(1)}% of a full analysis), ${parsed} file(s) re-parsed`);
}

checkTimes.clear();
keystroke(sysplex.profileOf(0), (text, round) => text.replace(/; service 0\b.*\n/, `; service 0 edited ${round}\n`), 'keystroke in a profile:');
keystroke(sysplex.sharedMember, (text, round) => text.replace('; common VIPARANGEs', `; common VIPARANGEs ${round}`), 'keystroke in shared member:');
keystroke(sysplex.serverXmlOf(0), (text, round) => text.replace(/httpPort="\d+"/, `httpPort="${9100 + round}"`), 'keystroke in a server.xml:');

console.log('time per check over those re-analyses (ms):');
for (const [name, ms] of [...checkTimes].sort((a, b) => b[1] - a[1])) console.log(`  ${name.padEnd(40)} ${ms.toFixed(0)}`);

// The sysplex map (analyzer/map) the editor's map panel and `vipa-check --format html` render: built
// after each analysis while the panel is visible, and sent to it as JSON.
{
  const { buildSysplexMap } = await import('../server/src/analyzer/map/index.js');
  const analysis = workspace.analyze();
  const times: number[] = [];
  let size = 0;
  let rows = 0;
  for (let round = 0; round < rounds; round++) {
    started = performance.now();
    const map = buildSysplexMap(analysis, { down: round % 2 === 1 ? [analysis.takeover.stacks[0]?.name ?? ''] : [] });
    times.push(performance.now() - started);
    size = JSON.stringify(map).length;
    rows = map.rows.length;
  }
  console.log(`sysplex map:                 ${median(times).toFixed(0)} ms median of ${rounds} (every other with a stack down), ${rows} rows, ${(size / 1024 / 1024).toFixed(1)} MB as JSON`);
}

// TextMate grammar tests: assertion files (test/grammar/*.tcpip, vscode-tmgrammar-test) and
// snapshots (test/grammar/snap/*.tcpip with committed .snap files, vscode-tmgrammar-snap).
// Both tools read the grammar through package.json contributes.grammars, as VS Code does.
// Usage: node scripts/run-grammar-tests.mjs [--updateSnapshot]
// A missing .snap fails (the tool would silently create it); --updateSnapshot writes them, by hand only.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const update = process.argv.includes('--updateSnapshot') || process.argv.includes('-u');
const tools = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist');

function casesIn(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tcpip'))
    .sort()
    .map((name) => join(dir, name));
}

function run(tool, args) {
  const result = spawnSync(process.execPath, [join(tools, tool), ...args], { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  return { ok: result.status === 0, output };
}

let passed = 0;
let failed = 0;
function report(file, ok, output) {
  const name = relative(root, file);
  if (ok) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}`);
    if (output) console.log(output.replace(/^/gm, '     '));
  }
}

const assertionCases = casesIn(join(root, 'test', 'grammar'));
for (const file of assertionCases) {
  const { ok, output } = run('unit.js', ['--compact', relative(root, file)]);
  report(file, ok, output);
}

const snapshotCases = casesIn(join(root, 'test', 'grammar', 'snap'));
for (const file of snapshotCases) {
  if (!update && !existsSync(`${file}.snap`)) {
    report(file, false, `no ${relative(root, file)}.snap: run node scripts/run-grammar-tests.mjs --updateSnapshot and review the new file`);
    continue;
  }
  const { ok, output } = run('snapshot.js', [...(update ? ['--updateSnapshot'] : []), relative(root, file)]);
  report(file, ok, output);
}

if (assertionCases.length + snapshotCases.length === 0) {
  failed++;
  console.log('FAIL no grammar test cases under test/grammar');
}
console.log(`grammar: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

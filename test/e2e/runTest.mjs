// Runs the extension-host suite (out/e2e/suite/index.js, built by scripts/e2e/build-suite.mjs) with the
// standard @vscode/test-electron runTests().
//  - VSCODE_EXECUTABLE set: use that executable (e.g. a local VS Code, or the code-server shim).
//  - VSCODE_E2E_DESKTOP=1: let test-electron download desktop VS Code (needs internet) and run there.
//  - otherwise: use scripts/e2e/code-shim.cjs, which runs the same suite in code-server 4.100.3
//    (= VS Code 1.100) in headless chromium; `npm run setup:editors` installs both.
// The suite works on a throwaway copy of examples/ (.tmp/e2e-workspace, opened through
// .tmp/e2e.code-workspace), so its edits never touch the repo,
// and compares the editor's diagnostics with what the CLI computes on that copy.
import { runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = join(root, '.tmp');
const workspace = join(tmp, 'e2e-workspace');
// The suite opens a one-folder .code-workspace rather than the folder itself, so that a test can add
// a second folder (multi-root) without the window reloading, as it must when a folder window turns
// into a workspace.
const workspaceFile = join(tmp, 'e2e.code-workspace');
const expectedFile = join(tmp, 'e2e-expected.json');
const resultFile = join(tmp, 'e2e-result.json');
const extensionTestsPath = join(root, 'out', 'e2e', 'suite', 'index.js');
const shim = join(root, 'scripts', 'e2e', 'code-shim.cjs');
const codeServer = join(tmp, 'editors', 'code-server', 'node_modules', '.bin', 'code-server');

function pickExecutable() {
  if (process.env.VSCODE_EXECUTABLE) return process.env.VSCODE_EXECUTABLE;
  if (process.env.VSCODE_E2E_DESKTOP) return undefined; // test-electron downloads VS Code
  if (existsSync(codeServer)) return shim;
  console.error('e2e: no VS Code to run in. Either run `npm run setup:editors` (code-server + chromium, Debian),\n' +
    '     or set VSCODE_E2E_DESKTOP=1 to let @vscode/test-electron download VS Code, or VSCODE_EXECUTABLE=/path/to/code.');
  process.exit(2);
}

function prepareWorkspace() {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(`${workspace}-second`, { recursive: true, force: true }); // the multi-root test's second folder
  mkdirSync(tmp, { recursive: true });
  cpSync(join(root, 'examples'), workspace, { recursive: true });
  // What the CLI finds on the same files is what the editor must show (same analyzer, two front ends).
  const cli = spawnSync(process.execPath, [join(root, 'bin', 'vipa-check.cjs'), '--format', 'json', '.'], { cwd: workspace, encoding: 'utf8' });
  if (cli.error || !cli.stdout.trim().startsWith('{') && !cli.stdout.trim().startsWith('[')) {
    console.error(`e2e: vipa-check --format json failed (status ${cli.status}):\n${cli.stderr}${cli.stdout}`);
    process.exit(1);
  }
  writeFileSync(expectedFile, cli.stdout);
  writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'e2e-workspace' }], settings: {} }, null, 2) + '\n');
}

const vscodeExecutablePath = pickExecutable();
if (!existsSync(extensionTestsPath)) {
  console.error(`e2e: ${extensionTestsPath} is missing; run \`node scripts/e2e/build-suite.mjs\` first (npm run test:e2e does).`);
  process.exit(2);
}
prepareWorkspace();
rmSync(resultFile, { force: true });
// A fresh profile per run: restored editors or state from an earlier run would make the suite order-dependent.
rmSync(join(root, '.vscode-test', 'user-data'), { recursive: true, force: true });
console.log(`e2e: running in ${vscodeExecutablePath ?? 'downloaded desktop VS Code'}; workspace ${workspace}`);

let exitCode = 0;
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    // Desktop VS Code keeps the extension under development enabled with --disable-extensions;
    // every other installed extension (say, another profile language) stays out of the way.
    launchArgs: [workspaceFile, '--disable-extensions'],
    extensionTestsEnv: { VIPA_E2E_EXPECTED: expectedFile, VIPA_E2E_RESULT: resultFile, VIPA_E2E_WORKSPACE: workspace },
  });
} catch (error) {
  console.error('e2e: the suite failed:', error instanceof Error ? error.message : error);
  exitCode = 1;
}
if (existsSync(resultFile)) {
  const result = JSON.parse(readFileSync(resultFile, 'utf8'));
  console.log(`e2e: ${result.passes} passing, ${result.failures} failing, ${result.pending} pending`);
} else {
  console.log('e2e: the suite wrote no result (it did not start or crashed)');
  exitCode = exitCode || 1;
}
process.exit(exitCode);

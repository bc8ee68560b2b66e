// Runs every *.test.ts under test/ (except the editor suites under test/e2e) with Node's test
// runner through tsx, then the TextMate grammar tests. Node 20's --test takes no globs, so the
// files are listed here.
import { readdirSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' || entry.name === 'fixtures' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = findTests(join(root, 'test'))
  .map((file) => relative(root, file))
  .filter((file) => only.length === 0 || only.some((pattern) => file.includes(pattern)))
  .sort();

let status = 0;
if (files.length > 0) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { cwd: root, stdio: 'inherit' });
  status = result.status ?? 1;
}

const grammarTests = join(root, 'scripts', 'run-grammar-tests.mjs');
if (only.length === 0 && existsSync(grammarTests)) {
  const result = spawnSync(process.execPath, [grammarTests], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);

// `npm run demo`: runs vipa-check on the example sysplex. The examples contain errors on purpose, so
// vipa-check's exit code 1 ("errors found") is the expected outcome here and not a failed demo;
// exit code 2 (usage or I/O failure) still fails.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, [join(root, 'bin', 'vipa-check.cjs'), ...process.argv.slice(2), 'examples'], { cwd: root, stdio: 'inherit' });
if (result.status === 1) {
  console.log('\nvipa-check exits with 1 when it finds errors, as it does here: each one is planted in examples/ (see the PROBLEM: comments).');
  process.exit(0);
}
process.exit(result.status ?? 1);

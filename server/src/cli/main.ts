/** Entry point of the vipa-check command (bundled to dist/cli/vipa-check.js). */
import { runCli } from './run.js';

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vipa-check: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);

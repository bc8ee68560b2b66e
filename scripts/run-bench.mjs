// npm run bench: builds the production bundles, then bundles the benchmark itself with esbuild (the
// analyzer is measured as it ships: bundled, not through tsx's per-module transform) and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const outfile = join(root, '.tmp', 'bench', 'benchmark.mjs');
await build({
  entryPoints: [join(root, 'bench', 'benchmark.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // The bundled CommonJS packages call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as vipaBenchRequire } from 'node:module'; const require = vipaBenchRequire(import.meta.url);" },
  define: { 'process.env.VIPA_GRAMMAR_VALIDATIONS': '"off"' },
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);

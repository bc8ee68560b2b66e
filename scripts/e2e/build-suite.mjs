// Compiles the extension-host test suite (test/e2e/suite/*.ts) to CommonJS under out/e2e/suite/, one file
// per source (no bundling: `vscode` is provided by the extension host and `mocha` comes from node_modules).
// out/e2e/package.json marks those .js files as CommonJS inside this "type": "module" package.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sourceDir = join(root, 'test', 'e2e', 'suite');
const outDir = join(root, 'out', 'e2e');

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

const entryPoints = readdirSync(sourceDir).filter((name) => name.endsWith('.ts')).map((name) => join(sourceDir, name));
await build({
  entryPoints,
  outdir: join(outDir, 'suite'),
  bundle: false,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`e2e suite: compiled ${entryPoints.length} files to ${join('out', 'e2e', 'suite')}`);

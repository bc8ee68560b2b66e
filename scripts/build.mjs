// Bundles the client, the language server and the CLI with esbuild. Chevrotain 11 is ESM-only and
// VS Code loads extensions as CommonJS, so everything is bundled to CJS under dist/, whose own
// package.json marks its .js files as CommonJS.
import { build } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');

// The TextMate grammar is generated from the keyword table, so it can never drift from the lexer.
const generator = join(root, 'scripts', 'generate-grammar.ts');
if (existsSync(generator)) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', generator], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const entries = [
  { in: 'client/src/extension.ts', out: 'client/extension', external: ['vscode'] },
  { in: 'server/src/lsp/main.ts', out: 'server/server', external: [] },
  { in: 'server/src/cli/main.ts', out: 'cli/vipa-check', external: [] },
];

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');

await Promise.all(
  entries
    .filter((entry) => existsSync(join(root, entry.in)))
    .map((entry) =>
      build({
        entryPoints: { [entry.out]: join(root, entry.in) },
        outdir: join(root, 'dist'),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        external: entry.external,
        sourcemap: production ? false : 'linked',
        minify: production,
        logLevel: 'warning',
        // import.meta.url has no meaning in a CJS bundle; map it to the bundle's own file URL.
        // Chevrotain's grammar validations run in the tests (sources through tsx), not in the bundles
        // users start: they only cost start-up time there (profile-grammar.ts).
        define: { 'import.meta.url': 'importMetaUrl', 'process.env.VIPA_GRAMMAR_VALIDATIONS': '"off"' },
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
      }),
    ),
);

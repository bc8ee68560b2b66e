// Bundles the client, the language server and the CLI with esbuild. Chevrotain 11 is ESM-only and
// VS Code loads extensions as CommonJS, so everything is bundled to CJS under dist/, whose own
// package.json marks its .js files as CommonJS.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
  // The sysplex map panel's script runs in the web view (a browser), not in Node.
  { in: 'client/webview/map-webview.ts', out: 'client/map-webview', external: [], browser: true },
];

mkdirSync(join(root, 'dist'), { recursive: true });
writeFileSync(join(root, 'dist', 'package.json'), JSON.stringify({ type: 'commonjs' }, null, 2) + '\n');
// The walkthrough's "Open the example sysplex" copies this out of the installed extension.
const examples = join(root, 'examples');
if (existsSync(examples)) {
  rmSync(join(root, 'dist', 'example-sysplex'), { recursive: true, force: true });
  cpSync(examples, join(root, 'dist', 'example-sysplex'), { recursive: true });
}

await Promise.all(
  entries
    .filter((entry) => existsSync(join(root, entry.in)))
    .map((entry) =>
      build({
        entryPoints: { [entry.out]: join(root, entry.in) },
        outdir: join(root, 'dist'),
        bundle: true,
        external: entry.external,
        sourcemap: production ? false : 'linked',
        minify: production,
        logLevel: 'warning',
        ...(entry.browser
          ? { platform: 'browser', target: 'chrome120', format: 'iife' }
          : {
              platform: 'node',
              target: 'node20',
              format: 'cjs',
              // import.meta.url has no meaning in a CJS bundle; map it to the bundle's own file URL.
              // Chevrotain's grammar validations run in the tests (sources through tsx), not in the bundles
              // users start: they only cost start-up time there (profile-grammar.ts).
              define: { 'import.meta.url': 'importMetaUrl', 'process.env.VIPA_GRAMMAR_VALIDATIONS': '"off"' },
              banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
            }),
      }),
    ),
);

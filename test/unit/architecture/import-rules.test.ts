/**
 * The import rules of server/src (see the developer guide):
 *  - analyzer/ is pure: no vscode* package, and no node:fs outside the Node file host;
 *  - analyzer layers point downward (LAYERS, bottom first: a layer may import its own folder and
 *    any layer below it, never one above);
 *  - lsp/ and cli/ reach the analyzer's state only through the AnalyzerService façade: they may
 *    import its folder, the pure queries and vocabulary (base, diagnostics, keywords, queries), and
 *    types from anywhere, but never run a parser, model builder, reader or check themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const src = join(root, 'server', 'src');
const analyzer = join(src, 'analyzer');

/**
 * Bottom first. diagnostics (codes and the Finding type) sits under config, whose loader reports
 * findings. other-configs (readers of TCP/IP configurations that are not profiles) sits by the
 * profile parser; discovery (what a file is) needs the config, Liberty's layout and the profile
 * sniffer; takeover (the takeover model and failover simulation) is built on the stack model, the
 * checks read it; map (the sysplex map's view model) reads the model, the takeover model and the
 * findings of a finished analysis.
 */
export const LAYERS = ['base', 'diagnostics', 'config', 'keywords', 'profile', 'other-configs', 'include', 'liberty', 'discovery', 'model', 'takeover', 'checks', 'map', 'queries', 'workspace'];
const NODE_FS_ALLOWED = ['analyzer/base/node-file-host.ts'];
/**
 * What lsp/ and cli/ may import from the analyzer with a value import. map/index.ts is a query API
 * like queries/: a pure function of a finished AnalysisResult to the map's view model.
 */
const FRONT_ALLOWED = ['base', 'diagnostics', 'keywords', 'queries', 'map/index.ts', 'workspace/analyzer-service.ts', 'workspace/discovery.ts'];

interface Import {
  file: string;
  specifier: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Static imports and re-exports, dynamic import() and require(), with whether they are type-only. */
export function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const match of text.matchAll(statement)) {
    const braces = match[3];
    const allTypes = /^\{[^}]*\}$/.test(braces.trim()) && braces.replace(/[{}\s]/g, '').split(',').filter(Boolean).every((name) => name.startsWith('type '));
    found.push({ file, specifier: match[4], typeOnly: match[2] !== undefined || allTypes });
  }
  for (const match of text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) found.push({ file, specifier: match[1], typeOnly: false });
  for (const match of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ file, specifier: match[1], typeOnly: false });
  return found;
}

function allImports(dir: string): Import[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
}

function layerOf(path: string): string {
  return relative(analyzer, path).split('/')[0];
}

const analyzerImports = allImports(analyzer);

test('the import scanner sees the analyzer (a rule test that scans nothing proves nothing)', () => {
  assert.ok(analyzerImports.length > 300, `only ${analyzerImports.length} imports found`);
  assert.deepEqual(importsOf('x.ts', "import type { A } from './a.js';\nimport { type B, C } from '../b.js';\nexport { D } from 'vscode';\nconst e = await import('node:fs');"), [
    { file: 'x.ts', specifier: './a.js', typeOnly: true },
    { file: 'x.ts', specifier: '../b.js', typeOnly: false },
    { file: 'x.ts', specifier: 'vscode', typeOnly: false },
    { file: 'x.ts', specifier: 'node:fs', typeOnly: false },
  ]);
  const folders = readdirSync(analyzer).filter((name) => statSync(join(analyzer, name)).isDirectory());
  assert.deepEqual(folders.filter((folder) => !LAYERS.includes(folder)), [], 'every analyzer folder has a place in LAYERS');
});

test('the analyzer imports no vscode* package', () => {
  const offending = analyzerImports.filter((entry) => /^vscode/.test(entry.specifier));
  assert.deepEqual(offending.map((entry) => `${relative(src, entry.file)} -> ${entry.specifier}`), []);
});

test('only the Node file host touches node:fs', () => {
  const offending = analyzerImports.filter((entry) => /^(node:)?fs(\/promises)?$/.test(entry.specifier) && !NODE_FS_ALLOWED.includes(relative(src, entry.file)));
  assert.deepEqual(offending.map((entry) => `${relative(src, entry.file)} -> ${entry.specifier}`), []);
});

test('analyzer layers point downward', () => {
  const offending: string[] = [];
  for (const entry of analyzerImports) {
    if (!entry.specifier.startsWith('.')) continue;
    const from = layerOf(entry.file);
    const to = layerOf(resolve(dirname(entry.file), entry.specifier));
    if (from === to) continue;
    if (LAYERS.indexOf(to) > LAYERS.indexOf(from)) offending.push(`${relative(src, entry.file)} (${from}) -> ${entry.specifier} (${to})`);
  }
  assert.deepEqual(offending, []);
});

test('lsp/ and cli/ reach analysis state only through the AnalyzerService', () => {
  const offending: string[] = [];
  for (const folder of ['lsp', 'cli']) {
    for (const entry of allImports(join(src, folder))) {
      if (entry.typeOnly || !entry.specifier.startsWith('.')) continue;
      const target = relative(analyzer, resolve(dirname(entry.file), entry.specifier).replace(/\.js$/, '.ts'));
      if (target.startsWith('..')) continue; // not the analyzer
      if (!FRONT_ALLOWED.some((allowed) => target === allowed || target.startsWith(`${allowed}/`))) offending.push(`${relative(src, entry.file)} -> ${target}`);
    }
  }
  assert.deepEqual(offending, []);
});

// What README.md's "What the extension guarantees" promises, checked on the sources: no network
// module or API anywhere in the extension, the server or the CLI, and file writes only in the two
// places the user asks for one (vipa-check init, "Open the example sysplex"). That nothing outside
// the workspace is read is tested in test/unit/liberty/outside-workspace.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|mts|cts|js|mjs|cjs)$/.test(name) ? [path] : [];
  });
}

const files = [...sources(join(root, 'server', 'src')), ...sources(join(root, 'client', 'src'))].map((path) => ({ path: relative(root, path).split('\\').join('/'), text: readFileSync(path, 'utf8') }));

test('no source reaches the network', () => {
  assert.ok(files.length > 100);
  const network = /(?:from\s+|require\(\s*|import\(\s*)['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns|undici)['"]|\bfetch\s*\(|\bXMLHttpRequest\b|\bnew\s+WebSocket\b/;
  const offenders = files.filter((file) => network.test(file.text)).map((file) => file.path);
  assert.deepEqual(offenders, []);
});

test('files are written only where the user asks for it', () => {
  const write = /\b(?:writeFileSync|writeFile|appendFileSync|appendFile|createWriteStream|copyFileSync|copyFile|renameSync|unlinkSync|rmSync|mkdirSync|writeSync)\s*\(|workspace\.fs\.(?:writeFile|copy|delete|rename|createDirectory)\b/;
  const writers = files.filter((file) => write.test(file.text)).map((file) => file.path).sort();
  // cli/init.ts: `vipa-check init` writes the one config it proposes, never over an existing file ('wx').
  // client/src/walkthrough.ts: "Open the example sysplex" copies the bundled example where the user picks, never over a copy.
  assert.deepEqual(writers, ['client/src/walkthrough.ts', 'server/src/cli/init.ts']);
  assert.match(files.find((file) => file.path === 'server/src/cli/init.ts')!.text, /flag: 'wx'/);
  assert.match(files.find((file) => file.path === 'client/src/walkthrough.ts')!.text, /overwrite: false/);
});

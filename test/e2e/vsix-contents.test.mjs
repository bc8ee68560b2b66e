// Checks the packaged .vsix (a zip) against the .vscodeignore allow-list: only the bundled extension and
// what VS Code reads at run time ship; no sources, tests, node_modules or source maps; under 2 MB; and
// every file that package.json points at (main, grammars, snippets, language configuration, icon) is inside.
// Run after `npm run package`: node test/e2e/vsix-contents.test.mjs [path/to.vsix]
// (It lives under test/e2e so that `npm test`, which runs before packaging, does not pick it up.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const vsixPath = resolve(root, process.argv[2] ?? 'zos-tcpip-vipa.vsix');
const MAX_BYTES = 2 * 1024 * 1024;

/** Reads a zip's central directory: name, compression method, sizes and local header offset per entry. */
function readZip(buffer) {
  const minEocd = 22;
  let eocd = -1;
  for (let i = buffer.length - minEocd; i >= Math.max(0, buffer.length - minEocd - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file: no end-of-central-directory record');
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(offset) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const localOffset = buffer.readUInt32LE(offset + 42);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name, { name, method, compressedSize, size, localOffset });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  const read = (name) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    const local = entry.localOffset;
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + entry.compressedSize);
    return entry.method === 0 ? data : inflateRawSync(data);
  };
  return { entries, read };
}

let vsixSize;
let zip;
try {
  vsixSize = statSync(vsixPath).size;
  zip = readZip(readFileSync(vsixPath));
} catch (error) {
  test('the .vsix exists and is a zip', () => assert.fail(`${vsixPath}: ${error.message} (run \`npm run package\` first)`));
}

if (zip) {
  const names = [...zip.entries.keys()].sort();
  const files = names.filter((name) => name.startsWith('extension/')).map((name) => name.slice('extension/'.length));
  console.log(`# ${vsixPath}: ${(vsixSize / 1024).toFixed(1)} KiB, ${files.length} files`);
  for (const file of files) console.log(`#   ${file} (${zip.entries.get('extension/' + file).size} bytes)`);

  // The same allow-list as .vscodeignore, as regular expressions over paths inside extension/.
  const allowed = [
    /^package\.json$/,
    /^dist\/package\.json$/,
    /^dist\/(client|server)\/[^/]+\.js$/,
    /^syntaxes\/.+$/,
    /^snippets\/.+$/,
    /^language-configuration\.json$/,
    /^schemas\/.+$/,
    // the walkthrough's pages and the example sysplex it opens (copied from examples/ by the build)
    /^media\/walkthrough\/.+$/,
    /^dist\/example-sysplex\/.+$/,
    /^images\/icon\.png$/,
    // vsce stores these two as readme.md / changelog.md
    /^readme\.md$/i,
    /^changelog\.md$/i,
    /^LICENSE(\.txt)?$/,
  ];

  test('the .vsix is under 2 MB', () => {
    assert.ok(vsixSize < MAX_BYTES, `${vsixSize} bytes >= ${MAX_BYTES}`);
  });

  test('only the VSIX manifest files sit outside extension/', () => {
    const outside = names.filter((name) => !name.startsWith('extension/'));
    assert.deepEqual(outside.filter((name) => !['[Content_Types].xml', 'extension.vsixmanifest'].includes(name)), []);
    assert.ok(outside.includes('extension.vsixmanifest'), 'extension.vsixmanifest is missing');
  });

  test('every file in the .vsix is on the allow-list', () => {
    assert.deepEqual(files.filter((file) => !allowed.some((pattern) => pattern.test(file))), []);
  });

  test('no sources, tests, dependencies, build leftovers or source maps ship', () => {
    const forbidden = /(^|\/)(src|test|tests|node_modules|examples|scripts|out|bin|\.tmp|\.vscode-test|\.ci)\/|\.map$|(?<!\.d)\.ts$|\.vsix$|\.tsbuildinfo$/;
    assert.deepEqual(files.filter((file) => forbidden.test(file)), []);
  });

  test('the bundles, grammar, snippets, icon and Marketplace documents are inside', () => {
    const required = ['package.json', 'dist/package.json', 'dist/client/extension.js', 'dist/server/server.js', 'images/icon.png', 'readme.md', 'changelog.md'];
    const present = new Set(files.map((file) => (/^(readme|changelog)\.md$/i.test(file) ? file.toLowerCase() : file)));
    assert.deepEqual(required.filter((file) => !present.has(file)), []);
    assert.ok(files.some((file) => /^LICENSE(\.txt)?$/.test(file)), 'LICENSE is missing');
    assert.ok(files.some((file) => file.startsWith('syntaxes/')), 'no grammar under syntaxes/');
    assert.ok(files.some((file) => file.startsWith('snippets/')), 'no snippets under snippets/');
    // The bundles are CommonJS inside a "type": "module" package: dist/package.json must say so.
    assert.equal(JSON.parse(zip.read('extension/dist/package.json').toString('utf8')).type, 'commonjs');
  });

  test('every path package.json refers to is inside the .vsix', () => {
    const manifest = JSON.parse(zip.read('extension/package.json').toString('utf8'));
    const normalize = (p) => p.replace(/^\.\//, '');
    const referenced = [
      manifest.main,
      manifest.icon,
      ...(manifest.contributes?.grammars ?? []).map((g) => g.path),
      ...(manifest.contributes?.snippets ?? []).map((s) => s.path),
      ...(manifest.contributes?.languages ?? []).map((l) => l.configuration),
      ...(manifest.contributes?.jsonValidation ?? []).map((j) => j.url).filter((u) => u && !/^https?:/.test(u)),
    ].filter(Boolean).map(normalize);
    assert.ok(referenced.includes('dist/client/extension.js'), `main is ${manifest.main}`);
    assert.deepEqual(referenced.filter((file) => !files.includes(file)), []);
    assert.ok(!manifest.devDependencies || !files.some((file) => file.startsWith('node_modules/')));
  });

  test('the bundled client requires nothing but vscode and Node built-ins', () => {
    const bundle = zip.read('extension/dist/client/extension.js');
    assert.ok(bundle, 'dist/client/extension.js is in the .vsix');
    const required = [...bundle.toString('utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]);
    assert.ok(required.includes('vscode'), 'the client bundle requires vscode');
    assert.deepEqual([...new Set(required.filter((name) => name !== 'vscode' && !isBuiltin(name)))], []);
  });

  test('the packaged language server starts on its own and answers initialize over stdio', async (t) => {
    // Unpacked alone in a temporary folder: no node_modules anywhere above it, as in a user's extensions dir.
    const dir = mkdtempSync(join(tmpdir(), 'vsix-server-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    for (const file of ['package.json', 'dist/package.json', 'dist/server/server.js']) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), zip.read('extension/' + file));
    }
    const server = spawn(process.execPath, [join(dir, 'dist', 'server', 'server.js'), '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    t.after(() => server.kill());
    let stderr = '';
    server.stderr.on('data', (chunk) => (stderr += chunk));
    const send = (message) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
      server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
      server.stdin.write(body);
    };
    const response = new Promise((resolve, reject) => {
      let buffer = Buffer.alloc(0);
      server.stdout.on('data', (chunk) => {
        buffer = Buffer.concat([buffer, chunk]);
        for (;;) {
          const headerEnd = buffer.indexOf('\r\n\r\n');
          if (headerEnd < 0) return;
          const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
          if (buffer.length < headerEnd + 4 + length) return;
          const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
          buffer = buffer.subarray(headerEnd + 4 + length);
          if (message.id === 1) resolve(message);
        }
      });
      server.on('exit', (code) => reject(new Error(`the server exited with ${code} before answering: ${stderr}`)));
      setTimeout(() => reject(new Error(`no initialize response within 15 s: ${stderr}`)), 15_000).unref();
    });
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} } });
    const answer = await response;
    assert.ok(answer.result?.capabilities, `initialize answered with capabilities: ${JSON.stringify(answer).slice(0, 300)}`);
    assert.ok(answer.result.capabilities.hoverProvider, 'the server offers hovers');
    send({ id: 2, method: 'shutdown' });
    send({ method: 'exit' });
  });
}

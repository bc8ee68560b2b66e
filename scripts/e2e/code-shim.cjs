#!/usr/bin/env node
// A stand-in "VS Code executable" for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// Desktop VS Code cannot be downloaded on our machines, but code-server 4.100.3 is VS Code 1.100 with the
// real Node extension host. This shim accepts the Electron command line that runTests passes
// (--extensionTestsPath=, --extensionDevelopmentPath=, --user-data-dir=, --extensions-dir=, [folder]),
// starts code-server, opens the workbench in headless Debian chromium (playwright-core) with the same
// test payload that @vscode/test-web uses, and exits with the suite's exit code.
// Env: CODE_SERVER (default <repo>/.tmp/editors/code-server/node_modules/.bin/code-server, installed by
// scripts/setup-editors.sh), CHROMIUM (default /usr/bin/chromium), PW_CORE (default <repo>/node_modules/playwright-core),
// CODE_SHIM_TIMEOUT_MS (default 600000).
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const repo = path.resolve(__dirname, '..', '..');
const CODE_SERVER = process.env.CODE_SERVER || path.join(repo, '.tmp', 'editors', 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const { chromium } = require(process.env.PW_CORE || path.join(repo, 'node_modules', 'playwright-core'));

const options = { developmentPaths: [], testsPath: undefined, userDataDir: undefined, extensionsDir: undefined, folder: undefined };
for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=');
  const [key, value] = eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
  if (key === '--extensionDevelopmentPath') options.developmentPaths.push(path.resolve(value));
  else if (key === '--extensionTestsPath') options.testsPath = path.resolve(value);
  else if (key === '--user-data-dir') options.userDataDir = path.resolve(value);
  else if (key === '--extensions-dir') options.extensionsDir = path.resolve(value);
  else if (!arg.startsWith('-')) options.folder = path.resolve(arg);
  // Everything else (--no-sandbox, --disable-updates, --skip-welcome, --disable-extensions ...) is
  // Electron-only; code-server gets a fresh extensions dir, so nothing else is loaded anyway.
}
if (!options.testsPath) {
  console.error('code-shim: --extensionTestsPath is required');
  process.exit(2);
}
if (!fs.existsSync(CODE_SERVER)) {
  console.error(`code-shim: no code-server at ${CODE_SERVER}; run \`npm run setup:editors\` (scripts/setup-editors.sh)`);
  process.exit(2);
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

// Extension-host log lines that say nothing about the tests.
const noise = /^(Resolving|Resolved|Creating a socket|Updating additional|ChatSessionStore|\[Service Worker\]|Creation of workbench contribution)|ENOTFOUND|vsda/;

(async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'code-shim-'));
  // test-electron passes a --user-data-dir under .vscode-test/; reuse it so settings stay isolated per repo.
  const userDataDir = options.userDataDir || path.join(tmp, 'user');
  const extensionsDir = options.extensionsDir || path.join(tmp, 'ext');
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  // The welcome walkthrough would take focus and the workspace-trust prompt would block; turn them off.
  // VS Code for the web auto-saves after a delay by default; desktop VS Code does not, and the suite's
  // unsaved edits must stay unsaved (reverting them must restore the files).
  fs.writeFileSync(settingsFile, JSON.stringify({
    'files.autoSave': 'off',
    'git.openRepositoryInParentFolders': 'never',
    'workbench.startupEditor': 'none',
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
  }, null, 2));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const xdg = path.join(tmp, 'xdg');
  const env = { ...process.env, XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: xdg, XDG_CACHE_HOME: xdg };
  fs.writeFileSync(path.join(tmp, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const server = cp.spawn(CODE_SERVER, [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--config', path.join(tmp, 'config.yaml'),
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
  ], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
  server.stdout.pipe(serverLog);
  server.stderr.pipe(serverLog);
  const serverExited = new Promise((resolve) => server.once('exit', resolve));
  let code = 1;
  let context;
  let finished = false;
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await fetch(`${base}/healthz`);
        if (response.ok) break;
      } catch { /* not up yet */ }
      if (attempt > 150 || server.exitCode !== null) throw new Error(`code-server did not start (log: ${path.join(tmp, 'code-server.log')})`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ...options.developmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ['extensionTestsPath', remote(options.testsPath)],
    ];
    // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
    const kind = options.folder && options.folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
    const target = options.folder ? `${kind}=${encodeURIComponent(options.folder)}` : 'ew=true';
    const url = `${base}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    context = await chromium.launchPersistentContext(path.join(tmp, 'chromium'), {
      executablePath: CHROMIUM,
      headless: true,
      env,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = context.pages()[0] || (await context.newPage());
    let finish;
    const testsExited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const message = util.format(...(args || []));
      if (!noise.test(message)) (type === 'error' ? console.error : console.log)(message);
    });
    await page.exposeFunction('codeAutomationExit', (exitCode) => finish(exitCode));
    await page.goto(url);
    const timeoutMs = Number(process.env.CODE_SHIM_TIMEOUT_MS || 600000);
    let timer;
    code = await Promise.race([
      testsExited,
      new Promise((resolve) => (timer = setTimeout(() => { console.error(`code-shim: timed out after ${timeoutMs} ms`); resolve(124); }, timeoutMs))),
      serverExited.then(() => {
        if (!finished) console.error('code-shim: code-server exited during the tests');
        return 1;
      }),
    ]);
    finished = true;
    clearTimeout(timer);
  } catch (error) {
    finished = true;
    console.error('code-shim:', (error && error.stack) || error);
    code = 1;
  } finally {
    if (context) await context.close().catch(() => {});
    if (server.exitCode === null) server.kill();
    await serverExited;
    if (code === 0) fs.rmSync(tmp, { recursive: true, force: true });
    else console.error(`code-shim: code-server log and profile kept in ${tmp}`);
  }
  process.exit(code);
})();

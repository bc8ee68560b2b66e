/**
 * Extension-host test entry (the extensionTestsPath contract of @vscode/test-electron): VS Code calls
 * run(); resolving means pass, rejecting means fail. Runs every *.test.js next to this file in name
 * order (the numbered prefixes keep the read-only checks before the ones that edit documents) and
 * writes the counts to $VIPA_E2E_RESULT for .ci/run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const testFiles = fs.readdirSync(__dirname).filter((name) => name.endsWith('.test.js')).sort();
  for (const name of testFiles) mocha.addFile(path.join(__dirname, name));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const resultFile = process.env.VIPA_E2E_RESULT;
      if (resultFile) {
        const stats = runner.stats;
        const result = { passes: stats?.passes ?? 0, failures, pending: stats?.pending ?? 0, tests: stats?.tests ?? 0, when: new Date().toISOString() };
        fs.writeFileSync(resultFile, JSON.stringify(result) + '\n');
      }
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed.`));
      else resolve();
    });
  });
}

/**
 * The fixture sysplexes of test/fixtures/takeover (one folder per takeover check, modelled on IBM's
 * example profiles): every `; expect: CODE SEVERITY` comment is a finding vipa-check must report on
 * that line, and the folder's code (and every code an expectation names) must report nothing else.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from '../cli/cli-io.js';
import type { JsonReport } from '../../helpers/cli-json.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fixtures = join(repo, 'test', 'fixtures', 'takeover');
const EXPECT = /;\s*expect:\s*([a-z0-9-]+)\s+(error|warning|information|hint)\s*$/;

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

function expectations(dir: string): { codes: Set<string>; expected: string[] } {
  const codes = new Set([dir.split(/[\\/]/).pop()!]);
  const expected: string[] = [];
  for (const path of filesOf(dir)) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const match = EXPECT.exec(line);
        if (!match) return;
        codes.add(match[1]);
        expected.push(`${relative(repo, path).split('\\').join('/')}:${i + 1} ${match[1]} ${match[2]}`);
      });
  }
  return { codes, expected: expected.sort() };
}

describe('takeover checks on their fixture sysplexes', () => {
  const folders = readdirSync(fixtures).filter((name) => statSync(join(fixtures, name)).isDirectory());

  it('has a fixture for each takeover check', () => {
    assert.deepEqual(folders.sort(), [
      'backup-mismatch',
      'backup-not-distributing',
      'backup-other-subplex',
      'destip-not-xcf',
      'port-bind-not-covered',
      'range-covers-other-dvipa',
      'viparoute-not-xcf',
    ]);
  });

  for (const folder of folders) {
    it(`${folder}: exactly the expected findings`, async () => {
      const dir = join(fixtures, folder);
      const { codes, expected } = expectations(dir);
      assert.ok(expected.some((line) => line.includes(` ${folder} `)), `the ${folder} fixture expects no ${folder} finding`);
      const { stdout } = await capture(['--format', 'json', relative(repo, dir)], repo);
      const report = JSON.parse(stdout) as JsonReport;
      const syntax = report.diagnostics.filter((d) => d.code === 'syntax-error' || d.code === 'unknown-statement' || d.code === 'include-not-found');
      assert.deepEqual(syntax, [], 'the fixture parses clean');
      const actual = report.diagnostics.filter((d) => codes.has(d.code)).map((d) => `${d.file}:${d.line} ${d.code} ${d.severity}`).sort();
      assert.deepEqual(actual, expected, report.diagnostics.filter((d) => codes.has(d.code)).map((d) => d.message).join('\n'));
    });
  }
});

/**
 * vipa-check --format json, in-process, on the fixture sysplex test/fixtures/liberty-sysplex (copied
 * to a temporary folder so the test can add a keystore generated at test time).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from '../cli/cli-io.js';
import { makePkcs12 } from './certs.js';
import type { JsonDiagnostic } from '../../helpers/cli-json.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'liberty-sysplex');


/** 1-based line and column of a value in a fixture file: an attribute value ("value") or a property (=value). */
function positionOf(file: string, value: string): { line: number; column: number } {
  const needle = file.endsWith('.xml') ? `"${value}"` : `=${value}`;
  const lines = readFileSync(join(fixture, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  assert.ok(index >= 0, `${needle} in ${file}`);
  return { line: index + 1, column: lines[index].indexOf(needle) + 2 };
}

test('vipa-check --format json reports each Liberty problem at its file and line, nothing on the correct server', async () => {
  const workspace = mkdtempSync(join(tmpdir(), 'vipa-liberty-'));
  try {
    cpSync(fixture, workspace, { recursive: true });
    const security = join(workspace, 'servers', 'tls', 'resources', 'security');
    mkdirSync(security, { recursive: true });
    writeFileSync(join(security, 'key.p12'), makePkcs12({ commonName: 'sysa', dns: ['sysa.plex1.example.com'], password: 'changeit' }));

    const result = await capture(['--format', 'json', '.'], workspace);
    assert.equal(result.stderr, '');
    const report = JSON.parse(result.stdout) as { diagnostics: JsonDiagnostic[] };
    const liberty = report.diagnostics.filter((d) => d.file.startsWith('servers/'));
    const at = (file: string, code: string) => liberty.filter((d) => d.file === file && d.code === code);
    const expectOne = (file: string, code: string, severity: string, needle: string): JsonDiagnostic => {
      const found = at(file, code);
      assert.equal(found.length, 1, `${code} in ${file}: ${JSON.stringify(liberty, null, 1)}`);
      assert.equal(found[0].severity, severity);
      assert.deepEqual({ line: found[0].line, column: found[0].column }, positionOf(file, needle));
      return found[0];
    };

    assert.deepEqual(liberty.filter((d) => d.file.startsWith('servers/good/')), [], 'the correct server has no finding');
    assert.match(expectOne('servers/partial/server.xml', 'bind-not-covered', 'warning', '10.40.1.10').message, /restart on SYSB/);
    expectOne('servers/fromboot/bootstrap.properties', 'bind-not-covered', 'error', '10.40.9.9');
    assert.match(expectOne('servers/included/endpoint.xml', 'bind-not-covered', 'warning', '*').message, /10\.40\.9\.8/);
    expectOne('servers/local/server.xml', 'bind-loopback', 'information', 'localhost');
    expectOne('servers/named/server.xml', 'host-unresolved', 'information', 'unknown.plex1.example.com');
    assert.match(expectOne('servers/tls/server.xml', 'san-mismatch', 'warning', 'tls.plex1.example.com').message, /DNS:sysa\.plex1\.example\.com/);
    assert.equal(result.code, 1, 'an error finding makes the exit code 1');
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpus = join(repoRoot, '..', 'shared', 'corpus', 'profiles');
const missing = existsSync(corpus) ? undefined : `corpus folder ${corpus} is absent`;

function parse(name: string) {
  const path = join(corpus, name);
  const doc = parseProfile(pathToFileURL(path).href, readFileSync(path, 'utf8'));
  return { doc, errors: doc.findings.filter((f) => f.severity === 'error') };
}

const zosFiles = [
  '02_adcd_z25b_PROF2_includes.tcpip',
  '03_adcd_z25b_ZCXDVIPA.tcpip',
  '04_adcd_z25x_ZPDTDEV2.tcpip',
  '12_doc_ibm_static_vipa_device_link_home_vs_interface.tcpip',
];

for (const name of zosFiles) {
  test(`corpus ${name}: a z/OS profile gives no error`, (t) => {
    if (missing) return t.skip(missing);
    if (!existsSync(join(corpus, name))) return t.skip(`${name} is absent`);
    const { doc, errors } = parse(name);
    assert.deepEqual(errors.map((f) => f.message), []);
    assert.ok(doc.statements.length > 0);
  });
}

test('corpus 11: the IBM snippets give errors only on the placeholder operands of [e]', (t) => {
  const name = '11_doc_ibm_small_vipadynamic_snippets.tcpip';
  if (missing) return t.skip(missing);
  if (!existsSync(join(corpus, name))) return t.skip(`${name} is absent`);
  const text = readFileSync(join(corpus, name), 'utf8');
  const placeholderSection = text.split(/\r?\n/).findIndex((line) => line.startsWith('; [e]'));
  assert.ok(placeholderSection > 0);
  const { doc, errors } = parse(name);
  assert.ok(errors.length > 0, 'the placeholders address_mask/network_prefix are not values');
  for (const error of errors) assert.ok(error.range.start.line > placeholderSection, error.message);
  assert.ok(doc.statements.filter((s) => s.kind === 'VIPADYNAMIC').length >= 6);
});

for (const name of ['05_zowe_docs_configure_sysplex_dvipa.tcpip', '06_zowe_docs_zosmf_ha_dvipa.tcpip', '07_zvm_moshix_profile.tcpip']) {
  test(`corpus ${name}: placeholders / z/VM statements give errors, never a crash`, (t) => {
    if (missing) return t.skip(missing);
    if (!existsSync(join(corpus, name))) return t.skip(`${name} is absent`);
    const { errors } = parse(name);
    assert.ok(errors.length > 0);
    assert.ok(errors.every((f) => !f.message.startsWith('internal parser failure')));
    if (name.startsWith('07_')) return;
    // The Zowe pages write the DVIPA as x.x.x.V: each error must be about such a placeholder, not about
    // the real statements around it (HOTSTANDBY, DESTIP lists, NOAUTOSWITCHBACK are valid syntax).
    for (const error of errors) assert.match(error.message, /'x\.x\.x\.\w+'/, `line ${error.range.start.line + 1}: ${error.message}`);
  });
}

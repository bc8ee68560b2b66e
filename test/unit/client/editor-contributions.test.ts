// The editor-experience contributions of package.json: jsonValidation with the project's schema (and
// the schema itself, checked with a real JSON Schema validator), resource-scoped settings, declared
// trust and virtual-workspace support, the getting-started walkthrough, and the config-offer rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseConfigText } from '../../../server/src/analyzer/config/config-loader.js';
import { shouldOfferConfig } from '../../../client/src/config-offer-rule.js';

const root = join(import.meta.dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(root, 'schemas', 'vipa-check.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

test('vipa-check.json and .vipa-check.json are validated with the project schema', () => {
  const [entry, ...others] = pkg.contributes.jsonValidation;
  assert.equal(others.length, 0);
  assert.deepEqual([...entry.fileMatch].sort(), ['.vipa-check.json', 'vipa-check.json']);
  assert.equal(entry.url, './schemas/vipa-check.schema.json');
  assert.ok(existsSync(join(root, entry.url)));
});

test('the schema accepts the shipped and fixture configs and the loader agrees', () => {
  for (const file of ['examples/vipa-check.json', 'test/fixtures/clean-sysplex/vipa-check.json', 'test/fixtures/liberty-sysplex/vipa-check.json']) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.ok(validate(JSON.parse(text)), `${file}: ${JSON.stringify(validate.errors)}`);
    assert.deepEqual(parseConfigText(`file:///ws/${file}`, text).findings, [], file);
  }
});

test('the schema rejects what the loader reports as config-error', () => {
  const invalid: [string, unknown][] = [
    ['unknown top-level property', { stack: {} }],
    ['stack without a profile', { stacks: { A: { system: 'SYSA' } } }],
    ['unknown stack property', { stacks: { A: { profile: 'a', sytem: 'SYSA' } } }],
    ['host mapped to a number', { hosts: { h: 10 } }],
    ['unknown severity', { severity: { 'no-backup': 'fatal' } }],
    ['server stacks not a list', { servers: { s: { stacks: 'A' } } }],
  ];
  for (const [what, config] of invalid) {
    assert.equal(validate(config), false, `${what} is rejected by the schema`);
    const findings = parseConfigText('file:///ws/vipa-check.json', JSON.stringify(config)).findings;
    assert.ok(findings.some((finding) => finding.code === 'config-error'), `${what} is a config-error for the loader`);
  }
});

test('severity and inlay hints may differ per folder; workspace-wide settings are window-scoped', () => {
  const properties = pkg.contributes.configuration.properties;
  assert.equal(properties['vipaCheck.severity'].scope, 'resource');
  assert.equal(properties['vipaCheck.inlayHints.enabled'].scope, 'resource');
  assert.equal(properties['vipaCheck.inlayHints.enabled'].default, true);
  for (const key of ['configFile', 'hosts', 'maxFileSizeKb', 'debounceMs', 'trace.server']) assert.equal(properties[`vipaCheck.${key}`].scope, 'window', key);
});

test('workspace trust and virtual workspaces are declared with what works', () => {
  const { untrustedWorkspaces, virtualWorkspaces } = pkg.capabilities;
  assert.equal(untrustedWorkspaces.supported, 'limited');
  assert.match(untrustedWorkspaces.description, /syntax checks only|only syntax checks/);
  assert.match(untrustedWorkspaces.description, /keystore/);
  assert.ok(untrustedWorkspaces.restrictedConfigurations.includes('vipaCheck.configFile'));
  assert.equal(virtualWorkspaces.supported, 'limited');
  assert.ok(virtualWorkspaces.description.length > 20);
});

test('the walkthrough has three steps: open the example, create the config, show the map', () => {
  const [walkthrough] = pkg.contributes.walkthroughs;
  assert.equal(walkthrough.id, 'vipaCheck.gettingStarted');
  const commandsOf = (description: string) => [...description.matchAll(/\(command:([\w.]+)/g)].map((match) => match[1]);
  assert.deepEqual(walkthrough.steps.map((step: { id: string }) => step.id), ['openExample', 'createConfig', 'showMap']);
  assert.deepEqual(commandsOf(walkthrough.steps[0].description), ['vipaCheck.openExampleSysplex']);
  assert.deepEqual(commandsOf(walkthrough.steps[1].description), ['vipaCheck.createWorkspaceConfig']);
  assert.ok(commandsOf(walkthrough.steps[2].description).includes('vipaCheck.showSysplexMap'));
  for (const step of walkthrough.steps) {
    assert.ok(existsSync(join(root, step.media.markdown)), step.media.markdown);
    assert.ok(step.completionEvents.length > 0, step.id);
  }
});

test('the config offer comes for several stacks without a config, and never after a dismissal', () => {
  assert.equal(shouldOfferConfig({ stacks: 3, hasConfigFile: false, dismissed: false }), true);
  assert.equal(shouldOfferConfig({ stacks: 1, hasConfigFile: false, dismissed: false }), false);
  assert.equal(shouldOfferConfig({ stacks: 3, hasConfigFile: true, dismissed: false }), false);
  assert.equal(shouldOfferConfig({ stacks: 3, hasConfigFile: false, dismissed: true }), false);
});

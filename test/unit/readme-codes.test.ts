// Every diagnostic code is documented in README.md under a heading of its own name, because
// LSP codeDescription links point at README.md#<code> and users suppress findings by code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ALL_CODES } from '../../server/src/analyzer/diagnostics/codes.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const headings = new Set([...readme.matchAll(/^#{2,4} `?([a-z0-9-]+)`?\s*$/gm)].map((m) => m[1]));

test('README documents every diagnostic code under its own heading', () => {
  const missing = ALL_CODES.filter((code) => !headings.has(code));
  assert.deepEqual(missing, []);
});

test('README documents no code the analyzer does not have', () => {
  const codeSection = readme.slice(readme.indexOf('## Diagnostic codes'), readme.indexOf('## Settings'));
  const documented = [...codeSection.matchAll(/^### `?([a-z0-9-]+)`?\s*$/gm)].map((m) => m[1]);
  const unknown = documented.filter((code) => !(ALL_CODES as string[]).includes(code));
  assert.deepEqual(unknown, []);
});

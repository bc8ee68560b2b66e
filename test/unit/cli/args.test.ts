import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from '../../../server/src/cli/args.js';

describe('vipa-check argument parsing', () => {
  it('defaults to text and collects paths', () => {
    assert.deepEqual(parseArgs(['a', 'b/c']), { kind: 'run', format: 'text', configPath: undefined, paths: ['a', 'b/c'] });
  });

  it('reads --format and --config, separate or with =', () => {
    assert.deepEqual(parseArgs(['--format', 'json', '--config', 'x.json', 'p']), { kind: 'run', format: 'json', configPath: 'x.json', paths: ['p'] });
    assert.deepEqual(parseArgs(['--format=json', '--config=x.json', 'p']), { kind: 'run', format: 'json', configPath: 'x.json', paths: ['p'] });
  });

  it('treats everything after -- as paths', () => {
    assert.deepEqual(parseArgs(['--', '--format']), { kind: 'run', format: 'text', configPath: undefined, paths: ['--format'] });
  });

  it('rejects unknown options and formats, missing values and a missing PATH', () => {
    assert.deepEqual(parseArgs(['--frmat', 'json', 'p']), { kind: 'usage-error', message: "unknown option '--frmat'" });
    assert.equal(parseArgs(['--format', 'xml', 'p']).kind, 'usage-error');
    assert.equal(parseArgs(['--format', 'sarif', 'p']).kind, 'run');
    assert.equal(parseArgs(['p', '--config']).kind, 'usage-error');
    assert.deepEqual(parseArgs(['--format', 'json']), { kind: 'usage-error', message: 'no PATH given' });
  });

  it('recognises --help and --version anywhere', () => {
    assert.deepEqual(parseArgs(['p', '--help']), { kind: 'help' });
    assert.deepEqual(parseArgs(['--version']), { kind: 'version' });
  });
});

/** vipa-check --what-if-down: the whatIf JSON contract and the text report, on examples/. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { capture } from './cli-io.js';
import { parseArgs } from '../../../server/src/cli/args.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

interface WhatIfJson {
  down: string[];
  addresses: { address: string; kind: string; before: string | null; after: string | null; reason: string }[];
  endpoints: { file: string; line: number; address: string; status: string; stacks: string[]; reason: string }[];
}

async function whatIf(down: string): Promise<{ code: number; json: { whatIf: WhatIfJson; diagnostics: unknown[] } }> {
  const { code, stdout, stderr } = await capture(['--format', 'json', '--what-if-down', down, 'examples'], repo);
  assert.equal(stderr, '');
  return { code, json: JSON.parse(stdout) };
}

describe('vipa-check --what-if-down', () => {
  it('parses the option: comma lists, repeats, = form; not with SARIF', () => {
    assert.deepEqual(parseArgs(['--what-if-down', 'SYSA,SYSB', 'p']), { kind: 'run', format: 'text', configPath: undefined, paths: ['p'], whatIfDown: ['SYSA', 'SYSB'] });
    assert.deepEqual(parseArgs(['--what-if-down=SYSA', '--what-if-down', 'SYSC', 'p']), { kind: 'run', format: 'text', configPath: undefined, paths: ['p'], whatIfDown: ['SYSA', 'SYSC'] });
    assert.equal(parseArgs(['--what-if-down', ',', 'p']).kind, 'usage-error');
    assert.equal(parseArgs(['--what-if-down', 'SYSA', '--format', 'sarif', 'p']).kind, 'usage-error');
  });

  it('adds whatIf with exactly the documented keys', async () => {
    const { code, json } = await whatIf('TCPIPA');
    assert.equal(code, 1, 'the exit code still follows the diagnostics');
    assert.deepEqual(Object.keys(json.whatIf), ['down', 'addresses', 'endpoints']);
    assert.deepEqual(json.whatIf.down, ['TCPIPA']);
    for (const address of json.whatIf.addresses) {
      assert.deepEqual(Object.keys(address), ['address', 'kind', 'before', 'after', 'reason']);
      assert.ok(['vipadefine', 'viparange', 'static', 'home', 'distributed'].includes(address.kind), address.kind);
      assert.ok(address.reason.length > 0);
    }
    for (const endpoint of json.whatIf.endpoints) {
      assert.deepEqual(Object.keys(endpoint), ['file', 'line', 'address', 'status', 'stacks', 'reason']);
      assert.ok(['stays', 'restartable', 'lost'].includes(endpoint.status), endpoint.status);
    }
  });

  it('moves the example DVIPAs to the highest-ranked backup and loses the unbacked one', async () => {
    const { json } = await whatIf('tcpipa');
    const byAddress = (address: string) => json.whatIf.addresses.filter((a) => a.address === address);
    assert.deepEqual(byAddress('10.20.1.10').map((a) => [a.kind, a.before, a.after]), [['vipadefine', 'TCPIPA', 'TCPIPB']]);
    assert.deepEqual(byAddress('10.20.1.30').map((a) => [a.before, a.after]), [['TCPIPA', null]]);
    assert.deepEqual(byAddress('10.20.0.1').map((a) => [a.kind, a.after]), [['static', null]]);
    assert.deepEqual(byAddress('10.20.2.99').map((a) => [a.before, a.after]), [['TCPIPC', 'TCPIPC']], 'addresses that stay put are listed too');
    assert.deepEqual(byAddress('10.20.2.10').map((a) => [a.kind, a.before, a.after]), [['viparange', 'TCPIPA', 'TCPIPB']]);
    const endpoint = (file: string) => json.whatIf.endpoints.find((e) => e.file === file)!;
    assert.deepEqual(
      { ...endpoint('examples/liberty/servers/batchgw/server.xml'), reason: undefined },
      { file: 'examples/liberty/servers/batchgw/server.xml', line: 6, address: '10.20.1.30', status: 'lost', stacks: [], reason: undefined },
    );
    assert.deepEqual([endpoint('examples/liberty/servers/zosmf/includes/endpoint.xml').status, endpoint('examples/liberty/servers/zosmf/includes/endpoint.xml').stacks], ['restartable', ['TCPIPB']]);
    assert.deepEqual(endpoint('examples/liberty/servers/orders/server.xml').stacks, ['TCPIPB', 'TCPIPC']);
  });

  it('takes several stacks down at once', async () => {
    const { json } = await whatIf('TCPIPA,TCPIPB');
    assert.deepEqual(json.whatIf.down, ['TCPIPA', 'TCPIPB']);
    const zosmf = json.whatIf.addresses.find((a) => a.address === '10.20.1.10')!;
    assert.equal(zosmf.after, null);
    assert.match(zosmf.reason, /backups \(TCPIPB rank 100\) are down too/);
    const orders = json.whatIf.endpoints.find((e) => e.address === '10.20.2.10')!;
    assert.deepEqual([orders.status, orders.stacks], ['restartable', ['TCPIPC']]);
  });

  it('prints a readable report after the diagnostics in text form', async () => {
    const { stdout } = await capture(['--what-if-down', 'TCPIPA', 'examples'], repo);
    assert.match(stdout, /3 stacks found \(TCPIPA, TCPIPB, TCPIPC\)/);
    assert.match(stdout, /^What if TCPIPA goes down\?$/m);
    assert.match(stdout, /^ {2}LOST {6}10\.20\.1\.30 +DVIPA +TCPIPA -> -$/m);
    assert.match(stdout, /^ {2}LOST {8}batchgw httpEndpoint "defaultHttpEndpoint" 10\.20\.1\.30 {2}\(examples\/liberty\/servers\/batchgw\/server\.xml:6\)$/m);
  });

  it('fails with exit 2 naming the stacks when a stack is unknown', async () => {
    const { code, stderr, stdout } = await capture(['--what-if-down', 'SYSX', 'examples'], repo);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /no stack named 'SYSX' \(stacks: TCPIPA, TCPIPB, TCPIPC\)/);
  });
});

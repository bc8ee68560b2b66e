import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeValue, renderSummaryMarkdown, statusText } from '../../../client/src/summary-markdown.js';
import type { SysplexSummary } from '../../../server/src/protocol/custom-requests.js';

const summary: SysplexSummary = {
  stacks: [
    { name: 'TCPIPB', sysplex: 'PLEX1', file: 'file:///ws/sysb/PROFILE.TCPIP', dvipas: [{ address: '10.20.9.10', role: 'VIPABACKUP', rank: 100 }], ranges: [] },
    { name: 'TCPIPA', sysplex: 'PLEX1', file: 'file:///ws/sysa/PROFILE.TCPIP', dvipas: [{ address: '10.20.9.10', role: 'VIPADEFINE' }], ranges: ['10.20.8.0/24'] },
  ],
  servers: [
    {
      name: 'payments',
      file: 'file:///ws/wlp/usr/servers/payments/server.xml',
      endpoints: [{ id: 'defaultHttpEndpoint', host: '${payments.vipa}', address: '10.20.9.10', coverage: { TCPIPA: 'vipadefine', TCPIPB: 'vipabackup' } }],
    },
  ],
  problems: { error: 1, warning: 2, information: 0, hint: 0 },
};

test('the status bar text counts stacks, servers and problems with plurals', () => {
  assert.equal(statusText(2, 3, 4), '$(server-environment) 2 stacks · 3 servers · 4 problems');
  assert.equal(statusText(1, 1, 1), '$(server-environment) 1 stack · 1 server · 1 problem');
});

test('summary values may be strings or objects', () => {
  assert.equal(describeValue('10.1.1.1'), '10.1.1.1');
  assert.equal(describeValue({ address: '10.1.1.1', role: 'VIPADEFINE' }), '10.1.1.1 (role: VIPADEFINE)');
  assert.equal(describeValue([{ subnet: '10.1.9.0/24' }, '10.1.8.0/24']), '10.1.9.0/24, 10.1.8.0/24');
  assert.equal(describeValue(undefined), '');
});

test('the summary document lists stacks in name order, their DVIPAs and ranges, and per-stack coverage', () => {
  const markdown = renderSummaryMarkdown(summary);
  assert.match(markdown, /2 stacks · 1 Liberty server · 1 error, 2 warnings/);
  const stackA = markdown.indexOf('| TCPIPA |');
  const stackB = markdown.indexOf('| TCPIPB |');
  assert.ok(stackA > 0 && stackB > stackA, 'sorted by name');
  assert.match(markdown, /\| TCPIPA \| PLEX1 \| \[PROFILE\.TCPIP\]\(file:\/\/\/ws\/sysa\/PROFILE\.TCPIP\) \| 10\.20\.9\.10 \(role: VIPADEFINE\) \| 10\.20\.8\.0\/24 \|/);
  assert.match(markdown, /\| TCPIPB \| PLEX1 \| .* \| 10\.20\.9\.10 \(role: VIPABACKUP, rank: 100\) \| — \|/);
  assert.match(markdown, /### payments/);
  assert.match(markdown, /\| defaultHttpEndpoint \| \$\{payments\.vipa\} \| 10\.20\.9\.10 \| TCPIPA: vipadefine; TCPIPB: vipabackup \|/);
});

test('an empty workspace says so instead of showing empty tables', () => {
  const markdown = renderSummaryMarkdown({ stacks: [], servers: [], problems: { error: 0, warning: 0, information: 0, hint: 0 } });
  assert.match(markdown, /No TCP\/IP stack profile/);
  assert.match(markdown, /No Liberty server configuration/);
});

test('table cells escape "|"', () => {
  const markdown = renderSummaryMarkdown({ ...summary, stacks: [{ name: 'A|B', file: 'file:///x', dvipas: [], ranges: [] }] });
  assert.match(markdown, /\| A\\\|B \|/);
});

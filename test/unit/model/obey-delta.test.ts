/** OBEYFILE members applied to a stack as deltas, in order (model/obey-delta.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkspaceConfig } from '../../../server/src/analyzer/config/workspace-config.js';
import type { AnalysisResult } from '../../../server/src/analyzer/workspace/analysis.js';
import { VipaWorkspace } from '../../../server/src/analyzer/workspace/vipa-workspace.js';
import { activeDvipas, activeRanges } from '../../../server/src/analyzer/model/coverage.js';
import { describeRange } from '../../../server/src/analyzer/checks/support/ranges.js';
import { fileUri, memoryHost } from '../../helpers/memory-host.js';

const PROFA = `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.99.1.1 255.255.255.0 1
DEVICE OSA1 MPCIPA
LINK OSA1L IPAQENET OSA1
HOME 10.1.1.1 OSA1L
VIPADYNAMIC
 VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.10 10.1.9.20
 VIPARANGE DEFINE 255.255.255.0 10.1.8.0
ENDVIPADYNAMIC
`;
const PROFB = `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.99.1.2 255.255.255.0 1
INTERFACE OSA2 DEFINE IPAQENET PORTNAME P2 IPADDR 10.1.1.2/24
VIPADYNAMIC
 VIPABACKUP 100 MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.10 10.1.9.20 10.1.9.21
ENDVIPADYNAMIC
`;
const MEMBERS = {
  // Moves 10.1.9.20 to 10.1.9.21 and adds a range.
  'LIB/CHG1': 'VIPADYNAMIC\n VIPADELETE 10.1.9.20\n VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.21\n VIPARANGE DEFINE 255.255.255.240 10.1.7.16\nENDVIPADYNAMIC\n',
  // Takes 10.1.9.21 away again and redefines 10.1.9.10 with another mask (no VIPADELETE: it replaces).
  'LIB/CHG2': 'VIPADYNAMIC\n VIPADELETE 10.1.9.21\n VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.128 10.1.9.10\nENDVIPADYNAMIC\n',
  // A new HOME list.
  'LIB/CHG3': 'DEVICE OSA3 MPCIPA\nLINK OSA3L IPAQENET OSA3\nHOME 10.1.3.1 OSA3L\n',
};

function analyze(obey: string[]): AnalysisResult {
  const config: WorkspaceConfig = { stacks: { A: { profile: 'LIB/PROFA', obey }, B: { profile: 'LIB/PROFB' } } };
  const host = memoryHost({ 'LIB/PROFA': PROFA, 'LIB/PROFB': PROFB, ...MEMBERS, 'vipa-check.json': JSON.stringify(config) });
  const workspace = new VipaWorkspace(host);
  workspace.setFiles(host.uris());
  return workspace.analyze();
}

function stackA(result: AnalysisResult) {
  const stack = result.model.stacks.find((s) => s.name === 'A')!;
  return {
    dvipas: [...activeDvipas(stack).values()].map((fact) => `${fact.address}/${fact.prefixLength}`).sort(),
    ranges: activeRanges(stack).map(describeRange).sort(),
    homes: stack.homes.map((home) => home.address).sort(),
  };
}

const findings = (result: AnalysisResult) =>
  [...result.findingsByUri.values()].flat().map((f) => `${f.uri.replace('file:///ws/LIB/', '')}:${f.range.start.line + 1} ${f.code}`).sort();

describe('OBEYFILE members applied as deltas', () => {
  it('without members, the stack as it starts', () => {
    assert.deepEqual(stackA(analyze([])), { dvipas: ['10.1.9.10/24', '10.1.9.20/24'], ranges: ['10.1.8.0/24'], homes: ['10.1.1.1', '10.99.1.1'] });
  });

  it('VIPADELETE removes, a new VIPADEFINE adds, VIPARANGE adds', () => {
    const result = analyze(['LIB/CHG1']);
    assert.deepEqual(stackA(result), { dvipas: ['10.1.9.10/24', '10.1.9.21/24'], ranges: ['10.1.7.16/28', '10.1.8.0/24'], homes: ['10.1.1.1', '10.99.1.1'] });
    assert.deepEqual(findings(result), []);
  });

  it('members apply in the config order: the later one sees what the earlier one did', () => {
    assert.deepEqual(stackA(analyze(['LIB/CHG1', 'LIB/CHG2'])).dvipas, ['10.1.9.10/25']);
    // The other order: CHG2's VIPADELETE 10.1.9.21 finds nothing yet, CHG1 then defines it.
    assert.deepEqual(stackA(analyze(['LIB/CHG2', 'LIB/CHG1'])).dvipas, ['10.1.9.10/25', '10.1.9.21/24']);
  });

  it('a VIPADEFINE of an existing DVIPA replaces it: no duplicate-vipa, no rejected second definition', () => {
    const result = analyze(['LIB/CHG2']);
    assert.deepEqual(stackA(result).dvipas, ['10.1.9.10/25', '10.1.9.20/24']);
    assert.ok(!findings(result).some((finding) => finding.includes('duplicate-vipa')), findings(result).join('\n'));
  });

  it("a member's HOME statement replaces the HOME list", () => {
    assert.deepEqual(stackA(analyze(['LIB/CHG3'])).homes, ['10.1.3.1', '10.99.1.1']);
  });

  it('findings land on the member that introduced the fact', () => {
    const host = memoryHost({
      'LIB/PROFA': PROFA,
      'LIB/PROFB': PROFB,
      'LIB/CHG4': 'VIPADYNAMIC\n VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.1.9.44\nENDVIPADYNAMIC\n',
      'vipa-check.json': JSON.stringify({ stacks: { A: { profile: 'LIB/PROFA', obey: ['LIB/CHG4'] }, B: { profile: 'LIB/PROFB' } } }),
    });
    const workspace = new VipaWorkspace(host);
    workspace.setFiles(host.uris());
    const result = workspace.analyze();
    assert.deepEqual(findings(result), ['CHG4:2 no-backup']);
    assert.ok(result.model.stacks.find((s) => s.name === 'A')!.fileUris.includes(fileUri('LIB/CHG4')));
  });
});

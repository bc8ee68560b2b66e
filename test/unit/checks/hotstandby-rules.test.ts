import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hotstandbyRulesCheck } from '../../../server/src/analyzer/checks/hotstandby-rules.js';
import { parseProfile } from '../../../server/src/analyzer/profile/parse-profile.js';
import { expectFindingAt, expectNone, expectRelatedAt, runChecks } from './harness.js';

const checks = [hotstandbyRulesCheck];
const wrap = (body: string) => `IPCONFIG SYSPLEXROUTING DYNAMICXCF 10.30.1.1 255.255.255.0 1
VIPADYNAMIC
  VIPADEFINE MOVEABLE IMMEDIATE 255.255.255.0 10.20.1.20
${body}
ENDVIPADYNAMIC
`;

describe('hotstandby-rules', () => {
  it('reports EZZ0827I for two PREFERRED and no BACKUP, related to both PREFERRED targets', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': wrap(`  VIPADISTRIBUTE DEFINE DISTMETHOD ⟦HOTSTANDBY⟧ 10.20.1.20 PORT 9443
    DESTIP ⟦10.30.1.1 PREFERRED⟧
           ⟦10.30.1.2 PREFERRED⟧`),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'hotstandby-rules', 'error', 'SYSA.tcpip', 0);
    assert.match(finding.message, /^EZZ0827I /);
    assert.match(finding.message, /2 PREFERRED and 0 BACKUP/);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 1);
    expectRelatedAt(finding, run, 'SYSA.tcpip', 2);
  });

  it('reports EZZ0827I for a PREFERRED without BACKUP', () => {
    const run = runChecks({ 'SYSA.tcpip': wrap('  VIPADISTRIBUTE DISTMETHOD ⟦HOTSTANDBY⟧ 10.20.1.20 PORT 443 DESTIP 10.30.1.1 PREFERRED') }, checks);
    assert.match(expectFindingAt(run, 'hotstandby-rules', 'error', 'SYSA.tcpip', 0).message, /^EZZ0827I/);
  });

  it('leaves a statement with its own syntax error to syntax-error (its targets could not be read)', () => {
    // Documentation placeholders: the DESTIP addresses are not addresses, so PREFERRED/BACKUP are unknown.
    const source = wrap('  VIPADISTRIBUTE DISTMETHOD HOTSTANDBY 10.20.1.20 PORT 443 DESTIP x.x.x.A PREFERRED x.x.x.B BACKUP');
    assert.ok(parseProfile('file:///SYSA.tcpip', source).findings.some((finding) => finding.code === 'syntax-error'));
    expectNone(runChecks({ 'SYSA.tcpip': source }, checks), 'hotstandby-rules');
  });

  it('reports EZZ0829I for more than 31 BACKUP targets', () => {
    const backups = Array.from({ length: 32 }, (_, i) => `      10.30.2.${i + 1} BACKUP`).join('\n');
    const run = runChecks({ 'SYSA.tcpip': wrap(`  VIPADISTRIBUTE DISTMETHOD ⟦HOTSTANDBY⟧ 10.20.1.20 PORT 443\n    DESTIP 10.30.1.1 PREFERRED\n${backups}`) }, checks);
    const finding = expectFindingAt(run, 'hotstandby-rules', 'error', 'SYSA.tcpip', 0);
    assert.match(finding.message, /^EZZ0829I/);
    assert.match(finding.message, /has 32/);
  });

  it('reports EZZ0831I on the first HOTSTANDBY-only keyword under another DISTMETHOD', () => {
    const run = runChecks(
      {
        'SYSC.tcpip': wrap(`  VIPADISTRIBUTE DEFINE DISTMETHOD ROUNDROBIN 10.20.1.20 PORT 443
    DESTIP 10.30.1.1 ⟦PREFERRED⟧
           10.30.1.3 BACKUP`),
      },
      checks,
    );
    const finding = expectFindingAt(run, 'hotstandby-rules', 'error', 'SYSC.tcpip', 0);
    assert.match(finding.message, /^EZZ0831I VIPADISTRIBUTE PREFERRED ON LINE 5 IS NOT VALID/);
    assert.match(finding.message, /rest of the VIPADYNAMIC block/);
    assert.equal(run.of('hotstandby-rules').length, 1);
  });

  it('accepts one PREFERRED with BACKUPs, and other methods without HOTSTANDBY keywords', () => {
    const run = runChecks(
      {
        'SYSA.tcpip': wrap(`  VIPADISTRIBUTE DEFINE DISTMETHOD HOTSTANDBY 10.20.1.20 PORT 9443
    DESTIP 10.30.1.1 PREFERRED
           10.30.1.2 BACKUP
           10.30.1.3 BACKUP
  VIPADISTRIBUTE DEFINE DISTMETHOD WEIGHTEDACTIVE 10.20.1.20 PORT 443
    DESTIP 10.30.1.1 WEIGHT 10
           10.30.1.2 WEIGHT 20`),
      },
      checks,
    );
    expectNone(run, 'hotstandby-rules');
  });
});

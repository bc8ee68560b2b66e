/**
 * Every check the analyzer runs, in report order. One line per check: add yours at the end.
 * Syntax codes (syntax-error, unknown-statement, ...) are not here: the orchestrator forwards them
 * from ProfileDocument.findings.
 */
import type { Check } from './check.js';
import { duplicateVipaAcrossStacksCheck, duplicateVipaInStackCheck } from './duplicate-vipa.js';
import { noBackupCheck } from './no-backup.js';
import { vipadefineInRangeCheck } from './vipadefine-in-range.js';
import { rangeOverlapsHomeCheck } from './range-overlaps-home.js';
import { distributeUndefinedDvipaCheck } from './distribute-undefined-dvipa.js';
import { hotstandbyRulesCheck } from './hotstandby-rules.js';
import { distributorPrerequisitesCheck } from './distributor-prerequisites.js';
import { loopbackInVipaCheck } from './loopback-in-vipa.js';
import { rankOutOfRangeCheck } from './rank-out-of-range.js';
import { bindNotCoveredCheck } from './bind-not-covered.js';
import { bindAllInterfacesCheck } from './bind-all-interfaces.js';
import { bindLoopbackCheck } from './bind-loopback.js';
import { hostUnresolvedCheck } from './host-unresolved.js';
import { sanMismatchCheck } from './san-mismatch.js';
import { destipNotXcfCheck } from './destip-not-xcf.js';
import { viparouteNotXcfCheck } from './viparoute-not-xcf.js';
import { backupNotDistributingCheck } from './backup-not-distributing.js';
import { backupMismatchCheck } from './backup-mismatch.js';
import { backupOtherSubplexCheck } from './backup-other-subplex.js';
import { portBindNotCoveredCheck } from './port-bind-not-covered.js';
import { rangeCoversOtherDvipaCheck } from './range-covers-other-dvipa.js';

export const ALL_CHECKS: readonly Check[] = [
  duplicateVipaInStackCheck,
  duplicateVipaAcrossStacksCheck,
  noBackupCheck,
  vipadefineInRangeCheck,
  rangeOverlapsHomeCheck,
  distributeUndefinedDvipaCheck,
  hotstandbyRulesCheck,
  distributorPrerequisitesCheck,
  loopbackInVipaCheck,
  rankOutOfRangeCheck,
  bindNotCoveredCheck,
  bindAllInterfacesCheck,
  bindLoopbackCheck,
  hostUnresolvedCheck,
  sanMismatchCheck,
  destipNotXcfCheck,
  viparouteNotXcfCheck,
  backupNotDistributingCheck,
  backupMismatchCheck,
  backupOtherSubplexCheck,
  portBindNotCoveredCheck,
  rangeCoversOtherDvipaCheck,
];

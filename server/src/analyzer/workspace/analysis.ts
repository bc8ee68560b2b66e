/**
 * The analysis contract, re-exported where consumers have always found it. The types live in
 * model/analysis-result.ts so that the queries below the orchestrator can use them.
 */
export type { AddressIndex, AnalysisResult, AnalysisStats, FileClassification, FileKind, FileRoleName, FileRoles } from '../model/analysis-result.js';

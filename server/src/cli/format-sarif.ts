/**
 * --format sarif: SARIF 2.1.0 for code-scanning tools. Regions use the same 1-based positions as the
 * JSON output (endColumn exclusive, as SARIF defines it); file paths are relative to the working
 * directory, resolved against the %SRCROOT% base.
 */
import { CODES, CODE_DOCS_BASE, isDiagnosticCode } from '../analyzer/diagnostics/codes.js';
import type { Severity } from '../analyzer/diagnostics/finding.js';
import type { CliReport } from './report.js';
import { packageVersion } from './version.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

function artifact(file: string) {
  return file.includes(':') ? { uri: file } : { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

export function formatSarif(report: CliReport): string {
  const ruleIds = [...new Set(report.diagnostics.map((d) => d.code))].sort();
  const rules = ruleIds.map((id) => ({
    id,
    shortDescription: { text: isDiagnosticCode(id) ? CODES[id].summary : id },
    helpUri: `${CODE_DOCS_BASE}${id}`,
    ...(isDiagnosticCode(id) ? { defaultConfiguration: { level: LEVEL[CODES[id].defaultSeverity] } } : {}),
  }));
  const results = report.diagnostics.map((d) => ({
    ruleId: d.code,
    ruleIndex: ruleIds.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact(d.file), region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn } } }],
    ...(d.related.length > 0
      ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: { artifactLocation: artifact(r.file), region: { startLine: r.line, startColumn: r.column } },
          })),
        }
      : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'vipa-check', version: packageVersion(), informationUri: CODE_DOCS_BASE.replace(/#$/, ''), rules } }, results }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}

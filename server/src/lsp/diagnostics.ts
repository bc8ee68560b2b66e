/** Finding (analyzer) -> LSP Diagnostic. Nothing else about diagnostics is decided here. */
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../analyzer/diagnostics/finding.js';
import { CODE_DOCS_BASE, isDiagnosticCode } from '../analyzer/diagnostics/codes.js';

export const DIAGNOSTIC_SOURCE = 'vipa';

/** Only the language server skips large files (the CLI reads what it is given), so only it reports this. */
export const FILE_TOO_LARGE_CODE = 'file-too-large';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(finding: Finding): Diagnostic {
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity] ?? DiagnosticSeverity.Error,
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (isDiagnosticCode(finding.code)) diagnostic.codeDescription = { href: CODE_DOCS_BASE + finding.code };
  if (finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map((related) => ({ location: related.location, message: related.message }));
  }
  // Quick fixes read the facts back from the diagnostic the client returns in codeAction requests.
  diagnostic.data = { ...(finding.data ?? {}), code: finding.code };
  // Statements the stack ignores after a syntax error are greyed out like unreachable code.
  if (finding.code === 'ignored-after-error') diagnostic.tags = [DiagnosticTag.Unnecessary];
  return diagnostic;
}

export function fileTooLargeDiagnostic(sizeKb: number, limitKb: number, severity: Severity = 'information'): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: SEVERITY[severity],
    code: FILE_TOO_LARGE_CODE,
    codeDescription: { href: CODE_DOCS_BASE + FILE_TOO_LARGE_CODE },
    source: DIAGNOSTIC_SOURCE,
    message: `This file (${Math.round(sizeKb)} KB) is larger than vipaCheck.maxFileSizeKb (${limitKb} KB), so it was not checked.`,
  };
}

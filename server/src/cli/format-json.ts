/**
 * --format json. The contract, exactly:
 *   {"version":1,"stacks":[{"name","file"}],
 *    "diagnostics":[{"file","line","column","endLine","endColumn","severity","code","message"}],
 *    "files":[{"file","role","label","reason"}]}
 * ("files", what each file was taken as and why, was added after the first release: consumers
 * that read version 1 ignore it.)
 * Positions are 1-based; endColumn is exclusive (SARIF-style). See report.ts.
 * With --what-if-down a top-level "whatIf" follows (shape in what-if.ts).
 */
import type { CliReport } from './report.js';

export function formatJson(report: CliReport): string {
  const output: Record<string, unknown> = {
    version: 1,
    stacks: report.stacks.map(({ name, file }) => ({ name, file })),
    diagnostics: report.diagnostics.map(({ file, line, column, endLine, endColumn, severity, code, message }) => ({ file, line, column, endLine, endColumn, severity, code, message })),
    files: report.files.map(({ file, role, label, reason }) => ({ file, role, label, reason })),
  };
  if (report.whatIf) output.whatIf = report.whatIf.json;
  return JSON.stringify(output, null, 2) + '\n';
}

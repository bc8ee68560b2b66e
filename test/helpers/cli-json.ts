/**
 * The `vipa-check --format json` contract as README.md states it, written out here rather than
 * imported from the CLI so that a change to the implementation's types cannot silently change it.
 */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

export interface JsonReport {
  version: 1;
  stacks: { name: string; file: string }[];
  diagnostics: JsonDiagnostic[];
  /** What each file was taken as, and why. */
  files: { file: string; role: string; label: string; reason: string }[];
}

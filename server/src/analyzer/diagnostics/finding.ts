import type { Location, Range } from '../base/range.js';
import type { DiagnosticCode } from './codes.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInformation {
  location: Location;
  message: string;
}

/**
 * What a check reports. The analyzer knows nothing of LSP; the protocol layer and the CLI
 * translate a Finding into their own shape.
 */
export interface Finding {
  uri: string;
  range: Range;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related?: RelatedInformation[];
  /** Machine-readable facts that quick fixes need (e.g. the uncovered address and the stacks). */
  data?: Record<string, unknown>;
}

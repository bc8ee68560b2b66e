/**
 * Small helpers every check shares: de-duplicated finding lists (a member INCLUDEd by several stacks
 * yields the same fact once per stack) and readable references to other locations.
 */
import type { Finding, RelatedInformation, Severity } from '../../diagnostics/finding.js';
import type { DiagnosticCode } from '../../diagnostics/codes.js';
import type { Location } from '../../base/range.js';
import { uriBasename } from '../../base/uris.js';

/** At most this many related locations per finding: enough to navigate, not a wall of links. */
export const MAX_RELATED = 20;

export class FindingList {
  private readonly seen = new Set<string>();
  readonly findings: Finding[] = [];

  add(
    code: DiagnosticCode,
    severity: Severity,
    location: Location,
    message: string,
    related: RelatedInformation[] = [],
    data?: Record<string, unknown>,
  ): void {
    const { start, end } = location.range;
    const key = `${location.uri}|${start.line}:${start.character}-${end.line}:${end.character}|${code}|${severity}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const finding: Finding = { uri: location.uri, range: location.range, severity, code, message };
    if (related.length > 0) finding.related = related.slice(0, MAX_RELATED);
    if (data) finding.data = data;
    this.findings.push(finding);
  }
}

/** "line 12" in the same file, else "VIPARNG line 12" (1-based, as editors show it). */
export function describeLocation(location: Location, fromUri?: string): string {
  const line = `line ${location.range.start.line + 1}`;
  return location.uri === fromUri ? line : `${uriBasename(location.uri)} ${line}`;
}

export function locationKey(location: Location): string {
  const { start, end } = location.range;
  return `${location.uri}|${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** "SYSA", "SYSA and SYSB", "SYSA, SYSB and SYSC". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

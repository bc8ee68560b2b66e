/**
 * The last step of an analysis: severity overrides ('off' drops a code), de-duplication (a member
 * shared by two stacks or an XML file shared by two servers must not report twice), grouping by
 * file with an entry for every known file so consumers can clear stale diagnostics.
 */
import type { Finding, Severity } from '../diagnostics/finding.js';

export type SeverityOverrides = Record<string, Severity | 'off'>;
/** Overrides per file: the language server's settings may differ per workspace folder. */
export type SeverityResolver = (uri: string) => SeverityOverrides;

export function groupFindings(findings: Iterable<Finding>, knownUris: Iterable<string>, overridesOf: SeverityOverrides | SeverityResolver): Map<string, Finding[]> {
  const resolve = typeof overridesOf === 'function' ? overridesOf : () => overridesOf;
  const byUri = new Map<string, Finding[]>();
  for (const uri of knownUris) byUri.set(uri, []);
  const seen = new Set<string>();
  for (const finding of findings) {
    const override = resolve(finding.uri)[finding.code];
    if (override === 'off') continue;
    const key = `${finding.uri}|${finding.range.start.line}:${finding.range.start.character}-${finding.range.end.line}:${finding.range.end.character}|${finding.code}|${finding.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const final = override && override !== finding.severity ? { ...finding, severity: override } : finding;
    const list = byUri.get(finding.uri);
    if (list) list.push(final);
    else byUri.set(finding.uri, [final]);
  }
  for (const list of byUri.values()) {
    list.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  }
  return byUri;
}

/**
 * The last step of an analysis: severity overrides ('off' drops a code), de-duplication (a member
 * shared by two stacks or an XML file shared by two servers must not report twice), grouping by
 * file with an entry for every known file so consumers can clear stale diagnostics.
 */
import type { Finding, Severity } from '../diagnostics/finding.js';
import type { Range } from '../base/range.js';

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

/**
 * The one visible trace of an internal failure (a bug in vipa-check on this input): on the file the
 * failing piece was working on, at its start. The stack trace goes to onInternalError's log.
 */
export function internalErrorFinding(uri: string, source: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    uri,
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 'warning',
    code: 'internal-error',
    message: `vipa-check internal error in ${source}: ${reason}. Its findings are missing; everything else was checked. The stack trace is in the VIPA Check output (or on stderr for vipa-check).`,
  };
}

/**
 * Whether two finding lists of one file say the same thing to the user (code, severity, message,
 * ranges, related information), in order. Cached checks hand back the very same objects, so the
 * identity test answers most pairs at once.
 */
export function sameFindings(a: readonly Finding[] | undefined, b: readonly Finding[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message || !sameRange(x.range, y.range)) return false;
    const xr = x.related ?? [];
    const yr = y.related ?? [];
    if (xr.length !== yr.length) return false;
    for (let j = 0; j < xr.length; j++) {
      if (xr[j].message !== yr[j].message || xr[j].location.uri !== yr[j].location.uri || !sameRange(xr[j].location.range, yr[j].location.range)) return false;
    }
    if (JSON.stringify(x.data ?? null) !== JSON.stringify(y.data ?? null)) return false;
  }
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

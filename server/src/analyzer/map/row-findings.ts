/**
 * Which findings are about which row: a finding whose range touches an address operand (or a host
 * attribute) of the row belongs to it; a finding on a whole statement that touches no operand
 * belongs to the rows of that statement.
 */
import type { Finding } from '../diagnostics/finding.js';
import type { Range } from '../base/range.js';
import { comparePositions } from '../base/range.js';
import type { LocationTable } from './locations.js';
import type { RowDraft } from './row-table.js';
import type { SeverityCounts } from './map-types.js';

interface Anchor {
  range: Range;
  draft: RowDraft;
}

const SEVERITY_RANK = { error: 0, warning: 1, information: 2, hint: 3 } as const;

function touches(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

function byUri(drafts: readonly RowDraft[], pick: (draft: RowDraft) => readonly { uri: string; range: Range }[]): Map<string, Anchor[]> {
  const index = new Map<string, Anchor[]>();
  for (const draft of drafts) {
    for (const location of pick(draft)) {
      const list = index.get(location.uri);
      if (list) list.push({ range: location.range, draft });
      else index.set(location.uri, [{ range: location.range, draft }]);
    }
  }
  return index;
}

export function attachFindings(drafts: readonly RowDraft[], findings: Iterable<readonly Finding[]>, locations: LocationTable): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  const operands = byUri(drafts, (draft) => draft.anchors);
  const statements = byUri(drafts, (draft) => draft.statementAnchors);
  for (const list of findings) {
    for (const finding of list) {
      counts[finding.severity]++;
      let hits = (operands.get(finding.uri) ?? []).filter((anchor) => touches(anchor.range, finding.range));
      if (hits.length === 0) hits = (statements.get(finding.uri) ?? []).filter((anchor) => touches(anchor.range, finding.range));
      const seen = new Set<RowDraft>();
      for (const { draft } of hits) {
        if (seen.has(draft)) continue;
        seen.add(draft);
        draft.row.findings.push({ code: finding.code, severity: finding.severity, message: finding.message, loc: locations.ref(finding)! });
      }
    }
  }
  for (const draft of drafts) {
    const loc = (ref: number) => locations.locations[ref];
    draft.row.findings.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || loc(a.loc).file - loc(b.loc).file || loc(a.loc).line - loc(b.loc).line);
  }
  return counts;
}

/**
 * Rows under construction: one per sysplex and address (or range, or "*"), with sparse cells per
 * stack and the source locations findings are matched against (row-findings.ts).
 */
import type { Location } from '../base/range.js';
import type { MapCell, MapRole, MapRow, MapRowKind, MapTag } from './map-types.js';

export interface RowDraft {
  row: MapRow;
  cells: Map<string, MapCell>;
  /** Operand locations (the address as written, a host attribute): a finding there is about this row. */
  anchors: Location[];
  /** Whole statements: a finding on the statement is about this row when it names no operand. */
  statementAnchors: Location[];
}

export class RowTable {
  private readonly drafts = new Map<string, RowDraft>();

  get(sysplex: string, address: string): RowDraft | undefined {
    return this.drafts.get(`${sysplex}|${address}`);
  }

  row(sysplex: string, address: string, kind: MapRowKind = 'address'): RowDraft {
    const id = `${sysplex}|${address}`;
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = { row: { id, sysplex, address, kind, tags: [], group: '', cells: [], servers: [], findings: [] }, cells: new Map(), anchors: [], statementAnchors: [] };
      this.drafts.set(id, draft);
    }
    return draft;
  }

  all(): RowDraft[] {
    return [...this.drafts.values()];
  }
}

export function tag(draft: RowDraft, value: MapTag): void {
  if (!draft.row.tags.includes(value)) draft.row.tags.push(value);
}

export function cellOf(draft: RowDraft, stack: string): MapCell {
  let cell = draft.cells.get(stack);
  if (!cell) {
    cell = { stack, roles: [] };
    draft.cells.set(stack, cell);
  }
  return cell;
}

export function addRole(draft: RowDraft, stack: string, role: MapRole, anchor?: Location, statement?: Location): MapCell {
  const cell = cellOf(draft, stack);
  cell.roles.push(role);
  if (anchor) draft.anchors.push(anchor);
  if (statement) draft.statementAnchors.push(statement);
  return cell;
}

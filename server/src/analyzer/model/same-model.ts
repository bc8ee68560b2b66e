/**
 * Whether two stack models say exactly the same thing: every fact, field by field, locations
 * included. The orchestrator rebuilds a stack whenever one of its files got a new parse; when the
 * edit did not change a single fact (a comment, a statement the model ignores, a member edit that
 * leaves this stack's facts as they were) it keeps the previous model object, and every cache keyed
 * by it (stack checks, coverage indexes, cross-stack joins, bindability answers) stays valid — the
 * early cut-off that makes such an edit cost a rebuild and a comparison, not a re-check.
 */
import type { StackModel } from './sysplex-model.js';

export function sameStackModel(a: StackModel, b: StackModel): boolean {
  return sameValue(a, b, 0);
}

/** Plain data (model facts are objects, arrays and scalars), compared without allocating. */
function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > 8) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.prototype.hasOwnProperty.call(x, key)) continue;
    keys++;
    if (!Object.prototype.hasOwnProperty.call(y, key) || !sameValue(x[key], y[key], depth + 1)) return false;
  }
  for (const key in y) if (Object.prototype.hasOwnProperty.call(y, key)) keys--;
  return keys === 0;
}

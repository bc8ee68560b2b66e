/** The order in which a stack processes the facts of its profile (INCLUDE members expanded). */
import type { Location } from '../base/range.js';
import type { StackModel } from './sysplex-model.js';

/**
 * A sortable processing position of a fact within its stack: the model's `sequence` when it records
 * one; otherwise the file's place in stack.fileUris, then the position in the file. The fallback is
 * exact within one file and approximate across INCLUDE members.
 */
export function processingOrder(stack: StackModel, fact: { sequence?: number; location: Location }): number[] {
  if (fact.sequence !== undefined) return [fact.sequence];
  const fileIndex = Math.max(0, stack.fileUris.indexOf(fact.location.uri));
  return [fileIndex, fact.location.range.start.line, fact.location.range.start.character];
}

export function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

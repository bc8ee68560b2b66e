/**
 * The VIPARANGE another stack already has for an address: what the bind-not-covered quick fix
 * offers first, since "the same VIPARANGE" on every stack where a server may run is the usual setup
 * (and what that finding's message suggests). Only IPv4 ranges are copied: an IPv6 VIPARANGE needs
 * an interface name per stack, which the model does not carry.
 */
import type { AnalysisResult } from '../model/analysis-result.js';
import type { RangeFact, StackModel } from '../model/sysplex-model.js';
import { coveringRange } from '../model/coverage.js';
import { ipv4Mask } from './profile-edits.js';
import { describeRange } from '../checks/support/ranges.js';

export interface SharedRange {
  /** The stack whose range is copied. */
  stack: StackModel;
  range: RangeFact;
  /** The statement to add, with the range's MOVEABLE mode and SAF name. */
  statement: string;
  /** The range as the user writes it, "10.1.9.0/24". */
  label: string;
}

/**
 * The most specific IPv4 VIPARANGE covering `address` on a stack of the same sysplex as `missing`
 * (and not among them); the narrowest wins, then the first stack by name. zCX ranges are left out:
 * they serve zCX containers, not binds.
 */
export function sharedRangeFor(result: AnalysisResult, address: string, missing: readonly StackModel[]): SharedRange | undefined {
  if (missing.length === 0 || address.includes(':')) return undefined;
  const sysplexes = new Set(missing.map((stack) => stack.sysplex));
  const names = new Set(missing.map((stack) => stack.name));
  let best: { stack: StackModel; range: RangeFact } | undefined;
  for (const stack of [...result.model.stacks].sort((a, b) => a.name.localeCompare(b.name))) {
    if (names.has(stack.name) || !sysplexes.has(stack.sysplex)) continue;
    const range = coveringRange(stack, address);
    if (!range || range.family !== 4 || range.zcx) continue;
    if (!best || range.prefixLength > best.range.prefixLength) best = { stack, range };
  }
  return best && { ...best, statement: rangeStatement(best.range), label: describeRange(best.range) };
}

export function rangeStatement(range: RangeFact): string {
  const mode = range.moveable === 'DISRUPTIVE' ? 'MOVEABLE DISRUPTIVE' : 'MOVEABLE NONDISRUPTIVE';
  return `VIPARANGE DEFINE ${mode} ${ipv4Mask(range.prefixLength)} ${range.network}${range.saf ? ` SAF ${range.saf}` : ''}`;
}

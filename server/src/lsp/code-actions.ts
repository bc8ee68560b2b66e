/**
 * Quick fixes, returned as WorkspaceEdits (the server never writes files):
 *  - bind-not-covered: add a VIPARANGE for the address to each stack that cannot bind it;
 *  - no-backup: add a VIPABACKUP for the DVIPA to another stack of the sysplex;
 *  - duplicate-vipa (a repeat inside one stack): insert a VIPADELETE before it, or remove it;
 *  - "did you mean" for misspelt keywords and the blank before a comment (text-fixes.ts).
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';
import type { Finding } from '../analyzer/diagnostics/finding.js';
import type { DvipaFact, StackModel } from '../analyzer/model/sysplex-model.js';
import { comparePositions, containsPosition, type Range } from '../analyzer/base/range.js';
import { acceptedVipaDefine, otherStacks, stackByName } from '../analyzer/queries/address-facts.js';
import { addToVipaDynamic, insertLineBefore, ipv4Mask, ipv6InterfaceName, removeOperand, removeStatement, type TextEditAt } from '../analyzer/queries/profile-edits.js';
import { statementPath } from '../analyzer/queries/profile-position.js';
import { uriKey } from '../analyzer/base/uris.js';
import { sharedRangeFor } from '../analyzer/queries/shared-range.js';
import { nameTargetFiles } from './fix-targets.js';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './diagnostics.js';
import type { FeatureContext } from './context.js';
import { commentBlankFix, spellingFixes } from './text-fixes.js';

/** The rank a quick-fix VIPABACKUP gets: high in the chain, leaving room above and below. */
export const QUICK_FIX_BACKUP_RANK = 100;

export async function provideCodeActions(context: FeatureContext, params: CodeActionParams): Promise<CodeAction[]> {
  // Matched against the client's diagnostics: the analysis must be the one they came from.
  const result = await context.settledResult();
  if (!result) return [];
  const uri = params.textDocument.uri;
  const findings = findingsFor(result, uri, params.context.diagnostics, params.range);
  const actions: CodeAction[] = [];
  for (const finding of findings) {
    const diagnostic = toDiagnostic(finding);
    if (finding.code === 'bind-not-covered') actions.push(...bindNotCoveredFixes(context, result, finding, diagnostic));
    else if (finding.code === 'no-backup') actions.push(...noBackupFixes(context, result, finding, diagnostic));
    else if (finding.code === 'duplicate-vipa') actions.push(...duplicateVipaFixes(context, result, finding, diagnostic));
    else if (finding.code === 'comment-without-blank') actions.push(...commentBlankFix(finding, diagnostic, uri));
    else actions.push(...spellingFixes(finding, diagnostic, uri, context.textOf(uri)));
  }
  nameTargetFiles(actions, uri, result.model.stacks.flatMap((stack) => stack.fileUris));
  const only = params.context.only;
  if (only && only.length > 0) return actions.filter((action) => only.some((kind) => action.kind === kind || action.kind?.startsWith(`${kind}.`)));
  return actions;
}

function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/**
 * The findings behind the client's diagnostics (matched by code and range in the current analysis,
 * so stale diagnostics from an older run get no fix). Without diagnostics in the request, the
 * findings under the requested range.
 */
function findingsFor(result: AnalysisResult, uri: string, diagnostics: Diagnostic[], range: Range): Finding[] {
  const key = uriKey(uri);
  const all = [...result.findingsByUri.entries()].find(([findingUri]) => uriKey(findingUri) === key)?.[1] ?? [];
  const ours = diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE || diagnostic.source === undefined);
  if (ours.length > 0) {
    return all.filter((finding) => ours.some((diagnostic) => diagnostic.code === finding.code && sameRange(diagnostic.range, finding.range)));
  }
  return all.filter((finding) => containsPosition(finding.range, range.start) || containsPosition(range, finding.range.start));
}

function toWorkspaceEdit(edits: TextEditAt[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of edits) (changes[edit.uri] ??= []).push({ range: edit.range, newText: edit.newText });
  return { changes };
}

function quickFix(title: string, diagnostic: Diagnostic, edits: (TextEditAt | undefined)[], preferred = false): CodeAction | undefined {
  const present = edits.filter((edit): edit is TextEditAt => edit !== undefined);
  if (present.length === 0 || present.length !== edits.length) return undefined;
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: toWorkspaceEdit(present), isPreferred: preferred || undefined };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
}

function isIpv6(address: string): boolean {
  return address.includes(':');
}

/**
 * VIPARANGE for exactly this address (/32), so that the quick fix never widens what the stack
 * accepts beyond what the server needs. IPv6 VIPARANGE needs an interface name: we derive a stable
 * one from the address (see ipv6InterfaceName) and use a /128 prefix.
 */
export function viparangeStatement(address: string): string {
  return isIpv6(address)
    ? `VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE ${ipv6InterfaceName(address, 'DVR')} ${address}/128 ; interface name chosen by vipa-check`
    : `VIPARANGE DEFINE MOVEABLE NONDISRUPTIVE 255.255.255.255 ${address}`;
}

function bindNotCoveredFixes(context: FeatureContext, result: AnalysisResult, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const address = typeof finding.data?.address === 'string' ? finding.data.address : undefined;
  if (!address) return [];
  const missing = stringList(finding.data?.missingStacks)
    .map((name) => stackByName(result, name))
    .filter((stack): stack is StackModel => stack !== undefined);
  // The range another stack already has for the address comes first: the same VIPARANGE on every
  // stack where the server may run is what the message suggests. Then a /32 for the address alone.
  const shared = sharedRangeFor(result, address, missing);
  const exact = viparangeStatement(address);
  const actions: (CodeAction | undefined)[] = [];
  for (const stack of missing) {
    if (shared) actions.push(quickFix(`Add VIPARANGE ${shared.label} (as on ${shared.stack.name}) to stack ${stack.name}`, diagnostic, [addToVipaDynamic(result, stack, shared.statement, context.textOf)], missing.length === 1));
    actions.push(quickFix(`Add VIPARANGE for ${address} to stack ${stack.name}`, diagnostic, [addToVipaDynamic(result, stack, exact, context.textOf)], missing.length === 1 && !shared));
  }
  if (missing.length > 1) {
    const statement = shared?.statement ?? exact;
    const edits = missing.map((stack) => addToVipaDynamic(result, stack, statement, context.textOf));
    // Two stacks whose roots share a file would get two edits at one spot; skip the combined fix then.
    if (new Set(edits.map((edit) => edit?.uri)).size === edits.length) {
      const what = shared ? `VIPARANGE ${shared.label} (as on ${shared.stack.name})` : `VIPARANGE for ${address}`;
      actions.push(quickFix(`Add ${what} to all ${missing.length} stacks that lack it`, diagnostic, edits, true));
    }
  }
  return actions.filter((action): action is CodeAction => action !== undefined);
}

function definingFact(stack: StackModel, address: string): DvipaFact | undefined {
  return acceptedVipaDefine(stack, address);
}

export function vipabackupStatement(address: string, fact: DvipaFact | undefined): string {
  if (isIpv6(address)) {
    // The backup's interface name must match the VIPADEFINE's for takeover to work.
    const name = fact?.interfaceName ?? ipv6InterfaceName(address, 'DVB');
    return `VIPABACKUP ${QUICK_FIX_BACKUP_RANK} MOVEABLE IMMEDIATE ${name} ${address}`;
  }
  const mask = ipv4Mask(fact?.prefixLength ?? 32);
  return `VIPABACKUP ${QUICK_FIX_BACKUP_RANK} MOVEABLE IMMEDIATE ${mask} ${address}`;
}

/** The DVIPA fact of the stack written exactly where the finding is. */
function dvipaAt(stack: StackModel, finding: Finding): DvipaFact | undefined {
  const key = uriKey(finding.uri);
  return stack.dvipas.find((fact) => uriKey(fact.location.uri) === key && sameRange(fact.location.range, finding.range));
}

function noBackupFixes(context: FeatureContext, result: AnalysisResult, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const owner =
    (typeof finding.data?.stack === 'string' ? stackByName(result, finding.data.stack) : undefined) ??
    result.model.stacks.find((stack) => dvipaAt(stack, finding) !== undefined);
  if (!owner) return [];
  const fact = dvipaAt(owner, finding) ?? (typeof finding.data?.address === 'string' ? definingFact(owner, finding.data.address) : undefined);
  // The information variant (a VIPABACKUP nobody VIPADEFINEs) is not fixed by adding another backup.
  if (!fact || fact.statement !== 'VIPADEFINE') return [];
  const statement = vipabackupStatement(fact.address, fact);
  return otherStacks(result, owner)
    .map((stack) => quickFix(`Add VIPABACKUP for ${fact.address} to stack ${stack.name}`, diagnostic, [addToVipaDynamic(result, stack, statement, context.textOf)]))
    .filter((action): action is CodeAction => action !== undefined);
}

function duplicateVipaFixes(context: FeatureContext, result: AnalysisResult, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  for (const stack of result.model.stacks) {
    const repeat = dvipaAt(stack, finding);
    if (!repeat) continue;
    // Only a repeat inside this stack's profile (not EZZ8307I, not a clash with another stack).
    const earlier = stack.dvipas.some((fact) => fact !== repeat && fact.address === repeat.address);
    if (!earlier) continue;
    const document = context.profile(repeat.location.uri);
    const statement = document ? statementPath(document, repeat.location.range.start).at(-1) : undefined;
    if (statement?.kind !== 'VIPADEFINE' && statement?.kind !== 'VIPABACKUP') return [];
    const deleteTarget = isIpv6(repeat.address) && repeat.interfaceName ? repeat.interfaceName : repeat.address;
    const actions: (CodeAction | undefined)[] = [
      quickFix(`Insert VIPADELETE ${deleteTarget} before the repeat`, diagnostic, [insertLineBefore(repeat.location.uri, statement.range, `VIPADELETE ${deleteTarget}`, context.textOf)]),
    ];
    if (statement.addresses.length > 1 && !isIpv6(repeat.address)) {
      actions.push(quickFix(`Remove the repeated address ${repeat.address}`, diagnostic, [removeOperand(repeat.location.uri, repeat.location.range, context.textOf)]));
    } else {
      actions.push(quickFix(`Remove the repeated ${repeat.statement} statement`, diagnostic, [removeStatement(repeat.location.uri, statement.range, context.textOf)]));
    }
    return actions.filter((action): action is CodeAction => action !== undefined);
  }
  return [];
}

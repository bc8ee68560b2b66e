/**
 * Rename of an address (textDocument/prepareRename + rename): from any occurrence, across every
 * profile, PORT … BIND, Liberty value and vipa-check.json value that stands for it. The analyzer
 * plans the edits and refuses with a reason (analyzer/queries/rename-address.ts); this file only
 * translates. Edits are grouped with change annotations so VS Code's rename preview shows
 * "Profile statements", "PORT … BIND", "Liberty values" and "vipa-check.json" separately.
 */
import {
  ResponseError,
  type AnnotatedTextEdit,
  type ChangeAnnotation,
  type ClientCapabilities,
  type PrepareRenameParams,
  type Range,
  type RenameParams,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { planAddressRename, type AddressEdit, type EditGroup } from '../analyzer/queries/rename-address.js';
import { renameTargetInProfile, renameTargetInText, type RenameTarget } from '../analyzer/queries/rename-target.js';
import type { FeatureContext } from './context.js';
import type { AnalysisResult } from '../analyzer/workspace/analysis.js';

/** LSP 3.17 RequestFailed: the request was valid but cannot be carried out; VS Code shows the message. */
const REQUEST_FAILED = -32803;

export interface RenameSupport {
  documentChanges: boolean;
  changeAnnotations: boolean;
}

export function renameSupportOf(capabilities: ClientCapabilities): RenameSupport {
  const edit = capabilities.workspace?.workspaceEdit;
  return { documentChanges: edit?.documentChanges === true, changeAnnotations: edit?.documentChanges === true && edit.changeAnnotationSupport !== undefined };
}

const GROUPS: Record<EditGroup, ChangeAnnotation> = {
  profile: { label: 'Profile statements', description: 'VIPADEFINE, VIPABACKUP, VIPARANGE, VIPADISTRIBUTE, HOME, ROUTE …', needsConfirmation: false },
  'port-bind': { label: 'PORT … BIND', needsConfirmation: false },
  liberty: { label: 'Liberty values', description: 'host attributes and the variable definitions behind them', needsConfirmation: false },
  config: { label: 'vipa-check.json', description: 'hosts, symbols and server variables', needsConfirmation: false },
};

/** A rename edits text: it is planned on the analysis that saw every change sent before it. */
function targetAt(context: FeatureContext, result: AnalysisResult | undefined, uri: string, position: RenameParams['position']): RenameTarget {
  if (context.kindOf(uri) === 'profile') {
    const document = context.profile(uri);
    if (document) return renameTargetInProfile(result, uri, document, position);
  }
  const text = context.textOf(uri);
  return text === undefined ? { refused: 'This document is not known to the VIPA language server.' } : renameTargetInText(result, uri, text, position);
}

export async function providePrepareRename(context: FeatureContext, params: PrepareRenameParams): Promise<{ range: Range; placeholder: string } | ResponseError<void>> {
  const target = targetAt(context, await context.settledResult(), params.textDocument.uri, params.position);
  if ('refused' in target) return new ResponseError(REQUEST_FAILED, target.refused);
  return { range: target.range, placeholder: target.address };
}

export async function provideRename(context: FeatureContext, params: RenameParams, support: RenameSupport, configUri: string | undefined): Promise<WorkspaceEdit | ResponseError<void>> {
  const result = await context.settledResult();
  const target = targetAt(context, result, params.textDocument.uri, params.position);
  if ('refused' in target) return new ResponseError(REQUEST_FAILED, target.refused);
  if (!result) return new ResponseError(REQUEST_FAILED, 'The workspace has not been analysed yet.');
  const plan = planAddressRename({ result, address: target.address, newText: params.newName, textOf: context.textOf, configUri });
  if ('refused' in plan) return new ResponseError(REQUEST_FAILED, plan.refused);
  return toWorkspaceEdit(plan.edits, support);
}

function toWorkspaceEdit(edits: AddressEdit[], support: RenameSupport): WorkspaceEdit {
  const byUri = new Map<string, AddressEdit[]>();
  for (const edit of edits) {
    const list = byUri.get(edit.uri);
    if (list) list.push(edit);
    else byUri.set(edit.uri, [edit]);
  }
  if (!support.documentChanges) {
    const changes: Record<string, TextEdit[]> = {};
    for (const [uri, list] of byUri) changes[uri] = list.map(({ range, newText }) => ({ range, newText }));
    return { changes };
  }
  const documentChanges: TextDocumentEdit[] = [...byUri].map(([uri, list]) => ({
    textDocument: { uri, version: null },
    edits: list.map(({ range, newText, group }): TextEdit | AnnotatedTextEdit => (support.changeAnnotations ? { range, newText, annotationId: group } : { range, newText })),
  }));
  if (!support.changeAnnotations) return { documentChanges };
  const used = new Set(edits.map((edit) => edit.group));
  const changeAnnotations = Object.fromEntries([...used].map((group) => [group, GROUPS[group]]));
  return { documentChanges, changeAnnotations };
}

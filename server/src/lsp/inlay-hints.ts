/**
 * Inlay hints: the resolved value after each ${variable} (Liberty) and &SYMBOL. (profiles), and the
 * takeover order after each VIPABACKUP address. Off with vipaCheck.inlayHints.enabled (per folder).
 */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { libertyValueHints, profileHints, type ValueHint } from '../analyzer/queries/inlay-values.js';
import { comparePositions } from '../analyzer/base/range.js';
import { isLibertyKind, type FeatureContext } from './context.js';
import type { VipaSettings } from './settings.js';

export async function provideInlayHints(context: FeatureContext, params: InlayHintParams, settingsFor: (uri: string) => VipaSettings): Promise<InlayHint[]> {
  const uri = params.textDocument.uri;
  if (!settingsFor(uri).inlayHints) return [];
  const kind = context.kindOf(uri);
  if (kind !== 'profile' && !isLibertyKind(kind)) return [];
  // Hints sit on positions of the current text until the next request: the analysis that saw it.
  const result = await context.settledResult();
  if (!result) return [];
  let hints: ValueHint[] = [];
  if (kind === 'profile') {
    const document = context.profile(uri);
    if (document) hints = profileHints(result, uri, document);
  } else {
    const text = context.textOf(uri);
    if (text !== undefined) hints = libertyValueHints(result, uri, text);
  }
  const { start, end } = params.range;
  return hints
    .filter((hint) => comparePositions(hint.position, start) >= 0 && comparePositions(hint.position, end) <= 0)
    .map((hint) => ({
      position: hint.position,
      label: hint.label,
      tooltip: hint.tooltip,
      paddingLeft: true,
      kind: hint.kind === 'value' ? InlayHintKind.Type : InlayHintKind.Parameter,
    }));
}
